import { executeServerCommand } from '@web/test-runner-commands';

/** The font size a reader sees, in CSS pixels. */
export function fontPx(element: Element): number {
  return parseFloat(getComputedStyle(element).fontSize);
}

export interface AccessibilityNode {
  role: string;
  name: string;
  disabled?: boolean;
  level?: number;
  live?: string;
  children?: AccessibilityNode[];
}

/** Chromium's accessibility tree: what a screen reader is given. */
export async function accessibilityTree(): Promise<AccessibilityNode> {
  return executeServerCommand<AccessibilityNode, Record<string, never>>('accessibility-tree');
}

export function findNodes(
  node: AccessibilityNode,
  predicate: (node: AccessibilityNode) => boolean,
  found: AccessibilityNode[] = [],
): AccessibilityNode[] {
  if (predicate(node)) found.push(node);
  for (const child of node.children ?? []) findNodes(child, predicate, found);
  return found;
}

/** Presses keys together, e.g. `press('Shift', 'Tab')`, in every engine. */
export async function press(...keys: string[]): Promise<void> {
  await executeServerCommand('press-keys', { keys });
}

/** True in Chromium, where the accessibility tree can be read over CDP. */
export const isChromium = navigator.userAgent.includes('Chrome/');

const CHROMIUM_ONLY = ' (Chromium only: the accessibility tree is read over CDP)';

/** A test of the accessibility tree; Firefox and WebKit expose theirs to no test driver here. */
export function itReadsAccessibilityTree(title: string, test: () => Promise<void>): void {
  (isChromium ? it : it.skip)(title + CHROMIUM_ONLY, test);
}

/**
 * Records uncaught errors and unhandled rejections until `restore()`. `handled`: the
 * test reports them itself, so the page (and Mocha) does not see them as uncaught.
 */
export function trapErrors({ handled = false } = {}) {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.error ?? event.message);
    if (handled) event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(event.reason);
    if (handled) event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Records `console.warn` calls for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function liveRegionText(host: Element): string {
  return (host.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** axe-core's WCAG 2.2 A/AA and best-practice findings, as `rule: selector` lines. */
export async function axeViolations(context: Element): Promise<string[]> {
  // axe-core is a UMD script: importing it installs `window.axe`.
  await import('axe-core');
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  const results = await axe.run(context, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
    iframes: false,
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

/**
 * Counts the `type` listeners added to `window` while it is installed, minus those
 * removed: a leak shows as a count that does not return to zero.
 */
export function trackWindowListeners(type: string): { count: () => number; restore: () => void } {
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const live = new Set<unknown>();
  window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
    if (args[0] === type) live.add(args[1]);
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
    if (args[0] === type) live.delete(args[1]);
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  return {
    count: () => live.size,
    restore: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}

/** Forgets the reader's stored choices between cases inside one test (the root hook does it between tests). */
export function clearStoredScale(): void {
  localStorage.clear();
}
