import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SAMPLE_ARTICLE_CONTENT } from './support.js';

// Controls, docs tables, markup and "Show code" come from the manifest (stories/manifest.ts).
const meta: Meta = {
  title: 'Elements/Article',
  component: 'bantin-article',
  tags: ['autodocs'],
  parameters: {
    bantin: { children: SAMPLE_ARTICLE_CONTENT },
    docs: {
      description: {
        component: `
The frame of one article. Its words stay in the page's own HTML, slotted in: they read
without JavaScript, are indexed and work in reader modes.

**Screen readers hear:** an article named by its headline (the \`title\` slot), with the
page's own headings inside.

**Scaling:** every part is sized in \`em\` of one font size,
\`calc(var(--bantin-font-scale) × 1.125rem)\`, so a scaler changes one custom property and
the reader's browser default still counts. Line height 1.7 leaves room for stacked
Vietnamese diacritics; lines hold about 70 characters.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const At200Percent: Story = { name: 'At 200 %', globals: { scale: '2' } };

export const Narrow320: Story = {
  name: 'Narrow, 320 px at 200 %',
  globals: { scale: '2' },
  parameters: { bantin: { children: SAMPLE_ARTICLE_CONTENT, maxWidth: '320px' } },
};

export const WithMetaAndList: Story = {
  name: 'Meta, list and quote',
  parameters: {
    bantin: {
      children: `<h1 slot="title">Kế hoạch 458/KH-UBND</h1>
<p slot="meta">Sở Nội vụ · 23/05/2023</p>
<p slot="lead">Bốn khâu của công tác nhân rộng điển hình tiên tiến.</p>
<ol>
  <li>Phát hiện</li>
  <li>Bồi dưỡng</li>
  <li>Tổng kết</li>
  <li>Nhân rộng</li>
</ol>
<blockquote>Thi đua là yêu nước, yêu nước thì phải thi đua.</blockquote>
<p slot="byline">Bích Huệ</p>`,
    },
  },
};

// What a portal's editor stores: a Word paste through CKEditor, with points typed the
// Vietnamese way (a) … đ) … g)), steps "1)" and a table.
const CMS_BODY = `<p class="MsoNormal"><span style="font-size:13pt;font-family:'Times New Roman'">Nghị quyết quy định các mức hỗ trợ sau:</span></p>
<p>a) Hỗ trợ 100% học phí cho học sinh hộ nghèo;</p>
<p>b) Hỗ trợ 50% học phí cho học sinh hộ cận nghèo;</p>
<p>c) Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo;</p>
<p>d) Hỗ trợ sách giáo khoa;</p>
<p>đ) Hỗ trợ đồ dùng học tập;</p>
<p>e) Hỗ trợ chi phí đi lại cho học sinh ở xa trường.</p>
<p>Thủ tục gồm ba bước:</p>
<p>1) Nộp hồ sơ tại Bộ phận một cửa;</p>
<p>2) Nhận phiếu hẹn;</p>
<p>3) Nhận kết quả.</p>
<table border="1" style="width:600px"><tr><td><b>Đối tượng</b></td><td><b>Mức hỗ trợ</b></td></tr>
<tr><td>Hộ nghèo</td><td>100%</td></tr><tr><td>Hộ cận nghèo</td><td>50%</td></tr></table>`;

export const FromACmsBody: Story = {
  name: 'From a CMS body (content)',
  parameters: {
    bantin: {
      children: `<h1 slot="title">Hỗ trợ học phí năm học 2024 – 2025</h1>
<p>Nội dung đang tải.</p>`,
    },
    docs: {
      description: {
        story:
          'The `content` property given what an editor stored: sanitized, Word’s sizes and fonts removed, typed points and steps made lists that keep their markers as written ("a)", "đ)", "1)"), the table in a region that scrolls sideways on a phone.',
      },
    },
  },
  args: { content: CMS_BODY },
};

export const Themed: Story = {
  name: 'Themed through tokens',
  args: {
    '--bantin-color-text': '#14213d',
    '--bantin-article-measure': '48ch',
    '--bantin-font-family': 'Georgia, serif',
  },
};
