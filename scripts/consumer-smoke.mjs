// Installs the packed tarball the way portal developers will, into throw-away
// projects, and checks in headless Chromium that the elements work there:
//   (a) a plain HTML page that loads only the self-contained bundle (twice, as an old
//       template and a new one might), with its Subresource Integrity hash from
//       dist/sri.json, under a strict Content-Security-Policy;
//   (b) a TypeScript + Vite app that imports the package and type-checks a use of
//       every tag (DOM, events);
//   (c) React 19: strict JSX typings (typed refs, every event, wrong props refused),
//       rendered and listening to the reader's size change;
//   (d) Vue with vue-tsc `strictTemplates`: the same, in a single-file component.
// (b)–(d) share one install and one Vite build. Run after `npm run build`; needs the
// npm registry for Vite, TypeScript, React and Vue.
// Why a script: no tool installs a packed tarball into several kinds of consumer project
// (plain HTML under CSP, Vite + TypeScript, SSR) and drives each in a browser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Opens the page in a fresh browser context (its own storage) and reports what a
 * reader would meet there. With `eventSeen`, the app's own listener must have
 * written the new scale to `<html data-scale>`.
 */
async function check(browser, url, { eventSeen = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = watchPage(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      customElements.get('bantin-toolbar') &&
      customElements.get('bantin-article') &&
      document.querySelector('bantin-toolbar') &&
      document.querySelector('bantin-article p:not([slot])'),
  );
  const result = await page.evaluate(async () => {
    const toolbar = document.querySelector('bantin-toolbar');
    const article = document.querySelector('bantin-article');
    await toolbar.updateComplete;
    const scaler = toolbar.shadowRoot.querySelector('bantin-font-scaler');
    await scaler.updateComplete;
    const body = article.querySelector('p:not([slot])');
    const before = parseFloat(getComputedStyle(body).fontSize);
    scaler.shadowRoot.querySelector('button[part~="increase"]').click();
    await scaler.updateComplete;
    await new Promise((done) => requestAnimationFrame(done));
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
      eventSeen: document.documentElement.dataset.scale,
    };
  });
  await context.close();
  const expected = {
    defined: true,
    date: '2023-05-23',
    articleRole: 'article',
    figureCaption: 'Chú thích',
    ratio: 1.1,
    announced: 'Cỡ chữ 110%',
    ...(eventSeen ? { eventSeen: '1.1' } : {}),
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

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const FIGURE_SRC = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 3'/%3E";
const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  skipLibCheck: false,
  types: [],
};

const failures = [];
const passed = [];
let browser;
const servers = [];
const step = (label) => console.log(`\n${label}`);
try {
  // BANTIN_TARBALL tests a given tarball (e.g. a release candidate) instead of this checkout.
  if (!process.env.BANTIN_TARBALL) run(root, npm, ['pack', '--pack-destination', work, '--silent']);
  const tarball =
    process.env.BANTIN_TARBALL ??
    join(
      work,
      readdirSync(work).find((file) => file.endsWith('.tgz')),
    );
  console.log(`packed ${tarball}`);
  const sri = JSON.parse(readFileSync(join(root, 'dist', 'sri.json'), 'utf8'))['bantin.bundle.js'];

  // (a) A plain HTML page with only the bundle, loaded twice, under a strict CSP,
  // with the integrity hash the README's CDN snippet uses.
  step('(a) plain HTML page: installing the tarball');
  const plain = project('plain-html', { dependencies: { bantin: `file:${tarball}` } });
  run(plain, npm, ['install', ...quiet]);
  const bundleTag = (query) =>
    `<script type="module" src="/node_modules/bantin/dist/bantin.bundle.js${query}" integrity="${sri}" crossorigin="anonymous"></script>`;
  writeFileSync(
    join(plain, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'">
${bundleTag('')}
${bundleTag('?loaded-again')}
</head><body>${ARTICLE}</body></html>`,
  );

  // (b)–(d) One app, three pages: TypeScript + Vite, React 19, Vue.
  step('(b)–(d) Vite app with TypeScript, React 19 and Vue: installing');
  const app = project('apps', {
    scripts: { build: 'vite build' },
    dependencies: { bantin: `file:${tarball}`, react: '^19', 'react-dom': '^19', vue: '^3.5' },
    devDependencies: {
      vite: '^8',
      typescript: '~5.9',
      '@types/react': '^19',
      '@types/react-dom': '^19',
      'vue-tsc': '^3',
      '@vitejs/plugin-vue': '^6',
    },
  });
  const page = (title, script) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${script}"></script></head><body><div id="app">${script.endsWith('main.ts') ? ARTICLE : ''}</div></body></html>`;
  write(app, {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { ...compilerOptions, jsx: 'react-jsx' },
      include: ['src/ts', 'src/react'],
    }),
    'tsconfig.vue.json': JSON.stringify({
      compilerOptions: { ...compilerOptions, jsx: 'preserve' },
      vueCompilerOptions: { strictTemplates: true },
      include: ['src/vue'],
    }),
    'vite.config.js': `import vue from '@vitejs/plugin-vue';
export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('bantin-') } } })],
  esbuild: { jsx: 'automatic' },
  build: { rollupOptions: { input: { ts: 'ts.html', react: 'react.html', vue: 'vue.html' } } },
};
`,
    'ts.html': page('TypeScript', '/src/ts/main.ts'),
    'react.html': page('React', '/src/react/main.tsx'),
    'vue.html': page('Vue', '/src/vue/main.ts'),
    'src/ts/main.ts': `import 'bantin/define';
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
document.querySelector('bantin-article')?.toggleAttribute('hidden', false);

// The change event is typed on every element and on document.
document.addEventListener('bantin-font-scale-change', (event) => {
  const detail: BantinFontScaleChangeDetail = event.detail;
  document.documentElement.dataset.scale = String(detail.scale);
});
export { scaler };
`,
    'src/react/main.tsx': `import 'bantin/define';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('app')!).render(<App />);
`,
    'src/react/App.tsx': `import type {} from 'bantin/react';
import type { BantinFontScaler, BantinToolbar } from 'bantin';
import { useEffect, useRef } from 'react';

export function App() {
  // Refs are the element classes.
  const toolbar = useRef<BantinToolbar>(null);
  const scaler = useRef<BantinFontScaler>(null);
  useEffect(() => {
    toolbar.current?.toggleAttribute('data-ready', true);
    scaler.current?.decrease satisfies (() => void) | undefined;
  }, []);
  return (
    <>
      <bantin-toolbar
        ref={toolbar}
        id="tools"
        className="tools"
        date="23/05/2023"
        for="main"
        actions="print share"
        storage-key="react:text-size"
        onbantin-font-scale-change={(event) => {
          document.documentElement.dataset.scale = String(event.detail.scale);
        }}
      >
        <button type="button">Gửi email</button>
      </bantin-toolbar>
      <bantin-font-scaler ref={scaler} levels="0.9 1 1.1 1.5 2" storageKey="react:text-size" compact hidden />
      <bantin-article id="main">
        <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình</h1>
        <p slot="lead">Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm.</p>
        <p>Theo đánh giá của Sở Nội vụ…</p>
        <bantin-figure caption="Chú thích" alt="" width={4} height={3} loading="eager" enlargeable src="${FIGURE_SRC}" />
        <p slot="byline">Bích Huệ</p>
      </bantin-article>
    </>
  );
}
`,
    'src/react/wrong.tsx': `import type {} from 'bantin/react';

// Each line must be refused by the typings.
export const Wrong = () => (
  <>
    {/* @ts-expect-error: 'colour' is not an attribute of <bantin-toolbar>. */}
    <bantin-toolbar colour="red" />
    {/* @ts-expect-error: loading is 'lazy' or 'eager'. */}
    <bantin-figure loading="soon" />
    {/* @ts-expect-error: width is a number of pixels. */}
    <bantin-figure width={true} />
    {/* @ts-expect-error: the event's detail has no 'size'. */}
    <bantin-toolbar onbantin-font-scale-change={(event) => event.detail.size} />
    {/* @ts-expect-error: a toolbar ref is not a figure ref. */}
    <bantin-toolbar ref={null as unknown as React.RefObject<HTMLImageElement>} />
  </>
);
`,
    'src/vue/main.ts': `import 'bantin/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`,
    'src/vue/env.d.ts': `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`,
    'src/vue/App.vue': `<script setup lang="ts">
import type {} from 'bantin/vue';
import type { BantinFontScaleChangeDetail } from 'bantin';
import { onMounted, useTemplateRef } from 'vue';

// The template ref is the element itself.
const toolbar = useTemplateRef('toolbar');
onMounted(() => toolbar.value?.toggleAttribute('data-ready', true));
function onChange(event: CustomEvent<BantinFontScaleChangeDetail>) {
  document.documentElement.dataset.scale = String(event.detail.scale);
}
</script>

<template>
  <bantin-toolbar
    ref="toolbar"
    id="tools"
    class="tools"
    date="23/05/2023"
    for="main"
    actions="print share"
    storage-key="vue:text-size"
    @bantin-font-scale-change="onChange"
  >
    <button type="button">Gửi email</button>
  </bantin-toolbar>
  <bantin-font-scaler levels="0.9 1 1.1 1.5 2" :value="1" storage-key="vue:text-size" compact hidden />
  <bantin-article id="main">
    <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình</h1>
    <p slot="lead">Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm.</p>
    <p>Theo đánh giá của Sở Nội vụ…</p>
    <bantin-figure caption="Chú thích" alt="" :width="4" :height="3" loading="eager" enlargeable src="${FIGURE_SRC}" />
    <p slot="byline">Bích Huệ</p>
  </bantin-article>
</template>
`,
    'src/vue/Wrong.vue': `<script setup lang="ts">
import type {} from 'bantin/vue';
</script>

<template>
  <!-- Each element must be refused by the typings. -->
  <!-- @vue-expect-error 'colour' is not an attribute of <bantin-toolbar> -->
  <bantin-toolbar colour="red" />
  <!-- @vue-expect-error loading is 'lazy' or 'eager' -->
  <bantin-figure loading="soon" />
  <!-- @vue-expect-error the event's detail has no 'size' -->
  <bantin-toolbar @bantin-font-scale-change="(event) => event.detail.size" />
</template>
`,
  });
  run(app, npm, ['install', ...quiet]);
  const bin = (name) => join(app, 'node_modules', '.bin', name);
  // A type error fails its consumer but the others still run, so one report shows all.
  const typeCheck = (label, command, args) => {
    step(label);
    try {
      run(app, bin(command), args);
      console.log(`${command}: 0 errors`);
      return true;
    } catch {
      console.log(`${command}: errors above`);
      return false;
    }
  };
  const typed = {
    ts: typeCheck(
      '(b)+(c) tsc: TypeScript DOM use and React 19 JSX (typed refs and events, wrong props refused)',
      'tsc',
      ['-p', 'tsconfig.json'],
    ),
    vue: typeCheck('(d) vue-tsc with strictTemplates', 'vue-tsc', ['-p', 'tsconfig.vue.json']),
  };
  step('(b)–(d) vite build');
  run(app, npm, ['run', 'build', '--silent']);

  const chromium = await findChromium();
  browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    args: chromium.args,
    headless: true,
  });
  step('in headless Chromium');
  const { server: plainServer, url: plainUrl } = await serveStatic(plain);
  const { server: appServer, url: appUrl } = await serveStatic(join(app, 'dist'));
  servers.push(plainServer, appServer);
  for (const [label, url, options] of [
    ['(a) plain HTML page with the bundle (SRI, strict CSP)', plainUrl, {}],
    ['(b) TypeScript + Vite app', `${appUrl}ts.html`, { eventSeen: true }],
    ['(c) React 19 app', `${appUrl}react.html`, { eventSeen: true }],
    ['(d) Vue app (strictTemplates)', `${appUrl}vue.html`, { eventSeen: true }],
  ]) {
    const problems = await check(browser, url, options).catch((error) => [
      `the elements never appeared (${error.message.split('\n')[0]})`,
    ]);
    if (/React|TypeScript/.test(label) && !typed.ts) problems.push('tsc reported errors');
    if (/Vue/.test(label) && !typed.vue) problems.push('vue-tsc reported errors');
    console.log(`${label}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    (problems.length === 0 ? passed : failures).push(label);
  }
} catch (error) {
  failures.push(error.message);
  console.error(error);
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`consumer smoke tests: ${passed.length} passed, ${failures.length} failed`);
if (failures.length > 0) process.exit(1);
