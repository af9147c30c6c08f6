import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { INTAKE_RULE, WIDE_TABLE_RULE } from '../src/internal/intake-rule.js';
import { accessibilityTree, findNodes, itReadsAccessibilityTree } from './helpers.js';
import {
  closePortalPage,
  findRegion,
  findScaler,
  largestDifference,
  openPortalPage,
  pressScalerButton,
  resizePortalPage,
  typeDifferences,
  typeSnapshot,
  type PortalPage,
  type TypeSample,
} from './portal-measure.js';
import { backgroundBehind, contrast, parseColor } from './reading-measure.js';

type Rgba = [number, number, number, number];

/**
 * The next portals: pages unlike the first fixtures (a sidebar collapsed by script under
 * a container query, HTML 4.01 presentational tags and `font:` shorthands with
 * `!important`, a stylesheet `@import`ed late, a zoomed column, embeds of fixed height, a
 * web font). Each is a `for` page, loaded with and without bantin; each step is done to
 * both, and every text element is compared: equal at 100 %, twice at 200 %.
 */

type Step = { name: string; run: (page: PortalPage) => unknown };

interface Case {
  file: string;
  about: string;
  /** Width the pages open at. */
  width: number;
  /** Done to both pages at 100 %, before the reader asks for a size. */
  at100?: Step[];
  /** Done to both pages at 200 %. */
  at200?: Step[];
}

type Portal = Window & Record<string, () => unknown>;
const call =
  (name: string) =>
  (page: PortalPage): unknown =>
    (page.win as unknown as Portal)[name]!();

const CASES: Case[] = [
  {
    file: 'sidebar-collapse.html',
    about: 'a sidebar narrowed and collapsed by script under a container query, no window resize',
    width: 1024,
    at100: [{ name: 'the sidebar narrows (100 %)', run: call('narrowSidebar') }],
    at200: [
      { name: 'the sidebar collapses', run: call('collapseSidebar') },
      { name: 'the sidebar comes back', run: call('restoreSidebar') },
    ],
  },
  {
    file: 'legacy-tags.html',
    about: 'HTML 4.01 <font size>, <big>/<small>, em lists, font: shorthand !important, late @import',
    width: 1024,
    at200: [
      { name: 'a stylesheet @imported late', run: call('importLate') },
      // Not here: a rule inserted through the CSSOM (`insertRuleLate`) fires no event and
      // no mutation, so it is seen at the next resize or change only (a known limit).
    ],
  },
  {
    file: 'embeds-zoom.html',
    about: 'zoom and transform: scale wrappers, rtl/en embeds, fixed-height placeholders, a web font',
    width: 1024,
    at200: [{ name: 'a web font arrives', run: call('loadWebFont') }],
  },
];

const engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

const frames = (page: PortalPage) =>
  new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));

interface Taken {
  name: string;
  factor: number;
  pair: [TypeSample[], TypeSample[]];
}

/** Boxes of fixed height whose text is cut off (more text than room, overflow hidden). */
function clipped(page: PortalPage): string[] {
  const region = findRegion(page);
  return [...region.querySelectorAll<HTMLElement>('*')]
    .filter((element) => {
      const style = page.win.getComputedStyle(element);
      if (style.overflowY !== 'hidden' && style.overflowX !== 'hidden' && style.overflowY !== 'clip')
        return false;
      return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
    })
    .map((element) => `<${element.localName}.${element.className}>`);
}

async function walk(test: Case): Promise<Taken[]> {
  localStorage.clear();
  const without = await openPortalPage(test.file, { withoutBantin: true, width: test.width });
  const withBantin = await openPortalPage(test.file, { width: test.width });
  const both = [without, withBantin];
  for (const page of both) Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0' });
  const taken: Taken[] = [];
  const take = (name: string, factor: number) =>
    taken.push({
      name,
      factor,
      pair: both.map((page) => typeSnapshot(page, findRegion(page))) as [TypeSample[], TypeSample[]],
    });
  const step = async (run: Step['run']) => {
    for (const page of both) {
      await run(page);
      await frames(page);
    }
  };
  try {
    take('at load', 1);
    for (const { name, run } of test.at100 ?? []) {
      await step(run);
      take(name, 1);
    }
    for (let press = 0; press < 5; press++) await pressScalerButton(withBantin, 'Tăng cỡ chữ');
    expect(findScaler(withBantin)).to.have.property('value', 2);
    take('at 200 %', 2);
    for (const { name, run } of test.at200 ?? []) {
      await step(run);
      take(`${name} (200 %)`, 2);
    }
    for (const width of [390, 320]) {
      for (const page of both) await resizePortalPage(page, width);
      take(`resized to ${width} px (200 %)`, 2);
    }
    await pressScalerButton(withBantin, 'Cỡ chữ mặc định');
    take('back at 100 %, 320 px', 1);
    for (const page of both) await resizePortalPage(page, test.width);
    take(`back at 100 %, ${test.width} px`, 1);
    return taken;
  } finally {
    both.forEach(closePortalPage);
    localStorage.clear();
  }
}

