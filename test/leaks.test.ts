// No leak in any lifecycle: thousands of connect/disconnect cycles of every element
// (fresh, removed before its first render, re-inserted, moved into an iframe and
// back) leave no listener on a long-lived target, no observer, no subscriber to
// the stored scale, and (where the engine lets a test read it) no retained heap.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/bantin.js';
import type { BantinFontScaler, BantinToolbar } from '../src/index.js';
import { clearStoredScale } from './helpers.js';
import { toolbarHarness } from './harness/toolbar.js';

type Tag = 'bantin-article' | 'bantin-figure' | 'bantin-font-scaler' | 'bantin-toolbar';
type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

const markup: Record<Tag, string> = {
  'bantin-article': '<bantin-article><h1 slot="title">Tiêu đề</h1><p>Đoạn văn.</p></bantin-article>',
  'bantin-figure':
    '<bantin-figure enlargeable caption="Chú thích" alt="Hình" width="12" height="8" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></bantin-figure>',
  'bantin-font-scaler': '<bantin-font-scaler></bantin-font-scaler>',
  'bantin-toolbar': '<bantin-toolbar></bantin-toolbar>',
};

/**
 * Listeners on targets that outlive an element (windows, documents, their root
 * elements, media queries, and so on) and the observers watching anything: the
 * test wraps the platform's own methods, in this window and in the iframe's.
 */
function listenerCounter(realms: (Window & typeof globalThis)[]) {
  const active = new Map<EventTarget, Set<string>>();
  const observers = new Set<MutationObserver>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => ids.get(value) ?? (ids.set(value, ++nextId), nextId);
  const longLived = (target: EventTarget) => {
    const node = target as Partial<Node>;
    if (typeof node.nodeType !== 'number') return true;
    const doc = node.ownerDocument;
    return node.nodeType === 9 || target === doc?.documentElement || target === doc?.body;
  };
  const key = (type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean })?.capture;
    return `${type}|${idOf(listener as object)}|${capture}`;
  };
  const restores: (() => void)[] = [];
  for (const realm of realms) {
    const proto = realm.EventTarget.prototype;
    const { addEventListener, removeEventListener } = proto;
    // A bare `addEventListener(…)` call has no `this`: it means the window.
    proto.addEventListener = function (this: EventTarget | undefined, type, listener, options) {
      const target = this ?? realm;
      if (listener && longLived(target)) {
        let set = active.get(target);
        if (!set) active.set(target, (set = new Set()));
        set.add(key(type, listener, options));
      }
      return addEventListener.call(target, type, listener, options);
    };
    proto.removeEventListener = function (this: EventTarget | undefined, type, listener, options) {
      const target = this ?? realm;
      if (listener) active.get(target)?.delete(key(type, listener, options));
      return removeEventListener.call(target, type, listener, options);
    };
    const observer = realm.MutationObserver.prototype;
    const { observe, disconnect } = observer;
    observer.observe = function (this: MutationObserver, ...args) {
      observers.add(this);
      return observe.apply(this, args);
    };
    observer.disconnect = function (this: MutationObserver) {
      observers.delete(this);
      return disconnect.call(this);
    };
    restores.push(() => {
      Object.assign(proto, { addEventListener, removeEventListener });
      Object.assign(observer, { observe, disconnect });
    });
  }
  return {
    count(): number {
      let total = observers.size;
      for (const set of active.values()) total += set.size;
      return total;
    },
    describe(): string {
      const lines = [...active].flatMap(([target, set]) =>
        [...set].map((entry) => `${String(target)} ${entry.split('|')[0]}`),
      );
      return [...lines, `${observers.size} mutation observers`].join('\n');
    },
    restore() {
      for (const restore of restores) restore();
    },
  };
}

interface Heap {
  bytes: number;
  nodes: number | null;
}

/** Retained heap after a forced collection; `false` where the engine does not tell (Firefox, WebKit). */
async function heap(): Promise<Heap | false> {
  return executeServerCommand<Heap | false, undefined>('heap-used');
}

async function settle(element: Element): Promise<void> {
  await (element as Updatable).updateComplete;
  // A toolbar rendered while disconnected holds a scaler that has not started yet.
  const scaler =
    element.localName === 'bantin-toolbar' ? toolbarHarness(element as BantinToolbar).scaler : null;
  if (scaler?.isConnected) await scaler.updateComplete;
}

