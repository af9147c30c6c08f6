import type { Meta, StoryObj } from '@storybook/web-components-vite';
import demoPage from '../demo/index.html?raw';
import readme from '../README.md?raw';
import { isolate, SCRIPT_TAG } from './manifest.js';

// The story renders the demo page's own markup, so the two never drift apart. It is
// this repository's static file, not outside input.
const main = new DOMParser().parseFromString(demoPage, 'text/html').querySelector('main')!;

/**
 * The `<head>` lines the README tells a portal to paste, in its order: the prepaint
 * stylesheet and script (the first paint at the reader's size), then the bundle.
 */
export const HEAD_TAGS = (() => {
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((code) => code.includes('bantin-prepaint.css') && code.includes('bantin.bundle.js'));
  const lines = (block ?? '').split('\n').filter((line) => /<(link|script)\b.*\/assets\/bantin\//.test(line));
  return lines.length >= 3 ? lines.map((line) => line.trim()) : [SCRIPT_TAG];
})();

const meta: Meta = {
  title: 'Sample article',
  tags: ['autodocs'],
  render: (_args, context) => {
    const holder = document.createElement('div');
    holder.innerHTML = main.innerHTML;
    isolate(holder, context.id);
    return holder;
  },
  parameters: {
    layout: 'fullscreen',
    bantin: { maxWidth: '48rem' },
    docs: {
      // What the portal pastes: the prepaint pair and the bundle in its <head>, then the
      // demo page's article markup.
      source: {
        transform: () =>
          `<!-- In the page's <head>, after the portal's own stylesheets: -->\n${HEAD_TAGS.join('\n')}\n\n` +
          `<!-- In the page's body: -->\n${main.innerHTML.replace(/^\s*\n|\s+$/g, '').replace(/^ {6}/gm, '')}`,
      },
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

export const ForcedColours: Story = { name: 'Forced colours (emulated)', globals: { theme: 'forced' } };
