/**
 * bantin-prepaint.css: the article as it will look once upgraded, before the main bundle
 * arrives (and without JavaScript), so nothing moves when it does. A portal links it in
 * <head> beside bantin-prepaint.js, which sets the reader's stored --bantin-font-scale
 * and measures the portal markup of `for` targets.
 *
 * Generated, not written: every rule below that the upgraded elements also apply comes
 * from the module they take it from, so the two cannot drift. `npm run build` writes this
 * text, minified, to dist/bantin-prepaint.css (rollup.config.mjs); in development and
 * tests the dev server answers /src/prepaint.css with it (scripts/prepaint-css.mjs).
 * Runs in Node at build time: no DOM, no Lit.
 */
import {
  articleBylineCss,
  articleFontFamily,
  articleSlottedCss,
  articleTypographyCss,
} from './article/article-typography.js';
import { captionTypography } from './figure/caption-typography.js';
import { INTAKE_RULE, WIDE_TABLE_RULE } from './internal/intake-rule.js';
import { readingCss } from './internal/reading-styles.js';
import { vi } from './internal/strings/vi.js';

const caption = captionTypography;

/**
 * What the upgraded shadow root adds to the article's children (spacing, weights, the
 * font), for an article not yet defined.
 */
const articleBeforeUpgradeCss =
  `bantin-article:not(:defined){font-family:${articleFontFamily}}` +
  articleSlottedCss.replace(/::slotted\(([^)]*)\)/g, 'bantin-article:not(:defined)>$1') +
  `bantin-article:not(:defined)>[slot='byline']{${articleBylineCss}}`;

/*
 * What the figure's shadow root gives its image and caption, for a figure not yet
 * defined. Before upgrade a caption's parent is the figure itself, not a figcaption at
 * the caption's size, so the size is set on the caption, in the article's layer.
 */
const figureBeforeUpgradeCss =
  `@layer bantin{bantin-article bantin-figure:not(:defined)>[slot='caption']{` +
  `font-size:${caption.size}!important;line-height:${caption.lineHeight}!important}}` +
  `bantin-figure:not(:defined){display:block}` +
  `bantin-figure:not(:defined)>img{display:block;inline-size:100%;max-inline-size:100%;block-size:auto}` +
  `bantin-figure:not(:defined)>[slot='caption']{font-style:${caption.style};text-align:${caption.align}}`;

/*
 * Before upgrade, with JavaScript on: the upgraded toolbar's height, 5.75rem + 1px below
 * 30rem of width and 3.75rem + 1px from 30rem (src/toolbar/toolbar.styles.ts), with its
 * light-DOM <time> where the upgraded date sits. Without JavaScript the toolbar never upgrades, so no
 * space is kept for it.
 * A toolbar with no date (no `date` attribute or an empty one, no <time> child nor
 * slotted date: see #renderDate in src/toolbar/toolbar.ts) draws the controls row alone,
 * 3.75rem + 1px at every width. A date that is not a real one is still shown, as written.
 * Its own rule: an engine without :has() (Firefox < 121) drops it and keeps the date row.
 * Not kept: a portal's own button slotted in can wrap the controls onto a second row
 * (2.75rem + 0.125rem more) on a narrow phone, as its label's width decides (measured,
 * one button: "Bản in" at 320 px, a long label up to 390 px), unknown before upgrade.
 */
const toolbarReservedCss = `@media (scripting:enabled){
bantin-toolbar:not(:defined){display:flow-root;container-type:inline-size;padding-block:.5rem;border-bottom:1px solid #0000;font-size:1rem;line-height:1.5}
bantin-toolbar:not(:defined)::before{content:'';float:left;height:4.75rem}
bantin-toolbar:not(:defined):is(:not([date]),[date='']):not(:has(>time:not([slot]),>[slot='date']))::before{height:2.75rem}
@container (width >= 30rem){
bantin-toolbar:not(:defined)::before{height:2.75rem}
bantin-toolbar:not(:defined)>time{position:relative;top:.625rem}
}}`;

/** A CSS string of `text`, every character escaped, so the file stays ASCII. */
const cssString = (text: string) =>
  `'${[...text].map((char) => `\\${char.codePointAt(0)!.toString(16)} `).join('')}'`;

/** A button's text as the scaler shows it: glyph and label, never broken within. */
const scalerButton = (glyph: string, label: string) => `${glyph} ${label}`.replace(/ /g, '\u00a0');

/*
 * Before upgrade, with JavaScript on: the rows of the upgraded standalone scaler
 * (src/font-scaler/font-scaler.styles.ts), an inline-block whose three 2.75rem buttons
 * wrap onto 1, 2 or 3 rows 0.25rem apart as the width allows. Two pseudo-elements stand
 * in for the three buttons: ::before for the first, ::after for the other two, as text
 * of the same size that breaks only between its two buttons (the no-break spaces there
 * stand for the buttons' padding, borders and gap). The padding, .87em + 1px a side, is
 * the buttons' .75em and 1px border plus what their bold glyph and .375em gap add over a
 * space, measured: the rows change within 5 px of the same widths as the upgraded
 * scaler's (Arial: 1 row from 465 px, 2 from 315 px) in Chromium, Firefox and WebKit.
 * Each line is 3rem with -0.125rem margins on both sides, so n rows take n * 2.75rem plus
 * the gaps, as the buttons do. The rows follow the page's own font and width; the words
 * are the Vietnamese defaults (other strings: the rows may differ near a break).
 * `compact` shows the glyphs alone: one row of three 2.75rem squares.
 */
const scalerReservedCss = `@media (scripting:enabled){
bantin-font-scaler:not(:defined){display:inline-flex;flex-wrap:wrap;gap:.25rem;max-inline-size:100%}
bantin-font-scaler:not(:defined)::before,bantin-font-scaler:not(:defined)::after{font-size:1rem;line-height:3rem;margin-block:-.125rem;padding-inline:calc(.87em + 1px);overflow-wrap:normal;visibility:hidden}
bantin-font-scaler:not(:defined)::before{content:${cssString(scalerButton('A\u2212', vi.decrease))}}
bantin-font-scaler:not(:defined)::after{content:${cssString(scalerButton('A', vi.reset) + '\u00a0'.repeat(6) + ' ')} ${cssString(scalerButton('A+', vi.increase))}}
bantin-font-scaler[compact]:not(:defined)::before{content:'A';inline-size:8.75rem;padding:0}
bantin-font-scaler[compact]:not(:defined)::after{content:none}
}`;

/**
 * The whole stylesheet, in cascade order: the article's layered sizes (the very sheet it
 * adopts on upgrade), what its and the figure's shadow roots add to their children, the
 * reader's reading preferences (the very rules the toolbar adopts: they select the data
 * attributes bantin-prepaint.js sets on <html> and on `for` targets), the space kept
 * for the toolbar and for a standalone scaler, and the rules that scale a `for` target's
 * markup and let its too-wide tables scroll within themselves while the reader's size is
 * not 100 % (the portal intake's own).
 */
export const prepaintCss = [
  articleTypographyCss,
  figureBeforeUpgradeCss,
  articleBeforeUpgradeCss,
  readingCss,
  toolbarReservedCss,
  scalerReservedCss,
  INTAKE_RULE,
  WIDE_TABLE_RULE,
].join('\n');
