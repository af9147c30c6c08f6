import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/bantin.js';
import { deepElements, interactiveTargets, openDemo, type DemoFrame } from './demo-frame.js';
import type { BantinFontScaler, BantinToolbar } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';
import { axeViolations, fontPx, isChromium, press } from './helpers.js';

/**
 * WCAG 2.2 AA, cell by cell, on the demo page as readers meet it: text scale × the
 * browser's default font size × viewport width, text-spacing overrides, dark colour
 * scheme, forced colours and reduced motion.
 */

const label = (element: Element) =>
  `<${element.localName}> "${(element.textContent ?? '').trim().slice(0, 30)}"`;

/** What a reader would see go wrong: sideways scrolling, cut, clipped or overlapping content. */
function layoutProblems({ doc, win }: DemoFrame): string[] {
  const problems: string[] = [];
  const viewport = win.innerWidth;
  if (doc.documentElement.scrollWidth > viewport) {
    problems.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} px > ${viewport} px`);
  }
  const blocks = doc.querySelectorAll<HTMLElement>(
    'bantin-article > *, bantin-article [slot], .portal-header, .portal-footer',
  );
  for (const block of blocks) {
    const box = block.getBoundingClientRect();
    if (box.right > viewport + 0.5 || box.left < -0.5) problems.push(`${label(block)} leaves the viewport`);
    if (block.scrollWidth > block.clientWidth + 1 && getComputedStyle(block).display !== 'contents') {
      problems.push(`${label(block)} is cut: ${block.scrollWidth} > ${block.clientWidth}`);
    }
  }
  for (const caption of deepElements(doc).filter((e) => e.localName === 'figcaption')) {
    if (caption.getBoundingClientRect().right > viewport + 0.5)
      problems.push('a caption leaves the viewport');
  }
  const targets = interactiveTargets(doc);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    if (target.scrollWidth > target.clientWidth + 1 || target.scrollHeight > target.clientHeight + 1) {
      problems.push(`${label(target)} clips its text`);
    }
    if (box.right > viewport + 0.5) problems.push(`${label(target)} leaves the viewport`);
  }
  // No two controls of the toolbar overlap.
  const controls = targets.filter((t) => t.getRootNode() !== doc || t.closest('bantin-toolbar'));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i]!.getBoundingClientRect();
      const b = controls[j]!.getBoundingClientRect();
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      if (overlap) problems.push(`${label(controls[i]!)} overlaps ${label(controls[j]!)}`);
    }
  }
  return problems;
}

/** The demo page's markup in this document, where axe can see it. */
async function demoInPage(scale: number, rootFontSize = 16, colorScheme: 'light' | 'dark' = 'light') {
  const source = await (await fetch('/demo/index.html')).text();
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  document.documentElement.style.colorScheme = colorScheme;
  const page = await fixture<HTMLElement>(html`<div><link rel="stylesheet" href="/demo/demo.css" /></div>`);
  await waitUntil(() => page.querySelector('link')!.sheet, 'demo.css did not load');
  for (const node of parsed.body.children) page.append(document.importNode(node, true));
  for (const image of page.querySelectorAll('img')) image.src = `/demo/${image.getAttribute('src')}`;
  document.documentElement.style.fontSize = `${rootFontSize}px`;
  const article = page.querySelector('bantin-article')! as HTMLElement & { updateComplete: Promise<boolean> };
  await article.updateComplete;
  article.style.setProperty('--bantin-font-scale', String(scale));
  return page;
}

describe('WCAG 2.2 AA matrix on the demo page', function () {
  this.timeout(60000);
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.documentElement.style.colorScheme = '';
  });

  describe('1.4.4 text up to 200 % and 1.4.10 reflow', () => {
    for (const width of [1024, 320]) {
      for (const rootFontSize of [16, 24]) {
        for (const scale of [1, 1.5, 2]) {
          it(`at ${width} px wide, browser default ${rootFontSize} px, text ${scale * 100} %: nothing cut, clipped or overlapping`, async () => {
            const demo = await openDemo({ width, height: 700, rootFontSize, storedScale: scale });
            const body = demo.doc.querySelector('bantin-article > p:not([slot])')!;
            expect(fontPx(body)).to.be.closeTo(rootFontSize * 1.125 * scale, 0.05);
            expect(layoutProblems(demo)).to.deep.equal([]);
          });
        }
      }
    }
  });

  describe('1.4.12 text spacing', () => {
    const textSpacing = `
      * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }`;
    for (const width of [1024, 320]) {
      for (const scale of [1, 2]) {
        it(`with the text-spacing overrides at ${width} px and ${scale * 100} %: no loss of content`, async () => {
          const demo = await openDemo({ width, height: 700, storedScale: scale, readerCss: textSpacing });
          const body = demo.doc.querySelector('bantin-article > p:not([slot])')!;
          expect(getComputedStyle(body).letterSpacing).to.not.equal('normal');
          expect(layoutProblems(demo)).to.deep.equal([]);
        });
      }
    }
  });

  describe('2.5.8 target size', () => {
    for (const width of [1024, 320]) {
      it(`every control is at least 24 × 24 px (bantin's own at least 44 × 44) at ${width} px`, async () => {
        const demo = await openDemo({ width, height: 700 });
        const small: string[] = [];
        for (const target of interactiveTargets(demo.doc)) {
          const { width: w, height: h } = target.getBoundingClientRect();
          const ours = target.getRootNode() !== demo.doc || target.closest('bantin-toolbar');
          const minimum = ours ? 44 : 24;
          // On a phone the toolbar's own icons (print, share, listen, display) give up a
          // little width rather than wrap to another row (toolbar.styles.ts): 36 px at least.
          const minWidth = ours && target.matches('[role="toolbar"] > button') ? 36 : minimum;
          if (w < minWidth || h < minimum)
            small.push(`${label(target)} is ${w.toFixed(1)} × ${h.toFixed(1)}`);
        }
        expect(interactiveTargets(demo.doc).length).to.be.at.least(8);
        expect(small).to.deep.equal([]);
      });
    }
  });

  describe('axe (WCAG 2.2 A/AA and best practice) in every cell', () => {
    for (const rootFontSize of [16, 24]) {
      for (const scale of [1, 1.5, 2]) {
        it(`browser default ${rootFontSize} px, text ${scale * 100} %`, async () => {
          const page = await demoInPage(scale, rootFontSize);
          expect(await axeViolations(page)).to.deep.equal([]);
        });
      }
    }
    for (const scale of [1, 2]) {
      it(`dark colour scheme, text ${scale * 100} %`, async () => {
        const page = await demoInPage(scale, 16, 'dark');
        const button = toolbarHarness(page.querySelector('bantin-toolbar')!).printButton!;
        expect(getComputedStyle(button).backgroundColor).to.equal('rgb(30, 30, 30)');
        expect(await axeViolations(page)).to.deep.equal([]);
      });
    }
  });

  describe('dark colour scheme', () => {
    it('keeps controls, borders and the focus ring visible', async () => {
      const demo = await openDemo({ colorScheme: 'dark' });
      const first = scalerHarness(demo.scaler as unknown as BantinFontScaler).decreaseButton;
      const style = getComputedStyle(first);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.not.equal(style.backgroundColor);
      expect(style.color).to.not.equal(style.backgroundColor);
      demo.frame.focus();
      first.focus();
      await press('ArrowRight');
      await press('ArrowLeft');
      const focused = getComputedStyle(first);
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
      expect(focused.outlineColor).to.equal('rgb(138, 180, 248)');
    });
  });

  describe('forced colours (Windows high contrast)', () => {
    (isChromium ? it : it.skip)(
      'keeps controls, borders and the focus ring visible (Chromium only: forced colours are emulated over CDP)',
      async () => {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'forced-colors', value: 'active' }],
        });
        try {
          const demo = await openDemo();
          expect(demo.win.matchMedia('(forced-colors: active)').matches).to.be.true;
          const first = scalerHarness(demo.scaler as unknown as BantinFontScaler).decreaseButton;
          const buttons = [
            ...scalerHarness(demo.scaler as unknown as BantinFontScaler).buttons,
            ...toolbarHarness(demo.toolbar as unknown as BantinToolbar).ownButtons,
          ];
          for (const button of buttons) {
            const style = getComputedStyle(button);
            expect(style.borderTopStyle, label(button)).to.not.equal('none');
            expect(parseFloat(style.borderTopWidth), label(button)).to.be.at.least(1);
            expect(style.borderTopColor, label(button)).to.not.equal(style.backgroundColor);
          }
          const disabled = buttons.find((b) => b.getAttribute('aria-disabled') === 'true')!;
          expect(getComputedStyle(disabled).color).to.not.equal(getComputedStyle(first).color);
          demo.frame.focus();
          first.focus();
          await press('ArrowRight');
          await press('ArrowLeft');
          const focused = getComputedStyle(first);
          expect(focused.outlineStyle).to.not.equal('none');
          expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
          expect(await axeViolations(await demoInPage(1))).to.deep.equal([]);
        } finally {
          await executeServerCommand('emulate-media-features', {
            features: [{ name: 'forced-colors', value: 'none' }],
          });
        }
      },
    );
  });

  describe('prefers-reduced-motion', () => {
    (isChromium ? it : it.skip)(
      'runs no transition or animation (Chromium only: the preference is emulated over CDP)',
      async () => {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
        });
        try {
          const demo = await openDemo();
          const moving = deepElements(demo.doc).filter((element) => {
            const style = getComputedStyle(element);
            const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')];
            return (
              (durations.some((d) => parseFloat(d) > 0) && style.animationName !== 'none') ||
              parseFloat(style.transitionDuration) > 0
            );
          });
          expect(moving.map(label)).to.deep.equal([]);
        } finally {
          await executeServerCommand('emulate-media-features', {
            features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }],
          });
        }
      },
    );

    it('animates nothing but a short colour change on hover when motion is allowed', async () => {
      const demo = await openDemo();
      const moving = deepElements(demo.doc).filter(
        (element) => parseFloat(getComputedStyle(element).transitionDuration) > 0,
      );
      expect(moving.every((element) => element.localName === 'button')).to.be.true;
      expect(moving.every((element) => getComputedStyle(element).transitionProperty === 'background-color'))
        .to.be.true;
    });
  });
});
