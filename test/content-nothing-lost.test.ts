import { expect, fixture, html } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle, BantinFigure } from '../src/index.js';
import { bodyOf, readerText, SANITIZER_PATHS, withContent } from './cms-helpers.js';
import { captureWarnings } from './helpers.js';

/** Bodies as editors store them, each with something a reader lost before. */

const wordItem = (list: string, marker: string, text: string, symbol = false) =>
  `<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:${list} level1 lfo1">` +
  `<!--[if !supportLists]--><span${symbol ? ' style="font-family:Symbol"' : ''}>${marker}` +
  `<span style="font:7.0pt Times">&nbsp;&nbsp; </span></span><!--[endif]-->${text}</p>`;

const IMAGE = '/demo/images/le-trao-bang-khen.svg';

describe('<bantin-article> content: nothing lost from an editor’s body', () => {
  for (const path of SANITIZER_PATHS) {
    describe(`through ${path.name}`, () => {
      it('keeps the first item of a Word numbered list that follows a bullet list', async () => {
        const article = await withContent(
          wordItem('l0', '·', 'Cải cách thể chế.', true) +
            wordItem('l1', '1.', 'Tiếp nhận hồ sơ;') +
            wordItem('l1', '2.', 'Giải quyết đúng hạn.'),
          path,
        );
        expect(bodyOf(article).map((element) => element.localName)).to.deep.equal(['ul', 'ol']);
        const numbered = article.querySelector('ol')!;
        expect([...numbered.children].map(readerText)).to.deep.equal([
          'Tiếp nhận hồ sơ;',
          'Giải quyết đúng hạn.',
        ]);
        // Numbered from 1, as in Word.
        expect(numbered.getAttribute('start') ?? '1').to.equal('1');
      });

      it('leaves no blank box where an embedded video was dropped, and says what went', async () => {
        const warnings = captureWarnings();
        let article: BantinArticle;
        try {
          article = await withContent(
            '<p>Trước video.</p><figure class="media"><oembed url="https://www.youtube.com/watch?v=abc"></oembed></figure><p>Sau video.</p>',
            path,
          );
          await new Promise((resolve) => setTimeout(resolve, 50));
        } finally {
          warnings.restore();
        }
        expect(bodyOf(article).map((element) => element.localName)).to.deep.equal(['p', 'p']);
        expect(warnings.messages.join('\n')).to.match(/<bantin-article>.*oembed/);
      });

      it('keeps the link around a linked photo', async () => {
        const article = await withContent(
          `<p><a href="/uploads/anh-goc.jpg"><img src="${IMAGE}" alt="Lễ trao bằng khen"></a></p>` +
            '<p>Bấm vào ảnh để xem ảnh gốc.</p>',
          path,
        );
        const link = article.querySelector('a[href="/uploads/anh-goc.jpg"]');
        expect(link, 'the link').to.exist;
        expect(link!.querySelector('img[alt="Lễ trao bằng khen"]'), 'the photo inside its link').to.exist;
        // Still a figure, and the photo fills it.
        const figure = link!.closest('bantin-figure') as BantinFigure | null;
        expect(figure, 'a figure around the link').to.exist;
        await figure!.updateComplete;
        const image = link!.querySelector('img')!;
        await image.decode();
        expect(image.getBoundingClientRect().width).to.be.closeTo(figure!.getBoundingClientRect().width, 0.5);
      });

      it('makes a Froala image with its caption a figure named by the caption', async () => {
        const article = await withContent(
          '<p><span class="fr-img-caption fr-fic fr-dib" style="width: 600px;"><span class="fr-img-wrap">' +
            `<img src="${IMAGE}" alt="Học sinh dự lễ khai giảng"><span class="fr-inner">Học sinh dự lễ khai giảng năm học 2023-2024</span>` +
            '</span></span></p><p>Năm nay trường có 1.320 học sinh.</p>',
          path,
        );
        const figure = article.querySelector('bantin-figure');
        expect(figure, 'a figure').to.exist;
        expect(readerText(figure!.querySelector('[slot="caption"]')!)).to.equal(
          'Học sinh dự lễ khai giảng năm học 2023-2024',
        );
        expect(figure!.querySelector('img')!.getAttribute('alt')).to.equal('Học sinh dự lễ khai giảng');
        expect(bodyOf(article).map((element) => element.localName)).to.deep.equal(['bantin-figure', 'p']);
      });
    });
  }

  it('fits an image wider than the article within it, in slotted markup and in content', async () => {
    const holder = await fixture<HTMLElement>(html`
      <div style="inline-size: 304px">
        <bantin-article>
          <h1 slot="title">Ảnh 500 px trong một đoạn có chữ</h1>
          <p>Chữ trước <img src=${IMAGE} alt="Ảnh rộng" width="500" height="300" /> chữ sau.</p>
        </bantin-article>
      </div>
    `);
    const article = holder.querySelector('bantin-article')!;
    await article.updateComplete;
    const width = article.getBoundingClientRect().width;
    const image = article.querySelector('img')!;
    await image.decode();
    expect(image.getBoundingClientRect().width).to.be.at.most(width + 0.5);
    // Its shape kept.
    const box = image.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(image.naturalWidth / image.naturalHeight, 0.02);
    article.content = `<p>Chữ <a href="/uploads/a.jpg"><img src="${IMAGE}" alt="Ảnh khác" width="500" height="300"></a> chữ.</p>`;
    await article.updateComplete;
    expect(article.querySelector('img')!.getBoundingClientRect().width).to.be.at.most(width + 0.5);
  });
});
