/**
 * Node module hooks that let Node import the TypeScript sources directly, so the server
 * render (the smoke script and the tests' SSR worker) runs the same code as the browser
 * tests, with no build step. `./x.js` resolves to `./x.ts` when only the latter exists,
 * as TypeScript's own resolution does; esbuild strips the types with the repo's
 * tsconfig (legacy decorators).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const tsconfigRaw = JSON.parse(await readFile(new URL('../../tsconfig.json', import.meta.url), 'utf8'));

export async function resolve(specifier, context, nextResolve) {
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts') && specifier.startsWith('.')) {
    const tsUrl = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(tsUrl))) return { url: tsUrl.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: fileURLToPath(url),
    sourcemap: 'inline',
    tsconfigRaw,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
