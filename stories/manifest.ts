// Everything Storybook shows about an element comes from custom-elements.json: the
// docs tables, a control for every public attribute, property and CSS custom property,
// the story's markup and the "Show code" source. An attribute or token added to an
// element's JSDoc appears here with no story edit.
import { getCustomElements } from '@storybook/web-components-vite';
import type { ArgTypes, Args, InputType } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  syntax?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
}
export interface Declaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

/** Light-DOM content and neighbours a story gives the element (markup, as a portal writes it). */
export interface StoryContent {
  /** Markup inside the element: slotted headline, image, caption, the portal's buttons. */
  children?: string;
  /** Markup after the element, e.g. the article a scaler scales. */
  after?: string;
  /** The width of the column the story is shown in (story layout, not markup). */
  maxWidth?: string;
}

export function declarations(): Declaration[] {
  const manifest = getCustomElements() as {
    modules: { declarations?: (Declaration & { customElement?: boolean })[] }[];
  };
  return manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((item) => item.customElement);
}

export function declaration(tag: string): Declaration | undefined {
  return declarations().find((item) => item.tagName === tag);
}

const unquote = (text: string) => text.replace(/^'(.*)'$/, '$1');
const summary = (text?: string) => (text === undefined ? undefined : { summary: unquote(text) });
const typeOf = (item: Item) => (item.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');

/** The literals of a union such as `'lazy' | 'eager'`, else undefined. */
function literals(type: string): string[] | undefined {
  const parts = type.split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map(unquote) : undefined;
}

/**
 * The words of a space-separated list (`actions`): those the JSDoc names in backticks
 * and those of the default, so a word added to either gets its box.
 */
function tokens(item: Item): string[] | undefined {
  if (!/space[- ]separated/i.test(item.description ?? '')) return undefined;
  const named = [...(item.description ?? '').matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]!);
  const defaults = unquote(item.default ?? '')
    .split(/\s+/)
    .filter(Boolean);
  // Numbers (`levels`) are typed, not ticked.
  if (!defaults.every((word) => /^[a-z][a-z-]*$/.test(word))) return undefined;
  const words = [...new Set([...named, ...defaults])];
  return words.length > 1 ? words : undefined;
}

