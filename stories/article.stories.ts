import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleArticle } from './support.js';

const meta: Meta = {
  title: 'Elements/Article',
  component: 'bantin-article',
  tags: ['autodocs'],
  render: (_args, context) => sampleArticle(`article-${context.id}`),
  parameters: {
    docs: {
      description: {
        component: `
The frame of one article. Its words stay in the page's own HTML, slotted in: they read
without JavaScript, are indexed and work in reader modes.

\`\`\`html
<bantin-article>
  <h1 slot="title">Tiêu đề bài viết</h1>
  <p slot="lead">Tóm tắt (sapo)…</p>
  <h2>Mục</h2>
  <p>Nội dung…</p>
  <p slot="byline">Tác giả</p>
</bantin-article>
\`\`\`

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
  render: (_args, context) =>
    html`<div style="max-inline-size: 320px; outline: 1px dashed #888">
      ${sampleArticle(`article-${context.id}`)}
    </div>`,
};

export const WithMetaAndList: Story = {
  name: 'Meta, list and quote',
  render: () => html`
    <bantin-article>
      <h1 slot="title">Kế hoạch 458/KH-UBND</h1>
      <p slot="meta">Sở Nội vụ · 23/05/2023</p>
      <p slot="lead">Bốn khâu của công tác nhân rộng điển hình tiên tiến.</p>
      <ol>
        <li>Phát hiện</li>
        <li>Bồi dưỡng</li>
        <li>Tổng kết</li>
        <li>Nhân rộng</li>
      </ol>
      <blockquote>Thi đua là yêu nước, yêu nước thì phải thi đua.</blockquote>
      <p slot="byline">Bích Huệ</p>
    </bantin-article>
  `,
};
