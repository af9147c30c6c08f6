import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { BantinArticle, BantinFontScaler, BantinToolbar } from '../src/index.js';
import { toolbarHarness } from './harness/toolbar.js';

/** The demo page in an iframe; its elements are of that window's classes (no instanceof). */
export interface DemoFrame {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  article: BantinArticle;
  toolbar: BantinToolbar;
  scaler: BantinFontScaler;
}

export interface DemoOptions {
  width?: number;
  height?: number;
  /** The reader's browser default font size, in px (16 is the browsers' default). */
  rootFontSize?: number;
  /** A text scale the reader chose on an earlier article. */
  storedScale?: number;
  /** Extra CSS the reader's tools add (e.g. the WCAG 1.4.12 text-spacing bookmarklet). */
  readerCss?: string;
  colorScheme?: 'light' | 'dark';
}

/** Any test page in a frame of the given size, loaded; for pages other than the demo. */
export async function openFrame(
  src: string,
  { width = 800, height = 600 }: { width?: number; height?: number } = {},
): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis }> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.src = src;
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px` });
  const loaded = oneEvent(frame, 'load');
  holder.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

/**
 * The demo page in a frame of the given size: a real viewport, with the page's own
 * CSS, its strict Content-Security-Policy and the script it loads.
 */
export async function openDemo(options: DemoOptions = {}): Promise<DemoFrame> {
  const { width = 1024, height = 900, rootFontSize, storedScale, readerCss, colorScheme } = options;
  if (storedScale !== undefined) localStorage.setItem('bantin:font-scale', String(storedScale));
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  Object.assign(frame, { src: '/demo/index.html', title: 'demo' });
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0', display: 'block' });
  const loaded = oneEvent(frame, 'load');
  holder.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow! as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get('bantin-toolbar'), 'elements not defined', { timeout: 10000 });
  if (rootFontSize) doc.documentElement.style.fontSize = `${rootFontSize}px`;
  if (colorScheme) doc.documentElement.style.colorScheme = colorScheme;
  if (readerCss) {
    // Adopted, not a <style> element: the page's CSP allows no inline style, and a
    // reader's extension is not bound by it either.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(readerCss);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  const article = doc.querySelector('bantin-article')!;
  const toolbar = doc.querySelector('bantin-toolbar')!;
  await article.updateComplete;
  const ui = toolbarHarness(toolbar);
  await ui.rendered();
  const scaler = ui.scaler;
  for (const figure of doc.querySelectorAll('bantin-figure')) await figure.updateComplete;
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
  return { frame, doc, win, article, toolbar, scaler };
}

/** Every element in the document and in open shadow roots below it. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Buttons and links a reader can operate, in light and shadow DOM, that are rendered. */
export function interactiveTargets(doc: Document): HTMLElement[] {
  const FrameElement = doc.defaultView!.HTMLElement;
  return deepElements(doc).filter(
    (element): element is HTMLElement =>
      element instanceof FrameElement &&
      element.matches('button, a[href], input, select, textarea') &&
      element.getClientRects().length > 0 &&
      !element.classList.contains('skip-link'),
  );
}
