import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { prepaintCss } from './scripts/prepaint-css.mjs';
import { sri } from './scripts/sri.mjs';
import { chunksBorrow } from './scripts/chunks-borrow.mjs';
import packageJson from './package.json' with { type: 'json' };

const target = 'es2022';
// The bundle goes straight to readers' browsers: syntax newer than the browser floor is
// lowered. The floor is stated once, in package.json's `browserslist` field (the README
// repeats it); scripts/browser-floor.mjs checks the built files against it.
const browserFloor = browserslistToEsbuild();
const tsconfig = 'tsconfig.json';

export default [
  // For bundlers (npm): one ES module per source file, Lit left as an import so an
  // app that already has Lit loads it once.
  {
    input: {
      index: 'src/index.ts',
      bantin: 'src/bantin.ts',
      'article/define': 'src/article/define.ts',
      'figure/define': 'src/figure/define.ts',
      'font-scaler/define': 'src/font-scaler/define.ts',
      'toolbar/define': 'src/toolbar/define.ts',
    },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'dompurify',
    plugins: [esbuild({ target, tsconfig })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // For a <script type="module"> tag: everything, Lit included, in one minified file.
  {
    input: 'src/bantin.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      // Templates and styles carry indentation meant for people, not for phones.
      minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
      esbuild({ target: browserFloor, tsconfig }),
      // Before terser: the chunks take the bundle's exports from a global slot, not by URL.
      chunksBorrow({ entry: 'bantin.bundle.js', version: packageJson.version }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      sri(),
    ],
    // Code that few pages need (the portal-markup intake, the HTML sanitizer, the listen
    // engine) is split into chunks beside the bundle and loaded only when a page uses it.
    // The chunks borrow Lit and shared helpers from the bundle, which therefore exports
    // them too, instead of becoming a facade over one more chunk (through a global slot,
    // not by URL: scripts/chunks-borrow.mjs).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'bantin.bundle.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
  },
  // For a classic <script src> in <head>: the stored text size and reserved space before
  // the first paint. A classic script, because it must block rendering in every engine;
  // its stylesheet (the article as upgraded) is emitted beside it.
  {
    input: 'src/prepaint.ts',
    plugins: [
      esbuild({ target, tsconfig }),
      terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      {
        // Generated from the modules the elements style themselves with (src/prepaint.css.ts).
        name: 'prepaint-css',
        async generateBundle() {
          const source = await prepaintCss({ minify: true });
          this.emitFile({ type: 'asset', fileName: 'bantin-prepaint.css', source });
        },
      },
    ],
    output: { dir: 'dist', entryFileNames: 'bantin-prepaint.js', format: 'iife' },
  },
];