for (const test of CASES) {
  describe(`the next portal: ${test.file} (${test.about})`, function () {
    this.timeout(60000);
    let taken: Taken[];

    before(async function () {
      taken = await walk(test);
      const at100 = Math.max(
        ...taken.filter((t) => t.factor === 1).map(({ pair }) => largestDifference(...pair)),
      );
      const factors = taken
        .filter((t) => t.factor === 2)
        .flatMap(({ pair: [without, withBantin] }) =>
          withBantin.map((sample, index) => sample.fontPx / without[index]!.fontPx),
        );
      // The figures the closing note quotes, per engine and fixture.
      console.log(
        `[next-portal] ${engine} ${test.file}: largest difference at 100 % ${at100.toFixed(2)} px; ` +
          `at 200 % ×${Math.min(...factors).toFixed(3)}–×${Math.max(...factors).toFixed(3)}`,
      );
    });

    it('at 100 %, after each of the page’s own changes, shows the page without bantin (±0.5 px)', () => {
      const found = taken
        .filter((t) => t.factor === 1)
        .flatMap(({ name, pair }) => typeDifferences(...pair).map((difference) => `${name}: ${difference}`));
      expect(taken[0]!.pair[0].length, 'elements with text').to.be.above(6);
      expect(found.slice(0, 8)).to.deep.equal([]);
    });

    it('at 200 %, after each change, is twice what the page without bantin shows now', () => {
      const found = taken
        .filter((t) => t.factor === 2)
        .flatMap(({ name, pair }) =>
          typeDifferences(...pair, 2).map((difference) => `${name}: ${difference}`),
        );
      expect(found.slice(0, 8)).to.deep.equal([]);
    });
  });
}

describe('the next portal: fixed-height embeds at 200 % (embeds-zoom.html)', function () {
  this.timeout(30000);
  it('cuts off no text that the page alone shows whole', async () => {
    localStorage.clear();
    const without = await openPortalPage('embeds-zoom.html', { withoutBantin: true, width: 390 });
    const withBantin = await openPortalPage('embeds-zoom.html', { width: 390 });
    // Both in view: WebKit stops animation frames in a frame scrolled out of view.
    for (const page of [without, withBantin])
      Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0' });
    try {
      for (let press = 0; press < 5; press++) await pressScalerButton(withBantin, 'Tăng cỡ chữ');
      const own = clipped(without);
      const now = clipped(withBantin);
      console.log(
        `[next-portal] ${engine} embeds-zoom.html at 390 px: clipped alone ${own}; at 200 % ${now}`,
      );
      expect(now.filter((box) => !own.includes(box))).to.deep.equal([]);
      // What the page keeps closed itself (a "Xem thêm" teaser) stays closed, at its height.
      expect(own).to.include('<div.tom-luoc>');
      expect(now).to.include('<div.tom-luoc>');
      const teaser = (page: PortalPage) =>
        page.doc.querySelector('.tom-luoc')!.getBoundingClientRect().height;
      expect(teaser(withBantin)).to.be.closeTo(teaser(without), 0.5);
      await pressScalerButton(withBantin, 'Cỡ chữ mặc định');
      const box = (page: PortalPage) => page.doc.querySelector('.fb-cho')!.getBoundingClientRect().height;
      expect(box(withBantin), 'the placeholder’s own height at 100 %').to.equal(box(without));
    } finally {
      closePortalPage(without);
      closePortalPage(withBantin);
      localStorage.clear();
    }
  });
});

/** The colour a text is drawn in: `-webkit-text-fill-color` wins over `color` where set. */
function inkOf(view: Window, element: Element): Rgba {
  const style = view.getComputedStyle(element);
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return parseColor(fill || style.color);
}

/**
 * The colours behind `element`'s text: each background colour, and each stop of a
 * gradient painted over it (a box drawn white by a gradient is as white as one painted
 * with a colour), up to the first opaque layer.
 */
