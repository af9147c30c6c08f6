import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// `custom-elements.json` is generated from the elements' JSDoc and never edited by
// hand; the editor data and framework typings are generated from it in turn.
const elementModule = (_name, tag) => {
  const folder = tag.replace(/^bantin-/, '');
  return `./${folder}/${folder}.js`;
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/internal/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      componentTypePath: elementModule,
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: 'dist',
      fileName: 'vue.d.ts',
      componentTypePath: elementModule,
      hideLogs: true,
    }),
  ],
};
