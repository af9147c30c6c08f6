// What a reader would meet going wrong on a page, collected while a smoke test drives it:
// uncaught errors, console errors, failed loads, and requests leaving the page's origin.
// Why a script: a few lines of puppeteer listeners shared by the smoke scripts; no package
// collects these four kinds of problem.

/** Listens on a puppeteer page; returns the list the problems are pushed to. */
export function watchPage(page, origin, { expectedMissing = ['/favicon.ico'] } = {}) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below, with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console.error: ${message.text().slice(0, 300)}`);
    }
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400 && !expectedMissing.includes(pathname))
      problems.push(`HTTP ${response.status()} ${pathname}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      problems.push(`outside request: ${url.href}`);
  });
  return problems;
}
