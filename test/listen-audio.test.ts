import { expect, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { FakeSpeech, installSpeech, vietnameseVoice } from './fake-speech.js';
import { mountToolbar } from './harness/fixtures.js';
import { toolbarHarness } from './harness/toolbar.js';
import { liveRegionText, press as pressKeys } from './helpers.js';

const IMAGE = '/demo/images/le-trao-bang-khen.svg';

const ARTICLE = `
  <bantin-article>
    <h1 slot="title">UBND tỉnh họp phiên thường kỳ</h1>
    <p slot="lead">Sáng 19/7/2021, UBND tỉnh họp. Các sở báo cáo.</p>
    <bantin-figure>
      <img src="${IMAGE}" alt="Phiên họp" width="1200" height="675" />
      <p slot="caption">Quang cảnh phiên họp</p>
    </bantin-figure>
    <p>Chủ tịch kết luận phiên họp.</p>
  </bantin-article>
`;

/** The article's sentences as the portal's recording has them: one cue a second. */
const CUES = [
  'UBND tỉnh họp phiên thường kỳ',
  'Sáng 19/7/2021, UBND tỉnh họp.',
  'Các sở báo cáo.',
  'Quang cảnh phiên họp',
  'Chủ tịch kết luận phiên họp.',
];
const CUE_SECONDS = 1;

/** A mono 16-bit WAV of a quiet tone, made here so the test needs no fixture file. */
function wav(seconds: number, rate = 8000): Blob {
  const samples = Math.round(seconds * rate);
  const view = new DataView(new ArrayBuffer(44 + samples * 2));
  const ascii = (offset: number, text: string) =>
    [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.round(Math.sin(i / 8) * 800), true);
  return new Blob([view.buffer], { type: 'audio/wav' });
}

function vtt(): Blob {
  const time = (seconds: number) => `00:00:${seconds.toFixed(3).padStart(6, '0')}`;
  const cues = CUES.map(
    (text, i) => `${i + 1}\n${time(i * CUE_SECONDS)} --> ${time((i + 1) * CUE_SECONDS)}\n${text}\n`,
  );
  return new Blob([`WEBVTT\n\n${cues.join('\n')}`], { type: 'text/vtt' });
}

const urls: string[] = [];
const url = (blob: Blob) => {
  const address = URL.createObjectURL(blob);
  urls.push(address);
  return address;
};

/** A Media Session that records what the page sets, where the browser has none (or to read it back). */
class FakeMediaSession {
  metadata: MediaMetadata | null = null;
  playbackState: MediaSessionPlaybackState = 'none';
  readonly handlers = new Map<string, (() => void) | null>();
  setActionHandler(action: string, handler: (() => void) | null): void {
    this.handlers.set(action, handler);
  }
  act(action: string): void {
    const handler = this.handlers.get(action);
    if (!handler) throw new Error(`no ${action} handler`);
    handler();
  }
}

function useMediaSession(): { session: FakeMediaSession; restore: () => void } {
  const session = new FakeMediaSession();
  Object.defineProperty(navigator, 'mediaSession', { configurable: true, value: session });
  return {
    session,
    restore: () => delete (navigator as unknown as { mediaSession?: unknown }).mediaSession,
  };
}

const highlighted = () => {
  const highlight =
    'highlights' in CSS ? (CSS.highlights.get('bantin-listen') as unknown as Set<Range>) : undefined;
  return highlight
    ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()).join(' ')
    : '';
};
const highlightSupported = 'highlights' in CSS;

async function playing(audio: HTMLAudioElement): Promise<void> {
  try {
    await waitUntil(() => !audio.paused && audio.currentTime > 0, '', { timeout: 5000 });
  } catch {
    throw new Error(
      `the recording did not play (ready state ${audio.readyState}, ${audio.error?.message ?? 'no error'}, paused ${audio.paused}, said "${toolbarHarness(document.querySelector('bantin-toolbar')!).announcement}")`,
    );
  }
}

function controls(toolbar: BantinToolbar) {
  const part = (name: string) => toolbarHarness(toolbar).part<HTMLButtonElement>(name);
  return {
    part,
    async press(name: string) {
      part(name)!.click();
      await toolbar.updateComplete;
    },
    /** A real key press: browsers play sound only after the reader has acted on the page. */
    async enter(name: string) {
      part(name)!.focus();
      await pressKeys('Enter');
      await toolbar.updateComplete;
    },
    status: () => liveRegionText(toolbar),
  };
}

