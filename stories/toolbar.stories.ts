import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { freshStorageKey, sampleArticle } from './support.js';

interface Args {
  date: string;
  actions: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Toolbar',
  component: 'bantin-toolbar',
  tags: ['autodocs'],
  args: { date: '23/05/2023', actions: 'print share', compact: false },
  render: (args, context) => html`
    <bantin-toolbar
      date=${args.date}
      actions=${args.actions}
      ?compact=${args.compact}
      for="toolbar-${context.id}"
      storage-key=${freshStorageKey(context.id)}
    ></bantin-toolbar>
    ${sampleArticle(`toolbar-${context.id}`)}
  `,
  parameters: {
    docs: {
      description: {
        component: `
The bulletin toolbar: publication date, text size, print and share, plus the portal's
own actions.

\`\`\`html
<bantin-toolbar date="23/05/2023" for="noi-dung">
  <button type="button">Gửi email</button>
</bantin-toolbar>
\`\`\`

**Keyboard (WAI-ARIA APG toolbar):** the toolbar is one Tab stop. ←/→ move between its
controls (the scaler's buttons, print, share and the portal's own), Home/End go to the
first/last, Enter/Space act. Tabbing back in returns to the control last used.

**Screen readers hear:** the date with its label "Ngày đăng", a toolbar "Công cụ bản
tin", and after sharing, "Đã sao chép liên kết bài viết" where the link was copied.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithPortalAction: Story = {
  name: "With the portal's own action",
  render: (args, context) => html`
    <bantin-toolbar date=${args.date} actions=${args.actions} storage-key=${freshStorageKey(context.id)}>
      <button type="button">Gửi email</button>
    </bantin-toolbar>
  `,
};

export const PrintOnly: Story = { args: { actions: 'print' } };

export const Compact: Story = { args: { compact: true } };

export const English: Story = { globals: { locale: 'en' } };

export const Narrow320: Story = {
  name: 'Narrow, 320 px',
  render: (args, context) =>
    html`<div style="max-inline-size: 320px; outline: 1px dashed #888">
      <bantin-toolbar date=${args.date} storage-key=${freshStorageKey(context.id)}></bantin-toolbar>
    </div>`,
};

export const ImpossibleDate: Story = {
  name: 'Impossible date shown as written (see the console warning)',
  args: { date: '31/02/2023' },
};
