import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/**
 * Measures what a reader sees of a portal page's article when the text size changes:
 * every character's font size, the lines it sits on and whether the page scrolls
 * sideways. Runs on the fixture pages of test/fixtures/portal/, each in an iframe of
 * its own so that the page keeps its doctype (quirks mode), its stylesheets and its
 * scripts.
 */

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

export type Part = 'title' | 'lead' | 'heading' | 'caption' | 'table' | 'byline' | 'body';

/** One run of text: a text node and the size its characters are drawn at. */
export interface TextSample {
  part: Part;
  /** Characters, with runs of white space counted once. */
  chars: number;
  px: number;
  /** Where it is, for failure messages: the parent's tag and class, and the first words. */
  where: string;
  /** How many lines it wraps onto. */
  lines: number;
  /**
   * How far its lines ride up into the line above, as a share of a line's glyph box
   * height (0 when they do not). Each line box is taken from Range.getClientRects.
   */
  overlap: number;
  /** The glyph box height of its lines, in px. */
  boxHeight: number;
}

export interface Snapshot {
  samples: TextSample[];
  /** How far the page scrolls sideways, in CSS px. */
  sidewaysScroll: number;
}

export interface PortalPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Load the page as the portal serves it today, without bantin's script. */
  withoutBantin?: boolean;
}

export const FIXTURES = '/test/fixtures/portal/';

// The parts of an article a reader tells apart; the first selector that matches wins, so
// a caption inside an image table is a caption and not a table cell.
const PARTS: [Part, string][] = [
  [
    'title',
    'h1, [slot="title"], .Title, .ArticleTitle, .entry-title, .detail-title, .TieuDe, .tieu-de, .title',
  ],
  ['lead', '[slot="lead"], .Summary, .ArticleSummary, .entry-summary, .detail-sapo, .TomTat, .mo-dau'],
  [
    'caption',
    'caption, figcaption, [slot="caption"], .chuthich, .ChuThich, .ImageCaption, .img-caption, .ghi-chu, small',
  ],
  ['byline', '[slot="byline"], .TacGia, .ArticleAuthor, .detail-author'],
  ['heading', 'h2, h3, h4, h5, h6'],
  ['table', 'td, th'],
];

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'title']);

function partOf(element: Element, region: Element): Part {
  for (const [part, selector] of PARTS) {
    const match = element.closest(selector);
    // The region itself may be a layout cell (quirks-mode portals): only what is inside counts.
    if (match && match !== region && region.contains(match)) return part;
  }
  if (element.closest('p[align="right"]')) return 'byline';
  // Word paste marks its headings and lead only by bold type; the first bold paragraph
  // is the lead and the later bold-italic ones are the headings.
  const paragraph = element.closest('p');
  if (paragraph && region.contains(paragraph) && paragraph.querySelector(':scope > b, :scope > strong')) {
    const bold = paragraph.querySelector(':scope > b, :scope > strong')!;
    if ((bold.textContent ?? '').trim() === (paragraph.textContent ?? '').trim()) {
      if (bold.querySelector(':scope > i')) return 'heading';
      const first = region.querySelector('p');
      return paragraph === first ? 'lead' : 'body';
    }
  }
  return 'body';
}

function describe(element: Element, text: string): string {
  const classes = element.getAttribute('class');
  return `<${element.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}> "${text.slice(0, 40)}"`;
}

/** Every rendered run of text in `region`, in document order. */
function textNodes(region: Element): Text[] {
  const doc = region.ownerDocument;
  const walker = doc.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || SKIPPED.has(parent.localName)) continue;
    if (text.data.trim() === '') continue;
    found.push(text);
  }
  return found;
}