function backgroundsBehind(element: Element): Rgba[] {
  const view = element.ownerDocument.defaultView!;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const style = view.getComputedStyle(current);
    const stops = style.backgroundImage.match(/rgba?\([^)]*\)/g)?.map(parseColor) ?? [];
    const opaqueStops = stops.filter((stop) => stop[3] >= 1);
    if (opaqueStops.length > 0) return opaqueStops;
    if (parseColor(style.backgroundColor)[3] > 0.5) return [backgroundBehind(current)];
  }
  return [[255, 255, 255, 1]];
}

/** The text of `region` drawn with the least contrast against any colour behind it. */
function worstContrast(page: PortalPage, region: Element): { ratio: number; where: string } {
  let worst = { ratio: Infinity, where: '' };
  const walker = page.doc.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || ['script', 'style'].includes(parent.localName)) continue;
    const ink = inkOf(page.win, parent);
    for (const behind of backgroundsBehind(parent)) {
      const ratio = contrast(ink, behind);
      if (ratio < worst.ratio)
        worst = {
          ratio,
          where: `<${parent.localName}.${parent.className}> ${ink.slice(0, 3)} on ${behind.slice(0, 3)}`,
        };
    }
  }
  return worst;
}

describe('the next portal: reading themes on a for page (embeds-zoom.html)', function () {
  this.timeout(30000);
  for (const theme of ['dark', 'high-contrast', 'sepia']) {
    it(`${theme}: every text of the target is readable (contrast ≥ 4.5:1 with the computed colours)`, async () => {
      localStorage.clear();
      localStorage.setItem('bantin:reading', JSON.stringify({ theme, spacing: 'default', font: 'default' }));
      const page = await openPortalPage('embeds-zoom.html', { width: 1024 });
      try {
        const region = findRegion(page);
        await waitUntil(() => region.getAttribute('data-bantin-theme') === theme, 'theme applied');
        await frames(page);
        const worst = worstContrast(page, region);
        console.log(
          `[next-portal] ${engine} embeds-zoom.html ${theme}: lowest contrast ${worst.ratio.toFixed(2)}:1 ${worst.where}`,
        );
        expect(worst.ratio, worst.where).to.be.at.least(4.5);
      } finally {
        closePortalPage(page);
        localStorage.clear();
      }
    });
  }
});

/** How far the whole page scrolls sideways, in px. */
function sidewaysScroll(page: PortalPage): number {
  const scroller = page.doc.scrollingElement!;
  return scroller.scrollWidth - scroller.clientWidth;
}

/** How far the same page without bantin scrolls sideways at 320 px. */
async function sidewaysWithoutBantin(file: string): Promise<number> {
  const own = await openPortalPage(file, { withoutBantin: true, width: 320 });
  const sideways = sidewaysScroll(own);
  closePortalPage(own);
  return sideways;
}

describe('the next portal: a wide table at 320 px, 200 % and wide spacing (legacy-tags.html)', function () {
  this.timeout(30000);
  it('does not make the whole page scroll sideways; the table scrolls within itself', async () => {
    localStorage.clear();
    const ownScroll = await sidewaysWithoutBantin('legacy-tags.html');
    localStorage.setItem(
      'bantin:reading',
      JSON.stringify({ theme: 'default', spacing: 'wide', font: 'default' }),
    );
    const page = await openPortalPage('legacy-tags.html', { width: 320 });
    try {
      const region = findRegion(page);
      const table = region.querySelector('table')!;
      const atOwnSize = page.win.getComputedStyle(table).display;
      for (let press = 0; press < 5; press++) await pressScalerButton(page, 'Tăng cỡ chữ');
      await frames(page);
      const sideways = sidewaysScroll(page);
      console.log(
        `[next-portal] ${engine} legacy-tags.html at 320 px, 200 %, wide: page scrolls sideways ${sideways} px ` +
          `(alone at 100 %: ${ownScroll} px); table ${table.scrollWidth} px in ${table.clientWidth} px`,
      );
      expect(sideways, 'the page scrolls sideways').to.be.at.most(Math.max(0, ownScroll));
      expect(table.scrollWidth, 'the table scrolls within itself').to.be.above(table.clientWidth);
      expect(table.getBoundingClientRect().right).to.be.at.most(region.getBoundingClientRect().right + 1);
      // Reachable with the keyboard, to scroll it with the arrow keys.
      table.focus();
      expect(page.doc.activeElement, 'the table takes focus').to.equal(table);
      await pressScalerButton(page, 'Cỡ chữ mặc định');
      expect(page.win.getComputedStyle(table).display, 'nothing changes at 100 %').to.equal(atOwnSize);
      expect(table.hasAttribute('tabindex'), 'no tabindex at 100 %').to.be.false;
    } finally {
      closePortalPage(page);
      localStorage.clear();
    }
  });
});

