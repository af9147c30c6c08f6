// Opens every story of the built Storybook (storybook-static/) in headless Chromium
// and fails on a story that throws, logs an error, renders nothing, or has an axe
// WCAG 2.2 A/AA violation. Each element's docs page must list its whole public API from
// custom-elements.json, each kind in its own section and nothing private, and "Show
// code" must be what a portal pastes; every attribute, property and token must have a
// control that reaches the element; the written pages must render and the design
// tokens page must show every token with its default and a swatch.
// Stories keep to themselves: on every docs page each story shows what it shows alone,
// pressing a scaler in one moves no other, and the reader's real `bantin:font-scale` is
// never written. The API tables show values, never a source identifier. Finally the
// real Controls panel of the manager UI (index.html, not only iframe.html) is driven,
// one control of each kind on each element, and the canvas must change.
// Run after `npm run build-storybook`. `STORYBOOK_SMOKE_PORT` fixes the server's port
// (else a free one); `--only=<text>` keeps the ids that contain the text.
//
// Why a hand-written script and not Storybook's own runners: @storybook/test-runner and
// @storybook/addon-vitest render each story alone in iframe.html (through Playwright,
// whose browser download does not work here; both would need Playwright pointed at
// /usr/bin/chromium and vitest's browser mode added, ~60 MB of new dev dependencies),
// and neither drives the manager's Controls panel, loads a docs page with several
// stories, or reads the API tables, which is what this test is for. The per-story axe
// check they would add is done below (and the a11y addon is set to `test: 'error'`, so
// the Accessibility panel fails a story the same way).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { watchPage } from './page-problems.mjs';
import { serveStatic } from './static-server.mjs';

/** Ids such as `control---bantin-color-text` are valid but need escaping in a selector. */
const CSS_escape = (id) => id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');

