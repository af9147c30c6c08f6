// Opens every story of the built Storybook (storybook-static/) in headless Chromium
// and fails on a story that throws, logs an error, renders nothing, or has an axe
// WCAG 2.2 A/AA violation. Each element's docs page must list its whole public API from
// custom-elements.json, each kind in its own section and nothing private, and "Show
// code" must be what a portal pastes; every attribute, property and token must have a
// control that reaches the element; the written pages must render and the design
// tokens page must show every token with its default and a swatch.
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { watchPage } from './page-problems.mjs';
import { serveStatic } from './static-server.mjs';

const dir = resolve(import.meta.dirname, '..', 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Stories that show a failed image on purpose.
const expectedMissing = ['/images/missing-photo.jpg', '/favicon.ico'];
const { server, url } = await serveStatic(dir);
const base = url.slice(0, -1);

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
// `--only=<text>` keeps the stories, pages and elements whose id contains the text.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = (id) => !only || id.includes(only);
const stories = entries.filter((entry) => entry.type === 'story' && wanted(entry.id));
const docs = entries.filter((entry) => entry.type === 'docs' && wanted(entry.id));

const chromium = await findChromium();
const browser = await puppeteer.launch({
  executablePath: chromium.executablePath,
  args: chromium.args,
  headless: true,
});
const started = Date.now();
const failures = [];

async function open(id, viewMode) {
  const page = await browser.newPage();
  const problems = watchPage(page, base, { expectedMissing });
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`, {
    waitUntil: 'load',
  });
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((name) =>
        document.body.classList.contains(name),
      ),
    { timeout: 15000 },
  );
  // Let the elements finish their first render and images settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(
      `error display: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '')}`,
    );
  }
  return { page, problems };
}

for (const story of stories) {
  const { page, problems } = await open(story.id, 'story');
  const rendered = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    const box = root?.getBoundingClientRect();
    const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) =>
      element.localName.startsWith('bantin-'),
    );
    return {
      visible: Boolean(root && root.children.length > 0 && box && box.height > 0 && box.width > 0),
      elements: elements.length,
      notUpgraded: elements
        .filter((element) => !element.shadowRoot?.hasChildNodes())
        .map((element) => element.localName),
    };
  });
  if (!rendered.visible) problems.push('rendered nothing');
  if (rendered.elements === 0) problems.push('no bantin element in the story');
  if (rendered.notUpgraded.length > 0) problems.push(`not upgraded: ${rendered.notUpgraded.join(', ')}`);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // The a11y addon runs its own axe in the same page; wait for it to finish.
    for (let attempt = 0; ; attempt++) {
      try {
        const results = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        });
        return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  });
  problems.push(...violations.map((v) => `axe: ${v}`));
  await page.close();
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`,
  );
  if (problems.length > 0) failures.push(story.id);
}

// What the docs promise, from the manifest the site was built from.
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const allStories = entries.filter((entry) => entry.type === 'story');
const tokens = [...new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)))];

/** The tag a docs page documents: the `component` of its stories file. */
function tagOf(entry) {
  const story = entries.find((other) => other.title === entry.title && other.type === 'story');
  if (!story) return undefined;
  const source = readFileSync(resolve(import.meta.dirname, '..', story.importPath), 'utf8');
  return /component:\s*'([^']+)'/.exec(source)?.[1];
}

/** Every row each table section must have: the whole public API, each in its place. */
function expectedRows(element) {
  const mirrored = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const members = element.members ?? [];
  return {
    attributes: (element.attributes ?? []).map((item) => item.name),
    properties: members
      .filter((item) => item.kind === 'field' && !item.static && !item.readonly && !mirrored.has(item.name))
      .map((item) => item.name),
    methods: members.filter((item) => item.kind === 'method').map((item) => item.name),
    events: (element.events ?? []).map((item) => item.name),
    slots: (element.slots ?? []).map((item) => item.name || '(default)'),
    'css shadow parts': (element.cssParts ?? []).map((item) => item.name),
    'css custom properties': (element.cssProperties ?? []).map((item) => item.name),
  };
}

/** The docs page's API table, section by section, as a designer reads it. */
async function tableRows(page) {
  return page.evaluate(() => {
    const sections = {};
    let current = '(none)';
    for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
      const cells = [...row.children];
      if (cells.length === 1 || /^Hide .* items/.test(row.textContent ?? '')) {
        current = (row.textContent ?? '').replace(/^Hide (.*?) items.*$/s, '$1').trim();
        continue;
      }
      const name = cells[0]?.querySelector('span')?.textContent?.trim() ?? cells[0]?.textContent?.trim();
      (sections[current] ??= []).push(name);
    }
    return sections;
  });
}

