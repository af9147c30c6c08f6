/**
 * The reader's text-size preference: kept in `localStorage`, shared by every scaler
 * on the page and, through the `storage` event, by every tab. Storage may throw
 * (Safari private mode, a portal's sandboxed iframe, a full quota), so each access is
 * guarded and the preference lives on in memory for the page.
 */

type Listener = (scale: number) => void;

const listeners = new Map<string, Set<Listener>>();
/** The page's copy, for when storage throws. */
const memory = new Map<string, number>();
let warnedStorage = false;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function warnStorage(error: unknown): void {
  if (warnedStorage) return;
  warnedStorage = true;
  console.warn(
    '<bantin-font-scaler> storage-key: localStorage is not available, so the text size ' +
      'lasts only for this page.',
    error,
  );
}

function parse(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The stored scale for `key`, or `undefined` when the reader never chose one. */
export function readScale(key: string): number | undefined {
  try {
    const store = storage();
    if (store) return parse(store.getItem(key));
  } catch (error) {
    warnStorage(error);
  }
  return memory.get(key);
}

/** Stores the scale and tells every other subscriber on this page. */
export function writeScale(key: string, scale: number, source?: Listener): void {
  memory.set(key, scale);
  try {
    storage()?.setItem(key, String(scale));
  } catch (error) {
    warnStorage(error);
  }
  for (const listener of listeners.get(key) ?? []) {
    if (listener !== source) listener(scale);
  }
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || !listeners.has(event.key)) return;
  const scale = parse(event.newValue);
  if (scale === undefined) return;
  memory.set(event.key, scale);
  for (const listener of listeners.get(event.key) ?? []) listener(scale);
}

/** Subscribes to changes of `key` from this page and from other tabs. */
export function subscribeScale(key: string, listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** How many listeners are subscribed; lets tests prove that disconnecting cleans up. */
export function scaleSubscriberCount(): number {
  let count = 0;
  for (const set of listeners.values()) count += set.size;
  return count;
}