const dir = resolve(import.meta.dirname, '..', 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Stories that show a failed image on purpose.
const expectedMissing = ['/images/missing-photo.jpg', '/favicon.ico'];
const { server } = await serveStatic(dir);
const port = Number(process.env.STORYBOOK_SMOKE_PORT ?? 0);
if (port) {
  // Move the server to the port asked for (a fixed port per worktree or CI job).
  await new Promise((done) => server.close(done));
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
}
const base = `http://127.0.0.1:${server.address().port}`;

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

/**
 * What a reader sees of a story's state: each article's font size and, for each scaler
 * (alone or in a toolbar), which of its buttons are unavailable ("x").
 */
async function stateOf(page, selector) {
  return page.evaluate(async (selector) => {
    const root = document.querySelector(selector);
    if (!root) return undefined;
    const scalers = [
      ...root.querySelectorAll('bantin-font-scaler'),
      ...[...root.querySelectorAll('bantin-toolbar')].map((toolbar) =>
        toolbar.shadowRoot?.querySelector('bantin-font-scaler'),
      ),
    ].filter(Boolean);
    for (const scaler of scalers) await scaler.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
    return {
      articles: [...root.querySelectorAll('bantin-article')].map(
        (article) => getComputedStyle(article).fontSize,
      ),
      scalers: scalers.map((scaler) =>
        [...scaler.shadowRoot.querySelectorAll('button')]
          .map((button) => (button.getAttribute('aria-disabled') === 'true' ? 'x' : 'o'))
          .join(''),
      ),
    };
  }, selector);
}

/** The reader's own stored size; no story may write it. */
const REAL_KEY = 'bantin:font-scale';
const realKey = (page) => page.evaluate((key) => localStorage.getItem(key), REAL_KEY);

/** Each story's state when shown alone, to compare with its copy on the docs page. */
const aloneState = new Map();

for (const story of stories) {
  const { page, problems } = await open(story.id, 'story');
  aloneState.set(story.id, await stateOf(page, '#storybook-root'));
  if ((await realKey(page)) !== null) problems.push(`the story wrote the reader's ${REAL_KEY}`);
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

let reported = 0;
function report(id, problems) {
  reported++;
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`,
  );
  if (problems.length > 0) failures.push(id);
}

/** Each API row as the docs page shows it: its section, name, default and whether it has a control. */
async function tableCells(page) {
  return page.evaluate(() => {
    const cells = [];
    let section = '(none)';
    for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
      const columns = [...row.children];
      if (columns.length === 1 || /^Hide .* items/.test(row.textContent ?? '')) {
        section = (row.textContent ?? '').replace(/^Hide (.*?) items.*$/s, '$1').trim();
        continue;
      }
      const control = columns[3];
      cells.push({
        section,
        name: columns[0]?.querySelector('span')?.textContent?.trim() ?? columns[0]?.textContent?.trim(),
        default: columns[2]?.textContent?.trim() ?? '',
        control: Boolean(
          control?.querySelector('input, textarea, select') ||
          [...(control?.querySelectorAll('button') ?? [])].some((b) => /^Set /.test(b.textContent ?? '')),
        ),
      });
    }
    return cells;
  });
}

/** A default cell that names a constant instead of giving its value. */
const IDENTIFIER = /^\[?\s*\.\.\.|^[A-Z][A-Z0-9]*_[A-Z0-9_]+$|^[A-Z]{2,}[A-Z0-9]*$/;

/** The toolbar's default actions, read from the source as the Storybook build reads them. */
const DEFAULT_ACTIONS = /const DEFAULT_ACTIONS\s*=\s*'([^']*)'/.exec(
  readFileSync(resolve(import.meta.dirname, '..', 'src', 'toolbar', 'toolbar.ts'), 'utf8'),
)?.[1];
const expectedDefaults = {
  levels: '0.9 1 1.1 1.25 1.5 1.75 2',
  'storage-key': 'bantin:font-scale',
  storageKey: 'bantin:font-scale',
  actions: DEFAULT_ACTIONS,
};

/** Rows with a control, per element, for the closing note. */
const controlShare = {};

/** The ids of the stories a docs page shows, in page order (the first may appear twice). */
async function storiesOnPage(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id^="story--"][id$="-inner"]')].map((element) => element.id),
  );
}

const show = (state) =>
  state
    ? `articles ${state.articles.join(' ') || '-'}, scalers ${state.scalers.join(' ') || '-'}`
    : 'nothing';

/**
 * Every story on a docs page shows what it shows alone, and pressing "larger" in one
 * story moves its own article only, never another story's, nor the reader's real key.
 */
async function checkIsolation(page, entry, problems) {
  const containers = await storiesOnPage(page);
  const states = new Map();
  for (const container of containers) {
    const storyId = container.replace(/^story--/, '').replace(/(--primary)?-inner$/, '');
    const state = await stateOf(page, `[id="${container}"]`);
    states.set(container, state);
    const alone = aloneState.get(storyId);
    if (alone && JSON.stringify(state) !== JSON.stringify(alone))
      problems.push(`${storyId} shows ${show(state)} on the docs page, but ${show(alone)} alone`);
  }
  // Press "larger" in the last story that can grow, and look at every story.
  const pressed = containers.findLast((container) =>
    states.get(container)?.scalers.some((scaler) => scaler.endsWith('o')),
  );
  if (!pressed) return;
  await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    const scaler =
      root.querySelector('bantin-font-scaler') ??
      root.querySelector('bantin-toolbar')?.shadowRoot?.querySelector('bantin-font-scaler');
    const buttons = scaler.shadowRoot.querySelectorAll('button');
    buttons[buttons.length - 1].click();
  }, `[id="${pressed}"]`);
  for (const container of containers) {
    const before = states.get(container);
    const after = await stateOf(page, `[id="${container}"]`);
    if (container === pressed) {
      const grew = after.articles.some((size, i) => parseFloat(size) > parseFloat(before.articles[i]));
      if (before.articles.length > 0 && !grew)
        problems.push(`pressing "larger" in ${container} did not enlarge its own article (${show(after)})`);
    } else if (JSON.stringify(after) !== JSON.stringify(before)) {
      problems.push(
        `pressing "larger" in ${pressed} changed ${container}: ${show(before)} became ${show(after)}`,
      );
    }
  }
  if ((await realKey(page)) !== null) problems.push(`a story on ${entry.id} wrote the reader's ${REAL_KEY}`);
}

/**
 * "Reader's views": each element in eight views; at 200 % the article text is twice
 * the 100 % size, the dark views are dark, and the English views speak English.
 */
async function checkReadersViews(page, problems) {
  const views = await page.evaluate(async () => {
    const deep = (root) => {
      let text = '';
      for (const node of root.querySelectorAll('*')) {
        text += ` ${node.getAttribute('aria-label') ?? ''}`;
        if (node.shadowRoot) text += ` ${node.shadowRoot.textContent} ${deep(node.shadowRoot)}`;
      }
      return text;
    };
    const out = [];
    for (const cell of document.querySelectorAll('[data-view]')) {
      for (const element of cell.querySelectorAll('*'))
        if (element.updateComplete) await element.updateComplete;
      const story = cell.closest('[id^="story--"][id$="-inner"]')?.id ?? '?';
      const article = cell.querySelector('bantin-article');
      const caption = cell.querySelector('bantin-figure')?.shadowRoot?.querySelector('figcaption');
      out.push({
        story,
        view: cell.dataset.view,
        scheme: getComputedStyle(cell).colorScheme,
        size: parseFloat(getComputedStyle(caption ?? article ?? cell).fontSize),
        scaler: Boolean(cell.querySelector('bantin-font-scaler, bantin-toolbar')),
        text: deep(cell),
      });
    }
    return out;
  });
  const stories = [...new Set(views.map((view) => view.story))];
  if (stories.length < elements.length)
    problems.push(`${stories.length} elements shown for ${elements.length}`);
  for (const story of stories) {
    const mine = views.filter((view) => view.story === story);
    if (mine.length !== 8) problems.push(`${story}: ${mine.length} views, not 8`);
    for (const view of mine) {
      const [scheme, lang, size] = view.view.split('-');
      if (view.scheme !== scheme) problems.push(`${story} ${view.view}: color-scheme ${view.scheme}`);
      if (size === '2') {
        const base = mine.find((other) => other.view === `${scheme}-${lang}-1`);
        if (base && Math.abs(view.size / base.size - 2) > 0.05)
          problems.push(`${story} ${view.view}: text ${view.size}px is not twice ${base.size}px`);
      }
      if (view.scaler) {
        const label = lang === 'en' ? 'Text size' : 'Cỡ chữ';
        if (!view.text.includes(label)) problems.push(`${story} ${view.view}: no "${label}"`);
      }
    }
  }
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
    // Values, not identifiers, and a control on every attribute, property and token row.
    // The colour picker is loaded lazily: give the table a moment to show every control.
    let cells = await tableCells(page);
    for (
      let attempt = 0;
      attempt < 20 && cells.some((cell) => !cell.control && /^--/.test(cell.name));
      attempt++
    ) {
      await new Promise((done) => setTimeout(done, 250));
      cells = await tableCells(page);
    }
    const controllable = cells.filter((cell) =>
      ['attributes', 'properties', 'css custom properties'].includes(cell.section),
    );
    for (const cell of cells) {
      if (IDENTIFIER.test(cell.default))
        problems.push(`the default of ${cell.name} is the identifier "${cell.default}", not a value`);
      const want = expectedDefaults[cell.name];
      if (want !== undefined && ['attributes', 'properties'].includes(cell.section) && cell.default !== want)
        problems.push(`the default of ${cell.name} is "${cell.default}", not "${want}"`);
    }
    const withControl = controllable.filter((cell) => cell.control);
    controlShare[tag] = `${withControl.length}/${controllable.length}`;
    if (withControl.length < 0.95 * controllable.length)
      problems.push(
        `only ${withControl.length} of ${controllable.length} rows have a control; none: ${controllable
          .filter((cell) => !cell.control)
          .map((cell) => cell.name)
          .join(', ')}`,
      );
    await checkIsolation(page, entry, problems);
    const unknown = Object.keys(rows).filter((section) => !(section in expectedRows(element)));
    if (unknown.length > 0) problems.push(`unexpected table sections: ${unknown.join(', ')}`);
    // "Show code" is what a portal pastes: the script tag and the element, nothing story-only.
    const code = await shownCode(page);
    if (code === undefined) problems.push('no "Show code" button');
    else {
      if (!code.startsWith('<script type="module" src='))
        problems.push('"Show code" does not start with the script tag');
      if (!code.includes(`<${tag}`)) problems.push(`"Show code" does not show <${tag}>`);
      for (const bad of ['style=', '<div', 'storybook', 'bantin-story'])
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
    // A token name is read as one word: it never breaks across lines.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('[data-token] td:first-child code')]
        .filter((code) => {
          const lines = new Set([...code.getClientRects()].map((rect) => Math.round(rect.top)));
          return lines.size > 1;
        })
        .map((code) => code.textContent),
    );
    if (broken.length > 0)
      problems.push(`${broken.length} token names break across lines: ${broken.join(', ')}`);
    const listed = await page.evaluate(() => document.querySelectorAll('[data-token]').length);
    if (listed !== tokens.length) problems.push(`${listed} token rows for ${tokens.length} tokens`);
  } else if (entry.id === 'reader-s-views--docs' || entry.title === "Reader's views") {
    await checkReadersViews(page, problems);
    await checkIsolation(page, entry, problems);
  } else if (entry.title === 'Sample article') {
    // "Show code" is what a portal pastes: the prepaint pair, then the bundle, as the README orders them.
    const code = (await shownCode(page)) ?? '';
    const order = [
      'bantin-prepaint.css',
      'bantin-prepaint.js',
      'bantin.bundle.js',
      '<bantin-toolbar',
      '<bantin-article',
    ];
    const at = order.map((word) => code.indexOf(word));
    if (at.some((index) => index < 0))
      problems.push(`"Show code" lacks ${order.filter((_, i) => at[i] < 0).join(', ')}`);
    else if (at.some((index, i) => i > 0 && index < at[i - 1]))
      problems.push(`"Show code" is not in the README's order (${order.join(' → ')})`);
    const readmeOrder = ['bantin-prepaint.css', 'bantin-prepaint.js', 'bantin.bundle.js'].map((word) =>
      readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8').indexOf(`/assets/bantin/${word}`),
    );
    if (readmeOrder.some((index, i) => i > 0 && index < readmeOrder[i - 1]))
      problems.push('the README orders the head tags differently from "Show code"');
    for (const bad of ['storage-key="bantin-story', 'bantin-story-', 'storybook'])
      if (code.includes(bad)) problems.push(`"Show code" contains ${bad}`);
    await checkIsolation(page, entry, problems);
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

// The reader's views from the toolbar apply to every story: text size, colour scheme,
// language and the 320 px viewport, here on the toolbar's first story (a scaler, an article).
const globalViews = [
  { globals: 'scale:2', want: { fontSize: '36px' } },
  { globals: 'theme:dark', want: { scheme: 'dark' } },
  { globals: 'theme:forced', want: { scheme: 'dark', text: 'canvastext' } },
  { globals: 'locale:en', want: { label: 'Text size' } },
  { globals: 'viewport.value:reflow320', want: { narrow: true } },
];
if (wanted('elements-toolbar--default')) {
  const problems = [];
  for (const view of globalViews) {
    const page = await browser.newPage();
    await page.goto(
      `${base}/iframe.html?id=elements-toolbar--default&viewMode=story&globals=${encodeURIComponent(view.globals)}`,
      { waitUntil: 'load' },
    );
    await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), { timeout: 15000 });
    const seen = await page.evaluate(async () => {
      const wrapper = document.querySelector('.bantin-story');
      const toolbar = wrapper.querySelector('bantin-toolbar');
      await toolbar.updateComplete;
      const scaler = toolbar.shadowRoot.querySelector('bantin-font-scaler');
      await scaler?.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      // What the tokens hold where the elements read them (forced colours: system colours).
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      wrapper.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      return {
        fontSize: getComputedStyle(wrapper.querySelector('bantin-article')).fontSize,
        scheme: getComputedStyle(wrapper).colorScheme,
        text:
          getComputedStyle(wrapper.querySelector('bantin-article')).color === canvasText
            ? 'canvastext'
            : 'other',
        label: scaler?.shadowRoot.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '',
        narrow: wrapper.getBoundingClientRect().width <= 320,
        realKey: localStorage.getItem('bantin:font-scale'),
      };
    });
    for (const [what, value] of Object.entries(view.want)) {
      const ok = what === 'label' ? seen.label.includes(value) : seen[what] === value;
      if (!ok)
        problems.push(
          `globals ${view.globals}: ${what} is ${JSON.stringify(seen[what])}, not ${JSON.stringify(value)}`,
        );
    }
    if (seen.realKey !== null)
      problems.push(`globals ${view.globals}: the story wrote the reader's bantin:font-scale`);
    await page.close();
  }
  // The 320 px view in the manager's viewport menu narrows the canvas itself.
  const manager = await browser.newPage();
  await manager.setViewport({ width: 1400, height: 1000 });
  await manager.goto(
    `${base}/index.html?path=/story/elements-toolbar--default&globals=viewport.value:reflow320`,
    {
      waitUntil: 'load',
    },
  );
  const width = await manager
    .waitForFunction(
      () => {
        const frame = document.querySelector('#storybook-preview-iframe');
        return frame && Math.round(frame.getBoundingClientRect().width) === 320 && 320;
      },
      { timeout: 15000 },
    )
    .then(
      () => 320,
      () =>
        manager.evaluate(
          () => document.querySelector('#storybook-preview-iframe')?.getBoundingClientRect().width,
        ),
    );
  if (width !== 320) problems.push(`the 320 px viewport leaves the canvas ${width} px wide`);
  await manager.close();
  report(`reader's views from the toolbar (${globalViews.map((view) => view.globals).join(', ')})`, problems);
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
        else if (control === 'inline-check' || control === 'check') value = argType.options.slice(1);
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
        else if (Array.isArray(value)) want = value.join(' ');
        else want = typeof value === 'object' ? JSON.stringify(value) : String(value);
        // A value equal to the default is left out of the markup, as a portal would.
        const isDefault = seen === null && want === argType.table?.defaultValue?.summary;
        out.push({
          key,
          category,
          control,
          value,
          seen,
          ok: JSON.stringify(seen) === JSON.stringify(want) || isDefault,
        });
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

// The real Controls panel: open each element's first story in the manager UI, change
// one control of each kind the way a designer does (click, type, tick), and look at
// the canvas in the preview iframe.
const PROBE_COLOUR = '#123456';
const PROBE_RGB = 'rgb(18, 52, 86)';

/** Every text and aria-label in the element and the shadow roots inside it. */
const DEEP_TEXT = `(function deep(root) {
  let text = root.shadowRoot ? root.shadowRoot.textContent : '';
  for (const node of [...root.querySelectorAll('*'), ...(root.shadowRoot ? root.shadowRoot.querySelectorAll('*') : [])]) {
    text += ' ' + (node.getAttribute('aria-label') ?? '');
    if (node.shadowRoot && node !== root) text += ' ' + deep(node);
  }
  return text;
})`;

/** Does a colour appear anywhere in the element's rendering (text, background or border)? */
const HAS_COLOUR = `(function has(root, rgb) {
  const nodes = [root, ...(root.shadowRoot ? root.shadowRoot.querySelectorAll('*') : [])];
  for (const node of nodes) {
    const style = getComputedStyle(node);
    if ([style.color, style.backgroundColor, style.borderTopColor, style.borderBottomColor, style.outlineColor].includes(rgb)) return true;
    if (node.shadowRoot && node !== root && has(node, rgb)) return true;
  }
  return false;
})`;

/** One control of each kind per element, and what the canvas must show after it. */
const drives = {
  'bantin-article': [
    {
      kind: 'text',
      name: 'content',
      value: '<p>Đoạn thử nghiệm điều khiển</p>',
      see: `el.textContent.includes('Đoạn thử nghiệm điều khiển')`,
    },
    {
      kind: 'text (token)',
      name: '--bantin-article-line-height',
      value: '3',
      see: `Math.abs(parseFloat(getComputedStyle(el.querySelector('p:not([slot])') ?? el).lineHeight) / parseFloat(getComputedStyle(el.querySelector('p:not([slot])') ?? el).fontSize) - 3) < 0.05`,
    },
    {
      kind: 'color',
      name: '--bantin-color-text',
      value: PROBE_COLOUR,
      see: `getComputedStyle(el).color === '${PROBE_RGB}'`,
    },
  ],
  'bantin-figure': [
    {
      kind: 'text',
      name: 'caption',
      value: 'Chú thích thử nghiệm',
      see: `${DEEP_TEXT}(el).includes('Chú thích thử nghiệm')`,
    },
    {
      kind: 'number',
      name: 'width',
      value: '800',
      see: `el.shadowRoot.querySelector('img')?.getAttribute('width') === '800'`,
    },
    {
      kind: 'radio',
      name: 'loading',
      value: 'lazy',
      see: `el.shadowRoot.querySelector('img')?.loading === 'lazy'`,
    },
    {
      kind: 'boolean',
      name: 'enlargeable',
      value: true,
      see: `Boolean(el.shadowRoot.querySelector('[part~="enlarge"]'))`,
    },
    {
      kind: 'object',
      name: 'strings',
      value: '{"enlarge":"Xem ảnh lớn thử"}',
      see: `${DEEP_TEXT}(el).includes('Xem ảnh lớn thử')`,
    },
    {
      kind: 'color',
      name: '--bantin-figure-caption-color',
      value: PROBE_COLOUR,
      see: `${HAS_COLOUR}(el, '${PROBE_RGB}')`,
    },
  ],
  'bantin-font-scaler': [
    // First, while the buttons are available (an unavailable button takes the disabled colours).
    {
      kind: 'color',
      name: '--bantin-control-border-color',
      value: PROBE_COLOUR,
      see: `${HAS_COLOUR}(el, '${PROBE_RGB}')`,
    },
    // Two steps only: one press reaches the top, and "larger" becomes unavailable.
    // "1 1.5": at 100 % the smallest step, so "smaller" is unavailable and "larger" is not.
    {
      kind: 'text',
      name: 'levels',
      value: '1 1.5',
      see: `el.shadowRoot.querySelector('[part~="decrease"]')?.getAttribute('aria-disabled') === 'true' && el.shadowRoot.querySelector('[part~="increase"]')?.getAttribute('aria-disabled') !== 'true'`,
    },
    {
      kind: 'number',
      name: 'max',
      value: '1',
      see: `el.shadowRoot.querySelector('[part~="increase"]')?.getAttribute('aria-disabled') === 'true'`,
    },
    {
      kind: 'boolean',
      name: 'compact',
      value: true,
      see: `el.shadowRoot.querySelector('[part~="increase"]').getBoundingClientRect().width < 70`,
    },
    {
      kind: 'object',
      name: 'strings',
      value: '{"increase":"Chữ to hơn"}',
      see: `${DEEP_TEXT}(el).includes('Chữ to hơn')`,
    },
  ],
  'bantin-toolbar': [
    { kind: 'text', name: 'date', value: '01/02/2024', see: `${DEEP_TEXT}(el).includes('01/02/2024')` },
    {
      kind: 'object',
      name: 'strings',
      value: '{"print":"In thử nghiệm"}',
      see: `${DEEP_TEXT}(el).includes('In thử nghiệm')`,
    },
    { kind: 'check', name: 'actions', value: 'print', see: `!${DEEP_TEXT}(el).includes('In thử nghiệm')` },
    {
      kind: 'boolean',
      name: 'compact',
      value: true,
      see: `el.shadowRoot.querySelector('bantin-font-scaler')?.shadowRoot.querySelector('[part~="increase"]').getBoundingClientRect().width < 70`,
    },
    {
      kind: 'color',
      name: '--bantin-toolbar-border-color',
      value: PROBE_COLOUR,
      see: `${HAS_COLOUR}(el, '${PROBE_RGB}')`,
    },
  ],
};

const driven = [];
for (const element of elements) {
  if (!wanted(element.tagName) || !drives[element.tagName]) continue;
  const story = allStories.find(
    (entry) => entry.id.endsWith('--default') && tagOf(entry) === element.tagName,
  );
  if (!story) continue;
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1100 });
  const problems = watchPage(page, base, { expectedMissing });
  await page.goto(`${base}/index.html?path=/story/${story.id}`, { waitUntil: 'load' });
  const preview = async () => {
    const handle = await page.waitForSelector('#storybook-preview-iframe');
    return handle.contentFrame();
  };
  await page
    .waitForSelector('#panel-tab-content [id^="control-"], #panel-tab-content [id^="set-"]', {
      timeout: 20000,
    })
    .catch(() => page.waitForSelector('[id^="control-"], [id^="set-"]', { timeout: 20000 }));
  const frame = await preview();
  await frame.waitForFunction(
    (tag) => document.querySelector(`#storybook-root ${tag}`)?.shadowRoot,
    { timeout: 15000 },
    element.tagName,
  );
  const id = (name) => `#${CSS_escape(`control-${name}`)}`;
  /** Sets one control the way a designer does; safe to repeat (it sets, never toggles blindly). */
  const apply = async (drive) => {
    const set = await page.$(`#${CSS_escape(`set-${drive.name}`)}`);
    if (set) {
      await set.click();
      await page.waitForSelector(`${id(drive.name)}, [id^="control-${drive.name}-"]`, { timeout: 15000 });
    }
    if (drive.kind === 'boolean') {
      // The switch's input is visually replaced by its track: press it as a keyboard user would.
      const box = await page.$(id(drive.name));
      if ((await box.evaluate((input) => input.checked)) !== drive.value) {
        await box.focus();
        await page.keyboard.press('Space');
      }
    } else if (drive.kind === 'radio' || drive.kind === 'check') {
      // A radio is chosen; a tick box (an action) is cleared.
      const option = await page.evaluateHandle(
        (name, value) =>
          [...document.querySelectorAll(`input[id^="control-${name}-"]`)].find(
            (input) => input.value === value,
          ),
        drive.name,
        drive.value,
      );
      if ((await option.evaluate((input) => input.checked)) !== (drive.kind === 'radio')) {
        await option.asElement().focus();
        await page.keyboard.press('Space');
      }
    } else {
      const field = await page.$(id(drive.name));
      await field.click({ clickCount: 3 });
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await field.type(String(drive.value));
      // Colour and object fields apply on blur.
      await page.keyboard.press('Tab');
    }
    const canvas = await preview();
    await canvas.waitForFunction(
      `(async () => { const el = document.querySelector('#storybook-root ${element.tagName}'); if (!el) return false; await el.updateComplete; return await (${drive.see}); })()`,
      { timeout: 15000, polling: 100 },
    );
  };
  for (const drive of drives[element.tagName]) {
    // On a busy machine a keystroke can land while the panel re-renders: one more try.
    let error;
    for (let attempt = 0; attempt < 2; attempt++) {
      error = await apply(drive).then(
        () => undefined,
        (problem) => problem,
      );
      if (!error) break;
    }
    if (error)
      problems.push(
        `the ${drive.kind} control "${drive.name}" in the Controls panel did not change the canvas (${String(error.message ?? error).split('\n')[0]})`,
      );
    else driven.push(`${element.tagName} ${drive.name} (${drive.kind})`);
  }
  if ((await (await preview()).evaluate((key) => localStorage.getItem(key), REAL_KEY)) !== null)
    problems.push(`the story wrote the reader's ${REAL_KEY}`);
  await page.close();
  report(
    `Controls panel of <${element.tagName}> (${drives[element.tagName].length} kinds)`,
    problems.filter((problem) => !problem.startsWith('console.error') && !problem.startsWith('HTTP 404')),
  );
}
console.log(`Controls panel driven: ${driven.join('; ')}`);
console.log(
  `rows with a control: ${Object.entries(controlShare)
    .map(([tag, share]) => `<${tag}> ${share}`)
    .join(', ')}`,
);

await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const total = stories.length + reported;
console.log(
  `storybook smoke: ${stories.length} stories, ${docs.length} docs pages (${rowsChecked} API rows and tokens), ` +
    `${controlsChecked} controls of ${elements.length} elements in ${seconds} s`,
);
console.log(`${total - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
