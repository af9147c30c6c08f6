/**
 * What a reader sees of the reading preferences, measured: colours as WCAG computes
 * contrast (relative luminance of sRGB), and the text spacing of WCAG 1.4.12.
 */

type Rgba = [number, number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha. */
export function parseColor(value: string): Rgba {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
  if (srgb) {
    const [, r, g, b, a] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, a === undefined ? 1 : Number(a)];
  }
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (numbers.length < 3) throw new Error(`not a colour: ${value}`);
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

export function luminance([r, g, b]: Rgba | [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `top` drawn over `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/** The parent in the flat tree's sense enough for backgrounds: up through shadow roots. */
function up(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** The colour behind `element`'s text: its own and its ancestors' backgrounds, over white. */
export function backgroundBehind(element: Element): Rgba {
  const view = element.ownerDocument.defaultView!;
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current; current = up(current)) {
    const colour = parseColor(view.getComputedStyle(current).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

export interface ContrastReport {
  /** The lowest contrast of any rendered text against what is behind it. */
  lowest: number;
  where: string;
  /** How many runs of text were measured. */
  runs: number;
}

/** Every rendered run of text in `region`, its open shadow roots included. */
function* texts(region: Element): Generator<Text> {
  const doc = region.ownerDocument;
  const walker = doc.createTreeWalker(region, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const root = (node as Element).shadowRoot;
      if (root) for (const child of root.children) yield* texts(child);
      continue;
    }
    const text = node as Text;
    if (text.data.trim() === '' || !text.parentElement) continue;
    if (['script', 'style', 'template'].includes(text.parentElement.localName)) continue;
    const range = doc.createRange();
    range.selectNodeContents(text);
    if ([...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) yield text;
  }
}

/** The lowest contrast of the text in `region` (and the region's own shadow tree). */
export function lowestContrast(region: Element): ContrastReport {
  const view = region.ownerDocument.defaultView!;
  let lowest = Infinity;
  let where = '';
  let runs = 0;
  const all = [...texts(region)];
  if (region.shadowRoot) for (const child of region.shadowRoot.children) all.push(...texts(child));
  for (const text of all) {
    const parent = text.parentElement!;
    const style = view.getComputedStyle(parent);
    const background = backgroundBehind(parent);
    const colour = over(parseColor(style.color), background);
    const ratio = contrast(colour, background);
    runs++;
    if (ratio < lowest) {
      lowest = ratio;
      where = `<${parent.localName}${parent.className ? `.${parent.className}` : ''}> "${text.data.trim().slice(0, 30)}" ${style.color} on rgb(${background.slice(0, 3).map(Math.round).join(', ')})`;
    }
  }
  return { lowest, where, runs };
}

export interface SpacingMetrics {
  /** Line height, letter spacing, word spacing and the space after a paragraph, in em. */
  lineHeight: number;
  letterSpacing: number;
  wordSpacing: number;
  paragraphSpacing: number;
}

/** The spacing of the paragraph `paragraph`, in multiples of its font size. */
export function spacingOf(paragraph: Element): SpacingMetrics {
  const view = paragraph.ownerDocument.defaultView!;
  const style = view.getComputedStyle(paragraph);
  const font = parseFloat(style.fontSize);
  let next = paragraph.nextElementSibling;
  while (next && next.getClientRects().length === 0) next = next.nextElementSibling;
  const gap = next ? next.getBoundingClientRect().top - paragraph.getBoundingClientRect().bottom : NaN;
  const px = (value: string) => (value === 'normal' ? 0 : parseFloat(value));
  return {
    lineHeight: px(style.lineHeight) / font,
    letterSpacing: px(style.letterSpacing) / font,
    wordSpacing: px(style.wordSpacing) / font,
    paragraphSpacing: gap / font,
  };
}

export const formatSpacing = (m: SpacingMetrics) =>
  `line height ${m.lineHeight.toFixed(2)} em, letters ${m.letterSpacing.toFixed(3)} em, ` +
  `words ${m.wordSpacing.toFixed(3)} em, after paragraph ${m.paragraphSpacing.toFixed(2)} em`;
