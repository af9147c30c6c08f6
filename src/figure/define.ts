import { defineElement } from '../internal/define.js';
import { BantinFigure } from './figure.js';

defineElement('bantin-figure', BantinFigure);

declare global {
  interface HTMLElementTagNameMap {
    'bantin-figure': BantinFigure;
  }
}