describe('the next portal: reloaded at a stored 200 % at 320 px (legacy-tags.html, prepaint pair)', function () {
  this.timeout(30000);
  it('a table too wide at the stored size scrolls within itself, with no press', async () => {
    localStorage.clear();
    const ownScroll = await sidewaysWithoutBantin('legacy-tags.html');
    localStorage.setItem('bantin:font-scale', '2');
    const page = await openPortalPage('legacy-tags.html', { width: 320 });
    try {
      const region = findRegion(page);
      const table = region.querySelector('table')!;
      await waitUntil(
        () =>
          page.win.performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.includes('portal-intake')),
        'intake',
        { timeout: 5000 },
      );
      await waitUntil(
        () => sidewaysScroll(page) <= Math.max(0, ownScroll),
        `the page still scrolls sideways ${sidewaysScroll(page)} px`,
        { timeout: 3000 },
      );
      expect(table.scrollWidth, 'the table scrolls within itself').to.be.above(table.clientWidth);
    } finally {
      closePortalPage(page);
      localStorage.clear();
    }
  });
});

/** Where each element holding text sits, in the frame's coordinates. */
function positions(region: Element): { where: string; top: number; left: number }[] {
  return [region, ...region.querySelectorAll('*')]
    .filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
    )
    .map((element) => {
      const box = element.getBoundingClientRect();
      return { where: `<${element.localName}> ${element.textContent!.trim().slice(0, 30)}`, ...box.toJSON() };
    });
}

/** Each element's inline font size and line height, with their priority, where it has one. */
function styleAttributes(region: Element): string[] {
  return [region as HTMLElement, ...region.querySelectorAll<HTMLElement>('*')].flatMap((element, index) =>
    ['font-size', 'line-height']
      .filter((property) => element.style.getPropertyValue(property))
      .map(
        (property) =>
          `${index} <${element.localName}> ${property}: ${element.style.getPropertyValue(property)}` +
          (element.style.getPropertyPriority(property) ? ' !important' : ''),
      ),
  );
}

const RELOAD_SCALE = 1.5;
const BUNDLE_DELAY = 2500;

// legacy-tags.html has a paragraph with an inline `font-size: 10pt !important` and one
// with `line-height: 26px !important`, which beat every rule: the prepaint script puts the intake's value in its place
// (src/internal/inline-pins.ts), and the portal's own comes back at 100 %.
const RELOADS: [string, string, boolean][] = [
  ['legacy-tags.html', 'p[align="right"]', true],
  ['embeds-zoom.html', '.xem-them + p', true],
];

