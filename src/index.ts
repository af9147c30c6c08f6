/**
 * bantin's classes and types, with no side effects: importing this module defines no
 * tag. Import `bantin/define` (or one element's `define` module) to register them.
 */
export { BantinArticle } from './article/article.js';
export { BantinFigure } from './figure/figure.js';
export { BantinFontScaler, type BantinFontScaleChangeDetail } from './font-scaler/font-scaler.js';
export { BantinToolbar, type BantinReadingChangeDetail } from './toolbar/toolbar.js';
export type { BantinStrings, BantinLocale } from './internal/strings/index.js';
