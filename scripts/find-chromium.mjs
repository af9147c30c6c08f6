// Finds a Chromium for the tests: CHROME_PATH, else an installed Chrome/Chromium,
// else the Chromium that ships inside the @sparticuz/chromium npm package, so a fresh
// machine with only Node can run `npm test`.
import { existsSync } from 'node:fs';

const installed = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

// Background services talk to the network; this project promises none and CI has none.
const quietFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/** @returns {Promise<{ executablePath: string, args: string[], source: string }>} */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return { executablePath: fromEnv, args: quietFlags, source: 'CHROME_PATH' };
  }
  const found = installed.find((path) => existsSync(path));
  if (found) return { executablePath: found, args: quietFlags, source: 'installed' };

  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  const args = [...packaged.args.filter((arg) => !arg.startsWith('--headless')), ...quietFlags];
  return { executablePath, args, source: '@sparticuz/chromium' };
}
