// React 19 reads intrinsic elements from `React.JSX`, not the global `JSX`; this adds
// bantin's tags there. Use: `import type {} from 'bantin/react';` once in your app.
import type { CustomElements } from '../dist/jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
