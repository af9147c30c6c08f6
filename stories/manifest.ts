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

/** The control a designer gets for a value of this type. */
function controlFor(type: string): InputType['control'] {
  const literals = type.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) return 'inline-radio';
  if (type === 'boolean') return 'boolean';
  if (type === 'number') return 'number';
  if (/^[A-Z]|<|\{/.test(type)) return 'object';
  return 'text';
}

function options(type: string): string[] | undefined {
  const literals = type.split('|').map((part) => part.trim());
  return literals.every((part) => /^'[^']*'$/.test(part)) && literals.length > 1
    ? literals.map(unquote)
    : undefined;
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
  for (const item of element.attributes ?? []) {
    const type = typeOf(item);
    row(item.name, item, 'attributes', {
      control: controlFor(type),
      options: options(type),
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
      row(item.name, item, 'properties', { control: controlFor(typeOf(item)) });
    } else if (item.kind === 'method') {
      row(`method:${item.name}`, item, 'methods');
    }
  }
  for (const item of element.events ?? []) row(`event:${item.name}`, item, 'events');
  for (const item of element.slots ?? []) row(`slot:${item.name || '(default)'}`, item, 'slots');
  for (const item of element.cssParts ?? []) row(`part:${item.name}`, item, 'css shadow parts');
  for (const item of element.cssProperties ?? []) {
    row(item.name, item, 'css custom properties', {
      control: item.syntax === '<color>' ? 'color' : 'text',
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
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (value === true) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The element's opening and closing tags with the attributes the args set, as a portal writes them. */
export function elementMarkup(tag: string, args: Args, content: StoryContent = {}): string {
  const { attributes } = argKinds(tag);
  const parts = [tag];
  for (const name of attributes.keys()) {
    const value = attributeValue(args[name]);
    if (value === undefined) continue;
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
export function renderElement(tag: string, args: Args, content: StoryContent = {}): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = `${elementMarkup(tag, args, content)}${content.after ?? ''}`;
  const element = holder.querySelector<HTMLElement>(tag)!;
  // Custom properties go through the CSSOM, as a portal's stylesheet would set them;
  // no style attribute, which a strict Content-Security-Policy refuses.
  for (const [name, value] of Object.entries(cssFor(tag, args))) element.style.setProperty(name, value);
  for (const name of argKinds(tag).properties.keys()) {
    if (args[name] !== undefined) (element as unknown as Record<string, unknown>)[name] = args[name];
  }
  return holder;
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
