import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import demoPage from '../demo/index.html?raw';

// The story renders the demo page's own markup, so the two never drift apart. It is
// this repository's static file, not outside input.
const main = new DOMParser().parseFromString(demoPage, 'text/html').querySelector('main')!;

const meta: Meta = {
  title: 'Sample article',
  tags: ['autodocs'],
  render: () => html`<div style="max-inline-size: 48rem; margin: 0 auto">${unsafeHTML(main.innerHTML)}</div>`,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: 'The whole sample article from a provincial portal, as `demo/index.html` renders it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Whole: Story = {};

export const At200Percent: Story = { name: 'At 200 %', globals: { scale: '2' } };

export const Narrow320At200: Story = {
  name: 'Narrow, 320 px at 200 %',
  globals: { scale: '2' },
  render: () => html`<div style="max-inline-size: 320px">${unsafeHTML(main.innerHTML)}</div>`,
};

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { name: 'Dark colour scheme', globals: { theme: 'dark' } };

export const HighContrast: Story = { name: 'High contrast tokens', globals: { theme: 'high-contrast' } };
