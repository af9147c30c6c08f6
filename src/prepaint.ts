/*
 * bantin-prepaint: the first paint at the reader's size, before the main bundle.
 *
 * Load it as a classic, synchronous script in <head>, with its stylesheet:
 *   <link rel="stylesheet" href="bantin-prepaint.css" />
 *   <script src="bantin-prepaint.js"></script>
 * A classic script in <head> holds the first paint in every engine (Firefox ignores
 * blocking="render"), and it is tiny (1.3 KB with the reading preferences, no imports),
 * so the main bundle can load as a plain <script type="module"> that never holds the
 * article back.
 * CSP-safe: an external script and a constructed stylesheet, no inline script or style.
 * `data-storage-key` on the script tag matches a scaler's `storage-key`.
 *
 * It adopts one stylesheet holding (the contract with the main bundle):
 * - `bantin-article { --bantin-font-scale: <stored scale> }`: the reader's stored size,
 *   read from localStorage (`bantin:font-scale`), which may throw. The scale's owner in
 *   the main bundle then sets the property on each target, which wins over this rule.
 * - `bantin-toolbar:not(:defined)`: the upgraded toolbar's height, 5.75rem + 1px below
 *   30rem of width and 3.75rem + 1px from 30rem (src/toolbar/toolbar.styles.ts), with its
 *   light-DOM <time> where the upgraded date sits.
 * The article's typography before upgrade is static, so it lives in
 * src/prepaint.css (bantin-prepaint.css), which reads the scale set here.
 */
{
  const script = document.currentScript as HTMLScriptElement | null;
  let scale = 1;
  try {
    const stored = Number(localStorage.getItem(script?.dataset['storageKey'] || 'bantin:font-scale'));
    if (stored > 0 && stored < 10) scale = stored;
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): the default size it is.
  }
  const css =
    `bantin-article{--bantin-font-scale:${scale}}` +
    'bantin-toolbar:not(:defined){display:flow-root;container-type:inline-size;padding-block:.5rem;' +
    'border-bottom:1px solid #0000;font-size:1rem;line-height:1.5}' +
    'bantin-toolbar:not(:defined)::before{content:"";float:left;height:4.75rem}' +
    '@container (width>=30rem){bantin-toolbar:not(:defined)::before{height:2.75rem}' +
    'bantin-toolbar:not(:defined)>time{position:relative;top:.625rem}}';
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructed stylesheets (Safari before 16.4): at least the size, through the CSSOM.
    document.documentElement.style.setProperty('--bantin-font-scale', String(scale));
  }
}

/*
 * The reader's reading preferences (`bantin:reading`, JSON `{ theme, spacing, font }`):
 * as data attributes on <html>, which every <bantin-article> follows, and on each
 * element a `<bantin-toolbar for>` names, as soon as the parser inserts it (mutation
 * callbacks run before the next paint). src/prepaint.css holds the rules they select;
 * the owner in the main bundle (src/internal/reading-owner.ts) takes the attributes over.
 */
{
  let stored: Record<string, unknown> | null = null;
  try {
    stored = JSON.parse(localStorage.getItem('bantin:reading')!);
  } catch {
    // Blocked storage or a broken value: the page's own look.
  }
  const mark = (element: Element | null) => {
    for (const key of ['theme', 'spacing', 'font']) {
      // Any value is safe: the rules select only the ones bantin knows.
      const value = stored?.[key];
      if (value) element?.setAttribute('data-bantin-' + key, String(value));
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
