// Installs the packed tarball the way portal developers will, into throw-away
// projects, and checks in headless Chromium that the elements work there:
//   (a) a plain HTML page that loads only the self-contained bundle (twice, as an old
//       template and a new one might), under a strict Content-Security-Policy;
//   (b) a TypeScript + Vite app that imports the package, type-checks a use of every
//       tag (DOM, events, React 19 JSX) and is built by Vite.
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { watchPage } from './page-problems.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bantin-consumers-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cwd, command, args) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

const ARTICLE = `
  <bantin-toolbar date="23/05/2023"><button type="button">Gửi email</button></bantin-toolbar>
  <bantin-article>
    <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình</h1>
    <p slot="lead">Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm.</p>
    <p>Theo đánh giá của Sở Nội vụ…</p>
    <bantin-figure caption="Chú thích" alt="" width="4" height="3"
      src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 3'/%3E"></bantin-figure>
    <p slot="byline">Bích Huệ</p>
  </bantin-article>`;

/** Opens the page and reports what a reader would meet there. */
async function check(browser, url) {
  const page = await browser.newPage();
  const problems = watchPage(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => customElements.get('bantin-toolbar') && customElements.get('bantin-article'),
  );
  const result = await page.evaluate(async () => {
    const toolbar = document.querySelector('bantin-toolbar');
    const article = document.querySelector('bantin-article');
    await toolbar.updateComplete;
    const scaler = toolbar.shadowRoot.querySelector('bantin-font-scaler');
    await scaler.updateComplete;
    const body = article.querySelector('p:not([slot])');
    const before = parseFloat(getComputedStyle(body).fontSize);
    scaler.shadowRoot.querySelectorAll('button')[2].click();
    await scaler.updateComplete;
    const after = parseFloat(getComputedStyle(body).fontSize);
    return {
      defined: ['bantin-article', 'bantin-figure', 'bantin-font-scaler', 'bantin-toolbar'].every((tag) =>
        customElements.get(tag),
      ),
      date: toolbar.shadowRoot.querySelector('time')?.getAttribute('datetime'),
      articleRole: article.getAttribute('role'),
      figureCaption: document
        .querySelector('bantin-figure')
        .shadowRoot.querySelector('figcaption')
        .textContent.trim(),
      ratio: Math.round((after / before) * 1000) / 1000,
      announced: scaler.shadowRoot.querySelector('[role="status"]').textContent.trim(),
    };
  });
  await page.close();
  const expected = {
    defined: true,
    date: '2023-05-23',
    articleRole: 'article',
    figureCaption: 'Chú thích',
    ratio: 1.1,
    announced: 'Cỡ chữ 110%',
  };
  for (const [key, value] of Object.entries(expected)) {
    if (result[key] !== value)
      problems.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(result[key])}`);
  }
  return problems;
}

function project(name, pkg) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', ...pkg }, null, 2),
  );
  return dir;
}

const failures = [];
let browser;
const servers = [];
try {
  run(root, npm, ['pack', '--pack-destination', work, '--silent']);
  const tarball = join(
    work,
    readdirSync(work).find((file) => file.endsWith('.tgz')),
  );
  console.log(`packed ${tarball}`);

  // (a) A plain HTML page with only the bundle, loaded twice, under a strict CSP.
  const plain = project('plain-html', { dependencies: { bantin: `file:${tarball}` } });
  run(plain, npm, ['install', ...quiet]);
  writeFileSync(
    join(plain, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'">
<script type="module" src="/node_modules/bantin/dist/bantin.bundle.js"></script>
<script type="module" src="/node_modules/bantin/dist/bantin.bundle.js?loaded-again"></script>
</head><body>${ARTICLE}</body></html>`,
  );

  // (b) A TypeScript + Vite app that imports the package.
  const app = project('vite-app', {
    scripts: { build: 'vite build' },
    dependencies: { bantin: `file:${tarball}` },
    devDependencies: { vite: '^8', typescript: '~5.9', '@types/react': '^19' },
  });
  mkdirSync(join(app, 'src'));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="/src/main.ts"></script></head><body>${ARTICLE}</body></html>`,
  );
  writeFileSync(
    join(app, 'src', 'main.ts'),
    `import 'bantin/define';
import { BantinFontScaler, type BantinFontScaleChangeDetail } from 'bantin';

// Every tag is typed through HTMLElementTagNameMap.
const scaler: BantinFontScaler = document.createElement('bantin-font-scaler');
scaler.levels = [1, 1.5, 2];
scaler.storageKey = 'app:text-size';
scaler.for = 'main';
const figure = document.querySelector('bantin-figure');
if (figure) figure.caption = 'Chú thích';
const toolbar = document.querySelector('bantin-toolbar');
if (toolbar) toolbar.actions = 'print';
const article = document.querySelector('bantin-article');
article?.toggleAttribute('hidden', false);

// The change event is typed on every element and on document.
document.addEventListener('bantin-font-scale-change', (event) => {
  const detail: BantinFontScaleChangeDetail = event.detail;
  console.log(detail.scale.toFixed(2));
});
export { scaler };
`,
  );
  writeFileSync(
    join(app, 'src', 'tags.tsx'),
    `import type {} from 'bantin/react';

export const Tags = () => (
  <div>
    <bantin-toolbar date="2023-05-23" for="main" actions="print share" />
    <bantin-font-scaler levels="1 1.5 2" storage-key="app:text-size" compact />
    <bantin-article id="main">
      <h1 slot="title">Tiêu đề</h1>
      <bantin-figure src="/a.jpg" alt="" width={1200} height={675} caption="Chú thích" credit="Sở Nội vụ" />
    </bantin-article>
  </div>
);
`,
  );
  writeFileSync(
    join(app, 'src', 'wrong.tsx'),
    `import type {} from 'bantin/react';
// @ts-expect-error: 'colour' is not an attribute of <bantin-toolbar>, so the typings must reject it.
export const Wrong = () => <bantin-toolbar colour="red" />;
`,
  );
  run(app, npm, ['install', ...quiet]);
  console.log('(b) type-checking the Vite app (DOM, events, React 19 JSX)');
  run(app, join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json']);
  run(app, npm, ['run', 'build', '--silent']);

  const chromium = await findChromium();
  browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    args: chromium.args,
    headless: true,
  });
  for (const [label, dir] of [
    ['(a) plain HTML page with the bundle', plain],
    ['(b) TypeScript + Vite app, built', join(app, 'dist')],
  ]) {
    const { server, url } = await serveStatic(dir);
    servers.push(server);
    const problems = await check(browser, url);
    console.log(`${label}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    if (problems.length > 0) failures.push(label);
  }
} catch (error) {
  failures.push(error.message);
  console.error(error);
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`consumer smoke tests failed: ${failures.length}`);
  process.exit(1);
}
console.log('consumer smoke tests: 2 passed, 0 failed');
