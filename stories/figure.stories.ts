import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  loading: 'lazy' | 'eager';
}

const CAPTION =
  'Chủ tịch UBND tỉnh Nguyễn Đăng Bình trao tặng Bằng khen cho cá nhân điển hình tiên tiến tại Hội nghị tuyên dương thanh niên tiên tiến làm theo lời Bác giai đoạn 2017 - 2022';

const meta: Meta<Args> = {
  title: 'Elements/Figure',
  component: 'bantin-figure',
  tags: ['autodocs'],
  args: {
    src: 'images/le-trao-bang-khen.svg',
    alt: 'Hình minh hoạ: ba người đứng trên sân khấu có phông đỏ, hai người cầm Bằng khen',
    width: 1200,
    height: 675,
    caption: 'Chủ tịch UBND tỉnh trao tặng Bằng khen cho cá nhân điển hình tiên tiến',
    credit: '',
    loading: 'eager',
  },
  argTypes: { loading: { control: 'inline-radio', options: ['lazy', 'eager'] } },
  render: (args) => html`
    <div style="max-inline-size: 40rem">
      <bantin-figure
        src=${args.src}
        alt=${args.alt}
        width=${args.width}
        height=${args.height}
        caption=${args.caption}
        credit=${args.credit}
        loading=${args.loading}
      ></bantin-figure>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component: `
A captioned image. Slot an \`<img>\` so it shows without JavaScript, or set \`src\`:

\`\`\`html
<bantin-figure>
  <img src="/uploads/anh.jpg" alt="…" width="1200" height="675" />
  <p slot="caption">Chú thích ảnh…</p>
</bantin-figure>
\`\`\`

**Screen readers hear:** a figure named by its caption, holding an image named by its
alt text.

**Layout:** \`width\` and \`height\` reserve the image's box before it loads (no layout
shift); images load lazily. If the image fails, its alt text shows in its place and the
caption stays.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithCredit: Story = { args: { credit: 'Sở Nội vụ' } };

export const LongCaption: Story = { args: { caption: CAPTION } };

export const BrokenImage: Story = {
  name: 'Broken image: alt text shown, caption kept',
  args: { src: 'images/missing-photo.jpg' },
};

export const SlottedImage: Story = {
  name: 'Slotted <img> and caption (works without JavaScript)',
  render: () => html`
    <div style="max-inline-size: 40rem">
      <bantin-figure>
        <img
          src="images/trao-giay-khen.svg"
          alt="Hình minh hoạ: sáu người đứng thành hàng trên sân khấu, năm người cầm Giấy khen"
          width="1200"
          height="675"
        />
        <p slot="caption">
          Giám đốc Sở Nội vụ Lê Văn Hội tặng Giấy khen cho các cá nhân điển hình tiên tiến giai đoạn 2021 -
          2023
        </p>
      </bantin-figure>
    </div>
  `,
};

export const Enlargeable: Story = {
  name: 'Enlargeable: opens in a modal dialog',
  render: (args) => html`
    <div style="max-inline-size: 40rem">
      <bantin-figure
        enlargeable
        src=${args.src}
        alt=${args.alt}
        width=${args.width}
        height=${args.height}
        caption=${args.caption}
      ></bantin-figure>
    </div>
  `,
};

export const English: Story = { globals: { locale: 'en' }, args: { src: 'images/missing-photo.jpg' } };
