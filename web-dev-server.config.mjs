import { esbuildPlugin } from '@web/dev-server-esbuild';
import { prepaintCssPlugin } from './scripts/prepaint-css.mjs';

/**
 * `npm start` (scripts/start.mjs): the demo page, with the TypeScript sources compiled
 * on the fly. The script binds 127.0.0.1 and picks the port (PORT, default 8000).
 */
export default {
  rootDir: '.',
  nodeResolve: true,
  open: false,
  hostname: '127.0.0.1',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), prepaintCssPlugin()],
};