for (const [file, last, ready] of RELOADS) {
  describe(`the next portal: reload of ${file} at a stored 150 % with the bundle ${BUNDLE_DELAY} ms late (390 px)`, function () {
    this.timeout(BUNDLE_DELAY + 30000);
    (ready ? it : it.skip)(
      'paints at the stored size from the first paint, and nothing moves after',
      async () => {
        localStorage.clear();
        const without = await openPortalPage(file, { withoutBantin: true, width: 390, height: 800 });
        const reference = typeSnapshot(without, findRegion(without));
        const ownStyles = styleAttributes(findRegion(without));
        closePortalPage(without);
        localStorage.setItem('bantin:font-scale', String(RELOAD_SCALE));
        const frame = document.createElement('iframe');
        Object.assign(frame.style, {
          width: '390px',
          height: '800px',
          border: '0',
          position: 'fixed',
          top: '0',
          left: '0',
        });
        frame.src = `/test/fixtures/portal/${file}?delay-bundle=${BUNDLE_DELAY}&at=390`;
        document.body.append(frame);
        try {
          // The page's last element parsed, while the bundle is still on its way.
          await waitUntil(() => frame.contentDocument?.querySelector(last), 'the page did not arrive', {
            timeout: 5000,
          });
          const page = { frame, doc: frame.contentDocument!, win: frame.contentWindow! } as PortalPage;
          await frames(page);
          const region = findRegion(page);
          const bundleLate = page.win.customElements.get('bantin-toolbar') === undefined;
          const first = { type: typeSnapshot(page, region), at: positions(region) };
          let shift = 0;
          if (engine === 'Chromium')
            new page.win.PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          await waitUntil(() => page.win.customElements.get('bantin-toolbar'), 'bundle', {
            timeout: BUNDLE_DELAY + 7000,
          });
          await waitUntil(
            () =>
              page.win.performance
                .getEntriesByType('resource')
                .some((entry) => entry.name.includes('portal-intake')),
            'intake',
            { timeout: 5000 },
          );
          // The intake takes over when the browser is idle.
          await new Promise((resolve) => setTimeout(resolve, 800));
          await frames(page);
          const after = { type: typeSnapshot(page, region), at: positions(region) };
          const moves = first.at.map((box, index) => ({
            where: box.where,
            by: Math.max(
              Math.abs(after.at[index]!.top - box.top),
              Math.abs(after.at[index]!.left - box.left),
            ),
          }));
          console.log(
            `[next-portal reload] ${engine} ${file} at 390 px, stored 150 %: largest move after first paint ` +
              `${Math.max(...moves.map(({ by }) => by)).toFixed(2)} px` +
              (engine === 'Chromium' ? `; layout shift ${shift.toFixed(4)}` : ''),
          );
          expect(bundleLate, 'the bundle had not arrived at the first paint').to.be.true;
          expect(
            typeDifferences(reference, first.type, RELOAD_SCALE).slice(0, 5),
            'first paint',
          ).to.deep.equal([]);
          expect(
            typeDifferences(reference, after.type, RELOAD_SCALE).slice(0, 5),
            'with the bundle',
          ).to.deep.equal([]);
          expect(moves.filter(({ by }) => by > 1).slice(0, 5)).to.deep.equal([]);
          if (engine === 'Chromium') expect(shift).to.be.at.most(0.01);

          // Back to 100 %: the portal's own sizes, its inline `!important` ones as it wrote them.
          await pressScalerButton(page, 'Cỡ chữ mặc định');
          expect(
            typeDifferences(reference, typeSnapshot(page, region)).slice(0, 5),
            'back at 100 %',
          ).to.deep.equal([]);
          expect(styleAttributes(region), 'inline sizes back at 100 %').to.deep.equal(ownStyles);
        } finally {
          frame.remove();
          localStorage.clear();
        }
      },
    );
  });
}

describe('the next portal: a wide table that scrolls within itself', () => {
  itReadsAccessibilityTree('stays a table with its header and data cells for a screen reader', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(INTAKE_RULE + WIDE_TABLE_RULE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const region = await fixture<HTMLElement>(html`
        <div data-bantin-scaled style="width: 120px">
          <table data-bantin-wide>
            <tr>
              <th>Chỉ tiêu</th>
              <th>Kế hoạch 2023</th>
              <th>Ước 6 tháng</th>
              <th>So cùng kỳ (%)</th>
            </tr>
            <tr>
              <td>Thu ngân sách</td>
              <td>12.350</td>
              <td>6.459</td>
              <td>104,50</td>
            </tr>
          </table>
        </div>
      `);
      const table = region.querySelector('table')!;
      expect(getComputedStyle(table).display, 'the rule applies').to.equal('block');
      expect(table.scrollWidth).to.be.above(table.clientWidth);
      const tree = await accessibilityTree();
      const tables = findNodes(tree, (node) => node.role === 'table');
      expect(tables, 'a table').to.have.length(1);
      expect(
        findNodes(tables[0]!, (node) => node.role === 'columnheader').map((node) => node.name),
      ).to.deep.equal(['Chỉ tiêu', 'Kế hoạch 2023', 'Ước 6 tháng', 'So cùng kỳ (%)']);
      expect(findNodes(tables[0]!, (node) => node.role === 'cell')).to.have.length(4);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });
});

/*
 * A table the portal made wider than its column itself (`style="width: 760px"`): the
 * prepaint script and the intake must agree on it, or it changes shape when the bundle
 * arrives. Only what bantin's size made stick out further than the page alone scrolls
 * within itself; the portal's own overflow stays as it is, before and after the bundle.
 */
