// Preact reads intrinsic elements from `preact.JSX`; this adds bantin's tags there.
// Use: `import type {} from 'bantin/preact';` once in your app.
import type { CustomElements } from '../dist/jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
