import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import demoPage from '../demo/index.html?raw';
import { SCRIPT_TAG } from './manifest.js';

// The story renders the demo page's own markup, so the two never drift apart. It is
// this repository's static file, not outside input.
const main = new DOMParser().parseFromString(demoPage, 'text/html').querySelector('main')!;

const meta: Meta = {
  title: 'Sample article',
  tags: ['autodocs'],
  render: () => html`${unsafeHTML(main.innerHTML)}`,
  parameters: {
    layout: 'fullscreen',
    bantin: { maxWidth: '48rem' },
    docs: {
      // What the portal pastes: the script tag and the demo page's article markup.
      source: { transform: () => `${SCRIPT_TAG}\n${main.innerHTML.trim()}` },
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
  parameters: { bantin: { maxWidth: '320px' } },
};

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { name: 'Dark colour scheme', globals: { theme: 'dark' } };

export const HighContrast: Story = { name: 'High contrast tokens', globals: { theme: 'high-contrast' } };
