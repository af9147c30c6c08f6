// Keeps the browser floor (package.json's `browserslist`, repeated in the README) true
// for the files readers actually get, dist/bantin.bundle.js and its chunks (run after
// `npm run build`). Hand-written because no maintained tool does all three: a
// browserslist-driven linter (eslint-plugin-compat) reads sources, not the minified
// bundle, and knows nothing of light-dark() in CSS inside JavaScript:
//   1. syntax: esbuild lowering the bundle to the floor changes nothing;
//   2. APIs and CSS newer than the floor are absent;
//   3. colours: in Chromium with light-dark() made unknown (as in Chrome < 123,
//      Firefox < 120, Safari < 17.5) every element still has its light colours,
//      which only the @supports fallbacks can give.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { transform } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const bundlePath = join(root, 'dist', 'bantin.bundle.js');
const chunksDir = join(root, 'dist', 'chunks');
// The bundle and the chunks it loads on demand: all of it reaches readers.
const files = [
  bundlePath,
  ...(existsSync(chunksDir) ? readdirSync(chunksDir).filter((name) => name.endsWith('.js')) : []).map(
    (name) => join(chunksDir, name),
  ),
];
const sources = files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
const bundle = sources[0].code;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const failures = [];

// The floor is package.json's `browserslist` field; the README must state the same.
const floor = browserslistToEsbuild();
const version = (engine) => floor.find((entry) => entry.startsWith(engine))?.slice(engine.length);
const [chrome, firefox, safari] = ['chrome', 'firefox', 'safari'].map(version);
const statement = `Chrome/Edge ${chrome}+, Firefox ${firefox}+, Safari ${safari}+`;
if (!readme.includes(statement)) {
  console.error(`README.md no longer states the browserslist floor: "${statement}".`);
  process.exit(1);
}
console.log(`browserslist floor (README agrees): ${statement}`);

// 1. Syntax. Both sides go through the same printer, so any difference is lowering.
for (const { file, code } of sources) {
  const print = (target) => transform(code, { target, format: 'esm', minifyWhitespace: true });
  const [modern, lowered] = await Promise.all([print('esnext'), print(floor)]);
  if (modern.code !== lowered.code) {
    failures.push(
      `${file.slice(root.length + 1)}: syntax newer than ${floor.join(', ')} (lowering adds ${lowered.code.length - modern.code.length} bytes)`,
    );
  }
}

// 2. APIs and CSS with no fallback: each needs the versions given (Chrome, Firefox, Safari).
const needs = {
  'structuredClone(': [98, 94, 15.4],
  '.findLast(': [97, 104, 15.4],
  '.findLastIndex(': [97, 104, 15.4],
  '.toSorted(': [110, 115, 16],
  'Promise.withResolvers': [119, 121, 17.4],
  'Object.groupBy': [117, 119, 17.4],
  ':has(': [105, 121, 15.4],
  '@container': [105, 110, 16],
  '@layer': [99, 97, 15.4],
};
const claimed = [Number(chrome), Number(firefox), Number(safari)];
for (const { file, code } of sources) {
  for (const [needle, versions] of Object.entries(needs)) {
    if (code.includes(needle) && versions.some((version, engine) => version > claimed[engine])) {
      failures.push(
        `${file.slice(root.length + 1)} uses ${needle} (Chrome ${versions[0]}, Firefox ${versions[1]}, Safari ${versions[2]})`,
      );
    }
  }
}

