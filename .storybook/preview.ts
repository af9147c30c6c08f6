import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/bantin.js';
import { argTypesFor, renderElement, sourceFor, type StoryContent } from '../stories/manifest.js';
import './preview.css';

// The docs tables (attributes, properties, events, slots, parts, custom properties),
// the controls, each story's markup and its "Show code" come from the manifest the
// analyzer generates from the elements' JSDoc (stories/manifest.ts).
setCustomElementsManifest(manifest);

const contentOf = (parameters: Record<string, unknown>) => (parameters.bantin ?? {}) as StoryContent;

/** Token sets a portal would set on its own page; "high contrast" imitates a Windows contrast theme. */
const themes: Record<string, Record<string, string>> = {
  light: { colorScheme: 'light', background: '#ffffff', color: '#1a1a1a' },
  dark: {
    colorScheme: 'dark',
    background: '#121212',
    color: '#f0f0f0',
  },
  'high-contrast': {
    colorScheme: 'dark',
    background: '#000000',
    color: '#ffffff',
    '--bantin-color-text': '#ffffff',
    '--bantin-color-text-muted': '#ffffff',
    '--bantin-color-border': '#ffffff',
    '--bantin-color-surface': '#000000',
    '--bantin-color-surface-hover': '#1a1a1a',
    '--bantin-focus-color': '#ffff00',
    '--bantin-figure-caption-color': '#ffffff',
    '--bantin-figure-placeholder': '#000000',
  },
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the strings (the nearest lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    scale: {
      description: 'Text scale (--bantin-font-scale) applied around the story',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: ['0.9', '1', '1.1', '1.25', '1.5', '1.75', '2'].map((value) => ({
          value,
          title: `${Math.round(Number(value) * 100)}%`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme around the story; forced colours are emulated in DevTools > Rendering',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'high-contrast', title: 'High contrast tokens' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', scale: '1', theme: 'light' },
  // Each story starts from the reader's default size: no choice stored by another story.
  loaders: [
    async () => {
      try {
        localStorage.removeItem('bantin:font-scale');
      } catch {
        // Storage may be blocked; the elements cope.
      }
      return {};
    },
  ],
  render: (args, context) => renderElement(context.component!, args, contentOf(context.parameters)),
  decorators: [
    (story, context) => {
      const { locale, scale, theme } = context.globals as Record<string, string>;
      // Story layout (a narrow column) lives here, outside the markup "Show code" shows.
      const maxWidth = contentOf(context.parameters).maxWidth;
      const style = {
        ...themes[theme ?? 'light'],
        '--bantin-font-scale': scale ?? '1',
        padding: '1rem',
        ...(maxWidth ? { 'max-inline-size': maxWidth } : {}),
      };
      return html`<div class="bantin-story" lang=${locale ?? 'vi'} style=${styleMap(style)}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: {
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
    docs: {
      toc: true,
      extractArgTypes: argTypesFor,
      source: {
        language: 'html',
        // Exactly what a portal pastes: no story wrapper, no story-only attribute.
        transform: (
          _code: string,
          context: { component?: string; args: Record<string, unknown>; parameters: Record<string, unknown> },
        ) =>
          context.component
            ? sourceFor(context.component, context.args, contentOf(context.parameters))
            : _code,
      },
    },
  },
};

export default preview;
