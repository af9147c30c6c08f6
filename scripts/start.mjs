// `npm start`: serves the demo page and prints its address.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({
  config,
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port, hostname } = server.config;
console.log(`bantin demo: http://${hostname}:${port}/demo/`);
