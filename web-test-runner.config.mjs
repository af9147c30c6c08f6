import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import {
  accessibilityTreePlugin,
  emulateMediaFeaturesPlugin,
  heapUsagePlugin,
  pressKeysPlugin,
  testBudgetPlugin,
} from './test/plugins/commands.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import { bundleCopyPlugin } from './test/plugins/bundle-copy.mjs';
import { sourceFilesPlugin } from './test/plugins/source-files.mjs';
import { prepaintCssPlugin } from './scripts/prepaint-css.mjs';
import { delayBundle } from './test/plugins/delay-bundle.mjs';

const chromium = await findChromium();
if (!process.env.CI) console.log(`Chromium (${chromium.source}): ${chromium.executablePath}`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  middleware: [delayBundle],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    accessibilityTreePlugin(),
    pressKeysPlugin(),
    emulateMediaFeaturesPlugin(),
    bundleCopyPlugin(),
    sourceFilesPlugin(),
    prepaintCssPlugin(),
    // Server renders for test/ssr.test.ts, in a Node worker that runs the .ts sources (tsx).
    litSsrPlugin({ workerInitModules: ['./scripts/ssr/tsx-register.mjs'] }),
    heapUsagePlugin(),
    testBudgetPlugin(),
  ],
  // One root hook for every test file: see test/root-hooks.js.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script src="/test/root-hooks.js"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.executablePath, args: chromium.args, headless: true },
    }),
  ],
  // Lit's dev-mode notice repeats in every file; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 120000,
};
