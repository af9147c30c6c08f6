import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { speller } from '../src/toolbar/listen/spoken.js';
import { sentencesOf } from '../src/toolbar/listen/sentences.js';
import { FakeSpeech, installSpeech, vietnameseVoice, type FakeUtterance } from './fake-speech.js';
import { mountToolbar } from './harness/fixtures.js';
import { toolbarHarness } from './harness/toolbar.js';
import { captureWarnings, liveRegionText, nextFrame } from './helpers.js';

const spell = speller();
const say = (text: string) => spell(text).text;

/** A provincial news item as portals publish it: titles, places, dates, units, a heading in capitals. */
const NEWS = `
  <bantin-article>
    <h1 slot="title">UBND TP. Hồ Chí Minh làm việc với tỉnh</h1>
    <p slot="lead">Sáng 19/7/2021, đoàn công tác của UBND TP. Hồ Chí Minh do GS.TS. Nguyễn Văn A dẫn đầu đã làm việc với UBND tỉnh. Đ/c Trần Văn B phát biểu.</p>
    <h2>KẾT QUẢ THỰC HIỆN</h2>
    <p>Năm 2021, tổng thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,5% so với cùng kỳ. PGS.TS. Lê Thị C, ThS. Phạm D và TS. Hoàng E cùng dự. Tại TX. Bắc Kạn và Q. 1, các đại biểu đã thảo luận.</p>
    <p>Đại biểu HĐND tỉnh khóa XIV trồng 1.200 ha rừng, làm 35 km đường giai đoạn 2021-2025, họp lúc 14h30 tại P. Bến Nghé.</p>
    <p slot="byline">Th.S Nguyễn F</p>
  </bantin-article>
`;

