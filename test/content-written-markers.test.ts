import { expect } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle } from '../src/index.js';
import { bodyOf, readerText, SANITIZER_PATHS, withContent } from './cms-helpers.js';

/**
 * Vietnamese documents number their points "a)", "b)", … "d)", "đ)", "e)", "g)" and
 * their steps "1)", "2)". A list type shows "a." and "1." and knows no "đ": such lists
 * keep the markers as written, and draw none of their own.
 */

/** What the reader sees of each item: its text, and whether the list draws a marker too. */
function items(article: BantinArticle, list: string) {
  const element = article.querySelector(list)!;
  expect(element, `a ${list} in the article`).to.exist;
  return [...element.querySelectorAll(':scope > li')].map((item) => ({
    text: readerText(item),
    drawsMarker: getComputedStyle(item).listStyleType !== 'none',
  }));
}

const POINTS = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)'];
const POINTS_BODY =
  '<p>Nghị quyết quy định các mức hỗ trợ sau:</p>' +
  POINTS.map((marker, index) => `<p>${marker}&nbsp;Hỗ trợ mức thứ ${index + 1} cho hộ nghèo;</p>`).join('') +
  '<p>Nghị quyết có hiệu lực từ ngày 01/01/2025.</p>';

const WORD_PARENTHESES = [1, 2, 3]
  .map(
    (number) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>` +
      `<![if !supportLists]><span style='mso-list:Ignore'>${number})<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>` +
      `Bước thứ ${number} của quy trình<o:p></o:p></p>`,
  )
  .join('\n');

describe('<bantin-article> content: list markers as written', () => {
  for (const path of SANITIZER_PATHS) {
    describe(`through ${path.name}`, () => {
      it('keeps Vietnamese points a) … đ) … g) as one list, each marker as written, drawn once', async () => {
        const article = await withContent(POINTS_BODY, path);
        const shown = items(article, 'ol');
        expect(shown.map(({ text }) => text.split(' ')[0])).to.deep.equal(POINTS);
        expect(shown[4].text).to.equal('đ) Hỗ trợ mức thứ 5 cho hộ nghèo;');
        expect(shown.filter(({ drawsMarker }) => drawsMarker)).to.deep.equal([]);
        expect(article.querySelector('ol')!.getAttribute('role')).to.equal('list');
        // The paragraphs around the list stay paragraphs.
        expect(bodyOf(article).map((element) => element.localName)).to.deep.equal(['p', 'ol', 'p']);
      });

      it('keeps typed "1)" steps as written', async () => {
        const article = await withContent(
          '<p>1) Nộp hồ sơ trực tuyến;</p><p>2) Nhận kết quả;</p><p>3) Đánh giá mức độ hài lòng.</p>',
          path,
        );
        const shown = items(article, 'ol');
        expect(shown.map(({ text }) => text)).to.deep.equal([
          '1) Nộp hồ sơ trực tuyến;',
          '2) Nhận kết quả;',
          '3) Đánh giá mức độ hài lòng.',
        ]);
        expect(shown.some(({ drawsMarker }) => drawsMarker)).to.be.false;
      });

      it('keeps Word’s own "1)" numbering as written', async () => {
        const article = await withContent(WORD_PARENTHESES, path);
        const shown = items(article, 'ol');
        expect(shown.map(({ text }) => text)).to.deep.equal([
          '1) Bước thứ 1 của quy trình',
          '2) Bước thứ 2 của quy trình',
          '3) Bước thứ 3 của quy trình',
        ]);
        expect(shown.some(({ drawsMarker }) => drawsMarker)).to.be.false;
      });

      it('keeps Word’s lettered list one list past "h)": "i)" is the letter, not the numeral', async () => {
        const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
        const article = await withContent(
          letters
            .map(
              (letter) =>
                `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l5 level1 lfo2'>` +
                `<![if !supportLists]><span style='mso-list:Ignore'>${letter})<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>` +
                `Điểm ${letter}<o:p></o:p></p>`,
            )
            .join('\n'),
          path,
        );
        expect(article.querySelectorAll('ol')).to.have.length(1);
        expect(items(article, 'ol').map(({ text }) => text.split(' ')[0])).to.deep.equal(
          letters.map((letter) => `${letter})`),
        );
      });

      it('shows an editor list whose items were typed "a) …" with one marker each, not "1. a)"', async () => {
        const article = await withContent('<ol><li>a) Thứ nhất</li><li>b) Thứ hai</li></ol>', path);
        const shown = items(article, 'ol');
        expect(shown).to.deep.equal([
          { text: 'a) Thứ nhất', drawsMarker: false },
          { text: 'b) Thứ hai', drawsMarker: false },
        ]);
      });

      it('still draws "1." and "a." lists with the list’s own markers', async () => {
        const article = await withContent(
          '<p>1. Một</p><p>2. Hai</p><p>Tiếp theo:</p><p>a. Thứ nhất</p><p>b. Thứ hai</p>',
          path,
        );
        const [numbers, letters] = [...article.querySelectorAll('ol')];
        expect(readerText(numbers.children[0])).to.equal('Một');
        expect(getComputedStyle(numbers.children[0]).listStyleType).to.equal('decimal');
        expect(readerText(letters.children[1])).to.equal('Thứ hai');
        expect(getComputedStyle(letters.children[1]).listStyleType).to.equal('lower-alpha');
      });
    });
  }
});
