/**
 * The one rule through which portal markup follows the reader's scale, shared by the
 * prepaint script (before the bundle) and the portal intake (after it).
 *
 * Each element of a `for` target carries, in custom properties, what the page itself
 * shows now: its font size (`--_bantin-fs`, px) and line height (`--_bantin-lh`, a ratio
 * of it; 0 for `normal`). While scaled up, lines are never closer than 1.5 (WCAG 1.4.12's
 * spacing, room for Vietnamese stacked diacritics; 1.25 while scaled down), nor than the page's own ratio: a
 * portal's tight `line-height: 115%` or `18px` would make glyphs overlap by an amount
 * that depends on the reader's fonts. The rule applies only under `[data-bantin-scaled]`, which the
 * target carries while the scale is not 1: at 100 % it matches nothing, so the page is
 * exactly its own. Custom properties are not text spacing, so a reader's own spacing
 * stylesheet or extension is never met by an inline `!important` (axe
 * `avoid-inline-spacing`); the rule's `!important` sits in a cascade layer, which wins
 * over a portal's unlayered `!important` px sizes. The attribute selector matches only
 * elements that were measured, so markup not yet taken in keeps its own sizes; and so
 * does `overflow-wrap` (not on the target alone, whose every line it would re-break at
 * once), so that a long article can take the size a slice per frame.
 * The reader's wide spacing (reading-styles.ts sets `--bantin-reading-line-height` on the
 * target) takes the place of the page's own line height.
 * bantin-prepaint.css is built with this rule for the first paint (src/prepaint.css.ts).
 */
export const SCALED_ATTRIBUTE = 'data-bantin-scaled';

/** What the rule gives each measured element while scaled (also ./inline-pins.ts). */
export const SCALED_VALUES = {
  'font-size': 'calc(var(--_bantin-fs)*var(--bantin-font-scale,1))',
  // The floor: 1.5 while the text is larger, 1.25 while smaller (so that "Giảm cỡ chữ"
  // never spreads a portal's tight lines apart); `clamp()` turns the scale into 0 or 1.
  'line-height':
    'var(--bantin-reading-line-height,max(calc(var(--_bantin-lh)*1em),' +
    'calc(1.25em + .25em*clamp(0,(var(--bantin-font-scale,1) - 1)*1e3,1))))',
} as const;

export const INTAKE_RULE =
  `@layer bantin-intake{:is([${SCALED_ATTRIBUTE}],[${SCALED_ATTRIBUTE}] *)[style*="--_bantin-fs"]{` +
  `overflow-wrap:break-word;font-size:${SCALED_VALUES['font-size']}!important;` +
  `line-height:${SCALED_VALUES['line-height']}!important}}`;

/**
 * A table marked by ./wide-tables.ts (too wide for its column at the reader's size)
 * scrolls within itself. Also in bantin-prepaint.css: on a reload the prepaint script
 * marks such tables before the first paint. The mark is there only while scaled (it goes
 * at 100 %), so the rule does not ask for `[data-bantin-scaled]`, which the intake and the
 * prepaint script take off for a moment to measure the page's own sizes: a table turned
 * into `display: table` and back within one frame is, to Chromium, a layout shift of the
 * whole table (0.49 on legacy-tags.html at 390 px) although nothing moves.
 */
export const WIDE_TABLE_RULE =
  `@layer bantin-intake{table[data-bantin-wide]` +
  '{display:block!important;max-width:100%!important;overflow-x:auto!important}' +
  // A box of fixed height marked by ./grow-boxes.ts grows with its text.
  `[${SCALED_ATTRIBUTE}] [data-bantin-grow]{height:auto!important;min-height:var(--_bantin-h)!important}}`;
