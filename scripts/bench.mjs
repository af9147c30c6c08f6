// `npm run bench`: what a text-size change costs on a Word-pasted article of 30, 300 and
// 3,000 paragraphs, for bantin and for the jQuery snippet portals use today, side by side.
// Headless Chromium (scripts/find-chromium.mjs) opens pages served from a temporary folder
// by scripts/static-server.mjs; bantin is bundled from src/ with esbuild for the run, so
// the figures are those of the working tree.
//
// Each cost is performance.now() around the work plus a forced style and layout (reading
// offsetHeight), so it includes the browser's recalculation; the median of several runs.
// "Elements touched" counts the elements whose attributes change during one size change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [30, 300, 3000];
/** Fresh page loads per size (intake is measured once per load). */
const LOADS = { 30: 9, 300: 7, 3000: 3 };
/** Size changes measured on each load. */
const CHANGES = { 30: 6, 300: 4, 3000: 2 };

// The snippet as portals paste it under their "Tăng cỡ chữ" / "Giảm cỡ chữ" links: on each
// click, every element in the article gets its computed size read and written back + 1 px.
const JQUERY_SNIPPET = `
$(function () {
  $('#btnTangCo').click(function (e) {
    e.preventDefault();
    $('#noidung *').each(function () {
      var size = parseFloat($(this).css('font-size'));
      $(this).css('font-size', (size + 1) + 'px');
    });
  });
  $('#btnGiamCo').click(function (e) {
    e.preventDefault();
    $('#noidung *').each(function () {
      var size = parseFloat($(this).css('font-size'));
      $(this).css('font-size', (size - 1) + 'px');
    });
  });
});
`;

