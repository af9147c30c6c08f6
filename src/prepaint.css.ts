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
import { INTAKE_RULE } from './internal/intake-rule.js';
import { readingCss } from './internal/reading-styles.js';

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
 */
const toolbarReservedCss = `@media (scripting:enabled){
bantin-toolbar:not(:defined){display:flow-root;container-type:inline-size;padding-block:.5rem;border-bottom:1px solid #0000;font-size:1rem;line-height:1.5}
bantin-toolbar:not(:defined)::before{content:'';float:left;height:4.75rem}
@container (width >= 30rem){
bantin-toolbar:not(:defined)::before{height:2.75rem}
bantin-toolbar:not(:defined)>time{position:relative;top:.625rem}
}}`;

/**
 * The whole stylesheet, in cascade order: the article's layered sizes (the very sheet it
 * adopts on upgrade), what its and the figure's shadow roots add to their children, the
 * reader's reading preferences (the very rules the toolbar adopts: they select the data
 * attributes bantin-prepaint.js sets on <html> and on `for` targets), the toolbar's
 * reserved space, and the rule that scales a `for` target's markup while the reader's
 * size is not 100 % (the portal intake's own).
 */
export const prepaintCss = [
  articleTypographyCss,
  figureBeforeUpgradeCss,
  articleBeforeUpgradeCss,
  readingCss,
  toolbarReservedCss,
  INTAKE_RULE,
].join('\n');
