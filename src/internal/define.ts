/**
 * Registers a tag once. A portal that loads bantin twice (an old template's script
 * tag plus a newer bundle) must keep working, so a second registration of the same
 * tag is skipped instead of throwing `NotSupportedError`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`<${tag}> is already defined by another copy of bantin; keeping the first one.`);
  }
}