describe('no leaks', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let counter: ReturnType<typeof listenerCounter>;
  let stage: HTMLElement;
  const report: string[] = [];
  let cycles = 250;

  before(async () => {
    ({ leakCycles: cycles } = await executeServerCommand<{ leakCycles: number }, undefined>('test-budget'));
    frame = document.createElement('iframe');
    frame.title = 'khung';
    frame.src = '/test/fixtures/blank.html';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    counter = listenerCounter([window, frame.contentWindow as Window & typeof globalThis]);
    stage = document.createElement('div');
    document.body.append(stage);
    // The first heap reading sets up the profiler; keep that out of every measurement.
    await heap();
  });

  after(() => {
    counter.restore();
    frame.remove();
    stage.remove();
    clearStoredScale();
    if (report.length > 0) console.log(`Retained per cycle:\n${report.join('\n')}`);
  });

  function create(tag: Tag): HTMLElement {
    const template = document.createElement('template');
    template.innerHTML = markup[tag];
    return template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  }

  const lifecycles: Record<string, (tag: Tag, kept: HTMLElement[]) => Promise<void>> = {
    'connected, rendered and removed': async (tag, kept) => {
      const element = create(tag);
      stage.append(element);
      await settle(element);
      element.remove();
      kept.push(element);
    },
    'removed before its first render': async (tag, kept) => {
      const element = create(tag);
      stage.append(element);
      element.remove();
      await settle(element);
      kept.push(element);
    },
    're-inserted at once and later': async (tag, kept) => {
      const element = create(tag);
      stage.append(element);
      element.remove();
      stage.append(element);
      await settle(element);
      element.remove();
      stage.append(element);
      await settle(element);
      element.remove();
      kept.push(element);
    },
    'moved into an iframe and back': async (tag, kept) => {
      const element = create(tag);
      stage.append(element);
      await settle(element);
      frame.contentDocument!.body.append(element);
      await settle(element);
      stage.append(element);
      await settle(element);
      element.remove();
      kept.push(element);
    },
  };

  for (const tag of Object.keys(markup) as Tag[]) {
    for (const [name, cycle] of Object.entries(lifecycles)) {
      it(`<${tag}> ${name}, hundreds of times: no listener, observer or subscriber left, no heap retained (heap read in Chromium only, over CDP)`, async () => {
        const listeners = counter.count();
        // Warm-up: template caches, per-document stylesheets, first warnings.
        for (let i = 0; i < Math.min(100, cycles); i++) await cycle(tag, []);
        const before = await heap();
        const started = performance.now();
        const kept: HTMLElement[] = [];
        for (let i = 0; i < cycles; i++) {
          await cycle(tag, kept);
          // Keep a few to ask afterwards whether they still hear the stored scale.
          if (kept.length > 5) kept.shift();
        }
        expect(counter.count(), counter.describe()).to.equal(listeners);

        // A removed scaler that still listened would follow a size stored by another tab.
        const scalers = kept.flatMap((element) => [
          ...(element.localName === 'bantin-font-scaler' ? [element] : []),
          ...(element.localName === 'bantin-toolbar'
            ? [toolbarHarness(element as BantinToolbar).scaler]
            : []),
        ]) as BantinFontScaler[];
        const values = scalers.map((scaler) => scaler.value);
        localStorage.setItem('bantin:font-scale', '1.75');
        window.dispatchEvent(
          new StorageEvent('storage', {
            key: 'bantin:font-scale',
            newValue: '1.75',
            storageArea: localStorage,
          }),
        );
        // A scaler never connected (inside a toolbar removed before its first render) never updates.
        await Promise.all(
          scalers.filter((scaler) => scaler.hasUpdated).map((scaler) => scaler.updateComplete),
        );
        expect(
          scalers.map((scaler) => scaler.value),
          'removed scalers follow a stored size',
        ).to.deep.equal(values);
        clearStoredScale();
        kept.length = scalers.length = 0;

        const after = await heap();
        if (before && after) {
          const bytes = (after.bytes - before.bytes) / cycles;
          const nodes =
            after.nodes !== null && before.nodes !== null ? (after.nodes - before.nodes) / cycles : NaN;
          report.push(
            `  <${tag}> ${name}: ${bytes.toFixed(1)} B, ${nodes.toFixed(2)} DOM nodes (${Math.round(performance.now() - started)} ms)`,
          );
          // A leaked element keeps its shadow tree: tens of nodes and kilobytes per cycle.
          expect(nodes, 'DOM nodes retained per cycle').to.be.below(0.5);
          expect(bytes, 'bytes retained per cycle').to.be.below(1024);
        }
      });
    }
  }
});
