import { loadChunk } from './load-chunk.js';

/**
 * Keeps the words at the top of the viewport in place while the text size (or the
 * reading spacing) changes. The keeper itself (reading-anchor.ts) measures where the
 * first line under the top of the screen sits, so it must be here before a press, not
 * loaded by one: it is requested the first time a scale is applied (a scaler connecting,
 * as the page loads) and is in place long before a reader has scrolled and pressed.
 * At the top of the page nothing needs keeping, so a change there never waits for it.
 * Without `chunks/` the change still applies; only the position is not kept.
 */
type Keeper = typeof import('./reading-anchor.js').keepReadingPosition;

let keeper: Keeper | undefined;
let loading: Promise<unknown> | undefined;

/** Starts loading the keeper (once); settles when it is here, or known to be missing. */
export function readingPositionReady(): Promise<unknown> {
  return (loading ??= loadChunk(
    'bantin-font-scaler',
    import('./reading-anchor.js').then((module) => (keeper = module.keepReadingPosition)),
  ));
}

export function keepReadingPosition(change: () => void, document: Document = globalThis.document): void {
  if (!document?.defaultView) return change();
  void readingPositionReady();
  if (keeper) keeper(change, document);
  else change();
}