function lineRects(text: Text): DOMRect[] {
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

/** Takes the measurements of the article region as the page shows it now. */
export function snapshot(page: PortalPage, region: Element): Snapshot {
  const samples: TextSample[] = [];
  for (const text of textNodes(region)) {
    const rects = lineRects(text);
    if (rects.length === 0) continue; // not rendered (display: none, empty image alt…)
    const parent = text.parentElement!;
    const words = text.data.replace(/\s+/g, ' ').trim();
    // Within one text node every fragment has the same font: a fragment lower than the
    // one before starts a new line, which should not ride up into the previous one.
    let lines = 1;
    let overlapPx = 0;
    for (let i = 1; i < rects.length; i++) {
      const previous = rects[i - 1]!;
      const rect = rects[i]!;
      if (rect.top <= previous.top + 1) continue;
      lines++;
      overlapPx = Math.max(overlapPx, previous.bottom - rect.top);
    }
    samples.push({
      part: partOf(parent, region),
      chars: words.length,
      px: parseFloat(page.win.getComputedStyle(parent).fontSize),
      where: describe(parent, words),
      lines,
      overlap: overlapPx / rects[0]!.height,
      boxHeight: rects[0]!.height,
    });
  }
  const scroller = page.doc.scrollingElement ?? page.doc.documentElement;
  return { samples, sidewaysScroll: Math.max(0, scroller.scrollWidth - scroller.clientWidth) };
}

/** The fixture page's HTML with bantin's scripts taken out and a base for its relative links. */
async function withoutBantinUrl(path: string): Promise<string> {
  const source = await (await fetch(path)).text();
  const stripped = source
    .replace(/<script[^>]*src="[^"]*\/src\/bantin\.ts"[^>]*><\/script>/g, '')
    // The prepaint pair belongs to bantin too.
    .replace(/<script src="\/src\/prepaint\.ts"[^>]*><\/script>/g, '')
    .replace(/<link rel="stylesheet" href="\/src\/prepaint\.css">/g, '');
  if (stripped === source) throw new Error(`${path} does not load bantin from /src/bantin.ts`);
  const base = `<base href="${new URL(path, location.href).href}">`;
  const withBase = stripped.replace(/<head[^>]*>/i, (head) => head + base);
  return URL.createObjectURL(new Blob([withBase], { type: 'text/html' }));
}

async function frameReady(win: Window): Promise<void> {
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
}

/** Opens a fixture page in a frame of the given size, with or without bantin. */
export async function openPortalPage(name: string, options: OpenOptions = {}): Promise<PortalPage> {
  const { width = 1024, height = 800, withoutBantin = false } = options;
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  const path = FIXTURES + name;
  Object.assign(frame, { src: withoutBantin ? await withoutBantinUrl(path) : path, title: name });
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0', display: 'block' });
  const loaded = oneEvent(frame, 'load');
  holder.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow! as Window & typeof globalThis;
  if (!withoutBantin) {
    await waitUntil(() => win.customElements.get('bantin-font-scaler'), `${name}: bantin not defined`, {
      timeout: 10000,
    });
    for (const element of doc.querySelectorAll<Updatable>('bantin-toolbar, bantin-article, bantin-figure')) {
      await element.updateComplete;
    }
    const scaler = findScaler({ frame, doc, win });
    await scaler.updateComplete;
  }
  await doc.fonts.ready;
  await frameReady(win);
  return { frame, doc, win };
}

/** Takes the frame out of the page, so its scaler no longer follows the stored scale. */
export function closePortalPage(page: PortalPage): void {
  page.frame.remove();
}

/** The page's text-size scaler, on the page or inside the toolbar. */
export function findScaler(page: PortalPage): Updatable {
  const direct = page.doc.querySelector<Updatable>('bantin-font-scaler');
  if (direct) return direct;
  for (const toolbar of page.doc.querySelectorAll('bantin-toolbar')) {
    const inner = toolbar.shadowRoot?.querySelector<Updatable>('bantin-font-scaler');
    if (inner) return inner;
  }
  throw new Error('no <bantin-font-scaler> on the page');
}

/** The element whose words the reader scales: the `for` target, else the article. */
export function findRegion(page: PortalPage): Element {
  const owner = page.doc.querySelector('bantin-toolbar[for], bantin-font-scaler[for]');
  const id = owner?.getAttribute('for');
  const region = id ? page.doc.getElementById(id) : page.doc.querySelector('bantin-article');
  if (!region) throw new Error(`no article region (for="${id ?? ''}")`);
  return region;
}

/** A button's accessible name as a screen reader would compute it for these buttons. */
function accessibleName(button: HTMLElement): string {
  const label = button.getAttribute('aria-label');
  return (label ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses the scaler's button whose accessible name contains `name`, as a reader would. */
export async function pressScalerButton(page: PortalPage, name: string): Promise<void> {
  const scaler = findScaler(page);
  const button = [...(scaler.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])].find((candidate) =>
    accessibleName(candidate).includes(name),
  );
  if (!button) throw new Error(`no button named "${name}" in the scaler`);
  button.click();
  await scaler.updateComplete;
  await frameReady(page.win);
}

/** What the scaler's live region says now. */
export function announcement(page: PortalPage): string {
  const scaler = findScaler(page);
  return (scaler.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The share of characters (weighted by length) whose size changed by `factor` ± `tolerance`. */
export function shareScaled(before: Snapshot, after: Snapshot, factor: number, tolerance = 0.02): number {
  let total = 0;
  let scaled = 0;
  for (const [index, sample] of before.samples.entries()) {
    const later = after.samples[index];
    total += sample.chars;
    if (later && Math.abs(later.px / sample.px / factor - 1) <= tolerance) scaled += sample.chars;
  }
  return total === 0 ? 0 : scaled / total;
}

export interface PartFactor {
  part: Part;
  chars: number;
  /** The smallest and largest factor any of its characters changed by. */
  min: number;
  max: number;
}

/** How much each part of the article grew, from `before` to `after`. */
export function factorsByPart(before: Snapshot, after: Snapshot): PartFactor[] {
  const parts = new Map<Part, PartFactor>();
  for (const [index, sample] of before.samples.entries()) {
    const later = after.samples[index];
    if (!later) continue;
    const factor = later.px / sample.px;
    const entry = parts.get(sample.part) ?? { part: sample.part, chars: 0, min: Infinity, max: -Infinity };
    entry.chars += sample.chars;
    entry.min = Math.min(entry.min, factor);
    entry.max = Math.max(entry.max, factor);
    parts.set(sample.part, entry);
  }
  return [...parts.values()];
}

/** The factor most characters changed by (the character-weighted median). */
export function typicalFactor(before: Snapshot, after: Snapshot): number {
  const factors = before.samples
    .map((sample, index) => ({ chars: sample.chars, factor: (after.samples[index]?.px ?? 0) / sample.px }))
    .sort((a, b) => a.factor - b.factor);
  const half = factors.reduce((sum, { chars }) => sum + chars, 0) / 2;
  let seen = 0;
  for (const { chars, factor } of factors) {
    seen += chars;
    if (seen >= half) return factor;
  }
  return NaN;
}

/** Runs of text whose size differs from `reference` by more than `tolerancePx`. */
export function sizeDifferences(reference: Snapshot, now: Snapshot, tolerancePx = 0.5): string[] {
  const differences: string[] = [];
  if (reference.samples.length !== now.samples.length) {
    differences.push(`${reference.samples.length} runs of text before, ${now.samples.length} now`);
  }
  for (const [index, sample] of reference.samples.entries()) {
    const later = now.samples[index];
    if (later && Math.abs(later.px - sample.px) > tolerancePx) {
      differences.push(`${sample.where}: ${sample.px} px before, ${later.px} px now`);
    }
  }
  return differences;
}

/**
 * Lines that overlap the line above them at `scaled` more than the portal's own line
 * spacing made them overlap at `start` (1 px of slack). Glyph boxes differ between
 * engines (Firefox gives Liberation Serif a box of about 1.26 em, so Word's own
 * `line-height: 115%` already overlaps by 2 px at 100 %); what scaling must not do is
 * squeeze the lines closer than the portal set them, as a px line-height left alone does.
 */
export function addedOverlaps(start: Snapshot, scaled: Snapshot): string[] {
  const portalOwn = Math.max(0, ...start.samples.filter((s) => s.lines > 1).map((s) => s.overlap));
  const found: string[] = [];
  for (const [index, before] of start.samples.entries()) {
    const after = scaled.samples[index];
    if (!after || after.lines < 2) continue;
    const allowed = before.lines > 1 ? before.overlap : portalOwn;
    const extraPx = (after.overlap - allowed) * after.boxHeight;
    if (extraPx > 1 && after.overlap > 0) {
      found.push(
        `${after.where}: lines overlap by ${(after.overlap * after.boxHeight).toFixed(1)} px ` +
          `(${(allowed * after.boxHeight).toFixed(1)} px at the portal's own spacing)`,
      );
    }
  }
  return found;
}

export const formatPercent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** What the reader sees of one element's text: its size and the height of its lines. */
export interface TypeSample {
  where: string;
  fontPx: number;
  /** Computed line height in px, or `normal`. */
  lineHeight: number | 'normal';
}

/** Font size and line height of every element in `region` that holds text of its own. */
export function typeSnapshot(page: PortalPage, region: Element): TypeSample[] {
  const samples: TypeSample[] = [];
  for (const element of [region, ...region.querySelectorAll('*')]) {
    if (SKIPPED.has(element.localName)) continue;
    const text = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) continue;
    const computed = page.win.getComputedStyle(element);
    const line = computed.lineHeight;
    samples.push({
      where: describe(element, text),
      fontPx: parseFloat(computed.fontSize),
      lineHeight: line.endsWith('px') ? parseFloat(line) : 'normal',
    });
  }
  return samples;
}

/**
 * Elements whose size or line height differs from `reference` × `factor` by more than
 * `tolerancePx`. Scaled (`factor` other than 1), lines may be looser than the page's own
 * but not looser than 1.5 (bantin's floor) when the page's were tighter.
 */
export function typeDifferences(
  reference: TypeSample[],
  now: TypeSample[],
  factor = 1,
  tolerancePx = 0.5,
): string[] {
  const found: string[] = [];
  if (reference.length !== now.length)
    found.push(`${reference.length} elements with text before, ${now.length} now`);
  for (const [index, sample] of reference.entries()) {
    const later = now[index];
    if (!later) continue;
    const font = sample.fontPx * factor;
    const slack = tolerancePx * factor;
    if (Math.abs(later.fontPx - font) > slack)
      found.push(`${sample.where}: font ${later.fontPx} px, expected ${font.toFixed(2)}`);
    const own = sample.lineHeight === 'normal' ? undefined : sample.lineHeight * factor;
    if (factor === 1) {
      if (sample.lineHeight !== later.lineHeight && (own === undefined || later.lineHeight === 'normal'))
        found.push(`${sample.where}: line height ${later.lineHeight}, expected ${sample.lineHeight}`);
      else if (own !== undefined && Math.abs((later.lineHeight as number) - own) > slack)
        found.push(`${sample.where}: line height ${later.lineHeight} px, expected ${own.toFixed(2)}`);
      continue;
    }
    // The intake's floor: 1.5 while larger, 1.25 while smaller (src/internal/intake-rule.ts).
    const expected = Math.max(own ?? 0, (factor > 1 ? 1.5 : 1.25) * font);
    if (later.lineHeight === 'normal' || Math.abs(later.lineHeight - expected) > slack)
      found.push(`${sample.where}: line height ${later.lineHeight} px, expected ${expected.toFixed(2)}`);
  }
  return found;
}

/** The largest difference, in px, of any size or line height from `reference` × `factor`. */
export function largestDifference(reference: TypeSample[], now: TypeSample[], factor = 1): number {
  let largest = 0;
  for (const [index, sample] of reference.entries()) {
    const later = now[index];
    if (!later) continue;
    largest = Math.max(largest, Math.abs(later.fontPx - sample.fontPx * factor));
    if (typeof sample.lineHeight === 'number' && typeof later.lineHeight === 'number')
      largest = Math.max(largest, Math.abs(later.lineHeight - sample.lineHeight * factor));
  }
  return largest;
}

/** Resizes the page's frame, as a rotation or a narrowed window does, and lets it settle. */
export async function resizePortalPage(page: PortalPage, width: number): Promise<void> {
  page.frame.style.width = `${width}px`;
  await frameReady(page.win);
  await frameReady(page.win);
}
