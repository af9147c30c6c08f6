// Runs the whole suite in Chromium, Firefox and WebKit. WebKitGTK is driven through
// WebKitWebDriver, which needs a display: it runs under xvfb-run and is stopped at the end.
// Why a script: web-test-runner cannot start WebKitWebDriver under xvfb itself; this
// starts it, runs the browsers config, and stops it by its PID.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

const port = Number(process.env.WEBKIT_WEBDRIVER_PORT) || 4445;
const driver = spawn(
  'xvfb-run',
  ['-a', '-s', '-screen 0 1280x1024x24 -noreset', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
  { stdio: 'ignore', detached: true },
);

async function waitForPort() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}.`);
}

let code;
try {
  await waitForPort();
  const runner = spawn(
    'npx',
    ['web-test-runner', '--config', 'web-test-runner.browsers.config.mjs', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, WEBKIT_WEBDRIVER_PORT: String(port) },
    },
  );
  code = await new Promise((done) => runner.on('exit', (exitCode) => done(exitCode ?? 1)));
} finally {
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.exit(code);
