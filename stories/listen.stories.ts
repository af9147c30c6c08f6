import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyStorageKey } from './manifest.js';
import { FakeSpeech, englishVoice, installSpeech, vietnameseVoice } from '../test/fake-speech.js';

/** A short article for the toolbar to read, with an id its `for` can name. */
const sampleArticle = (id: string) => html`
  <bantin-article id=${id}>
    <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình, gương điển hình tiên tiến</h1>
    <p slot="lead">
      Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm của các phong trào thi đua yêu nước.
    </p>
    <h2>Thực hiện đồng bộ cả 4 khâu</h2>
    <p>
      Theo đánh giá của Sở Nội vụ, các cơ quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình
      tiên tiến một cách cụ thể, bám sát vào nhiệm vụ chuyên môn, lĩnh vực hoạt động.
    </p>
    <p slot="byline">Bích Huệ</p>
  </bantin-article>
`;

/**
 * A scripted voice, so the story renders (and the highlight moves) on any machine,
 * voices or not: each sentence "takes" about 70 ms a character, divided by the speed.
 * It makes no sound. The story "With the browser's voices" uses the real engine.
 */
function scriptedVoice(): () => void {
  const speech = new FakeSpeech([vietnameseVoice, englishVoice]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  speech.afterStart = (utterance) => {
    clearTimeout(timer);
    timer = setTimeout(
      () => speech.current === utterance && speech.finish(),
      (utterance.text.length * 70) / utterance.rate,
    );
  };
  const { restore } = installSpeech(speech);
  return () => {
    clearTimeout(timer);
    restore();
  };
}

const meta: Meta = {
  title: 'Elements/Toolbar/Listen',
  component: 'bantin-toolbar',
  beforeEach: ({ parameters }) => (parameters['browserVoices'] ? undefined : scriptedVoice()),
  render: (_args, context) => html`
    <bantin-toolbar
      date="23/05/2023"
      for="listen-${context.id}"
      storage-key=${storyStorageKey(context.id)}
    ></bantin-toolbar>
    ${sampleArticle(`listen-${context.id}`)}
  `,
  parameters: {
    docs: {
      description: {
        component: `
"Nghe đọc bài" reads the article aloud with the browser's own voices (Web Speech API),
one sentence at a time, in the article's language, and highlights the sentence being
read (CSS Custom Highlight API, name \`bantin-listen\`). While reading, the toolbar
offers "Tạm dừng" / "Đọc tiếp", "Dừng đọc", previous and next sentence, and the speed
(0.75× to 1.5×, remembered). The button appears only where the browser has a voice for
the article's language. These stories use a silent scripted voice so that they render
everywhere.

\`\`\`html
<bantin-toolbar date="23/05/2023" actions="print share listen"></bantin-toolbar>
<bantin-article>…</bantin-article>
\`\`\`

\`\`\`css
/* The highlight's colours are the portal's to change. */
::highlight(bantin-listen) { background-color: #cfe8ff; color: #000; }
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ScriptedVoice: Story = { name: 'Listen (scripted voice)' };

export const English: Story = { globals: { locale: 'en' } };

export const ListenOnly: Story = {
  name: 'Listen as the only action',
  render: (_args, context) => html`
    <bantin-toolbar
      actions="listen"
      for="listen-${context.id}"
      storage-key=${storyStorageKey(context.id)}
    ></bantin-toolbar>
    ${sampleArticle(`listen-${context.id}`)}
  `,
};

export const BrowserVoices: Story = {
  name: "With the browser's voices (no button where there is no Vietnamese voice)",
  parameters: { browserVoices: true },
};
