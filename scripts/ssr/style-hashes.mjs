/**
 * Writes dist/ssr-style-hashes.json: the SHA-256 of every `<style>` text that a server
 * render of the published modules emits, for a portal whose Content-Security-Policy has
 * no 'unsafe-inline' for styles:
 *
 *   Content-Security-Policy: style-src 'self' 'sha256-…' 'sha256-…' …
 *
 * With the hashes, the server-rendered shadow roots are styled at first paint; without
 * them the browser refuses those `<style>`s and the elements take their styles as
 * constructable stylesheets when they hydrate (src/internal/bantin-element.ts).
 * The hashes change with the styles, so a portal takes them from the version it serves.
 *
 * Why a script: no tool hashes the <style> texts a Lit server render emits.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/** `'sha256-…'` of each distinct `<style>` text in server-rendered HTML, in first-seen order. */
export function styleHashes(markup) {
  const hashes = new Set();
  for (const [, text] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await import(new URL('../../dist/bantin.js', import.meta.url).href);
  const elements = {
    'bantin-article': html`<bantin-article></bantin-article>`,
    'bantin-figure': html`<bantin-figure></bantin-figure>`,
    'bantin-font-scaler': html`<bantin-font-scaler></bantin-font-scaler>`,
    'bantin-toolbar': html`<bantin-toolbar></bantin-toolbar>`,
  };
  const perElement = {};
  const all = new Set();
  for (const [tag, template] of Object.entries(elements)) {
    perElement[tag] = styleHashes(await collectResult(render(template)));
    for (const hash of perElement[tag]) all.add(hash);
  }
  const { version } = JSON.parse(
    await import('node:fs/promises').then((fs) =>
      fs.readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ),
  );
  const out = {
    version,
    about: 'SHA-256 of each <style> a server render of bantin emits; add them to style-src.',
    'style-src': ["'self'", ...all].join(' '),
    elements: perElement,
  };
  await writeFile(
    new URL('../../dist/ssr-style-hashes.json', import.meta.url),
    JSON.stringify(out, null, 2) + '\n',
  );
  console.log(`dist/ssr-style-hashes.json: ${all.size} style hashes`);
}
