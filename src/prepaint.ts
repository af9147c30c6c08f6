/*
 * bantin-prepaint: the first paint at the reader's size, before the main bundle.
 *
 * Load it as a classic, synchronous script in <head>, with its stylesheet:
 *   <link rel="stylesheet" href="bantin-prepaint.css" />
 *   <script src="bantin-prepaint.js"></script>
 * A classic script in <head> holds the first paint in every engine (Firefox ignores
 * blocking="render"), and it is tiny (2.1 KB with the reading preferences, no imports),
 * so the main bundle can load as a plain <script type="module"> that never holds the
 * article back.
 * CSP-safe: an external script and a constructed stylesheet, no inline script or style.
 * `data-storage-key` on the script tag matches a scaler's `storage-key`.
 *
 * It adopts one stylesheet holding (the contract with the main bundle) the reader's
 * stored size, read from localStorage (`bantin:font-scale`, which may throw), as
 * `--bantin-font-scale` on `<bantin-article>` and on `for` targets being scaled. The
 * scale's owner in the main bundle then sets the property on each target, which wins.
 *
 * At a stored size other than 100 %, it also measures the portal markup of each `for`
 * target as the document is parsed, as src/internal/portal-intake.ts does: the target
 * is found through the `for` of a `<bantin-font-scaler>` or `<bantin-toolbar>` parsed
 * before it, each element is measured as the parser adds it (a mutation callback runs
 * before the next paint), and every element again when a stylesheet loads. What the
 * intake does next to its rule, it does too, so that nothing moves when the intake takes
 * over: an inline `!important` size or line height gets the intake's value (src/internal/inline-pins.ts
 * gives the portal's own back at 100 %), and a table the size made too wide for its column scrolls
 * within itself (src/internal/wide-tables.ts). The rules that scale what it measured and
 * fit the tables it marked, the article's typography and the toolbar's reserved space
 * are static, so they live in bantin-prepaint.css (built from src/prepaint.css.ts).
 */
{
  const doc = document;
  const script = doc.currentScript as HTMLScriptElement | null;
  let scale = 1;
  try {
    const stored = Number(localStorage.getItem(script?.dataset['storageKey'] || 'bantin:font-scale'));
    if (stored > 0 && stored < 10) scale = stored;
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): the default size it is.
  }
  const on = 'data-bantin-scaled';
  // Each size an inline `!important` may pin, with where the portal's own value waits
  // (`--_bantin-own-fs`, `-lh`) and what the intake's rule gives it (SCALED_VALUES of
  // src/internal/intake-rule.ts, written out: this script imports nothing). The line
  // height's floor is the rule's `clamp()` worked out, as the stored scale holds until the
  // bundle's intake takes the pin over (1.5 while larger, 1.25 while smaller).
  const pinned: [string, string, string][] = [
    ['font-size', 'fs', 'calc(var(--_bantin-fs)*var(--bantin-font-scale,1))'],
    [
      'line-height',
      'lh',
      `var(--bantin-reading-line-height,max(calc(var(--_bantin-lh)*1em),${scale > 1 ? 1.5 : 1.25}em))`,
    ],
  ];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`bantin-article,[${on}]{--bantin-font-scale:${scale}}`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (scale !== 1) {
      // A table that the reader's size made stick out of its column (or the window)
      // further than the page alone does scrolls within itself from the first paint, as
      // src/internal/wide-tables.ts has it (the outermost one): read in the frame before
      // the paint, once the sizes are in (the layout that paint needs), and again with the
      // rule off. A table the portal made wider than its column itself stays as it is.
      const scrolls = 'data-bantin-wide';
      let frame = 0;
      const fit = () => {
        frame = 0;
        const tables = [...doc.querySelectorAll<HTMLElement>(`[${on}] table:not([${scrolls}])`)];
        // How far each sticks out of its column or the window.
        const overhangs = () =>
          tables.map((table) => {
            const { right, width } = table.getBoundingClientRect();
            return Math.max(
              width - table.parentElement!.clientWidth,
              right - doc.documentElement.clientWidth,
            );
          });
        const now = overhangs();
        if (now.some((by) => by > 0.5)) {
          const targets = doc.querySelectorAll(`[${on}]`);
          for (const target of targets) target.removeAttribute(on);
          const own = overhangs();
          for (const target of targets) target.setAttribute(on, '');
          tables.map(
            (table, index) =>
              now[index]! > Math.max(own[index]!, 0) + 0.5 &&
              !table.parentElement!.closest(`[${scrolls}]`) &&
              table.setAttribute(scrolls, ''),
          );
        }
      };
      // With mutation records, only the elements not measured yet; else all of them.
      const take = (fresh?: unknown) => {
        // A label's or an output's `for` names a form control, not an article. A target
        // that comes before its scaler is named on this script's tag (`data-for`).
        for (const owner of doc.querySelectorAll<HTMLElement>('[for]:not(label,output),script[data-for]')) {
          const target = doc.getElementById(owner.dataset['for'] || owner.getAttribute('for')!);
          // A <bantin-article> sizes itself (bantin-prepaint.css). Once the bundle's scale
          // owner has written the scale on a target, its intake measures: a reader back at
          // 100 % must not find this script scaling again.
          if (!target || target.localName == 'bantin-article' || target.style.cssText.includes('font-scale'))
            continue;
          target.removeAttribute(on);
          // Every read before any write: one style recalculation, no layout. Measured
          // again (a stylesheet loaded), an inline `!important` size is the portal's own.
          const sizes = [target, ...target.querySelectorAll<HTMLElement>('*')]
            .filter(({ style }) => {
              if (fresh) return !style.getPropertyValue('--_bantin-fs');
              for (const [property, key] of pinned) {
                const value = style.getPropertyValue('--_bantin-own-' + key);
                if (value) style.setProperty(property, value, 'important');
              }
              return true;
            })
            .map((el) => {
              const style = getComputedStyle(el);
              const size = style.fontSize;
              return [el, size, parseFloat(style.lineHeight) / parseFloat(size) || 0] as const;
            });
          // An inline `!important` size or line height beats every rule: the intake's
          // value takes its place, and the portal's own waits beside it for the bundle's intake to give it
          // back at 100 % (src/internal/inline-pins.ts).
          for (const [{ style }, fs, line] of sizes)
            style.cssText += pinned.reduce(
              (text, [property, key, value]) =>
                style.getPropertyPriority(property)
                  ? `${text};--_bantin-own-${key}:${style.getPropertyValue(property)};${property}:${value}!important`
                  : text,
              `;--_bantin-fs:${fs};--_bantin-lh:${line}`,
            );
          target.setAttribute(on, '');
          frame ||= requestAnimationFrame(fit);
        }
      };
      new MutationObserver(take).observe(doc, { childList: true, subtree: true });
      // A late stylesheet (or its @import) changes what the page shows.
      doc.addEventListener('load', (event) => (event.target as HTMLLinkElement).sheet && take(), true);
    }
  } catch {
    // No constructed stylesheets: an engine older than the README's floor (Safari 16.4),
    // which gets the default size.
  }
}

