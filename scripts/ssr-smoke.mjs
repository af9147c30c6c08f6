/**
 * Renders every bantin element on the server with @lit-labs/ssr, as a portal's Node
 * server or Eleventy would, and fails on any throw. Browser globals are trapped, so
 * an element that reaches for `window`, `document`, `localStorage` or a DOM class
 * while it is constructed, updated or rendered fails here with its name. Then it
 * renders the whole article 5,000 times and fails if the heap grew: a server render
 * must leave nothing behind (a subscription, a registry entry).
 *
 * Usage: npm run test:ssr (runs the TypeScript sources through tsx).
 *
 * Why a script: @lit-labs/testing renders in the browser tests; trapping browser globals
 * and measuring the heap across 5,000 server renders is not something a tool does.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { pathToFileURL } from 'node:url';

const RENDERS = Number(process.env.RENDERS ?? 5000);
/** Heap growth allowed over all renders, for V8's own noise; 0.1's storage subscription per render leaked ~5 MB. */
const HEAP_SLACK = 1024 * 1024;

if (typeof globalThis.gc !== 'function') {
  console.error('ssr-smoke: run with node --expose-gc (npm run test:ssr does).');
  process.exit(2);
}

// Everything a browser has and a server does not, trapped before bantin is imported so
// that module-level code is checked too. A read answers `undefined`, as in a plain Node
// process (so a `typeof window` guard works); a read from bantin's own code is listed,
// and using what it returned throws, which fails the render.
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'ShadowRoot',
  'Node',
  'HTMLSlotElement',
  'HTMLImageElement',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'getComputedStyle',
  'matchMedia',
  'requestAnimationFrame',
  'speechSynthesis',
  'CSS',
  'Highlight',
];
const touched = new Set();
for (const name of BROWSER_GLOBALS) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      // Lit probes some of these itself (`globalThis.document === undefined`).
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (!caller.includes('/node_modules/') && !caller.includes('node:'))
        touched.add(`${name} (${caller.trim()})`);
      return undefined;
    },
  });
}

// BANTIN_SSR_ENTRY=dist/bantin.js checks the built modules, as published.
const entry = process.env.BANTIN_SSR_ENTRY;
await import(entry ? pathToFileURL(entry).href : new URL('../src/bantin.ts', import.meta.url).href);

const cases = {
  '<bantin-article>': html`<bantin-article lang="vi">
    <h1 slot="title">Trao bằng khen</h1>
    <p slot="lead">Tóm tắt</p>
    <p>Đoạn văn</p>
    <p slot="byline">Tác giả</p>
  </bantin-article>`,
  '<bantin-figure src>': html`<bantin-figure
    src="/a.jpg"
    alt="Ảnh"
    width="1200"
    height="675"
    caption="Chú thích"
    credit="Ảnh: Cổng TTĐT"
    enlargeable
  ></bantin-figure>`,
  '<bantin-figure> with a slotted image': html`<bantin-figure
    ><img src="/a.jpg" alt="Ảnh" width="4" height="3" /><span slot="caption">Chú thích</span></bantin-figure
  >`,
  '<bantin-font-scaler>': html`<bantin-font-scaler></bantin-font-scaler>`,
  '<bantin-font-scaler> with every attribute': html`<bantin-font-scaler
    levels="1 1.25 1.5"
    min="1"
    max="1.5"
    value="1.25"
    for="bai-viet"
    storage-key="portal:scale"
    compact
    strings='{"increase": "Chữ to hơn"}'
  ></bantin-font-scaler>`,
  '<bantin-toolbar>': html`<bantin-toolbar date="2023-05-23" for="bai-viet"
    ><a href="/rss">RSS</a></bantin-toolbar
  >`,
  '<bantin-toolbar> with the portal date form': html`<bantin-toolbar
    date="23/05/2023"
    actions="print"
    compact
  ></bantin-toolbar>`,
  'bad attributes': html`<div>
    <bantin-font-scaler levels="a b" min="2" max="1" value="-3"></bantin-font-scaler>
    <bantin-toolbar date="hôm qua" actions="fax" strings="{oops"></bantin-toolbar>
    <bantin-figure width="-1" height="abc" loading="soon"></bantin-figure>
    <bantin-article><p slot="title">Không phải tiêu đề</p></bantin-article>
  </div>`,
};

const wholePage = html`<main>
  <bantin-toolbar date="2023-05-23" for="bai-viet"></bantin-toolbar>
  <bantin-article id="bai-viet">
    <h1 slot="title">Trao bằng khen</h1>
    <p>Đoạn văn</p>
    <bantin-figure src="/a.jpg" alt="Ảnh" width="1200" height="675" caption="Chú thích"></bantin-figure>
  </bantin-article>
</main>`;

// Bad attributes warn, as they should; the smoke test keeps only the failures visible.
const warn = console.warn;
let warnings = 0;
console.warn = () => void warnings++;

let failures = 0;
for (const [name, template] of Object.entries(cases)) {
  try {
    const out = await collectResult(render(template));
    const missing = [...out.matchAll(/<(bantin-[a-z-]+)[\s>]/g)]
      .map((match) => match[1])
      .filter((tag, index, all) => all.indexOf(tag) === index)
      .filter((tag) => !new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`).test(out));
    if (missing.length > 0) throw new Error(`no declarative shadow root for ${missing.join(', ')}`);
    console.log(`ok   ${name} (${out.length} characters)`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n     ${error?.stack ?? error}`);
  }
}
if (touched.size > 0) console.log(`browser globals read by bantin:\n  ${[...touched].join('\n  ')}`);

// The traps' stack captures would dominate the timing and the heap: off for the loop.
for (const name of BROWSER_GLOBALS) {
  if (Object.getOwnPropertyDescriptor(globalThis, name)?.get) delete globalThis[name];
}

if (failures === 0) {
  const once = () => collectResult(render(wholePage));
  for (let i = 0; i < 1000; i++) await once(); // warm up V8 and Lit's template caches
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  for (let i = 0; i < RENDERS; i++) await once();
  const elapsed = performance.now() - start;
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  const grown = after - before;
  const ok = grown <= HEAP_SLACK;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${RENDERS} renders of a whole page: heap ${(before / 1e6).toFixed(2)} MB -> ` +
      `${(after / 1e6).toFixed(2)} MB (${grown >= 0 ? '+' : ''}${(grown / 1024).toFixed(0)} KB, ` +
      `allowed ${HEAP_SLACK / 1024} KB), ${(elapsed / RENDERS).toFixed(3)} ms per render`,
  );
  if (!ok) failures++;
}

console.warn = warn;
console.log(
  `${failures === 0 ? 'ssr-smoke: all passed' : `ssr-smoke: ${failures} failed`} (${warnings} warnings from bad attributes)`,
);
process.exit(failures === 0 ? 0 : 1);
