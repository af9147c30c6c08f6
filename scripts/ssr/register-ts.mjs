/** Imported first (`node --import`, or the SSR test worker's init module): Node runs the .ts sources. */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
