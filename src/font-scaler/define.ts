import { defineElement } from '../internal/define.js';
import { BantinFontScaler } from './font-scaler.js';

defineElement('bantin-font-scaler', BantinFontScaler);

declare global {
  interface HTMLElementTagNameMap {
    'bantin-font-scaler': BantinFontScaler;
  }
}
