import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { frameworkTypesPlugin } from './scripts/manifest/framework-types.mjs';
import { publicApiPlugin } from './scripts/manifest/public-api.mjs';

// `custom-elements.json` is generated from the elements' JSDoc and never edited by
// hand; the editor data (VS Code, JetBrains) and framework typings are generated from
// it in turn. The public-API plugin runs first so that every later one sees only what
// a portal can use, with module paths inside the package.
const editorData = { typesSrc: 'editorType', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/internal/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApiPlugin(),
    customElementVsCodePlugin({
      ...editorData,
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({
      ...editorData,
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      // The manifest's module paths already name the files in dist/.
      modulePathTemplate: (_name, modulePath) => `../${modulePath}`,
    }),
    frameworkTypesPlugin({ outdir: 'dist' }),
  ],
};