/** Clicks the first "Show code" and returns the source a designer would copy. */
async function shownCode(page) {
  const toggled = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Show code',
    );
    button?.click();
    return Boolean(button);
  });
  if (!toggled) return undefined;
  await page.waitForFunction(() => document.querySelector('.docblock-source pre, pre.prismjs'), {
    timeout: 5000,
  });
  return page.evaluate(() => document.querySelector('.docblock-source pre, pre.prismjs')?.textContent ?? '');
}

function report(id, problems) {
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`,
  );
  if (problems.length > 0) failures.push(id);
}

let rowsChecked = 0;
let controlsChecked = 0;
for (const entry of docs) {
  const { page, problems } = await open(entry.id, 'docs');
  await page
    .waitForFunction(() => document.querySelector('#storybook-docs')?.textContent?.length > 100, {
      timeout: 15000,
    })
    .catch(() => problems.push('docs page rendered no content'));
  const tag = tagOf(entry);
  const element = elements.find((item) => item.tagName === tag);
  if (element) {
    // Every attribute, property, method, event, slot, part and token in its own section,
    // and nothing else (no private field, no name shadowed by another kind).
    const rows = await tableRows(page);
    for (const [section, names] of Object.entries(expectedRows(element))) {
      for (const name of names) {
        rowsChecked++;
        if (!(rows[section] ?? []).includes(name)) problems.push(`no "${name}" row under ${section}`);
      }
      const extra = (rows[section] ?? []).filter((name) => !names.includes(name));
      if (extra.length > 0) problems.push(`${section} lists what is not public API: ${extra.join(', ')}`);
    }
    const unknown = Object.keys(rows).filter((section) => !(section in expectedRows(element)));
    if (unknown.length > 0) problems.push(`unexpected table sections: ${unknown.join(', ')}`);
    // "Show code" is what a portal pastes: the script tag and the element, nothing story-only.
    const code = await shownCode(page);
    if (code === undefined) problems.push('no "Show code" button');
    else {
      if (!code.startsWith('<script type="module" src='))
        problems.push('"Show code" does not start with the script tag');
      if (!code.includes(`<${tag}`)) problems.push(`"Show code" does not show <${tag}>`);
      for (const bad of ['style=', '<div', 'storybook', 'storage-key="storybook'])
        if (code.includes(bad)) problems.push(`"Show code" contains ${bad}`);
    }
  } else if (entry.id === 'design-tokens--docs') {
    // Every token, with its default and a live swatch.
    const seen = await page.evaluate(
      (names) =>
        names.map((name) => {
          const row = document.querySelector(`[data-token="${name}"]`);
          const swatch = row?.querySelector('[data-token-swatch]');
          const style = swatch ? getComputedStyle(swatch) : undefined;
          return {
            name,
            row: Boolean(row),
            default: row?.children[2]?.textContent?.trim(),
            swatch: Boolean(swatch),
            colour:
              /color|placeholder/.test(name) && !/align|style|size/.test(name)
                ? style?.backgroundColor
                : undefined,
          };
        }),
      tokens,
    );
    for (const token of seen) {
      rowsChecked++;
      if (!token.row) problems.push(`token ${token.name} is not on the page`);
      else if (!token.swatch) problems.push(`token ${token.name} has no swatch`);
      else if (!token.default || token.default === '—') problems.push(`token ${token.name} shows no default`);
      else if (token.colour === 'rgba(0, 0, 0, 0)')
        problems.push(`token ${token.name}: its swatch shows no colour`);
    }
    const listed = await page.evaluate(() => document.querySelectorAll('[data-token]').length);
    if (listed !== tokens.length) problems.push(`${listed} token rows for ${tokens.length} tokens`);
  } else {
    const mustSay = {
      'introduction--docs': ['Tiếng Việt', 'English', 'bantin-font-scaler', 'Controls'],
      'theming--docs': ['--bantin-color-text', "portal's stylesheet", '::part('],
      'accessibility--docs': [
        'Keyboard map',
        'What screen readers hear',
        '2.5.8',
        '4.1.3',
        ...elements.map((e) => e.tagName),
      ],
      'portal-integration--docs': [
        '<script type="module"',
        'Content-Security-Policy',
        'integrity',
        'for="noi-dung"',
      ],
    }[entry.id];
    // Code blocks are highlighted after the first render; give them a moment.
    await page
      .waitForFunction(
        (words) =>
          words.every((word) => document.querySelector('#storybook-docs')?.textContent?.includes(word)),
        { timeout: 10000 },
        mustSay ?? [],
      )
      .catch(() => {});
    const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
    for (const words of mustSay ?? [])
      if (!text.includes(words)) problems.push(`the page does not say "${words}"`);
    if (entry.id === 'theming--docs') {
      // The portal's brand really reaches the elements through the tokens.
      const themed = await page.evaluate(async () => {
        const example = document.querySelector('[data-theme-example]');
        const article = example?.querySelector('bantin-article');
        const toolbar = example?.querySelector('bantin-toolbar');
        await toolbar?.updateComplete;
        const scaler = toolbar?.shadowRoot?.querySelector('bantin-font-scaler');
        await scaler?.updateComplete;
        const button = scaler?.shadowRoot?.querySelector('button');
        return {
          text: article ? getComputedStyle(article).color : 'no article',
          surface: button ? getComputedStyle(button).backgroundColor : 'no button',
        };
      });
      if (themed.text !== 'rgb(16, 38, 28)') problems.push(`themed article text is ${themed.text}`);
      if (themed.surface !== 'rgb(244, 250, 246)')
        problems.push(`themed button background is ${themed.surface}`);
    }
  }
  await page.close();
  report(entry.id, problems);
}

// Every control reaches the element: change each attribute, property and token the
// way the Controls panel does, and look at the element.
const probe = {
  boolean: (current) => !current,
  number: () => 1.25,
  object: () => ({ increase: 'Probe' }),
  color: () => '#123456',
};
for (const element of elements) {
  if (!wanted(element.tagName)) continue;
  const story = allStories.find(
    (entry) => entry.id.endsWith('--default') && tagOf(entry) === element.tagName,
  );
  if (!story) {
    report(`controls of <${element.tagName}>`, ['no Default story']);
    continue;
  }
  const { page, problems: pageProblems } = await open(story.id, 'story');
  // Probing bad values (a missing image, an unknown id) may warn or 404; only a thrown
  // error counts here.
  const problems = [];
  const results = await page.evaluate(
    async (storyId, tag, probeSource) => {
      const probe = Object.fromEntries(Object.entries(probeSource).map(([k, v]) => [k, eval(v)]));
      const preview = window.__STORYBOOK_PREVIEW__;
      const loaded = await (preview.storyStoreValue ?? preview.storyStore).loadStory({ storyId });
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const out = [];
      for (const [key, argType] of Object.entries(loaded.argTypes)) {
        const control = argType.control?.type ?? argType.control;
        const category = argType.table?.category;
        if (!control || !['attributes', 'properties', 'css custom properties'].includes(category)) {
          out.push({ key, category, control: control || null, skipped: true });
          continue;
        }
        const current = loaded.initialArgs[key];
        let value;
        if (control === 'inline-radio' || control === 'radio' || control === 'select')
          value = argType.options.find((option) => option !== current);
        else if (probe[control]) value = probe[control](current);
        else if (category === 'css custom properties')
          value = { '<length>': '3px', '<number>': '1.5' }[argType.table?.type?.summary] ?? 'probe-value';
        else value = 'probe';
        const rendered = new Promise((done) => channel.once('storyRendered', done));
        channel.emit('updateStoryArgs', { storyId, updatedArgs: { [key]: value } });
        await rendered;
        const element = document.querySelector(`#storybook-root ${tag}`);
        let seen;
        if (category === 'css custom properties')
          seen = getComputedStyle(element).getPropertyValue(key).trim();
        else if (category === 'properties') seen = element[key];
        else seen = element.getAttribute(key);
        let want;
        if (category === 'css custom properties' || category === 'properties') want = value;
        else if (value === true) want = '';
        else if (value === false) want = null;
        else want = typeof value === 'object' ? JSON.stringify(value) : String(value);
        out.push({ key, category, control, value, seen, ok: JSON.stringify(seen) === JSON.stringify(want) });
        // Back to the story's own args before the next control.
        const reset = new Promise((done) => channel.once('storyRendered', done));
        channel.emit('resetStoryArgs', { storyId, argNames: [key] });
        await reset;
      }
      return out;
    },
    story.id,
    element.tagName,
    Object.fromEntries(Object.entries(probe).map(([k, v]) => [k, v.toString()])),
  );
  // Every public attribute and token has a control, and each one does something.
  const controlled = new Set(results.filter((result) => !result.skipped).map((result) => result.key));
  const rows = expectedRows(element);
  for (const name of [...rows.attributes, ...rows.properties, ...rows['css custom properties']]) {
    if (!controlled.has(name)) problems.push(`${name} has no control`);
  }
  for (const result of results.filter((item) => !item.skipped)) {
    controlsChecked++;
    if (!result.ok)
      problems.push(
        `the ${result.key} control does nothing: set ${JSON.stringify(result.value)}, element has ${JSON.stringify(result.seen)}`,
      );
  }
  problems.push(...pageProblems.filter((problem) => problem.startsWith('uncaught')));
  await page.close();
  report(`controls of <${element.tagName}> (${controlled.size})`, problems);
}

await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const total = stories.length + docs.length + elements.filter((element) => wanted(element.tagName)).length;
console.log(
  `storybook smoke: ${stories.length} stories, ${docs.length} docs pages (${rowsChecked} API rows and tokens), ` +
    `${controlsChecked} controls of ${elements.length} elements in ${seconds} s`,
);
console.log(`${total - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
