// Property-based tests: whatever a page sets on any attribute or property of any
// element (removed attributes, numbers, objects, arrays, huge strings, odd Unicode,
// percentages, JSON), before or after connection, on elements not yet upgraded,
// toggled and removed rapidly, nothing throws, nothing is left blank, the article
// stays readable, and an invalid value is named in a warning.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/bantin.js';
import type { BantinFigure } from '../src/index.js';
import { captureWarnings, clearStoredScale, fontPx, liveRegionText, trapErrors } from './helpers.js';

type Tag = 'bantin-article' | 'bantin-figure' | 'bantin-font-scaler' | 'bantin-toolbar';

/** Every public attribute and property of each element, with `lang`, which all of them read. */
const surface: Record<Tag, { attributes: string[]; properties: string[] }> = {
  'bantin-article': { attributes: ['lang'], properties: ['content'] },
  'bantin-figure': {
    attributes: [
      'src',
      'alt',
      'width',
      'height',
      'srcset',
      'sizes',
      'caption',
      'credit',
      'enlargeable',
      'loading',
      'strings',
      'lang',
    ],
    properties: [
      'src',
      'alt',
      'width',
      'height',
      'srcset',
      'sizes',
      'caption',
      'credit',
      'enlargeable',
      'loading',
      'strings',
    ],
  },
  'bantin-font-scaler': {
    attributes: ['levels', 'min', 'max', 'value', 'for', 'storage-key', 'compact', 'strings', 'lang'],
    properties: ['levels', 'min', 'max', 'value', 'for', 'storageKey', 'compact', 'strings'],
  },
  'bantin-toolbar': {
    attributes: ['date', 'for', 'storage-key', 'actions', 'compact', 'strings', 'lang'],
    properties: ['date', 'for', 'storageKey', 'actions', 'compact', 'strings'],
  },
};
const tags = Object.keys(surface) as Tag[];

const odd = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e-300',
  '1e300',
  '150%',
  '90 100 110 125 150',
  '1000',
  '0.001 0.002',
  '__proto__',
  'constructor',
  'toString',
  '{"sizeAnnouncement": 5}',
  '{"__proto__": {"print": 1}}',
  '[]',
  '{}',
  'javascript:alert(1)',
  ' java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'x.png 1x, javascript:alert(1) 2x',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '\u202e\u0000\ud800\udfff\ufeff',
  'Tăng cỡ chữ 🇻🇳 ẫ̀́',
  '31/02/2023',
  '2023-05-23',
  'print share listen fly',
  'x'.repeat(100_000),
];

/** Strings, as an attribute gets them. */
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...odd) },
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.json({ maxDepth: 2 }),
  fc.double().map(String),
  fc.integer({ min: -1000, max: 100_000 }).map((n) => `${n}%`),
  fc.array(fc.double({ min: -5, max: 2000 }), { maxLength: 6 }).map((levels) => levels.join(' ')),
);

/** Anything, as a script or framework sets a property. */
const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    -1,
    1e-300,
    1e300,
    true,
    false,
    [],
    {},
    Object.create(null) as object,
    [1, 'a', null],
    Symbol('bantin'),
    10n,
    { sizeAnnouncement: 5, unknown: 'x', increase: null },
    { toString: () => '1.5' },
  ),
  fc.double(),
  fc.integer(),
  fc.array(fc.double({ min: -5, max: 2000 }), { maxLength: 6 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withMap: true, withDate: true }),
);

interface Step {
  kind: 'attribute' | 'property' | 'remove';
  name: string;
  value: unknown;
  /** Before the element is connected. */
  early: boolean;
}

function steps(tag: Tag) {
  const { attributes, properties } = surface[tag];
  const attributeStep = fc.record({
    kind: fc.constantFrom<'attribute' | 'remove'>('attribute', 'attribute', 'remove'),
    name: fc.constantFrom(...attributes),
    value: hostileString as fc.Arbitrary<unknown>,
    early: fc.boolean(),
  });
  if (properties.length === 0) return fc.array(attributeStep, { minLength: 1, maxLength: 6 });
  const propertyStep = fc.record({
    kind: fc.constant<'property'>('property'),
    name: fc.constantFrom(...properties),
    value: hostileValue,
    early: fc.boolean(),
  });
  return fc.array(fc.oneof(attributeStep, propertyStep), { minLength: 1, maxLength: 6 });
}

