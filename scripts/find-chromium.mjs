// Finds a Chromium for the tests: CHROME_PATH, else an installed Chrome or Chromium as
// chrome-launcher finds it on Linux, macOS and Windows, else (Linux only) the Chromium
// inside the @sparticuz/chromium dev dependency (a Linux build: never loaded on macOS or
// Windows, and never installed for the package's users), so a fresh Linux machine or CI
// container with only Node can run `npm test`.
// Why a script: chrome-launcher finds installed browsers only; the @sparticuz fallback
// for a machine with nothing but Node is ours.
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

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
  let installed = [];
  try {
    installed = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws on platforms it does not know; fall through.
  }
  const found = installed.find((path) => existsSync(path));
  if (found) return { executablePath: found, args: quietFlags, source: 'installed' };

  if (process.platform === 'linux') {
    const packaged = await import('@sparticuz/chromium').then(
      (module) => module.default,
      () => undefined,
    );
    if (packaged) {
      const executablePath = await packaged.executablePath();
      const args = [...packaged.args.filter((arg) => !arg.startsWith('--headless')), ...quietFlags];
      return { executablePath, args, source: '@sparticuz/chromium' };
    }
  }
  throw new Error(
    'No Chrome or Chromium found. Install Chrome or Chromium, or set CHROME_PATH to its executable' +
      (process.platform === 'linux' ? ' (or run npm install so that @sparticuz/chromium is present).' : '.'),
  );
}
