/** Defines all four bantin tags; the entry of the self-contained bundle. */
import './article/define.js';
import './figure/define.js';
import './font-scaler/define.js';
import './toolbar/define.js';

export * from './index.js';
