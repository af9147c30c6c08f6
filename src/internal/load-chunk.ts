import { describe, warn } from './warn.js';

/**
 * Loads a part of bantin that few pages need. The bundle keeps such parts in `chunks/`
 * beside `bantin.bundle.js`, and copying the bundle without that folder is an easy
 * mistake: then every element must still render. A failed load resolves to `undefined`
 * (the caller goes on without the part) and is reported once per copy of bantin, naming
 * the folder. The flag is this copy's own on purpose: each copy has its own folder.
 */
let warned = false;

export function loadChunk<T>(tag: string, load: Promise<T>): Promise<T | undefined> {
  return load.catch(chunkMissing(tag));
}

/** The rejection handler of `loadChunk`, for a caller that chains its own `then`. */
export function chunkMissing(tag: string): (error: unknown) => undefined {
  return (error) => {
    if (warned) return undefined;
    warned = true;
    warn(
      tag,
      'chunks/',
      `${error instanceof Error ? error.message : describe(error)}: copy the whole chunks/ folder ` +
        'beside bantin.bundle.js. Meanwhile the elements work without that part.',
    );
    return undefined;
  };
}
