// Dev-server middleware for the first-paint tests: the demo opened as
// `/demo/index.html?delay-bundle=<ms>` (or a portal fixture with the same query) gets the elements' bundle that much later, as a
// reader on a slow phone network would; the page and everything else arrive at once.
// The page asks for the bundle under an address of its own (a new query each time), so
// no cached copy from an earlier load can stand in for the late one.
import { readFile } from 'node:fs/promises';

const PAGE = '/demo/index.html';
const ENTRY = 'src="../src/bantin.ts"';
// Portal fixtures with the prepaint pair (test/fixtures/portal/) load the bundle from here.
const FIXTURES = /^\/test\/fixtures\/portal\/[\w-]+\.html$/;
const FIXTURE_ENTRY = 'src="/src/bantin.ts"';
const MAX_DELAY = 10000;
let loads = 0;

export async function delayBundle(context, next) {
  const requested = Number(context.query['delay-bundle']);
  if (context.path === PAGE && requested >= 0) {
    const page = await readFile(new URL('../../demo/index.html', import.meta.url), 'utf8');
    if (!page.includes(ENTRY)) throw new Error(`demo/index.html no longer loads ${ENTRY}`);
    context.type = 'html';
    context.set('cache-control', 'no-store');
    context.body = page.replace(ENTRY, `src="../src/bantin.ts?delay=${requested}&load=${++loads}"`);
    return;
  }
  if (FIXTURES.test(context.path) && requested >= 0) {
    const page = await readFile(new URL(`../..${context.path}`, import.meta.url), 'utf8');
    if (!page.includes(FIXTURE_ENTRY)) throw new Error(`${context.path} does not load ${FIXTURE_ENTRY}`);
    context.type = 'html';
    context.set('cache-control', 'no-store');
    const load = ++loads;
    context.body = page
      .replace(FIXTURE_ENTRY, `src="/src/bantin.ts?delay=${requested}&load=${load}"`)
      // A late widget of the fixture's own, fresh each load too.
      .replace(/(\.js\?delay=\d+)"/g, `$1&load=${load}"`);
    return;
  }
  const delay = Number(context.query['delay']);
  // A fixture's own script with `?delay=` too: an old portal's widget that holds the parser.
  if (
    (context.path === '/src/bantin.ts' || /^\/test\/fixtures\/portal\/[\w-]+\.js$/.test(context.path)) &&
    delay > 0
  ) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, MAX_DELAY)));
  }
  return next();
}
