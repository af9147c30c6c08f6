import { expect, fixture, html } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle } from '../src/index.js';
import { CMS_BODIES, type CmsBody } from './fixtures/cms/bodies.js';
import { cmsFixture, openFramePage, withoutSetHTML, type FramePage } from './cms-helpers.js';

/** Never visible on the CMS page either. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'head', 'xml', 'meta', 'link']);
/** Visible on the CMS page, left out on purpose and named in the warning. */
const DROPPED = new Set([
  'iframe',
  'object',
  'embed',
  'oembed',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'canvas',
]);
const BLOCK =
  /^(?:p|div|li|td|th|tr|table|thead|tbody|tfoot|ul|ol|dl|dt|dd|h[1-6]|br|hr|figure|figcaption|caption|blockquote|img|bantin-figure|section|article|form)$/;
/** What a typed or Word list marker looks like once it is a word of its own. */
const MARKER = /^(?:[-+•·–o§\uF0B7\uF0A7]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])$/;

/** The words a reader sees, in order: text, and an image's alt text where the image is. */
function readerWords(root: Node): string[] {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName;
    if (HIDDEN.has(name) || DROPPED.has(name)) return;
    const block = BLOCK.test(name);
    if (block) parts.push(' ');
    if (name === 'img') parts.push(` ${element.getAttribute('alt') ?? ''} `);
    for (const child of element.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(root);
  return parts
    .join('')
    .normalize('NFC')
    .split(/[\s\u00a0\u200b]+/)
    .filter(Boolean);
}

/** Share of `source` words found in `rendered` in the same order, and the first few missing. */
function kept(source: string[], rendered: string[]): { percent: number; missing: string[] } {
  let at = 0;
  const missing: string[] = [];
  for (const word of source) {
    const found = rendered.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + 1;
  }
  return { percent: (100 * (source.length - missing.length)) / source.length, missing: missing.slice(0, 12) };
}

function listSignatures(article: Element): string[] {
  return [...article.querySelectorAll('ul, ol')].map((list) => {
    let depth = 0;
    for (let parent = list.parentElement; parent && parent !== article; parent = parent.parentElement) {
      if (/^(?:ul|ol)$/.test(parent.localName)) depth++;
    }
    const type = list.getAttribute('type');
    const start = list.getAttribute('start');
    const items = [...list.children].filter((child) => child.localName === 'li').length;
    return `${'>'.repeat(depth)}${list.localName}${type ? `[type=${type}]` : ''}${start ? `[start=${start}]` : ''}:${items}`;
  });
}

interface Outcome {
  percent: number;
  missing: string[];
  lists: string[];
  figures: string[];
  tables: number;
  headerCells: number;
  reports: string[];
  warnings: string[];
}

/** Sets `body` as the article's content on a page with the README's CSP, and reads what a reader gets. */
async function render(page: FramePage, body: CmsBody, purify: boolean, reports: string[]): Promise<Outcome> {
  return renderSource(page, await cmsFixture(`bodies/${body.file}`), body, purify, reports);
}

async function renderSource(
  page: FramePage,
  source: string,
  body: Pick<CmsBody, 'markersKept'>,
  purify: boolean,
  reports: string[],
): Promise<Outcome> {
  const warnings: string[] = [];
  const original = page.win.console.warn;
  page.win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  reports.length = 0;
  try {
    const set = async () => {
      page.article.content = source;
      await page.article.updateComplete;
    };
    await (purify ? withoutSetHTML(page.win, set) : set());
    // Reports are dispatched as tasks; let them arrive.
    await new Promise((resolve) => page.win.setTimeout(resolve, 50));
  } finally {
    page.win.console.warn = original;
  }
  const article = page.article;
  const sourceWords = readerWords(new DOMParser().parseFromString(source, 'text/html').body).filter(
    (word) => body.markersKept || !MARKER.test(word),
  );
  // The body is what the default slot shows: elements without a slot, and bare text.
  const renderedWords = [...article.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).getAttribute?.('slot') === null)
    .flatMap((node) => readerWords(node));
  return {
    ...kept(sourceWords, renderedWords),
    lists: listSignatures(article),
    figures: [...article.querySelectorAll('bantin-figure')].map((figure) =>
      (figure.querySelector('[slot="caption"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
    tables: article.querySelectorAll('[role="region"][aria-label][tabindex="0"] > table').length,
    headerCells: article.querySelectorAll('thead th[scope]').length,
    reports: [...reports],
    warnings: warnings.filter((warning) => warning.startsWith('<bantin-article>')),
  };
}

const hasSetHTML = typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
const PATHS = [
  ...(hasSetHTML ? [{ name: 'setHTML', purify: false }] : []),
  { name: 'DOMPurify', purify: true },
];

describe('CMS corpus through <bantin-article> content, under the README’s CSP', () => {
  let page: FramePage;
  const reports: string[] = [];
  const summary: string[] = [];

  // A fresh page per body: a frame opened by fixture() is removed after each test.
  beforeEach(async () => {
    page = await openFramePage('trusted-types');
    page.doc.addEventListener('securitypolicyviolation', (event) =>
      reports.push(`${event.effectiveDirective}: ${event.sample}`),
    );
  });

  after(() => {
    console.log(
      `CMS corpus in ${navigator.userAgent.match(/(?:Firefox|Chrome|Version)\/[\d.]+/)?.[0] ?? navigator.userAgent}\n` +
        'body | sanitizer | text kept | lists found/expected | figures | tables | CSP reports\n' +
        summary.join('\n'),
    );
  });

  it(`holds at least 12 bodies (${CMS_BODIES.length})`, () => {
    expect(CMS_BODIES.length).to.be.at.least(12);
  });

  it('control: the page reports an inline style attribute, so a silent count means none was parsed', async () => {
    reports.length = 0;
    const paragraph = page.doc.createElement('p');
    page.doc.body.append(paragraph);
    paragraph.setAttribute('style', 'color: red');
    await new Promise((resolve) => page.win.setTimeout(resolve, 50));
    paragraph.remove();
    expect(reports.filter((report) => report.startsWith('style-src'))).to.have.length.greaterThan(0);
  });

  for (const body of CMS_BODIES) {
    for (const path of PATHS) {
      it(`${body.file} (${body.origin}) through ${path.name}`, async function () {
        this.timeout(20000);
        const outcome = await render(page, body, path.purify, reports);
        const found = (actual: number, expected: number) => `${actual}/${expected}`;
        summary.push(
          [
            body.file,
            path.name,
            `${outcome.percent.toFixed(1)} %`,
            found(
              outcome.lists.filter((list, index) => list === body.lists[index]).length,
              body.lists.length,
            ),
            found(outcome.figures.length, body.figures.length),
            found(outcome.tables, body.tables),
            String(outcome.reports.length),
          ].join(' | '),
        );
        expect(outcome.missing, 'words the reader lost').to.deep.equal([]);
        expect(outcome.percent).to.equal(100);
        expect(outcome.reports, 'CSP reports').to.deep.equal([]);
        expect(outcome.lists).to.deep.equal(body.lists);
        expect(outcome.figures).to.deep.equal(body.figures);
        expect(outcome.tables).to.equal(body.tables);
        expect(outcome.headerCells).to.equal(body.headerCells);
        if (body.dropped) {
          expect(outcome.warnings).to.have.length(1);
          expect(outcome.warnings[0]).to.include(`<bantin-article> content: ${body.dropped}`);
        } else {
          expect(outcome.warnings).to.deep.equal([]);
        }
      });
    }
  }
});

/** Markup that a regular expression over the string would cut wrongly. */
const TRAPS: [string, string][] = [
  ['a [if !supportLists] comment with no [endif]', '<p>Một</p><!--[if !supportLists]--><p>Hai</p><p>Ba</p>'],
  [
    'an editor comment pair, then a later <![endif]-->',
    '<p>Một<!--[if !supportLists]-->·<!--[endif]--></p><p>Hai</p><p>Ba<![endif]--></p><p>Bốn</p>',
  ],
  ['a stray -->', '<p>Trước</p>--><p>Sau</p>'],
  ['an unclosed tag', '<p>Đoạn <b>chưa đóng<p>Đoạn sau'],
  [
    'a > inside a quoted attribute',
    '<p title="a > b" style="color:red">Chữ <span style=\'x:">"\'>đỏ</span></p>',
  ],
  [
    'an attribute without quotes before the handler',
    '<img src=/demo/images/favicon.svg alt=Ảnh onerror=x()><p>Chữ</p>',
  ],
  ['style and on… in upper case', '<P STYLE="color:red" ONCLICK="x()">Chữ hoa</P>'],
  ['markup inside a textarea and a title', '<title><p style="x">ẩn</p></title><p style="y">Hiện</p>'],
  ['a style element in the body', '<style>p{color:red}</style><p style="z">Chữ</p>'],
  ['a CDATA section in SVG', '<svg><![CDATA[<p style="x">]]></svg><p style="y">Sau SVG</p>'],
];

describe('markup that once swallowed text or raised CSP reports', () => {
  let page: FramePage;
  const reports: string[] = [];
  beforeEach(async () => {
    page = await openFramePage('trusted-types');
    page.doc.addEventListener('securitypolicyviolation', (event) =>
      reports.push(`${event.effectiveDirective}: ${event.sample}`),
    );
  });

  for (const [name, source] of TRAPS) {
    for (const path of PATHS) {
      it(`${name}, through ${path.name}: every word, no report`, async () => {
        const outcome = await renderSource(page, source, { markersKept: true }, path.purify, reports);
        expect(outcome.missing.filter((word) => word !== '·')).to.deep.equal([]);
        expect(outcome.reports).to.deep.equal([]);
      });
    }
  }
});

describe('CMS bodies when no sanitizer can run', () => {
  // Trusted Types without the bantin policy, in a browser without setHTML: plain paragraphs.
  for (const file of [
    '01-word-through-ckeditor.html',
    '05-two-word-pastes.html',
    '14-stored-html-file.html',
  ]) {
    it(`${file}: every word, typed markers included, as plain paragraphs`, async () => {
      const page = await openFramePage('trusted-types-without-policy');
      const reports: string[] = [];
      page.doc.addEventListener('securitypolicyviolation', (event) => reports.push(event.effectiveDirective));
      const outcome = await renderSource(
        page,
        await cmsFixture(`bodies/${file}`),
        { markersKept: true },
        true,
        [],
      );
      expect(outcome.missing).to.deep.equal([]);
      expect(outcome.warnings[0]).to.include("showing the article's text without its markup");
      expect(
        [...page.article.children]
          .filter((child) => !child.slot)
          .every((child) => child.localName === 'p' || child.localName === 'img'),
      ).to.equal(true);
    });
  }
});

describe('CMS tables in <bantin-article>', () => {
  async function tableArticle(width: number, file: string): Promise<BantinArticle> {
    const holder = await fixture<HTMLElement>(
      html`<div style=${`inline-size: ${width}px`}>
        <bantin-article><h1 slot="title">Bảng số liệu</h1></bantin-article>
      </div>`,
    );
    const article = holder.querySelector('bantin-article') as BantinArticle;
    article.content = await cmsFixture(`bodies/${file}`);
    await article.updateComplete;
    return article;
  }

  it('on a 320 px screen, a wide table scrolls inside a labelled, focusable region, not the page', async () => {
    const article = await tableArticle(320, '10-wide-merged-table.html');
    const region = article.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal(
      'Bảng: STT, Huyện, thành phố, Số xã đạt chuẩn, Tiêu chí bình quân/xã, Ghi chú',
    );
    expect(region.getBoundingClientRect().width).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    region.focus();
    expect(document.activeElement).to.equal(region);
    region.scrollLeft = 100;
    expect(region.scrollLeft).to.be.greaterThan(0);
  });

  it('passes axe with a merged-cell table, lists and figures in', async function () {
    this.timeout(30000);
    for (const file of ['10-wide-merged-table.html', '06-google-docs.html']) {
      const article = await tableArticle(320, file);
      for (const figure of article.querySelectorAll<BantinArticle>('bantin-figure'))
        await figure.updateComplete;
      await expect(article).to.be.accessible();
    }
  });

  it('keeps merged cells and makes the shaded header row header cells with a scope', async () => {
    const article = await tableArticle(1000, '10-wide-merged-table.html');
    const table = article.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((cell) => cell.getAttribute('scope'))).to.deep.equal([
      'col',
      'col',
      'colgroup',
      'colgroup',
      'col',
      ...Array(6).fill('col'),
    ]);
    // The sub-headers under a header spanning two rows stay under their group, as on the
    // page without bantin (a rowspan cannot reach from <thead> into <tbody>).
    const cellNamed = (text: string) =>
      [...table.querySelectorAll('th, td')].find((cell) => cell.textContent!.trim() === text)!;
    const group = cellNamed('Số xã đạt chuẩn').getBoundingClientRect();
    const sub = cellNamed('Nông thôn mới').getBoundingClientRect();
    expect(sub.left).to.be.within(group.left - 1, group.right);
    expect(cellNamed('Nông thôn mới').closest('thead')).to.not.equal(null);
    expect(table.querySelectorAll('[colspan="3"]')).to.have.length(2);
    expect(table.querySelectorAll('[rowspan="2"]')).to.have.length(4);
    expect(
      [table, ...table.querySelectorAll('*')].filter((element) => element.hasAttribute('width')),
    ).to.have.length(0);
  });

  it('draws the table as wide as its rows, with one-line rows one line tall', async () => {
    const article = await tableArticle(1000, '03-tinymce-word-paste.html');
    const table = article.querySelector('table')!;
    expect(getComputedStyle(table).display).to.equal('table');
    const rows = [...table.querySelectorAll('tr')];
    const tableWidth = table.getBoundingClientRect().width;
    expect(Math.abs(tableWidth - rows[0].getBoundingClientRect().width)).to.be.at.most(2);
    const lineHeight = parseFloat(getComputedStyle(article).lineHeight);
    for (const row of rows) expect(row.getBoundingClientRect().height).to.be.below(lineHeight * 1.6);
  });

  it('gives a paragraph inside a cell no margins of its own', async () => {
    const article = await tableArticle(1000, '02-ckeditor4-paste-from-word.html');
    const cell = article.querySelector('td')!;
    cell.append(Object.assign(document.createElement('p'), { textContent: 'Dòng hai' }));
    cell.prepend(Object.assign(document.createElement('p'), { textContent: 'Dòng một' }));
    for (const paragraph of cell.querySelectorAll('p')) {
      expect(getComputedStyle(paragraph).marginBlockStart).to.equal('0px');
    }
    expect(getComputedStyle(cell.lastElementChild!).marginBlockEnd).to.equal('0px');
  });
});
