import type { Meta, StoryObj } from '@storybook/web-components-vite';

const CAPTION =
  'Chủ tịch UBND tỉnh Nguyễn Đăng Bình trao tặng Bằng khen cho cá nhân điển hình tiên tiến tại Hội nghị tuyên dương thanh niên tiên tiến làm theo lời Bác giai đoạn 2017 - 2022';

// Controls, docs tables, markup and "Show code" come from the manifest (stories/manifest.ts).
const meta: Meta = {
  title: 'Elements/Figure',
  component: 'bantin-figure',
  tags: ['autodocs'],
  args: {
    src: 'images/le-trao-bang-khen.svg',
    alt: 'Hình minh hoạ: ba người đứng trên sân khấu có phông đỏ, hai người cầm Bằng khen',
    width: 1200,
    height: 675,
    caption: 'Chủ tịch UBND tỉnh trao tặng Bằng khen cho cá nhân điển hình tiên tiến',
    loading: 'eager',
  },
  parameters: {
    bantin: { maxWidth: '40rem' },
    docs: {
      description: {
        component: `
A captioned image. Slot an \`<img>\` so it shows without JavaScript, or set \`src\`.

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

type Story = StoryObj;

export const Default: Story = {};

export const WithCredit: Story = { args: { credit: 'Sở Nội vụ' } };

export const LongCaption: Story = { args: { caption: CAPTION } };

export const BrokenImage: Story = {
  name: 'Broken image: alt text shown, caption kept',
  args: { src: 'images/missing-photo.jpg' },
};

export const SlottedImage: Story = {
  name: 'Slotted <img> and caption (works without JavaScript)',
  args: { src: undefined, alt: undefined, width: undefined, height: undefined, caption: undefined },
  parameters: {
    bantin: {
      maxWidth: '40rem',
      children: `<img
  src="images/trao-giay-khen.svg"
  alt="Hình minh hoạ: sáu người đứng thành hàng trên sân khấu, năm người cầm Giấy khen"
  width="1200"
  height="675"
/>
<p slot="caption">
  Giám đốc Sở Nội vụ Lê Văn Hội tặng Giấy khen cho các cá nhân điển hình tiên tiến giai đoạn 2021 - 2023
</p>`,
    },
  },
};

export const Enlargeable: Story = {
  name: 'Enlargeable: opens in a modal dialog',
  args: { enlargeable: true },
};

export const English: Story = { globals: { locale: 'en' }, args: { src: 'images/missing-photo.jpg' } };
