// The analyzer writes a default that is a constant as the constant's name
// (`DEFAULT_KEY`, `[...DEFAULT_LEVELS]`, `DEFAULT_ACTIONS`). A designer needs the value.
// This Vite plugin resolves those names from the source when Storybook builds, so the
// API tables follow the source (a new default action appears with no story edit).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const SRC = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A literal as the source writes it: a string, a number, or an array of them. */
function literal(text: string): string | number | (string | number)[] | undefined {
  const value = text.replace(/\s+as\s+const\s*$/, '').trim();
  const string = /^(['"`])(.*)\1$/s.exec(value);
  if (string) return string[2];
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (/^\[.*\]$/s.test(value)) {
    const items = value
      .slice(1, -1)
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
      .map(literal);
    if (items.every((item) => typeof item === 'string' || typeof item === 'number'))
      return items as (string | number)[];
  }
  return undefined;
}

/** Every upper-case constant in src/ whose value is a literal. */
export function sourceConstants(): Map<string, string | number | (string | number)[]> {
  const constants = new Map<string, string | number | (string | number)[]>();
  const declaration = /\bconst\s+([A-Z][A-Z0-9_]*)\s*(?::[^=]+)?=\s*([^;]+);/g;
  const derived: [string, string][] = [];
  for (const file of sourceFiles(SRC)) {
    for (const [, name, text] of readFileSync(file, 'utf8').matchAll(declaration)) {
      const value = literal(text!);
      if (value !== undefined && !constants.has(name!)) constants.set(name!, value);
      else if (value === undefined) derived.push([name!, text!.trim()]);
    }
  }
  // A default built from another constant: `KNOWN_ACTIONS.join(' ')`.
  for (const [name, text] of derived) {
    const join = /^([A-Z][A-Z0-9_]*)\.join\((['"])(.*)\2\)$/.exec(text);
    const list = join ? constants.get(join[1]!) : undefined;
    if (Array.isArray(list) && !constants.has(name)) constants.set(name, list.join(join![3]));
  }
  return constants;
}

/** `DEFAULT_KEY` → `'bantin:font-scale'`; `[...DEFAULT_LEVELS]` → `0.9 1 1.1 …` (the attribute's form). */
export function resolveDefault(
  text: string | undefined,
  constants: ReturnType<typeof sourceConstants>,
): string | undefined {
  if (text === undefined) return undefined;
  const name = /^\[?\s*(?:\.\.\.)?([A-Z][A-Z0-9_]*)\s*\]?$/.exec(text.trim())?.[1];
  const value = name === undefined ? undefined : constants.get(name);
  if (value === undefined) return text;
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? `'${value}'` : String(value);
}

interface Item {
  default?: string;
  fieldName?: string;
  name?: string;
  kind?: string;
}
interface Declaration {
  attributes?: Item[];
  members?: Item[];
}

/** The manifest with every default a value. */
export function resolveManifest(json: string): string {
  const constants = sourceConstants();
  const manifest = JSON.parse(json) as { modules: { declarations?: Declaration[] }[] };
  for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
    for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
      if (item.default !== undefined) item.default = resolveDefault(item.default, constants);
    }
  }
  return JSON.stringify(manifest);
}

export function sourceDefaults(): Plugin {
  return {
    name: 'bantin-source-defaults',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('/custom-elements.json')) return undefined;
      this.addWatchFile(SRC);
      return resolveManifest(readFileSync(path, 'utf8'));
    },
  };
}