function apply(element: Element, step: Step): void {
  if (step.kind === 'remove') element.removeAttribute(step.name);
  else if (step.kind === 'attribute') element.setAttribute(step.name, step.value as string);
  else (element as unknown as Record<string, unknown>)[step.name] = step.value;
}

/** One task later: unhandled rejections are reported between tasks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

function visible(element: Element | null | undefined): boolean {
  return !!element && element.getClientRects().length > 0;
}

/** What a reader would see is missing: an empty shadow root, no buttons, no figure. */
function blankness(element: Element): string | undefined {
  const root = element.shadowRoot;
  if (!root || root.childElementCount === 0) return 'empty shadow root';
  switch (element.localName) {
    case 'bantin-article':
      // Its text is its own light DOM, or what `content` put there (which may be nothing).
      return element.textContent!.trim() === '' || element.getBoundingClientRect().height > 0
        ? undefined
        : 'the article text is not shown';
    case 'bantin-figure':
      return root.querySelector('figure') ? undefined : 'no <figure>';
    case 'bantin-font-scaler': {
      const buttons = [...root.querySelectorAll('button')];
      return buttons.length === 3 && buttons.every(visible) ? undefined : 'not three visible buttons';
    }
    case 'bantin-toolbar': {
      const scaler = root.querySelector('bantin-font-scaler');
      if (!visible(root.querySelector('[role="toolbar"]'))) return 'no toolbar';
      return scaler && !blankness(scaler) ? undefined : 'the toolbar has no working scaler';
    }
  }
  return undefined;
}

async function settle(element: Element): Promise<unknown[]> {
  const failures: unknown[] = [];
  const lit = element as Element & { updateComplete?: Promise<boolean> };
  for (let round = 0; round < 3; round++) {
    try {
      if ((await lit.updateComplete) !== false) break;
    } catch (error) {
      failures.push(error);
      break;
    }
  }
  const scaler = element.shadowRoot?.querySelector('bantin-font-scaler');
  if (scaler) failures.push(...(await settle(scaler)));
  await nextTask();
  return failures;
}

/** Presses A+ and A− (the live region speaks), or enlarges a figure and closes the dialog. */
async function use(element: Element): Promise<unknown[]> {
  const scaler =
    element.localName === 'bantin-font-scaler'
      ? element
      : element.shadowRoot?.querySelector('bantin-font-scaler');
  if (scaler) {
    const [decrease, , increase] = scaler.shadowRoot?.querySelectorAll('button') ?? [];
    increase?.click();
    decrease?.click();
    return settle(element);
  }
  if (element.localName === 'bantin-figure') {
    (element as BantinFigure).enlarge();
    const failures = await settle(element);
    element.shadowRoot?.querySelector('dialog')?.close();
    return [...failures, ...(await settle(element))];
  }
  return [];
}

/**
 * The article a scaler scales: its body text must stay between 50 % and 400 % of 18 px.
 * Elements under test sit far below the viewport, so that lazy images with generated
 * URLs are not fetched (the test server would log every odd path).
 */
function articleFixture(): { root: HTMLElement; paragraph: HTMLElement } {
  const root = document.createElement('div');
  root.innerHTML = `
    <div class="stage" style="position: absolute; inset-block-start: 20000px"></div>
    <bantin-article>
      <h1 slot="title">Tiêu đề</h1>
      <p>Đoạn văn của bài viết.</p>
    </bantin-article>`;
  document.body.append(root);
  return { root, paragraph: root.querySelector('bantin-article p')! };
}