describe('listen: what the voice hears', () => {
  describe('spoken forms', () => {
    const cases: [string, string][] = [
      ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
      ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
      ['Ủy ban MTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
      ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
      ['TP. Hồ Chí Minh', 'thành phố Hồ Chí Minh'],
      ['GS.TS. Nguyễn Văn A', 'giáo sư tiến sĩ Nguyễn Văn A'],
      ['ngày 19/7/2021', 'ngày 19 tháng 7 năm 2021'],
      ['lúc 14h30', 'lúc 14 giờ 30'],
      ['giai đoạn 2021-2025', 'giai đoạn 2021 đến 2025'],
      ['giai đoạn 2021 – 2025', 'giai đoạn 2021 đến 2025'],
      ['giai đoạn 2021 - 2025', 'giai đoạn 2021 đến 2025'],
      ['Khóa XIV', 'Khóa 14'],
      ['kỳ họp thứ VI', 'kỳ họp thứ 6'],
      ['lần II', 'lần 2'],
      ['phần III', 'phần 3'],
      ['chương IV', 'chương 4'],
      ['thế kỷ XX', 'thế kỷ 20'],
      ['1.200 ha', '1.200 héc-ta'],
      ['35 km', '35 ki-lô-mét'],
      ['12,5%', '12,5 phần trăm'],
      ['KẾT QUẢ THỰC HIỆN', 'kết quả thực hiện'],
      ['NGƯỜI DÂN Ở XÃ VÙNG CAO', 'người dân ở xã vùng cao'],
      ['PHẦN II. KẾT QUẢ', 'phần 2. kết quả'],
      ['Kế hoạch 458/KH-UBND', 'Kế hoạch 458 Kế hoạch Ủy ban nhân dân'],
    ];
    for (const [written, spoken] of cases) {
      it(`says "${written}" as "${spoken}"`, () => {
        expect(say(written)).to.equal(spoken);
      });
    }

    it('leaves words that only look like the patterns as written', () => {
      // A person the news does not name, a score, a Roman-looking word with no counter before it.
      expect(say('anh Nguyễn Văn H. (SN 1990)')).to.equal('anh Nguyễn Văn H. (SN 1990)');
      expect(say('tỷ số 3/4')).to.equal('tỷ số 3/4');
      expect(say('Vitamin C tốt')).to.equal('Vitamin C tốt');
      expect(say('khu A và lô B')).to.equal('khu A và lô B');
      // Capitals that spell no Vietnamese syllable are letters, left for the voice to spell.
      expect(say('theo WHO và THPT')).to.equal('theo WHO và trung học phổ thông');
    });

    it('maps each spoken stretch back to the written words it stands for', () => {
      const written = 'Chủ tịch UBND tỉnh ngày 19/7/2021.';
      const spoken = spell(written);
      const at = spoken.text.indexOf('Ủy ban nhân dân');
      const [start, end] = spoken.written(at, at + 'Ủy ban nhân dân'.length);
      expect(written.slice(start, end)).to.equal('UBND');
      const nhan = spoken.text.indexOf('nhân');
      expect(written.slice(...spoken.written(nhan, nhan + 4))).to.equal('UBND');
      const tinh = spoken.text.indexOf('tỉnh');
      expect(written.slice(...spoken.written(tinh, tinh + 4))).to.equal('tỉnh');
      const date = spoken.text.indexOf('19 tháng');
      expect(written.slice(...spoken.written(date, date + 2))).to.equal('19/7/2021');
    });

    it("lets the portal's words add to and override the list", () => {
      const own = speller({ UBND: 'U-B-N-D', 'Bắc Kạn': 'Bắc Cạn', STTTT: 'Sở Thông tin và Truyền thông' });
      expect(own('UBND tỉnh Bắc Kạn').text).to.equal('U-B-N-D tỉnh Bắc Cạn');
      expect(own('STTTT và HĐND').text).to.equal('Sở Thông tin và Truyền thông và Hội đồng nhân dân');
    });

    it('gives other languages only the portal words, no Vietnamese forms', () => {
      expect(speller({}, false)('UBND at 14h30 on 19/7/2021').text).to.equal('UBND at 14h30 on 19/7/2021');
    });

    it('holds the most frequent administrative abbreviations', async () => {
      const { ABBREVIATIONS } = await import('../src/toolbar/listen/abbreviations.js');
      expect(Object.keys(ABBREVIATIONS).length).to.be.at.least(150);
      for (const key of [
        'UBND',
        'HĐND',
        'MTTQ',
        'BCH',
        'NĐ-CP',
        'GD&ĐT',
        'NN&PTNT',
        'LĐ-TB&XH',
        'ĐBSCL',
        'OCOP',
      ]) {
        expect(ABBREVIATIONS, key).to.have.property(key);
      }
    });
  });

  describe('sentences', () => {
    it('never ends a sentence after a title or place abbreviation, nor inside 1.234,5', async () => {
      const root = await fixture<HTMLElement>(`<div lang="vi">${NEWS}</div>`);
      const article = root.querySelector('bantin-article')!;
      await article.updateComplete;
      const texts = sentencesOf(article, 'vi').map((sentence) => sentence.text);
      expect(texts).to.deep.equal([
        'UBND TP. Hồ Chí Minh làm việc với tỉnh',
        'Sáng 19/7/2021, đoàn công tác của UBND TP. Hồ Chí Minh do GS.TS. Nguyễn Văn A dẫn đầu đã làm việc với UBND tỉnh.',
        'Đ/c Trần Văn B phát biểu.',
        'KẾT QUẢ THỰC HIỆN',
        'Năm 2021, tổng thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,5% so với cùng kỳ.',
        'PGS.TS. Lê Thị C, ThS. Phạm D và TS. Hoàng E cùng dự.',
        'Tại TX. Bắc Kạn và Q. 1, các đại biểu đã thảo luận.',
        'Đại biểu HĐND tỉnh khóa XIV trồng 1.200 ha rừng, làm 35 km đường giai đoạn 2021-2025, họp lúc 14h30 tại P. Bến Nghé.',
        'Th.S Nguyễn F',
      ]);
    });
  });

  describe('through the toolbar', () => {
    // The toolbar loads its reading engine and the spoken forms on demand; loading them once
    // here keeps the first test from waiting on the network.
    before(() =>
      Promise.all([
        import('../src/toolbar/listen/listen-controller.js'),
        import('../src/toolbar/listen/spoken.js'),
      ]),
    );

    let speech: FakeSpeech;
    let restore: () => void;
    beforeEach(() => {
      localStorage.clear();
      speech = new FakeSpeech([vietnameseVoice]);
      restore = installSpeech(speech).restore;
    });
    afterEach(() => {
      restore();
      if ('highlights' in CSS) CSS.highlights.clear();
    });

    async function page(content = NEWS): Promise<BantinToolbar> {
      const ui = await mountToolbar(`<div lang="vi"><bantin-toolbar></bantin-toolbar>${content}</div>`);
      await ui.listenOffered(3000);
      return ui.element;
    }

    const listen = (toolbar: BantinToolbar) => toolbarHarness(toolbar).listenButton!.click();
    const started = async (count: number): Promise<FakeUtterance> => {
      await waitUntil(() => speech.started.length >= count, `sentence ${count} did not start`);
      return speech.started[count - 1]!;
    };
    const highlighted = (name = 'bantin-listen') => {
      const highlight = CSS.highlights?.get(name) as unknown as Set<Range> | undefined;
      return highlight
        ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()).join(' ')
        : '';
    };

    it('speaks the newsreader forms, sentence by sentence, and highlights the written words', async () => {
      const toolbar = await page();
      listen(toolbar);
      const first = await started(1);
      expect(first.text).to.equal('Ủy ban nhân dân thành phố Hồ Chí Minh làm việc với tỉnh');
      if ('highlights' in CSS) expect(highlighted()).to.equal('UBND TP. Hồ Chí Minh làm việc với tỉnh');
      speech.finish();
      const second = await started(2);
      expect(second.text).to.equal(
        'Sáng 19 tháng 7 năm 2021, đoàn công tác của Ủy ban nhân dân thành phố Hồ Chí Minh do giáo sư tiến sĩ Nguyễn Văn A dẫn đầu đã làm việc với Ủy ban nhân dân tỉnh.',
      );
      if ('highlights' in CSS) {
        expect(highlighted()).to.equal(
          'Sáng 19/7/2021, đoàn công tác của UBND TP. Hồ Chí Minh do GS.TS. Nguyễn Văn A dẫn đầu đã làm việc với UBND tỉnh.',
        );
        // The voice's word boundary inside "Ủy ban nhân dân" marks "UBND" on the page.
        speech.boundary(second.text.indexOf('Ủy ban'));
        expect(highlighted('bantin-listen-word')).to.equal('UBND');
        speech.boundary(second.text.indexOf('giáo sư'));
        expect(highlighted('bantin-listen-word')).to.equal('GS.TS.');
        speech.boundary(second.text.indexOf('Nguyễn'));
        expect(highlighted('bantin-listen-word')).to.equal('Nguyễn');
      }
      for (let i = 3; i <= 9; i++) {
        speech.finish();
        await started(i);
      }
      expect(speech.spoken.map((utterance) => utterance.text).slice(2)).to.deep.equal([
        'đồng chí Trần Văn B phát biểu.',
        'kết quả thực hiện',
        'Năm 2021, tổng thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,5 phần trăm so với cùng kỳ.',
        'phó giáo sư tiến sĩ Lê Thị C, thạc sĩ Phạm D và tiến sĩ Hoàng E cùng dự.',
        'Tại thị xã Bắc Kạn và quận 1, các đại biểu đã thảo luận.',
        'Đại biểu Hội đồng nhân dân tỉnh khóa 14 trồng 1.200 héc-ta rừng, làm 35 ki-lô-mét đường giai đoạn 2021 đến 2025, họp lúc 14 giờ 30 tại phường Bến Nghé.',
        'thạc sĩ Nguyễn F',
      ]);
      speech.finish();
      await waitUntil(() => liveRegionText(toolbar) === 'Đã đọc hết bài', 'did not finish');
      expect(speech.spoken).to.have.length(9);
    });

    it('changes nothing in the article while it reads the spoken forms', async () => {
      const toolbar = await page();
      const article = toolbar.parentElement!.querySelector('bantin-article')!;
      const before = article.innerHTML;
      listen(toolbar);
      const first = await started(1);
      speech.boundary(0);
      expect(first.text).to.include('Ủy ban nhân dân');
      expect(article.innerHTML).to.equal(before);
    });

    it("reads the portal's pronunciations, which add to and override the built-in list", async () => {
      const toolbar = await page();
      toolbar.pronunciations = { UBND: 'ủy ban', 'Hồ Chí Minh': 'Hồ Chí Minh thân yêu' };
      listen(toolbar);
      const first = await started(1);
      expect(first.text).to.equal('ủy ban thành phố Hồ Chí Minh thân yêu làm việc với tỉnh');
    });

    it('takes pronunciations set while reading from the next sentence', async () => {
      const toolbar = await page();
      listen(toolbar);
      await started(1);
      toolbar.pronunciations = { 'Đ/c': 'đồng chí thân mến', 'GS.TS.': 'giáo sư, tiến sĩ' };
      speech.finish();
      const second = await started(2);
      expect(second.text).to.include('do giáo sư, tiến sĩ Nguyễn Văn A');
      speech.finish();
      expect((await started(3)).text).to.equal('đồng chí thân mến Trần Văn B phát biểu.');
    });

    it('warns about pronunciations that are not text and reads with the built-in list', async () => {
      const toolbar = await page();
      const warnings = captureWarnings();
      try {
        toolbar.pronunciations = { UBND: 42, Kạn: 'Cạn' } as unknown as Record<string, string>;
        listen(toolbar);
        const first = await started(1);
        expect(first.text).to.equal('Ủy ban nhân dân thành phố Hồ Chí Minh làm việc với tỉnh');
        expect(warnings.messages.join('\n')).to.match(/<bantin-toolbar> pronunciations: "UBND"/);
        speech.finish();
        await started(2);
        (toolbar as unknown as { pronunciations: unknown }).pronunciations = 'UBND=ủy ban';
        toolbarHarness(toolbar).part('listen-stop')!.click();
        await nextFrame();
        listen(toolbar);
        await started(3);
        expect(warnings.messages.join('\n')).to.match(/<bantin-toolbar> pronunciations: expected an object/);
      } finally {
        warnings.restore();
      }
    });
  });
});
