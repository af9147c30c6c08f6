// `npm start`: serves the demo page on 127.0.0.1 and prints its address.
// PORT chooses the port (default 8000). When the default is taken, the next free port
// is used and the message says so; a PORT that is taken is an error, not a surprise.
// The server is bound to the loopback address only: @web/dev-server, given
// 127.0.0.1, would listen on every interface and serve the checkout to the network.
// Why a script: @web/dev-server binds every interface and throws on a busy port; this
// wraps it to bind 127.0.0.1 and pick the next free port.
import { createServer } from 'node:http';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 8000;
const requested = process.env.PORT ? Number(process.env.PORT) : undefined;
if (requested !== undefined && !(Number.isInteger(requested) && requested >= 0 && requested < 65536)) {
  console.error(`PORT=${process.env.PORT} is not a port number (0–65535).`);
  process.exit(1);
}

// The dev server as middleware only: no server of its own, so we choose where it listens.
const devServer = await startDevServer({
  config: { ...config, middlewareMode: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const server = createServer(devServer.koaApp.callback());

const listen = (port) =>
  new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });

let port;
try {
  port = await listen(requested ?? DEFAULT_PORT);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  if (requested !== undefined) {
    console.error(`Port ${requested} (PORT) is already in use. Choose another: PORT=8080 npm start`);
    process.exit(1);
  }
  // The next ports first, so the address stays memorable; then any free one.
  for (let candidate = DEFAULT_PORT + 1; candidate <= DEFAULT_PORT + 20 && !port; candidate++) {
    port = await listen(candidate).catch((next) => {
      if (next.code !== 'EADDRINUSE') throw next;
      return undefined;
    });
  }
  port ??= await listen(0);
  console.log(`Port ${DEFAULT_PORT} is in use; serving on ${port} instead (PORT=… chooses one).`);
}
console.log(`bantin demo: http://${HOST}:${port}/demo/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    server.close();
    await devServer.stop();
    process.exit(0);
  });
}
