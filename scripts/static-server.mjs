// A static file server on 127.0.0.1 for the smoke tests and the audit: the built files
// served the way a portal's web server would, optionally gzip-compressed with long caching.
// Why a script: forty lines with Node's http module, instead of a dependency, for the
// smoke tests and the audit to serve dist/ as a portal would.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves `dir` on a free port; resolves to the server and its base URL. */
export async function serveStatic(dir, { compress = false } = {}) {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (!compress) {
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
      return;
    }
    headers['content-encoding'] = 'gzip';
    headers['cache-control'] = extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable';
    response.writeHead(200, headers).end(gzipSync(readFileSync(file)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
