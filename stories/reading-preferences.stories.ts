import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BantinToolbar } from '../src/index.js';

const KEY = 'bantin:reading';

/** A short article with a link and a figure, with an id the toolbar's `for` can name. */
const sampleArticle = (id: string) => html`
  <bantin-article id=${id}>
    <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình, gương điển hình tiên tiến</h1>
    <p slot="lead">
      Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm của các phong trào thi đua yêu nước.
    </p>
    <h2>Thực hiện đồng bộ cả 4 khâu</h2>
    <p>
      Theo đánh giá của Sở Nội vụ, các cơ quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình
      tiên tiến một cách cụ thể, bám sát vào <a href="#ke-hoach">Kế hoạch 458/KH-UBND</a>.
    </p>
    <bantin-figure caption="Lễ trao Bằng khen cho các cá nhân điển hình tiên tiến">
      <img src="images/le-trao-bang-khen.svg" alt="Ba người đứng trên sân khấu" width="1200" height="675" />
    </bantin-figure>
    <p>
      Công tác tuyên truyền các nhân tố, điển hình tiên tiến được đặc biệt chú trọng trên báo in, báo điện tử,
      phát thanh và truyền hình.
    </p>
    <p slot="byline">Bích Huệ</p>
  </bantin-article>
`;

/**
 * The reader's choice lives in localStorage, shared by every story, as on a portal: each
 * story stores its own and puts back what was there.
 */
const meta: Meta = {
  title: 'Elements/Toolbar/Display',
  component: 'bantin-toolbar',
  beforeEach: ({ parameters }) => {
    const before = localStorage.getItem(KEY);
    const reading = parameters['reading'] as object | undefined;
    if (reading) localStorage.setItem(KEY, JSON.stringify(reading));
    else localStorage.removeItem(KEY);
    return () => (before === null ? localStorage.removeItem(KEY) : localStorage.setItem(KEY, before));
  },
  render: (_args, context) => html`
    <bantin-toolbar date="23/05/2023" for="display-${context.id}"></bantin-toolbar>
    ${sampleArticle(`display-${context.id}`)}
  `,
  parameters: {
    docs: {
      description: {
        component: `
"Hiển thị" opens a panel of reading preferences: colours (default, dark, high contrast,
sepia), spacing (default, wide: WCAG 1.4.12) and font (sans-serif, serif). The choice
applies to the article, is kept in \`localStorage\` (\`bantin:reading\`), follows other
tabs and is applied before the first paint by the prepaint pair. See the
[Reading preferences](?path=/docs/reading-preferences--docs) page.

\`\`\`html
<bantin-toolbar date="23/05/2023" actions="print share listen display"></bantin-toolbar>
<bantin-article>…</bantin-article>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Opens the panel as a reader would, so the story shows it. */
const openPanel: Story['play'] = async ({ canvasElement }) => {
  const toolbar = canvasElement.querySelector<BantinToolbar>('bantin-toolbar')!;
  await toolbar.updateComplete;
  await toolbar.openDisplay();
};

export const PanelOpen: Story = { name: 'The panel, open', play: openPanel };

export const Dark: Story = { name: 'Nền tối (dark)', parameters: { reading: { theme: 'dark' } } };

export const HighContrast: Story = {
  name: 'Tương phản cao (high contrast)',
  parameters: { reading: { theme: 'high-contrast' } },
};

export const Sepia: Story = { name: 'Nền vàng (sepia)', parameters: { reading: { theme: 'sepia' } } };

export const WideSerif: Story = {
  name: 'Rộng and Có chân (wide spacing, serif)',
  parameters: { reading: { spacing: 'wide', font: 'serif' } },
};

export const English: Story = { globals: { locale: 'en' }, play: openPanel };

/** A portal's own markup, named by `for`: its stylesheet's colours give way to the theme. */
export const PortalMarkup: Story = {
  name: 'On a portal’s own markup (for), dark',
  parameters: { reading: { theme: 'dark', spacing: 'wide' } },
  render: (_args, context) => html`
    <bantin-toolbar date="23/05/2023" for="portal-${context.id}"></bantin-toolbar>
    <div id="portal-${context.id}" class="ViewData">
      <div class="Title" style="color: #b30000; font-weight: bold; font-size: 20px">
        Quan tâm xây dựng, nhân rộng mô hình, gương điển hình tiên tiến
      </div>
      <p style="font-size: 14px; line-height: 20px">
        Theo đánh giá của Sở Nội vụ, căn cứ nội dung Kế hoạch 458/KH-UBND ngày 19/7/2021 của UBND tỉnh, các cơ
        quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình tiên tiến.
      </p>
      <p style="color: #555; font-style: italic; text-align: center">
        Chủ tịch UBND tỉnh trao tặng Bằng khen cho cá nhân điển hình tiên tiến
      </p>
    </div>
  `,
};