describe('<bantin-toolbar> listen: Media Session and the portal’s own audio', () => {
  // The toolbar loads its reading engine and the spoken forms on demand; loading them once
  // here keeps the first test from waiting on the network.
  before(() =>
    Promise.all([
      import('../src/toolbar/listen/listen-controller.js'),
      import('../src/toolbar/listen/spoken.js'),
    ]),
  );

  let restoreSpeech: () => void;
  let restoreSession: () => void;
  let session: FakeMediaSession;
  let speech: FakeSpeech;

  beforeEach(() => {
    localStorage.clear();
    ({ session, restore: restoreSession } = useMediaSession());
  });
  afterEach(() => {
    restoreSpeech?.();
    restoreSession();
    if (highlightSupported) CSS.highlights.clear();
    for (const address of urls.splice(0)) URL.revokeObjectURL(address);
  });

  describe('lock-screen controls while a voice reads', () => {
    beforeEach(() => {
      speech = new FakeSpeech([vietnameseVoice]);
      restoreSpeech = installSpeech(speech).restore;
    });

    it('shows the headline and first picture, answers play, pause, previous, next and stop, and clears them on stop', async () => {
      const ui = await mountToolbar(`<div lang="vi"><bantin-toolbar></bantin-toolbar>${ARTICLE}</div>`);
      const toolbar = ui.element;
      await ui.listenOffered(3000);
      expect(session.metadata).to.equal(null);
      const { press, status } = controls(toolbar);
      await press('listen');
      await waitUntil(() => speech.started.length === 1, 'did not start');

      expect(session.metadata?.title).to.equal('UBND tỉnh họp phiên thường kỳ');
      expect(session.metadata?.artwork[0]?.src).to.equal(new URL(IMAGE, location.href).href);
      expect(session.playbackState).to.equal('playing');
      for (const action of ['play', 'pause', 'stop', 'previoustrack', 'nexttrack']) {
        expect(session.handlers.get(action), action).to.be.a('function');
      }

      session.act('nexttrack');
      await waitUntil(() => speech.started.length === 2, 'next did not start');
      expect(speech.started[1]!.text).to.equal('Sáng 19 tháng 7 năm 2021, Ủy ban nhân dân tỉnh họp.');
      session.act('previoustrack');
      await waitUntil(() => speech.started.length === 3, 'previous did not start');
      expect(speech.started[2]!.text).to.equal('Ủy ban nhân dân tỉnh họp phiên thường kỳ');
      session.act('pause');
      await waitUntil(() => status() === 'Đã tạm dừng đọc', 'did not pause');
      expect(session.playbackState).to.equal('paused');
      session.act('play');
      await waitUntil(() => speech.started.length === 4, 'did not resume');
      expect(session.playbackState).to.equal('playing');

      session.act('stop');
      await waitUntil(() => status() === 'Đã dừng đọc', 'did not stop');
      expect(session.metadata).to.equal(null);
      expect(session.playbackState).to.equal('none');
      for (const action of ['play', 'pause', 'stop', 'previoustrack', 'nexttrack']) {
        expect(session.handlers.get(action), action).to.equal(null);
      }
    });
  });

  describe('the portal’s own recording', function () {
    // The recording plays in real time: 5 s, a cue a second.
    this.timeout(20000);
    async function page(track = true) {
      const audio = url(wav(CUES.length * CUE_SECONDS));
      const cues = track ? `<track kind="metadata" srclang="vi" src="${url(vtt())}" default />` : '';
      // Muted so that every engine lets a test start it without a real click.
      const ui = await mountToolbar(`
        <div lang="vi">
          <bantin-toolbar><audio slot="listen" src="${audio}" muted preload="auto">${cues}</audio></bantin-toolbar>
          ${ARTICLE}
        </div>`);
      const toolbar = ui.element;
      await ui.listenOffered(3000);
      const element = toolbar.querySelector('audio')!;
      element.muted = true;
      return { toolbar, audio: element, ...controls(toolbar) };
    }

    it('is offered where the browser has no voice at all, and not shown as a second player', async () => {
      restoreSpeech = installSpeech(null).restore;
      const { part, audio } = await page();
      expect(part('listen')!.textContent!.trim()).to.equal('Nghe đọc bài');
      expect(audio.getClientRects().length).to.equal(0);
    });

    it('plays the recording instead of a voice, and the highlight follows the cue being played', async () => {
      speech = new FakeSpeech([vietnameseVoice]);
      restoreSpeech = installSpeech(speech).restore;
      const { audio, enter, status } = await page();
      await enter('listen');
      await playing(audio);
      await waitUntil(() => status() === 'Đang đọc bài', 'not announced');
      expect(speech.spoken).to.have.length(0);
      expect(session.metadata?.title).to.equal('UBND tỉnh họp phiên thường kỳ');
      // What the highlight shows as the recording plays (read after the reader's own listener).
      const seen: string[] = [];
      audio.addEventListener('timeupdate', () => {
        const text = highlighted();
        if (text && seen.at(-1) !== text) seen.push(text);
      });
      await waitUntil(() => status() === 'Đã đọc hết bài', 'did not finish', { timeout: 12000 });
      expect(highlighted()).to.equal('');
      expect(session.metadata).to.equal(null);
      if (highlightSupported) {
        // Every sentence the highlight showed is a cue's, in the recording's order, and
        // it moved on at least three times (on a busy machine a cue may pass unseen).
        const order = seen.map((text) => CUES.indexOf(text));
        expect(order, seen.join(' | ')).not.to.include(-1);
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
        expect(order.length, seen.join(' | ')).to.be.at.least(3);
      }
    });

    it('pauses, moves by cue, changes speed and stops like the voice', async () => {
      restoreSpeech = installSpeech(null).restore;
      const { audio, press, enter, status, part } = await page();
      await enter('listen');
      await playing(audio);

      await press('listen');
      expect(audio.paused).to.be.true;
      expect(status()).to.equal('Đã tạm dừng đọc');
      const at = audio.currentTime;

      await press('listen-next');
      await waitUntil(() => audio.currentTime >= CUE_SECONDS - 0.01, 'did not move to the next cue');
      expect(audio.currentTime).to.be.below(2 * CUE_SECONDS);
      expect(audio.currentTime).not.to.equal(at);
      if (highlightSupported) expect(highlighted()).to.equal(CUES[1]);
      await press('listen-next');
      if (highlightSupported) expect(highlighted()).to.equal(CUES[2]);
      await press('listen-previous');
      if (highlightSupported) expect(highlighted()).to.equal(CUES[1]);
      await waitUntil(() => audio.currentTime < 2 * CUE_SECONDS - 0.01, 'did not move back');

      await press('listen-rate');
      expect(audio.playbackRate).to.equal(1.25);
      expect(part('listen-rate')!.textContent!.trim()).to.equal('Tốc độ đọc 1,25×');

      await press('listen');
      await waitUntil(() => !audio.paused, 'did not resume', { timeout: 5000 });
      await press('listen-stop');
      expect(audio.paused).to.be.true;
      expect(audio.currentTime).to.equal(0);
      expect(status()).to.equal('Đã dừng đọc');
      expect(highlighted()).to.equal('');
      expect(part('listen-stop')).to.equal(null);
    });

    it('starts the recording within the reader’s click, before anything else loads', async () => {
      restoreSpeech = installSpeech(null).restore;
      const { audio, part, press, toolbar } = await page();
      let calls = 0;
      // Safari refuses sound asked for after the click has passed: the call must be synchronous.
      audio.play = () => {
        calls++;
        return Promise.resolve();
      };
      part('listen')!.click();
      expect(calls).to.equal(1);
      await toolbar.updateComplete;
      await press('listen-stop');
      expect(part('listen-stop')).to.equal(null);
    });

    it('shows "Đọc tiếp" when something else pauses the recording', async () => {
      restoreSpeech = installSpeech(null).restore;
      const { audio, enter, part, status, toolbar } = await page();
      await enter('listen');
      await playing(audio);
      audio.pause();
      await waitUntil(() => status() === 'Đã tạm dừng đọc', 'the pause was not noticed');
      await toolbar.updateComplete;
      expect(part('listen')!.textContent!.trim()).to.equal('Đọc tiếp');
      expect(session.playbackState).to.equal('paused');
    });

    it('plays a recording without cues, with no highlight', async () => {
      restoreSpeech = installSpeech(null).restore;
      const { audio, press, enter } = await page(false);
      await enter('listen');
      await playing(audio);
      expect(highlighted()).to.equal('');
      await press('listen-stop');
      expect(audio.paused).to.be.true;
    });
  });
});