/** The control a designer gets for a value of this type (Storybook 10 wants `{ type }`). */
function controlFor(item: Item, type: string): Pick<InputType, 'control' | 'options'> {
  const words = tokens(item);
  if (words) return { control: { type: 'inline-check' }, options: words };
  const options = literals(type);
  if (options) return { control: { type: 'inline-radio' }, options };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  // `number[] | string` (levels) and `string | Date` (date) are written as text in markup.
  if (/\bstring\b/.test(type)) return { control: { type: 'text' } };
  if (/^[A-Z]|<|\{/.test(type)) return { control: { type: 'object' } };
  return { control: { type: 'text' } };
}

/**
 * An attribute as the table shows it: the analyzer leaves out the type or writes a
 * constant for the default where the field has them (`actions`), so take the field's.
 */
function withField(element: Declaration, item: Item): Item {
  const field = (element.members ?? []).find((member) => member.name === item.fieldName);
  return {
    ...item,
    type: item.type ?? field?.type,
    default: item.default ?? field?.default,
    description: item.description ?? field?.description,
  };
}

/** Keys of args that set attributes, properties and CSS custom properties. */
export interface ArgKinds {
  attributes: Map<string, string>;
  properties: Map<string, string>;
  cssProperties: Set<string>;
}

export function argKinds(tag: string): ArgKinds {
  const element = declaration(tag);
  const attributes = new Map((element?.attributes ?? []).map((item) => [item.name, typeOf(item)]));
  const mirrored = new Set((element?.attributes ?? []).map((item) => item.fieldName));
  const properties = new Map(
    (element?.members ?? [])
      .filter((item) => item.kind === 'field' && !item.static && !item.readonly && !mirrored.has(item.name))
      .map((item) => [item.name, typeOf(item)]),
  );
  const cssProperties = new Set((element?.cssProperties ?? []).map((item) => item.name));
  return { attributes, properties, cssProperties };
}

/**
 * The docs tables and controls. Each kind has its own keys, so an attribute, a slot
 * and a part that share a name (the figure's `caption`) each keep their row.
 */
export function argTypesFor(tag: string): ArgTypes {
  const element = declaration(tag);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  const row = (key: string, item: Item, category: string, extra: Partial<InputType> = {}) => {
    argTypes[key] = {
      name: item.name || '(default)',
      description: item.description ?? '',
      table: { category, type: summary(item.type?.text ?? item.syntax), defaultValue: summary(item.default) },
      control: false,
      ...extra,
    };
  };
  const kinds = argKinds(tag);
  for (const attribute of element.attributes ?? []) {
    const item = withField(element, attribute);
    const type = typeOf(item);
    row(item.name, item, 'attributes', {
      ...controlFor(item, type),
      table: {
        category: 'attributes',
        type: summary(
          item.fieldName && item.fieldName !== item.name ? `${type} (property ${item.fieldName})` : type,
        ),
        defaultValue: summary(item.default),
      },
    });
  }
  for (const item of element.members ?? []) {
    if (item.kind === 'field' && kinds.properties.has(item.name)) {
      row(item.name, item, 'properties', controlFor(item, typeOf(item)));
    } else if (item.kind === 'method') {
      row(`method:${item.name}`, item, 'methods');
    }
  }
  for (const item of element.events ?? []) row(`event:${item.name}`, item, 'events');
  for (const item of element.slots ?? []) row(`slot:${item.name || '(default)'}`, item, 'slots');
  for (const item of element.cssParts ?? []) row(`part:${item.name}`, item, 'css shadow parts');
  for (const item of element.cssProperties ?? []) {
    row(item.name, item, 'css custom properties', {
      control: { type: item.syntax === '<color>' ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        type: summary(item.syntax),
        defaultValue: summary(item.default),
      },
    });
  }
  return argTypes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function attributeValue(value: unknown): string | undefined {
  // A list control's words (an empty list is an attribute too: "show none").
  if (Array.isArray(value)) return value.join(' ');
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (value === true) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Each attribute's default as written in markup (`print share listen`), where it has one. */
export function attributeDefaults(tag: string): Map<string, string> {
  const element = declaration(tag);
  const defaults = new Map<string, string>();
  for (const attribute of element?.attributes ?? []) {
    const item = withField(element!, attribute);
    if (item.default !== undefined && item.default !== 'undefined')
      defaults.set(item.name, unquote(item.default));
  }
  return defaults;
}

/**
 * The args a control needs to show the element's real state: a list control ticks
 * the default words, a radio marks the default. Other defaults stay unset, so that a
 * story never writes `storage-key` or `levels` unless it means to.
 */
export function initialArgsFor(tag: string): Args {
  const element = declaration(tag);
  const args: Args = {};
  for (const [name, argType] of Object.entries(argTypesFor(tag))) {
    const control = (argType.control as { type?: string } | undefined)?.type;
    const attribute = element?.attributes?.find((item) => item.name === name);
    const value = attribute && attributeDefaults(tag).get(name);
    if (value === undefined) continue;
    if (control === 'inline-check') args[name] = value.split(/\s+/).filter(Boolean);
    else if (control === 'inline-radio') args[name] = value;
  }
  return args;
}

/** The element's opening and closing tags with the attributes the args set, as a portal writes them. */
export function elementMarkup(tag: string, args: Args, content: StoryContent = {}): string {
  const { attributes } = argKinds(tag);
  const defaults = attributeDefaults(tag);
  const parts = [tag];
  for (const name of attributes.keys()) {
    const value = attributeValue(args[name]);
    // A value equal to the default is left out, as a portal would.
    if (value === undefined || value === defaults.get(name)) continue;
    parts.push(value === '' ? name : `${name}="${escapeAttribute(value)}"`);
  }
  const open = parts.length > 3 ? `<${parts.join('\n  ')}\n>` : `<${parts.join(' ')}>`;
  const children = content.children?.trim();
  const inner = children ? `\n  ${children.replace(/\n/g, '\n  ')}\n` : '';
  return `${open}${inner}</${tag}>`;
}

/** CSS custom properties the args set, for the portal's own stylesheet. */
export function cssFor(tag: string, args: Args): Record<string, string> {
  const { cssProperties } = argKinds(tag);
  return Object.fromEntries(
    [...cssProperties]
      .filter((name) => args[name] !== undefined && args[name] !== '')
      .map((name) => [name, String(args[name])]),
  );
}

/**
 * Renders the story from the same markup "Show code" shows, so the two cannot drift.
 * The plain `<div>` only holds the nodes for Storybook (a fragment would be emptied
 * when Storybook moves it); "Show code" leaves it out.
 */
export function renderElement(
  tag: string,
  args: Args,
  content: StoryContent = {},
  storyId?: string,
): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = `${elementMarkup(tag, args, content)}${content.after ?? ''}`;
  const element = holder.querySelector<HTMLElement>(tag)!;
  if (storyId) isolate(holder, storyId, args);
  // Custom properties go through the CSSOM, as a portal's stylesheet would set them;
  // no style attribute, which a strict Content-Security-Policy refuses.
  for (const [name, value] of Object.entries(cssFor(tag, args))) element.style.setProperty(name, value);
  for (const name of argKinds(tag).properties.keys()) {
    if (args[name] !== undefined) (element as unknown as Record<string, unknown>)[name] = args[name];
  }
  return holder;
}

/** The storage key a story's scaler uses instead of the reader's (see isolate). */
export const storyStorageKey = (storyId: string, part?: string) =>
  `bantin-story:${storyId}:${part ? `${part}:` : ''}font-scale`;

let copies = 0;

const supports = (element: Element, attribute: string) =>
  declaration(element.localName)?.attributes?.some((item) => item.name === attribute) ?? false;

/**
 * Story-only wiring, left out of "Show code": each scaler and toolbar stores its size
 * under the story's own key and scales the story's own article, so that on a docs page
 * with several stories none moves another, and no story writes the reader's real
 * `bantin:font-scale`. A story's own `for` or `storage-key` arg wins.
 */
export function isolate(holder: Element, storyId: string, args: Args = {}, part?: string): void {
  // A docs page may show one story twice (at the top and in the list): each copy
  // scales its own article.
  const copy = ++copies;
  const articles = [...holder.querySelectorAll('bantin-article')];
  articles.forEach((article, index) => {
    if (!article.id)
      article.id = ['bantin-story', storyId, part, copy, index || undefined].filter(Boolean).join('-');
  });
  for (const element of holder.querySelectorAll('bantin-font-scaler, bantin-toolbar')) {
    if (supports(element, 'storage-key') && !args['storage-key'])
      element.setAttribute('storage-key', storyStorageKey(storyId, part));
    if (supports(element, 'for') && !args['for'] && articles[0]) element.setAttribute('for', articles[0].id);
  }
}

export const SCRIPT_TAG = '<script type="module" src="/assets/bantin/bantin.bundle.js"></script>';

/** What a portal pastes: the script tag, the markup, and any token it sets in its stylesheet. */
export function sourceFor(tag: string, args: Args, content: StoryContent = {}): string {
  const lines = [SCRIPT_TAG];
  const css = Object.entries(cssFor(tag, args));
  if (css.length > 0) {
    lines.push(
      `<!-- In the portal's stylesheet:\n${tag} {\n${css.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n-->`,
    );
  }
  const properties = [...argKinds(tag).properties.keys()].filter((name) => args[name] !== undefined);
  if (properties.length > 0) {
    lines.push(
      `<!-- Set in the portal's script: ${properties.map((name) => `element.${name} = ${JSON.stringify(args[name])}`).join('; ')} -->`,
    );
  }
  lines.push(elementMarkup(tag, args, content));
  if (content.after) lines.push(content.after.trim());
  return lines.join('\n');
}
