// `npm run bench`: what a text-size change costs on a Word-pasted article of 30, 300 and
// 3,000 paragraphs, for bantin and for the jQuery snippet portals use today, side by side.
// Headless Chromium (scripts/find-chromium.mjs) opens pages served from a temporary folder
// by scripts/static-server.mjs; bantin is bundled from src/ with esbuild for the run, so
// the figures are those of the working tree.
//
// The intake is read from a Chrome trace between performance marks (main-thread tasks,
// the browser's rendering steps included, their layout and the longest task), with and
// without the prepaint pair in <head>. A size change is performance.now() around the work
// plus a forced style and layout (reading offsetHeight), so it includes the browser's
// recalculation. Medians of several runs. "Elements touched" counts the elements whose
// attributes change during one size change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { prepaintCss } from './prepaint-css.mjs';
import { serveStatic } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [30, 300, 3000];
/** Fresh page loads per size (intake is measured once per load); BENCH_QUICK=1 for a first look. */
const LOADS = process.env.BENCH_QUICK ? { 30: 3, 300: 3, 3000: 1 } : { 30: 9, 300: 7, 3000: 3 };
/** bantin alone, bantin after its prepaint pair in <head>, and the portals' jQuery snippet. */
const APPROACHES = ['bantin', 'prepaint', 'jquery'];
const NAMES = { bantin: 'bantin', prepaint: 'bantin after prepaint' };
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

