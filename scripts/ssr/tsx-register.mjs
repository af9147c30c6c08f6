// The tests' SSR worker (web-test-runner.config.mjs) imports this first, so Node runs the
// TypeScript sources through tsx. Why a script: `tsx/esm` registers itself only when
// given to `node --import`, which a worker imported by @lit-labs/testing cannot be.
import { register } from 'tsx/esm/api';

register();
