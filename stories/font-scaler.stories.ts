import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SAMPLE_ARTICLE } from './support.js';

// Controls, docs tables, markup and "Show code" come from the manifest (stories/manifest.ts).
const meta: Meta = {
  title: 'Elements/Font scaler',
  component: 'bantin-font-scaler',
  tags: ['autodocs'],
  parameters: {
    bantin: { after: SAMPLE_ARTICLE },
    docs: {
      description: {
        component: `
Buttons that decrease, reset and increase the text size of an article, one step of the
browser-zoom ladder at a time (90 % to 200 %). Without \`for\`, it scales every
\`<bantin-article>\` on the page.

**Keyboard:** Tab reaches each button; Enter or Space acts. At a bound the button stays
focusable and is marked \`aria-disabled\`, so focus is never lost.

**Screen readers hear:** a group "Cỡ chữ" with the buttons "A− Giảm cỡ chữ",
"A Cỡ chữ mặc định", "A+ Tăng cỡ chữ" (each name begins with its visible glyph, WCAG
2.5.3), and after each press a polite announcement: "Cỡ chữ 110%", or "Đã ở cỡ chữ lớn
nhất, 200%" at the top.

**Theming:** the custom properties and parts below; the buttons are at least 44 × 44 px
(\`--bantin-target-size\`).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const AtMinimum: Story = { args: { value: 0.9 } };

export const AtMaximum: Story = { args: { value: 2 } };

export const ClippedLevels: Story = {
  name: 'Levels clipped by min and max',
  args: { levels: '0.9 1 1.1 1.25 1.5 1.75 2', min: 1, max: 1.5 },
};

export const Compact: Story = { args: { compact: true } };

export const English: Story = { globals: { locale: 'en' } };

export const BadAttributes: Story = {
  name: 'Bad attributes fall back (see the console warnings)',
  args: { levels: 'big bigger', min: 2, max: 0.9 },
};