describe('hostile input', function () {
  this.timeout(120_000);
  let runs = 200;
  let fixture: ReturnType<typeof articleFixture>;
  /** Elements created in a document without a registry are not upgraded until they move. */
  const inert = document.implementation.createHTMLDocument('inert');

  /** Generated cases and the values they set, for the run's report. */
  const tally = { cases: 0, values: 0 };
  after(() => console.log(`hostile input: ${tally.cases} cases, ${tally.values} values set`));

  before(async () => {
    ({ fuzzRuns: runs } = await executeServerCommand<{ fuzzRuns: number }, undefined>('test-budget'));
  });
  beforeEach(() => (fixture = articleFixture()));
  afterEach(() => {
    fixture.root.remove();
    clearStoredScale();
  });

  function create(tag: Tag, upgradeLate: boolean): Element {
    const element = (upgradeLate ? inert : document).createElement(tag);
    if (tag === 'bantin-article') element.innerHTML = '<h1 slot="title">Tiêu đề</h1><p>Đoạn văn.</p>';
    return element;
  }

  /** Runs one generated case; resolves to a description of what went wrong, if anything. */
  async function run(tag: Tag, sequence: Step[], upgradeLate: boolean): Promise<string | undefined> {
    const stage = fixture.root.querySelector('.stage')!;
    const article = fixture.root.querySelector<HTMLElement>('bantin-article')!;
    article.style.removeProperty('--bantin-font-scale');
    const errors = trapErrors({ handled: true });
    const warnings = captureWarnings();
    let element: Element | undefined;
    try {
      element = create(tag, upgradeLate);
      for (const step of sequence.filter((s) => s.early)) apply(element, step);
      stage.append(element);
      for (const step of sequence.filter((s) => !s.early)) apply(element, step);
      errors.errors.push(...(await settle(element)));
      // Removed and put back at once, as a portal's AJAX update does.
      element.remove();
      stage.append(element);
      errors.errors.push(...(await settle(element)));
      const blank = blankness(element);
      if (blank) return blank;
      if (errors.errors.length > 0) return `uncaught: ${errors.errors.map(String).join('; ')}`;
      const size = fontPx(fixture.paragraph);
      if (!(size >= 9 - 0.01 && size <= 72 + 0.01)) return `the article text is ${size}px`;
      // What a reader does next: a size change is announced; a figure is enlarged and closed.
      errors.errors.push(...(await use(element)));
      if (errors.errors.length > 0) return `uncaught after use: ${errors.errors.map(String).join('; ')}`;
      const announced = liveRegionText(element.shadowRoot?.querySelector('bantin-font-scaler') ?? element);
      if (/undefined|null|\[object/.test(announced)) return `announced "${announced}"`;
      return undefined;
    } catch (error) {
      return `threw: ${String(error)}`;
    } finally {
      element?.remove();
      warnings.restore();
      errors.restore();
      clearStoredScale();
    }
  }

  for (const tag of tags) {
    it(`<${tag}>: any value on any attribute or property, early or late, upgraded late or not, never throws, blanks or hides the article`, async () => {
      await fc.assert(
        fc.asyncProperty(steps(tag), fc.boolean(), async (sequence, upgradeLate) => {
          tally.cases += 1;
          tally.values += sequence.length;
          const problem = await run(tag, sequence as Step[], upgradeLate);
          expect(problem, `<${tag}> ${describeSteps(sequence as Step[])}`).to.be.undefined;
        }),
        { numRuns: runs, includeErrorInReport: true },
      );
    });
  }

  /** Values that are wrong in a way a portal developer must hear about, and the attribute the warning names. */
  const invalid: [Tag, Step['kind'], string, unknown, string][] = [
    ['bantin-font-scaler', 'attribute', 'levels', 'big bigger', 'levels'],
    ['bantin-font-scaler', 'attribute', 'levels', '90 100 110 125 150', 'levels'],
    ['bantin-font-scaler', 'attribute', 'levels', '1000', 'levels'],
    ['bantin-font-scaler', 'attribute', 'levels', '0.001 0.002', 'levels'],
    ['bantin-font-scaler', 'attribute', 'max', '1e-300', 'max'],
    ['bantin-font-scaler', 'attribute', 'min', 'abc', 'min'],
    ['bantin-font-scaler', 'attribute', 'min', '-1', 'min'],
    ['bantin-font-scaler', 'attribute', 'value', 'abc', 'value'],
    ['bantin-font-scaler', 'attribute', 'for', 'no-such-id', 'for'],
    ['bantin-font-scaler', 'property', 'levels', [{}], 'levels'],
    ['bantin-font-scaler', 'property', 'levels', { levels: 1 }, 'levels'],
    ['bantin-font-scaler', 'property', 'max', -5, 'max'],
    ['bantin-font-scaler', 'property', 'value', Number.NaN, 'value'],
    ['bantin-toolbar', 'attribute', 'date', 'hôm nay', 'date'],
    ['bantin-toolbar', 'attribute', 'actions', 'fly', 'actions'],
    ['bantin-figure', 'attribute', 'src', 'javascript:alert(1)', 'src'],
    ['bantin-figure', 'attribute', 'src', 'vbscript:msgbox(1)', 'src'],
    ['bantin-figure', 'attribute', 'src', ' java\tscript:alert(1)', 'src'],
    ['bantin-figure', 'attribute', 'src', 'data:text/html,<b>x</b>', 'src'],
    ['bantin-figure', 'attribute', 'srcset', 'a.png 1x, javascript:alert(1) 2x', 'srcset'],
    ['bantin-figure', 'attribute', 'width', 'abc', 'width'],
    ['bantin-figure', 'attribute', 'height', '-3', 'height'],
    ['bantin-figure', 'attribute', 'loading', 'sometimes', 'loading'],
    ['bantin-figure', 'property', 'caption', {}, 'caption'],
    ['bantin-figure', 'property', 'credit', Object.create(null), 'credit'],
    ['bantin-figure', 'property', 'alt', Symbol('alt'), 'alt'],
    ['bantin-figure', 'property', 'srcset', ['a.png'], 'srcset'],
    ['bantin-figure', 'property', 'enlargeable', 'false', 'enlargeable'],
    ['bantin-figure', 'property', 'width', {}, 'width'],
  ];
  for (const tag of ['bantin-figure', 'bantin-font-scaler', 'bantin-toolbar'] as const) {
    for (const strings of ['{"sizeAnnouncement": 5}', 'null', '[]', '{"nope": "x"}', '{not json', '5']) {
      invalid.push([tag, 'attribute', 'strings', strings, 'strings']);
    }
    for (const strings of [{ print: 5 }, { nope: 'x' }, [], 5, '{"close": null}']) {
      invalid.push([tag, 'property', 'strings', strings, 'strings']);
    }
  }
  // The article shows no strings of its own, so only the other three read `lang`.
  for (const tag of ['bantin-figure', 'bantin-font-scaler', 'bantin-toolbar'] as const) {
    for (const lang of ['-1', '__proto__', 'fr', '1234'])
      invalid.push([tag, 'attribute', 'lang', lang, 'lang']);
  }

  it(`warns, naming element and attribute, for each of ${invalid.length} kinds of invalid value set early or late, upgraded late or not, and still renders`, async () => {
    const stage = fixture.root.querySelector('.stage')!;
    for (const [tag, kind, name, value, attribute] of invalid) {
      for (const [early, upgradeLate] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ] as const) {
        tally.cases += 1;
        tally.values += 1;
        const warnings = captureWarnings();
        const errors = trapErrors({ handled: true });
        const element = create(tag, upgradeLate);
        try {
          if (early) apply(element, { kind, name, value, early });
          stage.append(element);
          if (!early) apply(element, { kind, name, value, early });
          errors.errors.push(...(await settle(element)));
          const context = `<${tag}> ${early ? 'early' : 'late'}${upgradeLate ? ', upgraded late' : ''}: ${kind} ${name}=${describeValue(value)}\n${warnings.messages.join('\n')}`;
          expect(blankness(element), context).to.be.undefined;
          errors.errors.push(...(await use(element)));
          expect(errors.errors.map(String), context).to.deep.equal([]);
          expect(
            warnings.messages.some((message) => message.startsWith(`<${tag}> ${attribute}:`)),
            context,
          ).to.be.true;
        } finally {
          element.remove();
          warnings.restore();
          errors.restore();
          clearStoredScale();
        }
      }
    }
  });
});

function describeValue(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function describeSteps(sequence: Step[]): string {
  return sequence
    .map(
      ({ kind, name, value, early }) =>
        `${early ? 'before connection, ' : ''}${kind} ${name}=${describeValue(value)}`,
    )
    .join('; ');
}
