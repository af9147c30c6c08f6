import { defineElement } from '../internal/define.js';
import { BantinArticle } from './article.js';

defineElement('bantin-article', BantinArticle);

declare global {
  interface HTMLElementTagNameMap {
    'bantin-article': BantinArticle;
  }
}
