// `npm run test:ssr-example`: runs the server of docs/ssr.md exactly as written there
// (the `// server.mjs` and `// hydrate.src.js` blocks, taken from the Markdown), and loads
// its page in headless Chromium: the server answers its own assets (not the page for
// every URL), the page hydrates with no error, and a reload at a stored 200 % paints the
// article at that size with no layout shift. Run after `npm run build` (it imports the
// package, `bantin/define`, from dist/).
// Why a script: it tests our own guide, its code blocks run as written; no maintained tool
// runs a Markdown file's code as a server and checks the page it serves in a browser.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { watchPage } from './page-problems.mjs';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/bantin.js'))) {
  console.error('ssr-example: run `npm run build` first (the example imports bantin/define from dist/).');
  process.exit(2);
}

/** The fenced block of docs/ssr.md whose first line is `// <name>`. */
function block(markdown, name) {
  const found = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)].find(([, code]) =>
    code.startsWith(`// ${name}\n`),
  );
  if (!found) throw new Error(`docs/ssr.md has no \`// ${name}\` block`);
  return found[1];
}

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

const markdown = readFileSync(join(root, 'docs/ssr.md'), 'utf8');
// Inside the repository, so `bantin`, `lit` and `@lit-labs/ssr` resolve as in a project
// that installed them; node_modules/bantin is this package, as npm would link it.
const work = mkdtempSync(join(root, '.ssr-example-'));
let server;
let browser;
const failures = [];
try {
  writeFileSync(join(work, 'server.mjs'), block(markdown, 'server.mjs'));
  writeFileSync(join(work, 'hydrate.src.js'), block(markdown, 'hydrate.src.js'));
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules/bantin'), 'dir');
  await build({
    entryPoints: [join(work, 'hydrate.src.js')],
    bundle: true,
    format: 'esm',
    outfile: join(work, 'assets/hydrate.js'),
    logLevel: 'error',
  });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['server.mjs'], {
    cwd: work,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let serverErrors = '';
  server.stderr.on('data', (chunk) => (serverErrors += chunk));
  const deadline = Date.now() + 10000;
  for (;;) {
    try {
      await fetch(origin);
      break;
    } catch {
      if (Date.now() > deadline || server.exitCode !== null)
        throw new Error(`the server did not start\n${serverErrors}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  const script = await fetch(`${origin}/assets/hydrate.js`);
  const type = script.headers.get('content-type') ?? '';
  if (script.status !== 200 || !type.includes('javascript'))
    failures.push(`/assets/hydrate.js: HTTP ${script.status}, ${type}`);
  const missing = await fetch(`${origin}/no-such-page`);
  if (missing.status !== 404) failures.push(`/no-such-page: HTTP ${missing.status}, not 404`);

  const chromium = await findChromium();
  browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    args: chromium.args,
    headless: true,
  });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 390, height: 800 });
  const problems = watchPage(tab, origin);
  const load = async (scale) => {
    await tab.evaluateOnNewDocument((stored) => {
      localStorage.setItem('bantin:font-scale', stored);
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    }, String(scale));
    await tab.goto(origin, { waitUntil: 'load' });
    await tab.waitForFunction(
      () => customElements.get('bantin-toolbar') && customElements.get('bantin-article'),
    );
    await tab.evaluate(async () => {
      for (const element of document.querySelectorAll('bantin-toolbar, bantin-article'))
        await element.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    return tab.evaluate(() => ({
      shift: window.__shift,
      paragraph: parseFloat(
        getComputedStyle(document.querySelector('bantin-article p:not([slot])')).fontSize,
      ),
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
    }));
  };
  const first = await load(1);
  const stored = await load(2);
  console.log(
    `ssr-example: page at 100 %: body text ${first.paragraph} px, layout shift ${first.shift.toFixed(4)}; ` +
      `reloaded at a stored 200 %: ${stored.paragraph} px, layout shift ${stored.shift.toFixed(4)}`,
  );
  if (Math.abs(stored.paragraph - 2 * first.paragraph) > 0.5)
    failures.push(`at a stored 200 % the body text is ${stored.paragraph} px, not ${2 * first.paragraph}`);
  if (stored.shift > 0.01) failures.push(`layout shift ${stored.shift.toFixed(4)} on reload at 200 %`);
  failures.push(...problems);
  if (serverErrors) failures.push(`server: ${serverErrors.trim()}`);
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser?.close();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`ssr-example: the example of docs/ssr.md fails:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('ssr-example: the example of docs/ssr.md runs as written.');
