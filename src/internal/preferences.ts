import { isPositiveNumber } from './numbers.js';
import { warn } from './warn.js';

/**
 * The reader's own preferences in `localStorage`, and nothing else. Storage may throw
 * (Safari private mode, a portal's sandboxed iframe, a full quota), so every access is
 * guarded and the value lives on in memory for the page.
 */

const memory = new Map<string, string>();
let warnedStorage = false;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function warnStorage(error: unknown): void {
  if (warnedStorage) return;
  warnedStorage = true;
  warn(
    'bantin-font-scaler',
    'storage-key',
    `localStorage is not available, so the reader's choices last only for this page (${String(error)}).`,
  );
}

/** Parses a stored positive number; anything else reads as "never chosen". */
export function parsePositive(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return isPositiveNumber(value) ? value : undefined;
}

export function readPreference(key: string): string | undefined {
  try {
    const store = storage();
    if (store) return store.getItem(key) ?? undefined;
  } catch (error) {
    warnStorage(error);
  }
  return memory.get(key);
}

export function writePreference(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch (error) {
    warnStorage(error);
  }
}

/** Calls `listener` when another tab changes `key`; returns the unsubscribe. */
export function onOtherTabChange(key: string, listener: (value: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== key) return;
    if (event.newValue === null) memory.delete(key);
    else memory.set(key, event.newValue);
    listener(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
