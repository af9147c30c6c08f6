import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle, BantinFontScaler } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';
import { captureWarnings, fontPx } from './helpers.js';

/** Portal markup as CMSs serve it: px rules with !important, Word paste, <font>, px line heights. */
const PORTAL = `
  <style>
    .ViewData p { font-size: 14px !important; line-height: 20px; }
    .ViewData h2 { font-size: 17px; }
    .ViewData .Normal { font-size: 12px; }
    .ViewData td { font-size: 9pt; }
  </style>
  <bantin-font-scaler for="ViewData"></bantin-font-scaler>
  <div id="ViewData" class="ViewData">
    <div class="Normal">
      <h2>Thực hiện đồng bộ cả 4 khâu</h2>
      <p>Theo đánh giá của Sở Nội vụ, các cơ quan đã xây dựng kế hoạch.</p>
      <p class="MsoNormal"><span style="font-size:13.0pt;line-height:115%">Công tác tuyên truyền được chú trọng.</span></p>
      <p><font size="3">Sở Nội vụ cho biết, trong giai đoạn 2021 - 2023.</font></p>
      <div>Tin khác: <span style="font-size: small">Bích Huệ</span></div>
      <table><tr><td>Số liệu</td><td>2023</td></tr></table>
    </div>
  </div>`;

function textElements(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    ),
  );
}

async function portal() {
  const root = await fixture<HTMLElement>(`<div>${PORTAL}</div>`);
  const container = root.querySelector<HTMLElement>('#ViewData')!;
  const scaler = root.querySelector<BantinFontScaler>('bantin-font-scaler')!;
  await scaler.updateComplete;
  const button = (words: string) => scalerHarness(scaler).buttonNamed(words);
  return { root, container, scaler, button };
}

