import { expect, fixture, html } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle } from '../src/index.js';
import { XSS_PAYLOADS } from './fixtures/cms/xss-payloads.js';
import { bodyOf, browserSanitizes, openFramePage, readerText, withoutSetHTML } from './cms-helpers.js';

type Win = Window & typeof globalThis & { canary?: (id: string) => void };

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, meta, base, link, style, form, input, button, ' +
  'select, textarea, svg, math, template, noscript, xmp, title, keygen, isindex';
const URL_ATTRIBUTES =
  /^(?:href|src|srcset|srcdoc|action|formaction|xlink:href|poster|data|background|cite|code|codebase)$/i;
const SAFE_URL = /^(?:https?|mailto|tel):/;

/** Every event a payload's handler could wait for, dispatched on every element of the body. */
const EVENTS = [
  'click',
  'dblclick',
  'mouseover',
  'mouseenter',
  'mousedown',
  'pointerover',
  'focus',
  'focusin',
  'blur',
  'keydown',
  'input',
  'change',
  'submit',
  'load',
  'error',
  'toggle',
  'begin',
  'start',
  'animationstart',
  'transitionend',
  'pageshow',
  'scroll',
];

/** Links to real addresses must not navigate the test page away; `javascript:` links still run. */
function keepPageInPlace(doc: Document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest?.('a[href], area[href]') as HTMLAnchorElement | null;
      if (link && SAFE_URL.test(link.protocol)) event.preventDefault();
    },
    true,
  );
}

async function frames(win: Window, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Does to the article what a reader's browser would: events, clicks, loads. */
async function provoke(win: Win, article: Element): Promise<void> {
  const elements = [...article.querySelectorAll('*')];
  for (const element of elements) {
    // A link to a real address would take the test page away (WebKit follows it even
    // when a listener cancels the click); those links are safe by definition.
    const link = element.closest('a[href]') as HTMLAnchorElement | null;
    const leaves = link !== null && SAFE_URL.test(link.protocol);
    for (const type of EVENTS) {
      if (!(leaves && type === 'click')) element.dispatchEvent(new win.Event(type, { bubbles: false }));
    }
    if (!leaves) (element as HTMLElement).click?.();
  }
  const media = elements.filter(
    (element): element is HTMLImageElement =>
      element.localName === 'img' && (element as HTMLImageElement).loading !== 'lazy',
  );
  await Promise.all(
    media.map(
      (image) =>
        image.complete ||
        new Promise((resolve) => {
          image.addEventListener('load', resolve, { once: true });
          image.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
  await frames(win, 2);
}

/** What would let a payload run later, on a reader's action the test did not imitate. */
function dangers(article: Element): string[] {
  const found: string[] = [];
  for (const element of article.querySelectorAll(FORBIDDEN_ELEMENTS)) found.push(`<${element.localName}>`);
  for (const element of article.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      const resolved = URL_ATTRIBUTES.test(name) ? new URL(value, element.baseURI).protocol : '';
      const inlineImage = element.localName === 'img' && name === 'src' && /^data:image\/(?!svg)/.test(value);
      const badUrl = URL_ATTRIBUTES.test(name) && !SAFE_URL.test(resolved) && !inlineImage;
      if (/^on/i.test(name) || name === 'style' || badUrl) {
        found.push(`<${element.localName} ${name}="${value}">`);
      }
    }
  }
  return found;
}

async function attack(win: Win, article: BantinArticle, payload: string): Promise<void> {
  article.content = `<p>Đoạn trước.</p>${payload}<p>Đoạn sau.</p>`;
  await article.updateComplete;
  await provoke(win, article);
}

const PATHS = [
  ...(browserSanitizes ? [{ name: 'Element.setHTML', forcePurify: false }] : []),
  { name: 'DOMPurify', forcePurify: true },
];

describe('XSS corpus through <bantin-article> content', () => {
  const executions: string[] = [];
  const win = window as Win;

  before(() => {
    win.canary = (id: string) => executions.push(id);
    keepPageInPlace(document);
  });

  beforeEach(() => {
    executions.length = 0;
  });

  after(() => {
    delete win.canary;
  });

  it(`holds at least 60 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
  });

  it('control: the harness sees a payload run when markup bypasses the sanitizer', async () => {
    const article = await fixture<BantinArticle>(
      html`<bantin-article><h1 slot="title">Tin</h1></bantin-article>`,
    );
    const unsafe = document.createElement('div');
    unsafe.innerHTML = `<img src="x" onerror="canary('control-img')"><p onmouseover="canary('control-event')">x</p><a href="javascript:void canary('control-link')">x</a>`;
    article.append(unsafe);
    await provoke(win, article);
    expect([...new Set(executions)]).to.have.members(['control-img', 'control-event', 'control-link']);
    expect(dangers(article)).to.have.length(3);
  });

  for (const path of PATHS) {
    describe(`through ${path.name}, without CSP`, () => {
      for (const [name, payload] of XSS_PAYLOADS) {
        it(name, async () => {
          const article = await fixture<BantinArticle>(
            html`<bantin-article
              ><h1 slot="title">Tin</h1>
              <p>Đang tải.</p></bantin-article
            >`,
          );
          const run = () => attack(win, article, payload);
          await (path.forcePurify ? withoutSetHTML(win, run) : run());
          expect(executions).to.deep.equal([]);
          expect(dangers(article)).to.deep.equal([]);
          expect(typeof win.canary).to.equal('function');
          // The article still reads (a malformed payload may swallow what follows it).
          expect(bodyOf(article).map(readerText).join(' ')).to.match(/^Đoạn trước\./);
          expect(readerText(article.querySelector('[slot="title"]')!)).to.equal('Tin');
        });
      }
    });
  }

  describe('on a page with a strict CSP and Trusted Types', () => {
    for (const path of PATHS) {
      it(`runs none of the payloads through ${path.name}, with no Trusted Types or script violation`, async function () {
        // A hundred payloads, each set, provoked and checked in one page.
        this.timeout(60000);
        const page = await openFramePage('trusted-types');
        const frameWin = page.win as Win;
        const frameExecutions: string[] = [];
        frameWin.canary = (id: string) => frameExecutions.push(id);
        keepPageInPlace(page.doc);
        const left: string[] = [];
        for (const [name, payload] of XSS_PAYLOADS) {
          const run = () => attack(frameWin, page.article, payload);
          await (path.forcePurify ? withoutSetHTML(frameWin, run) : run());
          for (const danger of dangers(page.article)) left.push(`${name}: ${danger}`);
          expect(readerText(page.article)).to.include('Đoạn trước.');
        }
        expect(frameExecutions).to.deep.equal([]);
        expect(left).to.deep.equal([]);
        // No browser parser ever meets an inline handler (the tokenizer removes them
        // first), so not even a script-src-attr report is raised.
        expect(page.violations).to.deep.equal([]);
      });
    }

    it('control: the page reports a violation when a handler is set around the sanitizer', async () => {
      const page = await openFramePage('trusted-types');
      const paragraph = page.doc.createElement('p');
      page.article.append(paragraph);
      try {
        paragraph.setAttribute('onclick', "canary('control')");
      } catch {
        // Trusted Types refuse it outright; the report is what this checks.
      }
      paragraph.click();
      await frames(page.win, 2);
      expect(page.violations.length).to.be.greaterThan(0);
    });
  });
});