describe('the next portal: a table wider than its column in the page alone, on a reload', function () {
  this.timeout(30000);
  const cells = (rows: number) =>
    `<tr><td>Tổng sản phẩm trên địa bàn (GRDP)</td><td>29.875</td><td>107,12</td></tr>`.repeat(rows);
  const page = (rows: number, scripts: string) => `<!doctype html><html lang="vi"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body{margin:0;font:16px/1.5 Arial,sans-serif}td{border:1px solid #999;padding:4px}
    @media (min-width:1000px){.cot{float:left;width:652px}aside{float:left;width:340px;margin-left:16px}}</style>
    ${scripts}</head><body><bantin-toolbar for="noidung"></bantin-toolbar>
    <div class="cot" id="noidung"><p>Kết quả 6 tháng đầu năm.</p>
    <table class="rong" style="width:760px">${cells(rows)}</table>
    <table class="vua" style="width:100%"><tr><td>12.350</td><td>6.459</td><td>104,50</td><td>52,3</td><td>48,5</td></tr></table>
    <p>Nguồn: Cục Thống kê tỉnh.</p></div><aside><p>Tin liên quan</p></aside></body></html>`;
  const opened: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of opened.splice(0)) frame.remove();
    localStorage.clear();
  });

  async function open(width: number, html: string): Promise<PortalPage> {
    const frame = document.createElement('iframe');
    opened.push(frame);
    // In view: WebKit stops animation frames in a frame scrolled out of view.
    Object.assign(frame.style, {
      width: `${width}px`,
      height: '800px',
      border: '0',
      position: 'fixed',
      top: '0',
      left: '0',
    });
    frame.srcdoc = html;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const result = { frame, doc: frame.contentDocument!, win: frame.contentWindow! } as PortalPage;
    await frames(result);
    return result;
  }
  /** What a reader sees of the tables: marks, where each cell and paragraph is, the page's width. */
  function look(page: PortalPage) {
    const region = page.doc.getElementById('noidung')!;
    return {
      wide: [...region.querySelectorAll('table')].map((table) => table.hasAttribute('data-bantin-wide')),
      pageWidth: page.doc.scrollingElement!.scrollWidth,
      at: [...region.querySelectorAll('td, p')].map((element) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        return [left, top, width, height].map(Math.round).join(' ');
      }),
    };
  }

  for (const [width, scale, rows] of [
    [1024, 1.5, 3],
    [320, 2, 1],
  ] as const) {
    it(`${rows} row(s) at ${width} px, stored ${scale * 100} %: nothing moves when the bundle arrives, and 100 % is the page alone`, async () => {
      const without = await open(width, page(rows, ''));
      const alone = look(without);
      without.frame.remove();
      localStorage.setItem('bantin:font-scale', String(scale));
      const reload = await open(
        width,
        page(
          rows,
          '<link rel="stylesheet" href="/src/prepaint.css"><script src="/src/prepaint.ts"></script>',
        ),
      );
      const first = look(reload);
      const bundle = reload.doc.createElement('script');
      bundle.type = 'module';
      bundle.src = '/src/bantin.ts';
      reload.doc.head.append(bundle);
      await waitUntil(
        () =>
          reload.win.performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.includes('portal-intake')),
        'intake',
        { timeout: 10000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 800));
      await frames(reload);
      const after = look(reload);
      console.log(
        `[next-portal wide reload] ${engine} ${rows} row(s) at ${width} px, ${scale * 100} %: ` +
          `marked first ${JSON.stringify(first.wide)}, after ${JSON.stringify(after.wide)}; ` +
          `page width ${first.pageWidth} → ${after.pageWidth} (alone ${alone.pageWidth})`,
      );
      // The portal's own 760 px table is not bantin's doing: it stays as the page has it.
      expect(first.wide[0], 'the portal’s own wide table, first paint').to.be.false;
      // A table that fits the page alone but not five cells of 32 px figures in 320 px does.
      if (width === 320) expect(first.wide[1], 'a table too wide at the stored size').to.be.true;
      expect(after).to.deep.equal(first);
      await pressScalerButton(reload, 'Cỡ chữ mặc định');
      await frames(reload);
      const reset = look(reload);
      expect(reset.wide).to.deep.equal([false, false]);
      expect(reset.pageWidth).to.equal(alone.pageWidth);
      // Below the toolbar (upgraded now, absent from the page alone), the same layout.
      const offset = (at: string[]) =>
        at.map((box) =>
          box
            .split(' ')
            .filter((_, index) => index !== 1)
            .join(' '),
        );
      expect(offset(reset.at)).to.deep.equal(offset(alone.at));
    });
  }
});
