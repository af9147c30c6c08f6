// Serves two builds of the self-contained bundle, made from src/ by rollup when first
// asked for:
// - /__bantin-copy/bantin.bundle.js, with its lazy parts inlined. A test page that loads it
//   beside the source modules has two real copies of bantin (and of Lit), as a portal
//   with an npm build and the CDN bundle does.
// - /__bantin-without-chunks/bantin.bundle.js, the bundle exactly as `npm run build`
//   makes it (rollup.config.mjs), served alone: its chunks/ folder answers 404, as on a
//   portal that copied the bundle and forgot the folder.
// - /__bantin-built/bantin.bundle.js with its chunks/ beside it, as `npm run build` makes
//   them: a page may load it with a cache-busting query, as portals do.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import configs from '../../rollup.config.mjs';

export const BUNDLE_COPY_PATH = '/__bantin-copy/bantin.bundle.js';
export const BUNDLE_WITHOUT_CHUNKS_PATH = '/__bantin-without-chunks/bantin.bundle.js';
const BUILT = '/__bantin-built/';

/** The shipped bundle's files, by name (`bantin.bundle.js`, `chunks/…`). */
async function shippedFiles() {
  const config = configs.find((entry) => entry.output?.entryFileNames === 'bantin.bundle.js');
  const { output: outputOptions, ...input } = config;
  const bundle = await rollup({ ...input, onwarn: () => {} });
  const { output } = await bundle.generate({ ...outputOptions, sourcemap: false });
  return new Map(output.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file.code]));
}

export function bundleCopyPlugin() {
  let built;
  let shipped;
  return {
    name: 'bantin-bundle-copy',
    async serve(context) {
      if (context.path === BUNDLE_WITHOUT_CHUNKS_PATH) {
        shipped ??= shippedFiles();
        return { body: (await shipped).get('bantin.bundle.js'), type: 'js' };
      }
      if (context.path.startsWith(BUILT)) {
        shipped ??= shippedFiles();
        const body = (await shipped).get(context.path.slice(BUILT.length));
        return body === undefined ? undefined : { body, type: 'js' };
      }
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