// The portal's toolbar has room for the scaler's buttons, so that their appearance does
// not move the article: what is measured is the intake, not the scaler's first render.
function page(count, approach) {
  const prepaint =
    approach === 'prepaint'
      ? '<link rel="stylesheet" href="bantin-prepaint.css">\n' +
        '<script src="bantin-prepaint.js" data-for="noidung"></script>\n'
      : '';
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
<style>body{margin:0 auto;max-width:960px;font-family:Arial,sans-serif;font-size:14px;line-height:1.5}
#toolbar{min-height:3rem}</style>
${prepaint}${script}
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
// The intake runs from connecting the scaler until the reader's stored size (125 %) is
// applied to every element and laid out; performance marks bound it for the trace.
async function bantinIntake() {
  // The sample span is 13pt (17.33 px) of Word's; at the stored 125 % it shows 21.67 px.
  const sample = document.querySelector('#noidung p:nth-of-type(2) span');
  const scaler = document.createElement('bantin-font-scaler');
  scaler.setAttribute('for', 'noidung');
  const skipped = 'script,style,template,noscript,br,wbr,img,video,audio,iframe,link,meta';
  const root = document.getElementById('noidung');
  const wanted = [root, ...root.querySelectorAll('*')].filter((element) => !element.matches(skipped));
  const measured = () => wanted.every((element) => element.style.getPropertyValue('--_bantin-fs') !== '');
  const settled = () => root.hasAttribute('data-bantin-scaled') && measured();
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // After the next frame's rendering (style, layout, paint) is done.
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  performance.mark('bantin-intake-start');
  document.getElementById('toolbar').append(scaler);
  await scaler.updateComplete;
  // A long article is measured a slice per task: the intake ends once every element
  // follows the scale and the browser has laid the text out at that size.
  while (!settled()) await frame();
  await afterFrame();
  const intake = performance.now() - t0;
  performance.mark('bantin-intake-end');
  // Work left for idle time counts as the intake's too: the trace runs until after it.
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
  await afterFrame();
  await afterFrame();
  performance.mark('bantin-intake-quiet');
  const resized = Math.abs(parseFloat(getComputedStyle(sample).fontSize) / ((13 * 4) / 3) - 1.25) < 0.01;
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
  return { intake, resized };
}

/**
 * What the renderer's main thread did between two performance marks, from a Chrome trace:
 * the time it was busy (top-level tasks, the browser's rendering steps included), the
 * longest of those tasks (what a reader feels as a page that does not answer), and the
 * layout and style recalculation inside them.
 */
function mainThread(trace, from, to) {
  const events = JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
  const mark = (name) => events.find((event) => event.name === name)?.ts;
  const start = mark(from);
  const end = mark(to);
  const main = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  // The thread that recorded the marks is the page's.
  const page = events.find((event) => event.name === from);
  const within = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.pid === page.pid &&
      event.tid === page.tid &&
      main.has(`${event.pid}:${event.tid}`) &&
      event.ts + event.dur > start &&
      event.ts < end,
  );
  const clipped = (event) => (Math.min(event.ts + event.dur, end) - Math.max(event.ts, start)) / 1000;
  const tasks = within.filter((event) => event.name === 'ThreadControllerImpl::RunTask');
  const sum = (name) =>
    within.filter((event) => event.name === name).reduce((total, event) => total + clipped(event), 0);
  return {
    busy: tasks.reduce((total, event) => total + clipped(event), 0),
    longest: Math.max(0, ...tasks.map((event) => event.dur / 1000)),
    // The same on the thread's own clock: what the task cost when other processes on a
    // busy machine took the core from it part of the time.
    longestCpu: Math.max(0, ...tasks.map((event) => (event.tdur ?? event.dur) / 1000)),
    layout: sum('Layout'),
    style: sum('UpdateLayoutTree'),
  };
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
  let intake;
  let resized;
  let thread;
  if (approach === 'jquery') {
    ({ intake, resized } = await tab.evaluate(jqueryIntake, JQUERY_SNIPPET));
  } else {
    await tab.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
    ({ intake, resized } = await tab.evaluate(bantinIntake));
    const trace = await tab.tracing.stop();
    thread = {
      settled: mainThread(trace, 'bantin-intake-start', 'bantin-intake-end'),
      quiet: mainThread(trace, 'bantin-intake-start', 'bantin-intake-quiet'),
    };
  }
  const end = await tab.metrics();
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
      busy: intake,
      later: 0,
      intakeLayout: (end.LayoutDuration - start.LayoutDuration) * 1000,
      costs,
      resized: await tab.evaluate(() => window.__resized === true),
      longestTask: intake,
      longestCpu: intake,
    };
  }
  return {
    intake,
    // Main-thread time until settled, and the layout in it (the text re-flowing at the
    // stored size); then what ran until the page was idle again (the bench's own frames
    // included), and the longest task of all that.
    busy: thread.settled.busy,
    later: thread.quiet.busy - thread.settled.busy,
    intakeLayout: thread.settled.layout,
    costs,
    resized,
    longestTask: thread.quiet.longest,
    longestCpu: thread.quiet.longestCpu,
  };
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
  // The prepaint pair as dist/ ships it: a classic script and its stylesheet.
  await build({
    entryPoints: [join(root, 'src/prepaint.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    outfile: join(dir, 'bantin-prepaint.js'),
    logLevel: 'error',
  });
  // The stylesheet is generated from its TypeScript source, as the build does.
  writeFileSync(join(dir, 'bantin-prepaint.css'), await prepaintCss({ minify: true }));
  for (const count of SIZES) {
    for (const approach of APPROACHES)
      writeFileSync(join(dir, `${approach}-${count}.html`), page(count, approach));
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
    for (const approach of APPROACHES) {
      const runs = [];
      for (let load = 0; load < LOADS[count]; load++) {
        const url = `${base}${approach}-${count}.html`;
        await tab.goto(url, { waitUntil: 'load' });
        await tab.evaluate(() => {
          localStorage.clear();
          localStorage.setItem('bantin:font-scale', '1.25');
        });
        // The prepaint script reads the stored size as the page is parsed: a reload.
        if (approach === 'prepaint') await tab.goto(url, { waitUntil: 'load' });
        await tab.evaluate(watchAttributes);
        if (approach !== 'jquery') await tab.waitForFunction(() => customElements.get('bantin-font-scaler'));
        runs.push(await measure(tab, approach, CHANGES[count]));
      }
      const elements = await tab.evaluate(() => document.querySelectorAll('#noidung *').length);
      rows.push({
        count,
        approach: approach === 'jquery' ? `jQuery ${jqueryVersion} snippet` : NAMES[approach],
        busy: median(runs.map((run) => run.busy)),
        later: median(runs.map((run) => run.later)),
        elements,
        intake: median(runs.map((run) => run.intake)),
        intakeLayout: median(runs.map((run) => run.intakeLayout)),
        longestTask: Math.max(...runs.map((run) => run.longestTask)),
        longestCpu: Math.max(...runs.map((run) => run.longestCpu)),
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
    "intake: the page's main-thread time (tasks and rendering steps, from a trace) from connecting the scaler",
  );
  console.log(
    '  until every element follows the stored size and the text is laid out at it; for jQuery, its setup.',
  );
  console.log("  bantin's lazily loaded intake module is bundled in, so no download is counted.");
  console.log(
    '  "bantin after prepaint": reloaded with bantin-prepaint.js/.css in <head>, which scaled the text as it was parsed.',
  );
  console.log('  of which layout: the text re-flowing at the stored size.');
  console.log(
    'longest intake task: from connecting until idle again, the longest main-thread task (worst load);',
  );
  console.log(
    "  longest task CPU: the same on the main thread's own clock (CPU time: a busy machine stretches wall time).",
  );
  console.log(
    'settled after: the same span in wall time (frames included); then until idle: main-thread time after it.',
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
    'longest task CPU ms',
    'settled after ms',
    'then until idle ms',
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
    row.busy.toFixed(2),
    row.intakeLayout.toFixed(2),
    row.longestTask.toFixed(2),
    row.longestCpu.toFixed(2),
    row.intake.toFixed(2),
    row.later.toFixed(2),
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
  const row = (count, approach) => rows.find((r) => r.count === count && r.approach === NAMES[approach]);
  const figures = (r) =>
    `intake ${r.busy.toFixed(2)} ms (of which layout ${r.intakeLayout.toFixed(2)} ms), ` +
    `longest task ${r.longestTask.toFixed(2)} ms (CPU ${r.longestCpu.toFixed(2)} ms), ` +
    `settled after ${r.intake.toFixed(2)} ms`;
  console.log('\nAim: at 30 paragraphs the intake ≤ 16 ms; at 300, ≤ 60 ms in all with no task over 50 ms.');
  for (const count of SIZES) {
    for (const approach of ['bantin', 'prepaint']) {
      console.log(
        `  ${String(count).padStart(4)} paragraphs, ${NAMES[approach]}: ${figures(row(count, approach))}`,
      );
    }
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
