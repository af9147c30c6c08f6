import '../font-scaler/define.js';
import { defineElement } from '../internal/define.js';
import { BantinToolbar } from './toolbar.js';

defineElement('bantin-toolbar', BantinToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'bantin-toolbar': BantinToolbar;
  }
}
