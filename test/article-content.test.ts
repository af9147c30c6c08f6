import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle, BantinFigure } from '../src/index.js';
import {
  bodyOf,
  cmsFixture,
  openFramePage,
  portalArticle,
  readerText,
  SANITIZER_PATHS,
  withContent,
  withoutSetHTML,
} from './cms-helpers.js';
import {
  accessibilityTree,
  captureWarnings,
  findNodes,
  fontPx,
  itReadsAccessibilityTree,
} from './helpers.js';
import { figureHarness } from './harness/figure.js';

/** Sentences of the sample article as the Word paste carries them, each across several source lines. */
const WORD_SENTENCES = [
  'Thực hiện đồng bộ cả 4 khâu: Phát hiện - Bồi dưỡng - Tổng kết - Nhân rộng điển hình tiên tiến',
  'Theo đánh giá của Sở Nội vụ, căn cứ nội dung Kế hoạch 458/KH-UBND ngày 19/7/2021 của UBND tỉnh',
  'các cuộc họp chi bộ, họp thôn, tổ dân phố…',
  'gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
  'Công tác tuyên truyền các nhân tố, điển hình tiên tiến được đặc biệt chú trọng.',
  'Báo Bắc Kạn (báo in, báo điện tử);',
  'Tổng kết và nhân rộng.',
  'Mô hình, gương điển hình được giới thiệu',
  'Từ 3 đến 5 mỗi năm',
  'Kế hoạch 458/KH-UBND ngày 19/7/2021 của UBND tỉnh.',
  'Bích Huệ',
];

const PORTAL_CAPTIONS = [
  'Chủ tịch UBND tỉnh Nguyễn Đăng Bình trao tặng Bằng khen cho cá nhân điển hình tiên tiến',
  'Giám đốc Sở Nội vụ Lê Văn Hội tặng Giấy khen cho các cá nhân điển hình tiên tiến giai đoạn 2021 - 2023',
  'Hội nghị sơ kết 2 năm thực hiện Kế hoạch xây dựng, nhân rộng mô hình',
  'Tuyên dương thanh niên tiên tiến làm theo lời Bác',
  'Biểu dương các điển hình tiên tiến năm 2023',
];

function allBodyElements(article: Element): Element[] {
  return bodyOf(article).flatMap((child) => [child, ...child.querySelectorAll('*')]);
}

