// bantin-prepaint.css from its TypeScript source (src/prepaint.css.ts), for the build
// and for the dev and test servers, so the stylesheet a portal links is generated from
// the very modules the elements style themselves with.
// Why a script: a few lines of glue (tsx runs the module in Node, esbuild minifies);
// no maintained rollup or dev-server plugin turns a module's string export into a CSS file.
import { transform } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const source = new URL('../src/prepaint.css.ts', import.meta.url).href;

/** The stylesheet's text; `minify` for the published file. */
export async function prepaintCss({ minify = false } = {}) {
  // A fresh import each time, so a dev server shows an edit to the typography.
  const { prepaintCss: css } = await tsImport(`${source}?t=${Date.now()}`, import.meta.url);
  const { code } = await transform(css, { loader: 'css', minify });
  return code;
}

/**
 * A @web/dev-server plugin that answers /src/prepaint.css, the address the demo, the
 * portal fixtures and the tests link, with the generated stylesheet. Generated when the
 * server starts (a first run of tsx takes a second or two, longer than a test waits for
 * a stylesheet) and again after any edit under src/.
 */
export function prepaintCssPlugin() {
  let css;
  return {
    name: 'bantin-prepaint-css',
    serverStart({ fileWatcher }) {
      css = prepaintCss();
      fileWatcher?.on('change', (path) => {
        if (/[\\/]src[\\/]/.test(path)) css = undefined;
      });
    },
    async serve(context) {
      if (context.path !== '/src/prepaint.css') return undefined;
      css ??= prepaintCss();
      return { body: await css, type: 'css' };
    },
  };
}
