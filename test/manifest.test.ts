import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CSSResultOrNative } from 'lit';
import '../src/bantin.js';
import { readingCss } from '../src/internal/reading-styles.js';

// custom-elements.json is what Storybook, editors and the framework typings show
// designers and portal developers; `npm test` regenerates it before this file runs.
interface Documented {
  name: string;
  privacy?: string;
  kind?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Documented[];
  attributes?: (Documented & { fieldName?: string })[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { declaration: { module?: string } }[] }[];
}

const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

function cssText(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

/**
 * Every `--bantin-*` property an element's stylesheets read with `var()`; the toolbar's
 * include the reading rules it adopts into the document.
 */
function tokensRead(tag: string): string[] {
  const element = customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] };
  const text = element.elementStyles.map(cssText).join('\n') + (tag === 'bantin-toolbar' ? readingCss : '');
  return [...new Set([...text.matchAll(/var\(\s*(--bantin-[\w-]+)/g)].map((match) => match[1]!))].sort();
}

describe('custom-elements.json', () => {
  it('describes all four elements', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([
      'bantin-article',
      'bantin-figure',
      'bantin-font-scaler',
      'bantin-toolbar',
    ]);
  });

  for (const tag of ['bantin-article', 'bantin-figure', 'bantin-font-scaler', 'bantin-toolbar']) {
    it(`documents every --bantin-* token <${tag}>'s styles read, and no other`, () => {
      const declaration = elements.find((element) => element.tagName === tag)!;
      const documented = (declaration.cssProperties ?? []).map((property) => property.name).sort();
      const read = tokensRead(tag);
      expect(read.length, 'the styles read tokens').to.be.greaterThan(0);
      expect(
        read.filter((name) => !documented.includes(name)),
        `read by <${tag}>'s styles but missing from its @cssprop`,
      ).to.deep.equal([]);
      expect(
        documented.filter((name) => !read.includes(name)),
        `documented on <${tag}> but never read by its styles`,
      ).to.deep.equal([]);
    });
  }

  it('documents every var(--bantin-…) in src on the element whose folder reads it', async () => {
    const sources = await executeServerCommand<{ path: string; text: string }[], Record<string, never>>(
      'source-files',
    );
    expect(sources.length).to.be.greaterThan(10);
    const documented = (tag: string) =>
      (elements.find((element) => element.tagName === tag)?.cssProperties ?? []).map((p) => p.name);
    const everywhere = new Set(elements.flatMap((element) => documented(element.tagName!)));
    const missing: string[] = [];
    for (const { path, text } of sources) {
      // src/<element>/… belongs to <bantin-element>; src/internal/… is shared and must be
      // documented on some element.
      const folder = /^src\/([^/]+)\//.exec(path)?.[1];
      const tag = folder && folder !== 'internal' ? `bantin-${folder}` : undefined;
      for (const [, name] of text.matchAll(/var\(\s*(--bantin-[\w-]+)/g)) {
        const ok = tag ? documented(tag).includes(name!) : everywhere.has(name!);
        if (!ok) missing.push(`${name} (${path})`);
      }
    }
    expect([...new Set(missing)], 'read in src but documented on no element that reads it').to.deep.equal([]);
  });

  it('lists no private member, @state field or stray variable', () => {
    const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
    expect(declarations.filter((declaration) => !declaration.customElement).map((d) => d.name)).to.deep.equal(
      [],
    );
    const hidden = elements.flatMap((element) =>
      (element.members ?? [])
        .filter((member) => member.name.startsWith('#') || member.privacy === 'private')
        .map((member) => `${element.tagName}.${member.name}`),
    );
    expect(hidden).to.deep.equal([]);
  });

  it('names modules by the files the package ships (dist/*.js)', async () => {
    for (const mod of manifest.modules) {
      expect(mod.path).to.match(/^dist\/.+\.js$/);
      for (const entry of mod.exports ?? []) {
        if (entry.declaration.module?.startsWith('src/')) expect.fail(`${mod.path} exports from src`);
      }
    }
  });

  it('has an attribute for every public property an attribute can set', () => {
    for (const element of elements) {
      const fields = (element.members ?? []).filter((member) => member.kind === 'field');
      const attributes = (element.attributes ?? []).map((attribute) => attribute.fieldName);
      // Properties without an attribute (rich values) are fine; an attribute without a
      // documented property is not.
      expect(attributes.filter((name) => !fields.some((field) => field.name === name))).to.deep.equal([]);
    }
  });
});