describe('<bantin-article> content', () => {
  for (const path of SANITIZER_PATHS) {
    describe(`through ${path.name}`, () => {
      it('gives the reader every word of a Word paste', async () => {
        const article = await withContent(await cmsFixture('word-paste.html'), path);
        const text = bodyOf(article).map(readerText).join(' ');
        for (const sentence of WORD_SENTENCES) expect(text).to.include(sentence);
        expect(text).to.include('Chủ tịch UBND tỉnh Nguyễn Đăng Bình trao tặng Bằng khen');
        // The typed bullets and numbers became list semantics, not stray characters.
        expect(text).not.to.match(/·|\b1\.\s+Phát/);
        expect(readerText(article.querySelector('[slot="title"]')!)).to.include('Quan tâm xây dựng');
      });

      it('leaves none of Word’s noise: styles, classes, <o:p>, <font>, empty paragraphs, comments', async () => {
        const article = await withContent(await cmsFixture('word-paste.html'), path);
        const elements = allBodyElements(article);
        expect(
          elements.filter((element) => element.hasAttribute('style')).map((e) => e.outerHTML),
        ).to.deep.equal([]);
        expect(elements.filter((element) => /(?:^|\s)Mso/.test(element.className))).to.have.length(0);
        const wordElements = elements.filter(
          (element) => /^(?:o:p|font|span)$/.test(element.localName) && !element.hasAttribute('slot'),
        );
        expect(wordElements.map((element) => element.outerHTML)).to.deep.equal([]);
        expect(
          elements.filter((element) => /^[A-Z-]+$/.test(element.getAttribute('lang') ?? '')),
        ).to.have.length(0);
        const blank = elements.filter(
          (element) => /^(?:p|li|h\d)$/.test(element.localName) && !readerText(element),
        );
        expect(blank.map((element) => element.outerHTML)).to.deep.equal([]);
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_COMMENT);
        expect(walker.nextNode()).to.equal(null);
        for (const table of article.querySelectorAll('table, td')) {
          expect(table.hasAttribute('width'), table.outerHTML.slice(0, 40)).to.equal(false);
        }
      });

      it('keeps what carries meaning: bold, links, lists, the table, the footnote link', async () => {
        const article = await withContent(await cmsFixture('word-paste.html'), path);
        expect(article.querySelectorAll(':scope > ul > li')).to.have.length(3);
        expect(article.querySelectorAll(':scope > ol > li')).to.have.length(3);
        expect(readerText(article.querySelector(':scope > ol > li')!)).to.equal('Phát hiện;');
        expect(article.querySelectorAll(':scope > [role="region"] > table :is(td, th)')).to.have.length(4);
        expect(article.querySelector(':scope > [role="region"] > table')!.getAttribute('border')).to.equal(
          '1',
        );
        expect(readerText(article.querySelector('b')!)).to.include('Thực hiện đồng bộ');
        const link = article.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
        expect(readerText(link)).to.equal('Kế hoạch 458/KH-UBND');
        const footnote = [...article.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].find(
          (anchor) => readerText(anchor) === '[1]',
        )!;
        const target = document.getElementById(decodeURIComponent(footnote.hash.slice(1)));
        expect(readerText(target!)).to.equal('[1]');
        expect(article.querySelector('p[align="right"]')?.textContent).to.equal('Bích Huệ');
      });

      it('leaves no pasted font size or family: every paragraph reads at the article’s size', async () => {
        const article = await withContent(await cmsFixture('word-paste.html'), path);
        const body = fontPx(article);
        const texts = allBodyElements(article).filter((element) =>
          /^(?:p|li|td|b|a|i)$/.test(element.localName),
        );
        expect(texts.length).to.be.greaterThan(15);
        for (const element of texts) {
          expect(fontPx(element), element.outerHTML.slice(0, 60)).to.be.closeTo(body, 0.01);
          expect(getComputedStyle(element).fontFamily).not.to.include('Times New Roman');
        }
        for (const element of [...bodyOf(await withContent(await cmsFixture('portal-figures.html'), path))]) {
          if (element.localName === 'p') expect(fontPx(element)).to.be.closeTo(body, 0.01);
        }
      });

      it('turns the portals’ image patterns into figures with their captions', async () => {
        const article = await withContent(await cmsFixture('portal-figures.html'), path);
        const figures = [...article.querySelectorAll<BantinFigure>(':scope > bantin-figure')];
        expect(figures.map((figure) => readerText(figure.querySelector('[slot="caption"]')!))).to.deep.equal(
          PORTAL_CAPTIONS,
        );
        expect(figures.map((figure) => [figure.width, figure.height])).to.deep.equal([
          [600, 400],
          [500, 333],
          [640, 427],
          [500, 333],
          [600, 400],
        ]);
        // The third photo was linked to its full-size file: the link stays, around it.
        expect(figures[2].querySelector(':scope > a[href$="le-trao-bang-khen.svg"] > img')).to.exist;
        for (const figure of figures) {
          const image = figure.querySelector(':scope > img, :scope > a > img')!;
          expect(image.hasAttribute('style') || image.hasAttribute('width')).to.equal(false);
          expect(image.hasAttribute('alt')).to.equal(true);
        }
        expect(figures[0].querySelector('img')!.alt).to.equal('Chủ tịch UBND tỉnh trao Bằng khen');
        // The caption paragraphs went into the figures; the text around them stayed.
        const paragraphs = bodyOf(article).filter((element) => element.localName === 'p');
        expect(paragraphs.map(readerText).filter((text) => PORTAL_CAPTIONS.includes(text))).to.deep.equal([]);
        expect(paragraphs).to.have.length(5);
        expect(readerText(paragraphs[2])).to.include('Cùng với việc tuyên truyền, biểu dương');
        expect(fontPx(paragraphs[2])).to.be.closeTo(fontPx(article), 0.01);
      });

      it('builds the Word paste’s photo and italic caption into a figure of the photo’s shape', async () => {
        const article = await withContent(await cmsFixture('word-paste.html'), path);
        const figure = article.querySelector<BantinFigure>(':scope > bantin-figure')!;
        await figure.updateComplete;
        expect(readerText(figure.querySelector('[slot="caption"]')!)).to.match(
          /^Chủ tịch UBND tỉnh .* 2017 - 2022$/,
        );
        const frame = figureHarness(figure).part('frame')!.getBoundingClientRect();
        expect(frame.height / frame.width).to.be.closeTo(400 / 601, 0.01);
      });
    });
  }

  itReadsAccessibilityTree('names each figure by its caption', async () => {
    const article = await withContent(await cmsFixture('portal-figures.html'));
    for (const figure of article.querySelectorAll<BantinFigure>('bantin-figure')) await figure.updateComplete;
    const names = findNodes(await accessibilityTree(), (node) => node.role === 'figure').map(
      (node) => node.name,
    );
    expect(names).to.deep.equal(PORTAL_CAPTIONS);
  });

  it('passes axe with the portal figures in', async function () {
    // axe walks every figure's shadow tree; slow engines on a busy machine need time.
    this.timeout(30000);
    const article = await withContent(await cmsFixture('portal-figures.html'));
    for (const figure of article.querySelectorAll<BantinFigure>('bantin-figure')) await figure.updateComplete;
    await expect(article).to.be.accessible();
  });

  it('gives the same article through either sanitizer', async () => {
    const source = (await cmsFixture('word-paste.html')) + (await cmsFixture('portal-figures.html'));
    const [first, second] = [
      await withContent(source, SANITIZER_PATHS[0]),
      await withContent(source, SANITIZER_PATHS[SANITIZER_PATHS.length - 1]),
    ];
    const markup = (article: Element) =>
      bodyOf(article).map((element) => element.outerHTML.replace(/\s+/g, ' '));
    expect(markup(first)).to.deep.equal(markup(second));
  });

  it('replaces only the body: the page’s headline, meta, lead and byline stay in place', async () => {
    const article = await withContent('<p>Đoạn một.</p><p>Đoạn hai.</p>');
    expect(
      [...article.children].map((child) => child.getAttribute('slot') ?? readerText(child)),
    ).to.deep.equal(['title', 'meta', 'lead', 'Đoạn một.', 'Đoạn hai.', 'byline']);
    article.content = '<p>Bài khác.</p>';
    await article.updateComplete;
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Bài khác.']);
    expect(article.querySelectorAll('[slot]')).to.have.length(4);
  });

  it('does not let the string take over the headline or another slot', async () => {
    const article = await withContent('<h1 slot="title">Tiêu đề giả</h1><p slot="byline">Tác giả giả</p>');
    expect(readerText(article.querySelector('[slot="title"]')!)).to.include('Quan tâm xây dựng');
    expect(article.querySelectorAll('[slot="title"], [slot="byline"]')).to.have.length(2);
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Tiêu đề giả', 'Tác giả giả']);
    expect(article.getAttribute('aria-labelledby')).to.equal(article.querySelector('h1[slot="title"]')!.id);
  });

  it('shows the latest content when it is set twice before the first is in', async () => {
    const article = await portalArticle();
    article.content = '<p>Bản cũ.</p>';
    article.content = '<p>Bản mới.</p>';
    await article.updateComplete;
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Bản mới.']);
    expect(article.content).to.equal('<p>Bản mới.</p>');
  });

  it('takes content set before the element was defined', async () => {
    const early = document.implementation
      .createHTMLDocument('')
      .createElement('bantin-article') as BantinArticle;
    early.append(
      Object.assign(early.ownerDocument.createElement('h1'), { slot: 'title', textContent: 'Tin' }),
    );
    early.content = '<p class="MsoNormal"><span style="font-size:13pt">Nội dung sớm.</span></p>';
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.append(early);
    await (holder.firstElementChild as BantinArticle).updateComplete;
    expect(bodyOf(holder.firstElementChild!).map((element) => element.outerHTML)).to.deep.equal([
      '<p>Nội dung sớm.</p>',
    ]);
  });

  it('resolves contentReady on an article that is not in the page yet', async () => {
    const article = document.createElement('bantin-article');
    article.content = '<p>Chưa gắn vào trang.</p>';
    await article.contentReady;
    expect(article.innerHTML).to.equal('<p>Chưa gắn vào trang.</p>');
  });

  it('warns and keeps the body when content is not a string', async () => {
    const article = await portalArticle();
    const warnings = captureWarnings();
    try {
      (article as { content: unknown }).content = 42;
      (article as { content: unknown }).content = { html: '<p>x</p>' };
      await article.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '<bantin-article> content: expects an HTML string, not number; the article is unchanged.',
      '<bantin-article> content: expects an HTML string, not object; the article is unchanged.',
    ]);
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Nội dung đang tải.']);
    expect(article.content).to.equal(undefined);
  });

  it('leaves the body silently for null and undefined', async () => {
    const article = await withContent('<p>Đã có nội dung.</p>');
    const warnings = captureWarnings();
    try {
      (article as { content: unknown }).content = null;
      article.content = undefined;
      await article.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Đã có nội dung.']);
  });

  it('never leaves a blank article: nothing readable after sanitizing keeps the body, with a warning', async () => {
    const article = await portalArticle();
    const warnings = captureWarnings();
    try {
      article.content = '<script>window.contentRan = true</script><p>&nbsp;</p><o:p></o:p>';
      await article.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '<bantin-article> content: nothing readable is left after sanitizing; the article is unchanged.',
    ]);
    expect(bodyOf(article).map(readerText)).to.deep.equal(['Nội dung đang tải.']);
    expect((window as { contentRan?: boolean }).contentRan).to.equal(undefined);
  });

  describe('on a page that requires Trusted Types', () => {
    it('shows the article, with no Trusted Types violation, through either sanitizer', async () => {
      const page = await openFramePage('trusted-types');
      const source = await cmsFixture('portal-figures.html');
      const paths = [
        ...(typeof (page.win.Element.prototype as { setHTML?: unknown }).setHTML === 'function'
          ? [false]
          : []),
        true,
      ];
      for (const forcePurify of paths) {
        const set = async () => {
          page.article.content = `${source}<p>Lần ${String(forcePurify)}</p>`;
          await page.article.updateComplete;
        };
        await (forcePurify ? withoutSetHTML(page.win, set) : set());
        expect(page.article.querySelectorAll('bantin-figure')).to.have.length(5);
        expect(readerText(page.article)).to.include(`Lần ${String(forcePurify)}`);
        expect(readerText(page.article)).to.include('Tuy nhiên, công tác tuyên truyền');
      }
      expect(page.violations).to.deep.equal([]);
    });

    it('fetches DOMPurify only where the browser has no sanitizer of its own', async () => {
      const page = await openFramePage('trusted-types');
      page.article.content = await cmsFixture('word-paste.html');
      await page.article.updateComplete;
      const purifyLoaded = page.win.performance
        .getEntriesByType('resource')
        .some((entry) => /purify/.test(entry.name));
      const hasSetHTML = typeof (page.win.Element.prototype as { setHTML?: unknown }).setHTML === 'function';
      expect(purifyLoaded).to.equal(!hasSetHTML);
      expect(page.article.querySelectorAll('bantin-figure, ul, ol')).to.have.length(3);
    });

    it('without the bantin policy and without setHTML, shows the words as plain paragraphs and says why', async () => {
      const page = await openFramePage('trusted-types-without-policy');
      const warnings: string[] = [];
      const original = page.win.console.warn;
      page.win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        await withoutSetHTML(page.win, async () => {
          page.article.content = await cmsFixture('portal-figures.html');
          await page.article.updateComplete;
        });
      } finally {
        page.win.console.warn = original;
      }
      expect(warnings).to.deep.equal([
        '<bantin-article> content: this page requires Trusted Types and its CSP does not allow the "bantin" policy ' +
          "(add bantin to trusted-types); showing the article's text without its markup.",
      ]);
      const body = bodyOf(page.article);
      // Paragraphs of text, and the images with their alt text.
      expect(
        body.every(
          (element) =>
            (element.localName === 'p' && element.children.length === 0) ||
            (element.localName === 'img' && element.hasAttribute('alt')),
        ),
      ).to.equal(true);
      expect(body.filter((element) => element.localName === 'img')).to.have.length(5);
      const text = body.map(readerText).join(' ');
      for (const caption of PORTAL_CAPTIONS) expect(text).to.include(caption);
      expect(text).to.include('Tuy nhiên, công tác tuyên truyền');
      expect(page.article.querySelector('[slot="title"]')).to.exist;
    });
  });
});

void waitUntil;
