// Serves /__bantin-copy/bantin.bundle.js: the self-contained bundle, built from src/ by
// rollup when first asked for. A test page that loads it beside the source modules has
// two real copies of bantin (and of Lit), as a portal with an npm build and the CDN
// bundle does.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

export const BUNDLE_COPY_PATH = '/__bantin-copy/bantin.bundle.js';

export function bundleCopyPlugin() {
  let built;
  return {
    name: 'bantin-bundle-copy',
    async serve(context) {
      if (context.path !== BUNDLE_COPY_PATH) return undefined;
      built ??= rollup({
        input: 'src/bantin.ts',
        plugins: [nodeResolve(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
        onwarn: () => {},
      }).then(
        async (bundle) =>
          (await bundle.generate({ format: 'es', inlineDynamicImports: true })).output[0].code,
      );
      return { body: await built, type: 'js' };
    },
  };
}
