import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { isolate, renderElement, storyStorageKey, type StoryContent } from './manifest.js';
import { readerView, type Scheme } from './readers-view.js';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_CONTENT } from './support.js';

/** Each view a reader may have: text size, colour scheme, language. */
const VIEWS = (['light', 'dark'] as Scheme[]).flatMap((scheme) =>
  ['vi', 'en'].flatMap((lang) => ['1', '2'].map((size) => ({ scheme, lang, size }))),
);

const SCHEME_NAMES: Record<string, string> = { light: 'Light', dark: 'Dark' };

/** The element in every view, side by side; each view keeps its own stored size. */
function views(tag: string, args: Record<string, unknown>, content: StoryContent, inArticle = false) {
  return (_args: unknown, context: StoryContext) => {
    const grid = document.createElement('div');
    grid.className = 'bantin-views';
    for (const { scheme, lang, size } of VIEWS) {
      const part = `${scheme}-${lang}-${size}`;
      const cell = document.createElement('section');
      cell.className = 'bantin-view';
      cell.lang = lang;
      cell.dataset['view'] = part;
      cell.setAttribute('aria-label', `${SCHEME_NAMES[scheme]}, ${lang}, ${Number(size) * 100} %`);
      for (const [name, value] of Object.entries(readerView(scheme, size)))
        cell.style.setProperty(name, value);
      const label = document.createElement('p');
      label.className = 'bantin-view-label';
      label.textContent = `${SCHEME_NAMES[scheme]} · ${lang} · ${Number(size) * 100} %`;
      const holder = renderElement(tag, args, content);
      if (inArticle) {
        // A figure takes its size from the article it sits in, as on a portal.
        const article = document.createElement('bantin-article');
        article.innerHTML = '<h2 slot="title">Hội nghị tuyên dương điển hình tiên tiến</h2>';
        article.append(...holder.childNodes);
        holder.append(article);
      }
      isolate(holder, context.id, args, part);
      // The reader chose this size: a scaler shows it as its state, as on a portal.
      try {
        if (size === '1') localStorage.removeItem(storyStorageKey(context.id, part));
        else localStorage.setItem(storyStorageKey(context.id, part), size);
      } catch {
        // Storage blocked: the scaler starts at 100 %; the article still takes the view's size.
      }
      cell.append(label, holder);
      grid.append(cell);
    }
    return grid;
  };
}

const meta: Meta = {
  title: "Reader's views",
  tags: ['autodocs'],
  parameters: {
    docs: {
      canvas: { sourceState: 'none' },
      description: {
        component: `
Each element as readers see it, side by side: at 100 % and 200 % text size, in light and
dark colour schemes, in Vietnamese and English. Nothing here is styled for the page: these
are the elements' own defaults under the reader's settings. The toolbar above the canvas
gives the same views (and forced colours, and the 320 px viewport) for every story.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const figureArgs = {
  src: 'images/le-trao-bang-khen.svg',
  alt: 'Hình minh hoạ: ba người đứng trên sân khấu có phông đỏ, hai người cầm Bằng khen',
  width: 1200,
  height: 675,
  caption: 'Chủ tịch UBND tỉnh trao tặng Bằng khen cho cá nhân điển hình tiên tiến',
  loading: 'eager',
};

export const Article: Story = {
  render: views('bantin-article', {}, { children: SAMPLE_ARTICLE_CONTENT }),
};

export const Figure: Story = {
  name: 'Figure (in an article)',
  render: views('bantin-figure', figureArgs, {}, true),
};

export const FontScaler: Story = {
  name: 'Font scaler',
  render: views('bantin-font-scaler', {}, { after: SAMPLE_ARTICLE }),
};

export const Toolbar: Story = {
  render: views('bantin-toolbar', { date: '23/05/2023' }, { after: SAMPLE_ARTICLE }),
};
