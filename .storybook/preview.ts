import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/bantin.js';
import {
  argTypesFor,
  initialArgsFor,
  renderElement,
  sourceFor,
  storyStorageKey,
  type StoryContent,
} from '../stories/manifest.js';
import { readerView, TEXT_SIZES, type Scheme } from '../stories/readers-view.js';
import './preview.css';

// The docs tables (attributes, properties, events, slots, parts, custom properties),
// the controls, each story's markup and its "Show code" come from the manifest the
// analyzer generates from the elements' JSDoc (stories/manifest.ts).
setCustomElementsManifest(manifest);

const contentOf = (parameters: Record<string, unknown>) => (parameters.bantin ?? {}) as StoryContent;

/** The 320 px viewport of WCAG 1.4.10 (Reflow), in the toolbar's viewport menu. */
const NARROW = 'reflow320';

/** Everything bantin stores begins with this; a story's own key with `bantin-story:`. */
const isBantinKey = (key: string) => key.startsWith('bantin:') || key.startsWith('bantin-story:');

function bantinKeys(): string[] {
  try {
    return Object.keys(localStorage).filter(isBantinKey);
  } catch {
    return []; // Storage may be blocked; the elements cope.
  }
}

function store(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be blocked; the elements keep the choice in memory.
  }
}

/** The text size each live story was last given, so a rerender for an arg keeps the reader's presses. */
const sizeOf = new Map<string, string>();

const preview: Preview = {
  globalTypes: {
    scale: {
      description:
        "The reader's text size: the size a reader chose (stored) and --bantin-font-scale around the story",
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: TEXT_SIZES.map((value) => ({
          value,
          title: `Text size ${Math.round(Number(value) * 100)} %`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the story',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'forced', title: 'Forced colours (emulated with system colours)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page (the nearest lang attribute)',
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
  },
  initialGlobals: {
    locale: 'vi',
    scale: '1',
    theme: 'light',
    viewport: { value: undefined, isRotated: false },
  },
  // Defaults a list or radio control must show ticked (`actions`, `loading`).
  argsEnhancers: [
    (context) => {
      if (typeof context.component !== 'string') return {};
      const defaults = initialArgsFor(context.component);
      return Object.fromEntries(Object.entries(defaults).filter(([name]) => !(name in context.initialArgs)));
    },
  ],
  // Each story starts as a reader would first see it: nothing another story (or an
  // earlier visit) stored, its scaler on its own key at the text size of the toolbar.
  // On leaving, what it stored goes, so the reader's real keys are never left behind.
  beforeEach: (context) => {
    const size = (context.globals.scale as string | undefined) ?? '1';
    if (sizeOf.get(context.id) === size) return undefined;
    const first = !sizeOf.has(context.id);
    sizeOf.set(context.id, size);
    if (first) for (const key of bantinKeys()) if (!key.startsWith('bantin-story:')) store(key, undefined);
    store(storyStorageKey(context.id), size === '1' ? undefined : size);
    if (!first) return undefined;
    return () => {
      sizeOf.delete(context.id);
      for (const key of bantinKeys())
        if (!key.startsWith('bantin-story:') || key.startsWith(`bantin-story:${context.id}:`))
          store(key, undefined);
    };
  },
  render: (args, context) =>
    renderElement(context.component!, args, contentOf(context.parameters), context.id),
  decorators: [
    (story, context) => {
      const { locale, scale, theme } = context.globals as Record<string, string>;
      const narrow = (context.globals.viewport as { value?: string } | undefined)?.value === NARROW;
      // Story layout (a narrow column) lives here, outside the markup "Show code" shows.
      const maxWidth = narrow ? '320px' : contentOf(context.parameters).maxWidth;
      const style = {
        ...readerView((theme ?? 'light') as Scheme, scale ?? '1'),
        padding: '1rem',
        ...(maxWidth
          ? { 'max-inline-size': maxWidth, 'box-sizing': narrow ? 'border-box' : 'content-box' }
          : {}),
      };
      return html`<div
        class="bantin-story"
        data-scheme=${theme ?? 'light'}
        lang=${locale ?? 'vi'}
        style=${styleMap(style)}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    viewport: {
      options: {
        [NARROW]: {
          name: '320 px (WCAG reflow)',
          styles: { width: '320px', height: '720px' },
          type: 'mobile',
        },
        tablet: { name: '768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
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