describe('portal markup named by for', () => {
  it('doubles every piece of text at 200 %, keeping the portal’s relative sizes', async () => {
    const { container, scaler, button } = await portal();
    const elements = textElements(container);
    const before = elements.map(fontPx);
    expect(before).to.include.members([14, 17, 12]);
    for (let i = 0; i < 5; i++) {
      button('Tăng cỡ chữ').click();
      await scaler.updateComplete;
    }
    expect(scaler.value).to.equal(2);
    elements.forEach((element, index) => {
      expect(fontPx(element) / before[index]!, element.outerHTML.slice(0, 60)).to.be.closeTo(2, 0.02);
    });
    expect(scalerHarness(scaler).announcement).to.equal('Cỡ chữ 200%');
  });

  it('turns px line heights into ratios, so lines never overlap', async () => {
    const { container, scaler } = await portal();
    const paragraph = container.querySelector('p')!;
    scaler.value = 2;
    await scaler.updateComplete;
    expect(parseFloat(getComputedStyle(paragraph).lineHeight)).to.be.at.least(fontPx(paragraph));
  });

  it('leaves no inline !important text spacing at 200 %: a reader’s own spacing can win (axe)', async () => {
    const { container, scaler } = await portal();
    scaler.value = 2;
    await scaler.updateComplete;
    expect(parseFloat(getComputedStyle(container.querySelector('p')!).lineHeight)).to.be.at.least(
      1.5 * fontPx(container.querySelector('p')!) - 0.5,
    );
    await expect(container).to.be.accessible();
  });

  it('applies nothing at 100 %: a stylesheet added later decides the sizes alone', async () => {
    const { root, container, scaler } = await portal();
    const paragraph = container.querySelector('p')!;
    scaler.value = 1.5;
    await scaler.updateComplete;
    scaler.value = 1;
    await scaler.updateComplete;
    const late = document.createElement('style');
    late.textContent = '.ViewData p { font-size: 19px !important; line-height: 27px; }';
    root.append(late);
    expect(fontPx(paragraph)).to.equal(19);
    expect(getComputedStyle(paragraph).lineHeight).to.equal('27px');
    // And at 200 % it is twice what the page now says.
    scaler.value = 2;
    await scaler.updateComplete;
    expect(fontPx(paragraph)).to.be.closeTo(38, 0.01);
    expect(parseFloat(getComputedStyle(paragraph).lineHeight)).to.be.closeTo(57, 0.01);
  });

  it('returns every element to its own size on reset (±0.5 px)', async () => {
    const { container, scaler, button } = await portal();
    const elements = textElements(container);
    const before = elements.map(fontPx);
    scaler.value = 1.75;
    await scaler.updateComplete;
    button('Cỡ chữ mặc định').click();
    await scaler.updateComplete;
    elements.forEach((element, index) => expect(fontPx(element)).to.be.closeTo(before[index]!, 0.5));
  });

  it('scales content that AJAX puts in later, and a target replaced wholesale', async () => {
    const { root, container, scaler } = await portal();
    scaler.value = 1.5;
    await scaler.updateComplete;
    container.insertAdjacentHTML(
      'beforeend',
      '<p class="MsoNormal"><span style="font-size:13pt">Mới</span></p>',
    );
    await Promise.resolve();
    expect(fontPx(container.querySelector('p:last-of-type span')!)).to.be.closeTo(13 * (4 / 3) * 1.5, 0.2);

    // An UpdatePanel replaces the whole block, id and all.
    const replacement = document.createElement('div');
    replacement.id = 'ViewData';
    replacement.className = 'ViewData';
    replacement.innerHTML = '<p>Nội dung mới</p>';
    container.replaceWith(replacement);
    // The scaler notices the replacement through a MutationObserver, then takes it in.
    await waitUntil(
      () => root.querySelector<HTMLElement>('#ViewData p')!.style.length > 0,
      'the replacement was not taken in',
    );
    await scaler.updateComplete;
    expect(fontPx(root.querySelector('#ViewData p')!)).to.be.closeTo(21, 0.2);
  });

  it('wraps a long address at 200 % instead of scrolling sideways', async () => {
    const root = await fixture<HTMLElement>(`
      <div style="width: 320px">
        <bantin-font-scaler for="ViewData-long"></bantin-font-scaler>
        <div id="ViewData-long"><p style="font-size: 14px">Xem tại https://sonoivu.example.gov.vn/tin-tuc/quan-tam-xay-dung-nhan-rong-mo-hinh-guong-dien-hinh</p></div>
      </div>`);
    const scaler = root.querySelector<BantinFontScaler>('bantin-font-scaler')!;
    await scaler.updateComplete;
    const container = root.querySelector<HTMLElement>('#ViewData-long')!;
    scaler.value = 2;
    await scaler.updateComplete;
    expect(container.scrollWidth).to.be.at.most(container.clientWidth);
  });

  it('writes nothing at 100 %, then through the CSSOM only: a later change is one custom property', async () => {
    const { container, scaler } = await portal();
    const paragraph = container.querySelector('p')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The portal's own inline sizes aside, no style attribute; on the target, the scale.
    expect(
      [...container.querySelectorAll('[style]')].filter(
        (element) => !element.matches('[style*="font-size"]'),
      ),
      'nothing written at 100 %',
    ).to.deep.equal([]);
    expect(container.getAttribute('style')).to.equal('--bantin-font-scale: 1;');
    expect(container.hasAttribute('data-bantin-scaled')).to.be.false;
    // The first change away from 100 % measures the page as it is now.
    scaler.value = 1.1;
    await scaler.updateComplete;
    expect(paragraph.style.getPropertyValue('--_bantin-fs')).to.equal('14px');
    const styleBefore = paragraph.getAttribute('style');
    scaler.value = 1.25;
    await scaler.updateComplete;
    expect(paragraph.getAttribute('style'), 'a change writes nothing on the paragraph').to.equal(styleBefore);
    expect(container.style.getPropertyValue('--bantin-font-scale')).to.equal('1.25');
  });

  it('says so, and warns, when the text lives where bantin cannot reach it', async () => {
    const warnings = captureWarnings();
    try {
      // A portal widget that renders the article in its own shadow root, sized in px.
      const root = await fixture<HTMLElement>(`
        <div>
          <bantin-font-scaler for="widget-body"></bantin-font-scaler>
          <div id="widget-body"><div class="portal-widget"></div></div>
        </div>`);
      root.querySelector('.portal-widget')!.attachShadow({ mode: 'open' }).innerHTML =
        '<style>p { font-size: 14px }</style><p>Văn bản trong shadow root của một widget khác</p>';
      const scaler = root.querySelector<BantinFontScaler>('bantin-font-scaler')!;
      await scaler.updateComplete;
      scalerHarness(scaler).buttonNamed('Tăng cỡ chữ').click();
      await scaler.updateComplete;
      expect(scalerHarness(scaler).announcement).to.equal('Không thay đổi được cỡ chữ trên trang này');
      expect(warnings.messages.join('\n')).to.contain('<bantin-font-scaler> for: the text of #widget-body');
    } finally {
      warnings.restore();
    }
  });
});