// 3. Colours where light-dark() is unknown.
const site = mkdtempSync(join(tmpdir(), 'bantin-floor-'));
writeFileSync(join(site, 'bantin.bundle.js'), bundle.replaceAll('light-dark(', 'no-light-dark('));
if (existsSync(chunksDir)) cpSync(chunksDir, join(site, 'chunks'), { recursive: true });
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>floor</title>
<script type="module" src="bantin.bundle.js"></script></head><body>
<bantin-toolbar date="2023-05-23" for="a"></bantin-toolbar>
<bantin-article id="a"><h1 slot="title">Tiêu đề</h1><p slot="meta">Sở Nội vụ</p><p>Nội dung.</p>
<blockquote>Trích dẫn</blockquote>
<bantin-figure caption="Chú thích" alt="Ảnh" width="4" height="3" src="missing.png"></bantin-figure></bantin-article>
</body></html>`,
);
const { server, url } = await serveStatic(site);
const chromium = await findChromium();
const browser = await puppeteer.launch({
  executablePath: chromium.executablePath,
  args: chromium.args,
  headless: true,
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const seen = await page.evaluate(async () => {
    const supported = CSS.supports('color', 'no-light-dark(#000, #fff)');
    const toolbar = document.querySelector('bantin-toolbar');
    const article = document.querySelector('bantin-article');
    const figure = document.querySelector('bantin-figure');
    await Promise.all([toolbar.updateComplete, article.updateComplete, figure.updateComplete]);
    const scaler = toolbar.shadowRoot.querySelector('bantin-font-scaler');
    await scaler.updateComplete;
    // The figure's image is missing on purpose: its fallback box shows.
    for (let i = 0; i < 100 && !figure.shadowRoot.querySelector('.fallback'); i++)
      await new Promise((done) => setTimeout(done, 20));
    const style = (element, pseudo) => getComputedStyle(element, pseudo);
    const button = scaler.shadowRoot.querySelector('button[part~="increase"]');
    const reset = scaler.shadowRoot.querySelector('button[part~="reset"]');
    const print = toolbar.shadowRoot.querySelector('button[part~="print"]');
    const date = toolbar.shadowRoot.querySelector('[part="date"]');
    const base = toolbar.shadowRoot.querySelector('[part="base"]');
    const quote = article.querySelector('blockquote');
    const caption = figure.shadowRoot.querySelector('figcaption');
    const fallback = figure.shadowRoot.querySelector('.fallback');
    const frame = figure.shadowRoot.querySelector('.frame');
    return {
      supported,
      'scaler button text': style(button).color,
      'scaler button background': style(button).backgroundColor,
      'scaler button border': style(button).borderTopColor,
      'button at a bound (aria-disabled) text': style(reset).color,
      'print button background': style(print).backgroundColor,
      'toolbar rule': style(base).borderBottomColor + ' ' + style(base).borderBottomStyle,
      'date text': style(date).color,
      'article text': style(article).color,
      'quote rule': style(quote).borderLeftColor + ' ' + style(quote).borderLeftStyle,
      'caption text': style(caption).color,
      'image fallback border': fallback ? style(fallback).borderTopColor : 'no fallback shown',
      'image placeholder': style(frame).backgroundColor,
    };
  });
  if (seen.supported) failures.push('the simulation failed: Chromium accepts no-light-dark()');
  delete seen.supported;
  const expected = {
    'scaler button text': 'rgb(26, 26, 26)',
    'scaler button background': 'rgb(255, 255, 255)',
    'scaler button border': 'rgb(107, 107, 107)',
    'button at a bound (aria-disabled) text': 'rgb(92, 92, 92)',
    'print button background': 'rgb(255, 255, 255)',
    'toolbar rule': 'rgb(107, 107, 107) solid',
    'date text': 'rgb(74, 74, 74)',
    'article text': 'rgb(26, 26, 26)',
    'quote rule': 'rgb(107, 107, 107) solid',
    'caption text': 'rgb(74, 74, 74)',
    'image fallback border': 'rgb(107, 107, 107)',
    'image placeholder': 'rgb(233, 236, 239)',
  };
  for (const [what, value] of Object.entries(expected)) {
    const ok = seen[what] === value;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} without light-dark(): ${what} ${seen[what]}${ok ? '' : ` (want ${value})`}`,
    );
    if (!ok) failures.push(`without light-dark(), ${what} is ${seen[what]}, not ${value}`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`browser floor: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`browser floor: ${floor.join(', ')} hold for dist/bantin.bundle.js`);
