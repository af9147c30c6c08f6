// `npm run test:browsers`: the whole suite in Chromium, Firefox and WebKit (WebKitGTK),
// using the browsers Debian ships. scripts/test-browsers.mjs starts WebKitWebDriver
// first and passes its port in WEBKIT_WEBDRIVER_PORT.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';

const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const webdriverPort = Number(process.env.WEBKIT_WEBDRIVER_PORT) || 4445;
// Fewer generated cases and leak cycles in three engines; WebDriver makes each one slower.
process.env.BANTIN_FUZZ_RUNS ||= '50';
process.env.BANTIN_LEAK_CYCLES ||= '100';

export default {
  ...base,
  // WebKitWebDriver drives one page at a time; its keyboard actions need a session of its own.
  concurrency: 1,
  browsers: [
    ...base.browsers,
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webdriverPort,
      path: '/',
      logLevel: 'error',
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    }),
  ],
  // WebKitGTK under Xvfb runs axe on a whole article in seconds, not milliseconds.
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 600000,
};
