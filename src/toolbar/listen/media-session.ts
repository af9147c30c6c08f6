/**
 * The lock screen's and headset's controls while an article is read (Media Session
 * API): the headline and first picture as what is playing, and play, pause, stop,
 * previous and next wired to the listen controls. Released when reading stops.
 */

export interface MediaControls {
  play(): void;
  pause(): void;
  stop(): void;
  previous(): void;
  next(): void;
}

const ACTIONS = ['play', 'pause', 'stop', 'previoustrack', 'nexttrack'] as const;

const session = (): MediaSession | undefined =>
  (globalThis.navigator as Navigator | undefined)?.mediaSession ?? undefined;

/** The headline: the article's title slot, else its first heading, else the page's title. */
export function headlineOf(target: Element | undefined): string {
  const title = target?.querySelector(':scope > [slot="title"]') ?? target?.querySelector('h1');
  return (title?.textContent ?? document.title).replace(/\s+/g, ' ').trim() || document.title.trim();
}

/** The first figure's image, as an absolute address, or nothing. */
export function artworkOf(target: Element | undefined): string | undefined {
  const figure = target?.querySelector('bantin-figure, figure');
  const image = (figure ?? target)?.querySelector('img');
  const src = image?.currentSrc || image?.getAttribute('src') || figure?.getAttribute('src');
  if (!src) return undefined;
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}

export function claimMediaSession(target: Element | undefined, controls: MediaControls): void {
  const media = session();
  if (!media) return;
  const title = headlineOf(target);
  const artwork = artworkOf(target);
  const init: MediaMetadataInit = { title, artwork: artwork ? [{ src: artwork }] : [] };
  // Without the MediaMetadata class (a stubbed or partial session), a plain object says the same.
  media.metadata = globalThis.MediaMetadata ? new MediaMetadata(init) : (init as MediaMetadata);
  const handlers: Record<(typeof ACTIONS)[number], () => void> = {
    play: () => controls.play(),
    pause: () => controls.pause(),
    stop: () => controls.stop(),
    previoustrack: () => controls.previous(),
    nexttrack: () => controls.next(),
  };
  for (const action of ACTIONS) {
    try {
      media.setActionHandler(action, handlers[action]);
    } catch {
      // A browser that does not know an action throws; the others still work.
    }
  }
}

export function setPlaybackState(state: MediaSessionPlaybackState): void {
  const media = session();
  if (media) media.playbackState = state;
}

export function releaseMediaSession(): void {
  const media = session();
  if (!media) return;
  media.metadata = null;
  media.playbackState = 'none';
  for (const action of ACTIONS) {
    try {
      media.setActionHandler(action, null);
    } catch {
      // As above.
    }
  }
}
