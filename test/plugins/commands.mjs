// A web-test-runner command that returns Chromium's full accessibility tree: what a
// screen reader is given. The stock a11y-snapshot command keeps only "interesting"
// nodes and so drops groups and live regions' containers; this one keeps every
// semantic node and folds away the generic wrappers and text runs.
const FOLDED = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'presentation']);

function prune(node) {
  const children = (node.children ?? []).flatMap(prune);
  if (FOLDED.has(node.role)) return children;
  const { role, name, disabled, live, level, value, description } = node;
  const kept = { role, name: name ?? '' };
  if (disabled !== undefined) kept.disabled = disabled;
  if (live !== undefined) kept.live = live;
  if (level !== undefined) kept.level = level;
  if (value !== undefined) kept.value = value;
  if (description) kept.description = description;
  if (children.length > 0) kept.children = children;
  return [kept];
}

export function accessibilityTreePlugin() {
  return {
    name: 'bantin-accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`accessibility-tree needs Chromium through puppeteer, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      const snapshot = await page.accessibility.snapshot({ interestingOnly: false });
      return prune(snapshot)[0] ?? null;
    },
  };
}

/**
 * `press-keys`: presses keys together (["Shift", "Tab"]) in every engine. The stock
 * send-keys command has no chords for WebDriver and no "Space" for Firefox over BiDi.
 */
export function pressKeysPlugin() {
  return {
    name: 'bantin-press-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const keys = payload.keys;
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        const names = keys.map((key) => (key === 'Space' ? ' ' : key));
        for (const key of names) await keyboard.down(key);
        for (const key of names.reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // WebdriverIO holds modifier keys down until the end of the sequence.
        await session.browser.sendKeys(
          session.id,
          keys.map((key) => (key === 'Space' ? ' ' : key)),
        );
        return true;
      }
      throw new Error(`press-keys does not support ${session.browser.type}.`);
    },
  };
}

/**
 * `emulate-media-features`: forced colours and reduced motion, through Chromium's
 * DevTools protocol (the stock emulate-media command has no forced-colors for puppeteer).
 */
export function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'bantin-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') {
        throw new Error('emulate-media-features needs Chromium.');
      }
      // Straight to the protocol: puppeteer's own helper does not know forced-colors.
      // The session stays attached, since overrides end with the session that set them.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: '', features: payload.features });
      return true;
    },
  };
}

/**
 * `heap-used`: the bytes the page's JavaScript heap holds after a full garbage
 * collection, and the DOM nodes alive, through Chromium's DevTools protocol; `false`
 * in engines that do not expose them, so a leak test can still count listeners there.
 */
export function heapUsagePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'bantin-heap-used',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      // `false`, not undefined or null, which would read as "no plugin handles this".
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      // Twice: the first collection can leave objects that only the second frees (weak maps, finalizers).
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes } = await cdp.send('Memory.getDOMCounters').catch(() => ({ nodes: null }));
      return { bytes: usedSize, nodes };
    },
  };
}

/**
 * `test-budget`: how many generated cases each property-based test runs and how many
 * cycles each leak test makes. The everyday Chromium run takes 200 and 250; the
 * three-engine run sets BANTIN_FUZZ_RUNS and BANTIN_LEAK_CYCLES lower, since
 * WebDriver makes every case slower.
 */
export function testBudgetPlugin() {
  return {
    name: 'bantin-test-budget',
    async executeCommand({ command }) {
      if (command !== 'test-budget') return undefined;
      return {
        fuzzRuns: Number(process.env.BANTIN_FUZZ_RUNS) || 200,
        leakCycles: Number(process.env.BANTIN_LEAK_CYCLES) || 250,
      };
    },
  };
}
