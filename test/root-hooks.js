/**
 * Root hooks for every test file: each test starts with no stored reader preference,
 * whatever the test before it did. web-test-runner.config.mjs loads this classic
 * script before the test framework (testRunnerHtml). The framework creates Mocha as
 * `globalThis.mocha` and then loads the test file; the hooks are registered through
 * Mocha's `rootHooks()` at that moment, so they are in place in every engine before
 * any test module runs.
 */
(() => {
  const rootHooks = {
    beforeEach() {
      try {
        localStorage.clear();
      } catch {
        // A test that makes storage throw restores it itself.
      }
    },
  };
  const registered = new WeakSet();
  let current;
  Object.defineProperty(globalThis, 'mocha', {
    configurable: true,
    get: () => current,
    set(value) {
      current = value;
      if (value && typeof value.rootHooks === 'function' && !registered.has(value)) {
        registered.add(value);
        value.rootHooks(rootHooks);
      }
    },
  });
})();
