// Opens every story of the built Storybook (storybook-static/) in headless Chromium
// and fails on a story that throws, logs an error, renders nothing, or has an axe
// WCAG 2.2 A/AA violation. Docs pages must render and list each element's API.
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
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

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

// The docs pages must render and show the API from custom-elements.json.
const expectedApi = {
  'elements-font-scaler--docs': [
    'storage-key',
    'bantin-font-scale-change',
    '--bantin-target-size',
    'increase',
  ],
  'elements-toolbar--docs': ['actions', '--bantin-toolbar-gap', 'toolbar'],
  'elements-figure--docs': ['caption', 'fallback', '--bantin-figure-caption-size'],
  'elements-article--docs': ['byline', '--bantin-font-scale', 'lead'],
};
for (const entry of docs) {
  const { page, problems } = await open(entry.id, 'docs');
  await page
    .waitForFunction(
      () => document.querySelector('.sbdocs-content, #storybook-docs')?.textContent?.length > 100,
      {
        timeout: 15000,
      },
    )
    .catch(() => problems.push('docs page rendered no content'));
  const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
  for (const word of expectedApi[entry.id] ?? [])
    if (!text.includes(word)) problems.push(`docs do not mention ${word}`);
  await page.close();
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${entry.id}${problems.length ? `\n     ${problems.join('\n     ')}` : ''}`,
  );
  if (problems.length > 0) failures.push(entry.id);
}

await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const total = stories.length + docs.length;
console.log(`storybook smoke: ${stories.length} stories and ${docs.length} docs pages in ${seconds} s`);
console.log(`${total - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
