/**
 * The element a `for` attribute names. An element may sit in a shadow root (a scaler
 * inside `<bantin-toolbar>`) while the id it names is in the document, or the reverse:
 * search its own tree first, then each enclosing tree out to the document. Every
 * element and controller that reads `for` asks here, so they all find the same one.
 */
export function resolveFor(from: Node, id: string): HTMLElement | null {
  if (!id) return null;
  let root: Node = from.getRootNode();
  for (;;) {
    const found = (root as Document | ShadowRoot).getElementById?.(id);
    if (found) return found as HTMLElement;
    const host = (root as Partial<ShadowRoot>).host;
    if (!host) return null;
    root = host.getRootNode();
  }
}
