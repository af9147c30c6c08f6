import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SAMPLE_ARTICLE } from './support.js';

// Controls, docs tables, markup and "Show code" come from the manifest (stories/manifest.ts).
const meta: Meta = {
  title: 'Elements/Toolbar',
  component: 'bantin-toolbar',
  tags: ['autodocs'],
  args: { date: '23/05/2023' },
  parameters: {
    bantin: { after: SAMPLE_ARTICLE },
    docs: {
      description: {
        component: `
The bulletin toolbar: publication date, text size, print and share, plus the portal's
own actions (buttons or links inside it).

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

type Story = StoryObj;

export const Default: Story = {};

export const WithPortalAction: Story = {
  name: "With the portal's own action",
  parameters: { bantin: { children: '<button type="button">Gửi email</button>' } },
};

export const PrintOnly: Story = { args: { actions: 'print' } };

export const Compact: Story = { args: { compact: true } };

export const English: Story = { globals: { locale: 'en' } };

export const Narrow320: Story = { name: 'Narrow, 320 px', parameters: { bantin: { maxWidth: '320px' } } };

export const ImpossibleDate: Story = {
  name: 'Impossible date shown as written (see the console warning)',
  args: { date: '31/02/2023' },
};

export const Themed: Story = {
  name: 'Themed through tokens',
  args: {
    '--bantin-control-background': '#fff7e6',
    '--bantin-control-border-color': '#8a5300',
    '--bantin-focus-color': '#b35900',
    '--bantin-toolbar-border-color': '#8a5300',
  },
};
