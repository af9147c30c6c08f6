import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BantinArticle } from '../src/index.js';

type Win = Window & typeof globalThis;

/** The sanitizer paths a reader's browser may take. */
export const browserSanitizes = typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';

/**
 * Runs `run` as in a browser without the Sanitizer API, so that the DOMPurify path is
 * tested in every engine, whatever it ships.
 */
export async function withoutSetHTML<T>(win: Win, run: () => Promise<T>): Promise<T> {
  const prototype = win.Element.prototype as { setHTML?: unknown };
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'setHTML');
  if (descriptor) delete prototype.setHTML;
  try {
    return await run();
  } finally {
    if (descriptor) Object.defineProperty(prototype, 'setHTML', descriptor);
  }
}

export async function cmsFixture(name: string): Promise<string> {
  return (await fetch(`/test/fixtures/cms/${name}`)).text();
}

/** A way a reader's browser sanitizes `content`. */
export type SanitizerPath = { name: string; run: <T>(step: () => Promise<T>) => Promise<T> };

/** Both sanitizer paths, in every engine: the browser's own where it exists, and DOMPurify. */
export const SANITIZER_PATHS: SanitizerPath[] = [
  ...(browserSanitizes ? [{ name: 'Element.setHTML', run: <T>(step: () => Promise<T>) => step() }] : []),
  { name: 'DOMPurify', run: <T>(step: () => Promise<T>) => withoutSetHTML(window, step) },
];

/** A portal article given `source` as its `content` through `path`, once it is in. */
export async function withContent(
  source: string,
  path: SanitizerPath = SANITIZER_PATHS[0],
): Promise<BantinArticle> {
  const article = await portalArticle();
  await path.run(async () => {
    article.content = source;
    await article.updateComplete;
  });
  return article;
}

/** An article as a portal page starts it: headline, lead, meta, a placeholder body, byline. */
export async function portalArticle(): Promise<BantinArticle> {
  const article = await fixture<BantinArticle>(html`
    <bantin-article>
      <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình, gương điển hình tiên tiến</h1>
      <p slot="meta">23/05/2023</p>
      <p slot="lead">Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm.</p>
      <p>Nội dung đang tải.</p>
      <p slot="byline">Bích Huệ</p>
    </bantin-article>
  `);
  await article.updateComplete;
  return article;
}

/** The body a reader gets: the light-DOM children that the default slot shows. */
export function bodyOf(article: Element): Element[] {
  return [...article.children].filter((child) => !child.getAttribute('slot'));
}

export function readerText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export interface FramePage {
  frame: HTMLIFrameElement;
  win: Win;
  doc: Document;
  article: BantinArticle;
  /** Trusted Types and script-src violations the page reported. */
  violations: string[];
}

/** A page of its own with a strict CSP (test/fixtures/cms/<name>.html), in an iframe. */
export async function openFramePage(name: string): Promise<FramePage> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  Object.assign(frame, { src: `/test/fixtures/cms/${name}.html`, title: name });
  Object.assign(frame.style, { width: '800px', height: '600px', border: '0' });
  const loaded = oneEvent(frame, 'load');
  holder.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => {
    if (/^(?:script-src|trusted-types|require-trusted-types-for)/.test(event.effectiveDirective)) {
      violations.push(`${event.effectiveDirective}: ${event.sample}`);
    }
  });
  await waitUntil(() => win.customElements.get('bantin-article'), 'bantin not defined in the frame', {
    timeout: 10000,
  });
  const article = doc.querySelector('bantin-article') as BantinArticle;
  await article.updateComplete;
  return { frame, win, doc, article, violations };
}