/*
 * The reader's reading preferences (`bantin:reading`, JSON `{ theme, spacing, font }`):
 * as data attributes on <html>, which every <bantin-article> follows, and on each
 * element a `<bantin-toolbar for>` names, as soon as the parser inserts it (mutation
 * callbacks run before the next paint). bantin-prepaint.css (src/prepaint.css.ts) holds
 * the rules they select; the owner in the main bundle (src/internal/reading-owner.ts)
 * takes the attributes over.
 */
{
  let stored: Record<string, unknown> | null | undefined;
  try {
    stored = JSON.parse(localStorage.getItem('bantin:reading')!);
  } catch {
    // Blocked storage or a broken value: the page's own look.
  }
  const mark = (element: Element | null) => {
    for (const key of ['theme', 'spacing', 'font']) {
      // Any value is safe: the rules select only the ones bantin knows.
      const value = stored?.[key];
      if (value) element?.setAttribute('data-bantin-' + key, value as string);
    }
  };
  const doc = document;
  if (stored) {
    const root = doc.documentElement;
    const observer = new MutationObserver(() => {
      for (const bar of doc.querySelectorAll('bantin-toolbar[for]')) {
        mark(doc.getElementById(bar.getAttribute('for')!));
      }
    });
    mark(root);
    observer.observe(root, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', () => observer.disconnect());
  }
}