describe('<bantin-article> inside a portal stylesheet', () => {
  async function article() {
    const root = await fixture<HTMLElement>(`
      <div class="ViewData">
        <style>
          .ViewData p, .ViewData span { font-size: 14px !important; line-height: 18px !important; }
          .ViewData h1, .ViewData h2 { font-size: 15px; }
        </style>
        <bantin-font-scaler></bantin-font-scaler>
        <bantin-article>
          <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình</h1>
          <div class="ExternalClass">
            <h2>Thực hiện đồng bộ cả 4 khâu</h2>
            <p class="MsoNormal"><span style="font-size:13.0pt;line-height:115%">Theo đánh giá của Sở Nội vụ, các cơ quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình tiên tiến một cách cụ thể.</span></p>
            <p class="MsoNormal"><b><span style="font-size:18.0pt !important">Tiểu mục dán từ Word</span></b></p>
            <p><font size="2">Trong quá trình tổ chức thực hiện các phong trào thi đua, các cơ quan đã quan tâm tổ chức đánh giá.</font></p>
          </div>
        </bantin-article>
      </div>`);
    const scaler = root.querySelector<BantinFontScaler>('bantin-font-scaler')!;
    await scaler.updateComplete;
    await root.querySelector<BantinArticle>('bantin-article')!.updateComplete;
    const body = root.querySelector('.MsoNormal span')!;
    return { root, scaler, body };
  }

  it('sets its own readable size over the portal’s px rules and Word’s inline sizes', async () => {
    const { root, body } = await article();
    const rootPx = fontPx(document.documentElement);
    expect(fontPx(body)).to.be.closeTo(1.125 * rootPx, 0.01);
    expect(fontPx(root.querySelector('font')!)).to.be.closeTo(1.125 * rootPx, 0.01);
    expect(parseFloat(getComputedStyle(body).lineHeight) / fontPx(body)).to.be.closeTo(1.7, 0.01);
    expect(fontPx(root.querySelector('h2')!)).to.be.above(fontPx(body));
    expect(fontPx(root.querySelector('h1')!)).to.be.above(fontPx(root.querySelector('h2')!));
  });

  it('keeps a pasted heading bigger than the body text', async () => {
    const { root, body } = await article();
    expect(fontPx(root.querySelector('b span')!)).to.be.above(fontPx(body) * 1.2);
  });

  it('doubles every part at 200 % and comes back exactly on reset', async () => {
    const { root, scaler } = await article();
    const parts = [
      ...root.querySelectorAll('bantin-article h1, bantin-article h2, bantin-article span, font'),
    ];
    const before = parts.map(fontPx);
    scaler.value = 2;
    await scaler.updateComplete;
    parts.forEach((part, index) =>
      expect(fontPx(part) / before[index]!, part.outerHTML.slice(0, 50)).to.be.closeTo(2, 0.02),
    );
    scaler.reset();
    await scaler.updateComplete;
    parts.forEach((part, index) => expect(fontPx(part)).to.be.closeTo(before[index]!, 0.5));
  });
});