/** The sample article's body paragraphs, headings and captions, to repeat. */
function sampleParts() {
  const lines = readFileSync(join(root, 'test/fixtures/sample-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim());
  const paragraphs = [11, 13, 19, 21, 25, 30, 32, 34, 36].map((index) => lines[index]);
  return { title: lines[4], headings: [lines[9], lines[23]], captions: [lines[16], lines[28]], paragraphs };
}

const word = (text, size = '13.0pt') =>
  `<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%'>` +
  `<span lang=VI style='font-size:${size};line-height:115%;font-family:"Times New Roman","serif";` +
  `mso-fareast-font-family:"Times New Roman"'>${text}<o:p></o:p></span></p>`;

/** A Word-pasted article of `count` paragraphs: body text, bold-italic headings, captions. */
function article(count) {
  const { title, headings, captions, paragraphs } = sampleParts();
  const out = [`<h1 class="title">${title}</h1>`];
  for (let index = 0; index < count; index++) {
    if (index % 10 === 0) {
      out.push(
        `<p class=MsoNormal style='margin-top:6.0pt;text-align:justify'><b><i><span lang=VI ` +
          `style='font-size:14.0pt;font-family:"Times New Roman","serif"'>${headings[(index / 10) % 2]}` +
          `<o:p></o:p></span></i></b></p>`,
      );
    } else if (index % 15 === 7) {
      out.push(
        `<p class=MsoNormal align=center style='text-align:center'><i><span lang=VI ` +
          `style='font-size:11.0pt;font-family:"Times New Roman","serif"'>${captions[index % 2]}` +
          `<o:p></o:p></span></i></p>`,
      );
    } else if (index % 7 === 3) {
      out.push(
        `<p class=MsoNormal style='text-align:justify'><font size="3">${paragraphs[index % 9]}</font></p>`,
      );
    } else {
      out.push(word(paragraphs[index % 9]));
    }
  }
  return out.join('\n');
}

function page(count, approach) {
  const links =
    approach === 'jquery'
      ? '<a href="#" id="btnTangCo">Tăng cỡ chữ</a> <a href="#" id="btnGiamCo">Giảm cỡ chữ</a>'
      : '';
  const script =
    approach === 'jquery'
      ? '<script src="jquery.min.js"></script>'
      : '<script type="module" src="bantin.js"></script>';
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bench ${count}</title>
<style>body{margin:0 auto;max-width:960px;font-family:Arial,sans-serif;font-size:14px;line-height:1.5}</style>
${script}
</head><body>
<div class="Block_BanTin_Toolbar" id="toolbar">23/05/2023 ${links}</div>
<div class="Block_BanTin_ViewData"><div id="noidung" class="news-content">
${article(count)}
</div></div>
</body></html>`;
}

// Runs in the page. Starts counting attribute changes, so a change's touched elements can be read.
function watchAttributes() {
  const touched = new Set();
  const note = (records) => records.forEach((record) => touched.add(record.target));
  const observer = new MutationObserver(note);
  observer.observe(document, { attributes: true, subtree: true });
  window.__touched = () => {
    note(observer.takeRecords());
    const count = touched.size;
    touched.clear();
    return count;
  };
}

// Runs in the page: connects bantin's scaler and leaves `window.__change(index)` behind.
async function bantinIntake() {
  const sample = document.querySelector('#noidung p:nth-of-type(2) span');
  const sizeBefore = parseFloat(getComputedStyle(sample).fontSize);
  const scaler = document.createElement('bantin-font-scaler');
  scaler.setAttribute('for', 'noidung');
  // The longest task while the intake runs: the largest gap between pings of a message
  // channel, which gets a turn between any two tasks (a long task is what the reader
  // feels as a page that does not answer).
  let longest = 0;
  let running = true;
  let last = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  await new Promise((resolve) => setTimeout(resolve, 20));
  longest = 0;
  // Intake: from connecting the scaler to the reader's stored size (125 %) applied.
  const t0 = performance.now();
  last = t0;
  document.getElementById('toolbar').append(scaler);
  await scaler.updateComplete;
  // A long article is measured a slice per task: the intake ends when no element is
  // left to measure (the count of measured elements stays the same for two frames).
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const measured = () => document.querySelectorAll('#noidung [style*="--_bantin-fs"]').length;
  void document.body.offsetHeight;
  let end = performance.now();
  for (let count = measured(), still = 0; still < 2;) {
    await frame();
    const now = measured();
    if (now === count) still++;
    else {
      still = 0;
      count = now;
      void document.body.offsetHeight;
      end = performance.now();
    }
  }
  const intake = end - t0;
  running = false;
  const longestTask = longest;
  const resized = parseFloat(getComputedStyle(sample).fontSize) !== sizeBefore;
  const button = (name) =>
    [...scaler.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.includes(name));
  const increase = button('Tăng cỡ chữ');
  const decrease = button('Giảm cỡ chữ');
  window.__change = async (index) => {
    window.__touched();
    const t = performance.now();
    (index % 2 === 0 ? increase : decrease).click();
    await scaler.updateComplete;
    void document.body.offsetHeight;
    return { cost: performance.now() - t, touched: window.__touched() };
  };
  return { intake, resized, longestTask };
}

// Runs in the page: runs the snippet as the portal's inline script does; same `__change`.
async function jqueryIntake(snippet) {
  const sample = document.querySelector('#noidung p:nth-of-type(2) span');
  const sizeBefore = parseFloat(getComputedStyle(sample).fontSize);
  const t0 = performance.now();
  const script = document.createElement('script');
  script.textContent = snippet;
  document.body.append(script);
  void document.body.offsetHeight;
  const intake = performance.now() - t0;
  await new Promise((resolve) => window.jQuery(resolve));
  window.__change = async (index) => {
    window.__touched();
    const t = performance.now();
    document.getElementById(index % 2 === 0 ? 'btnTangCo' : 'btnGiamCo').click();
    void document.body.offsetHeight;
    const cost = performance.now() - t;
    window.__resized ??= parseFloat(getComputedStyle(sample).fontSize) !== sizeBefore;
    return { cost, touched: window.__touched() };
  };
  return { intake, resized: true };
}

/**
 * One load: intake, then `changes` size changes, each with the browser's own account of
 * where the time went (Chrome DevTools Protocol metrics: script, style recalculation,
 * layout), so "no per-element script work" can be read off the table.
 */
async function measure(tab, approach, changes) {
  const start = await tab.metrics();
  const { intake, resized, longestTask } =
    approach === 'bantin'
      ? await tab.evaluate(bantinIntake)
      : await tab.evaluate(jqueryIntake, JQUERY_SNIPPET);
  const end = await tab.metrics();
  // The intake's layout is the text re-flowing at the stored size, as any change does.
  const intakeLayout = (end.LayoutDuration - start.LayoutDuration) * 1000;
  const costs = [];
  for (let index = 0; index < changes; index++) {
    const before = await tab.metrics();
    const { cost, touched } = await tab.evaluate((i) => window.__change(i), index);
    const after = await tab.metrics();
    const spent = (name) => (after[name] - before[name]) * 1000;
    costs.push({
      cost,
      touched,
      script: spent('ScriptDuration'),
      style: spent('RecalcStyleDuration'),
      layout: spent('LayoutDuration'),
    });
  }
  if (approach === 'jquery') {
    return {
      intake,
      intakeLayout,
      costs,
      resized: await tab.evaluate(() => window.__resized === true),
      longestTask: intake,
    };
  }
  return { intake, intakeLayout, costs, resized, longestTask };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
let browser;
let server;
try {
  await build({
    entryPoints: [join(root, 'src/bantin.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    outfile: join(dir, 'bantin.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'jquery.min.js'),
    readFileSync(join(root, 'node_modules/jquery/dist/jquery.min.js')),
  );
  const jqueryVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/jquery/package.json'), 'utf8'),
  ).version;
  for (const count of SIZES) {
    writeFileSync(join(dir, `bantin-${count}.html`), page(count, 'bantin'));
    writeFileSync(join(dir, `jquery-${count}.html`), page(count, 'jquery'));
  }
  const served = await serveStatic(dir);
  server = served.server;
  const base = served.url;
  const chromium = await findChromium();
  browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    args: chromium.args,
    headless: true,
    // 3,000 paragraphs on a busy 2-core machine: one evaluate can take minutes.
    protocolTimeout: 900000,
  });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 800 });

  const rows = [];
  for (const count of SIZES) {
    for (const approach of ['bantin', 'jquery']) {
      const runs = [];
      for (let load = 0; load < LOADS[count]; load++) {
        await tab.goto(`${base}${approach}-${count}.html`, { waitUntil: 'load' });
        await tab.evaluate(() => {
          localStorage.clear();
          localStorage.setItem('bantin:font-scale', '1.25');
        });
        await tab.evaluate(watchAttributes);
        if (approach === 'bantin') await tab.waitForFunction(() => customElements.get('bantin-font-scaler'));
        runs.push(await measure(tab, approach, CHANGES[count]));
      }
      const elements = await tab.evaluate(() => document.querySelectorAll('#noidung *').length);
      rows.push({
        count,
        approach: approach === 'bantin' ? 'bantin' : `jQuery ${jqueryVersion} snippet`,
        elements,
        intake: median(runs.map((run) => run.intake)),
        intakeLayout: median(runs.map((run) => run.intakeLayout)),
        longestTask: Math.max(...runs.map((run) => run.longestTask)),
        change: median(runs.flatMap((run) => run.costs.map((c) => c.cost))),
        script: median(runs.flatMap((run) => run.costs.map((c) => c.script))),
        style: median(runs.flatMap((run) => run.costs.map((c) => c.style))),
        layout: median(runs.flatMap((run) => run.costs.map((c) => c.layout))),
        touched: median(runs.flatMap((run) => run.costs.map((c) => c.touched))),
        resized: runs.every((run) => run.resized),
      });
    }
  }

  const version = await browser.version();
  console.log(
    `bantin bench: ${version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; ` +
      `median of ${Object.values(LOADS).join('/')} loads`,
  );
  console.log(
    "Word-pasted article (pt spans, <font size>, <o:p>) in a for target; reader's stored size 125 %.",
  );
  console.log(
    "intake: connecting the scaler (bantin) or running the snippet's setup (jQuery) to a settled layout",
  );
  console.log('  (bantin measures a long article a slice per task, then applies the size: until laid out);');
  console.log("  bantin's lazily loaded intake module is bundled in, so no download is counted.");
  console.log(
    'longest intake task: the longest task while the intake runs (worst load; for jQuery its setup).',
  );
  console.log('change: one press of "Tăng cỡ chữ" / "Giảm cỡ chữ" to a settled layout;');
  console.log(
    '  script / style / layout: where the browser says that time went (DevTools Protocol metrics).\n',
  );
  const header = [
    'paragraphs',
    'elements',
    'approach',
    'intake ms',
    'of which layout',
    'longest intake task ms',
    'change ms',
    'of which script',
    'style',
    'layout',
    'elements touched/change',
    'text resized',
  ];
  const table = rows.map((row) => [
    String(row.count),
    String(row.elements),
    row.approach,
    row.intake.toFixed(2),
    row.intakeLayout.toFixed(2),
    row.longestTask.toFixed(2),
    row.change.toFixed(2),
    row.script.toFixed(2),
    row.style.toFixed(2),
    row.layout.toFixed(2),
    String(row.touched),
    row.resized ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => cells[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const cells of table) console.log(line(cells));
  const small = rows.find((row) => row.count === 30 && row.approach === 'bantin');
  const long = rows.find((row) => row.count === 300 && row.approach === 'bantin');
  console.log(
    `\nAim: bantin's intake ≤ 16 ms at 30 paragraphs (now ${small.intake.toFixed(2)} ms); at 300, ` +
      `≤ 60 ms in all (now ${long.intake.toFixed(2)} ms) with no task over 50 ms (longest ` +
      `${long.longestTask.toFixed(2)} ms, the worst of its loads); a change after intake touches no ` +
      'element per paragraph.',
  );
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
