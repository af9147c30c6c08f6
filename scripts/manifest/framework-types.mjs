// A custom-elements-manifest analyzer plugin that writes the framework typings
// (dist/jsx.d.ts, dist/react.d.ts, dist/preact.d.ts, dist/vue.d.ts) from the manifest,
// so that an attribute, property or event added to an element's JSDoc reaches every
// framework without a hand edit. Refs are typed with the element class and events
// with the types the elements register on GlobalEventHandlersEventMap.
// Why a script: the custom-element-*-integration packages in devDependencies write JSX,
// Vue and JetBrains data, but not refs typed with our classes nor our typed events.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** The elements in the manifest, with what each framework needs to know about them. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly,
      );
      const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName);
      const byField = new Set(attributes.map((attribute) => attribute.fieldName));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: mod.path,
        attributes: attributes.map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          description: attribute.description ?? '',
        })),
        // Properties a framework can set that no attribute mirrors (e.g. rich objects).
        properties: fields
          .filter((field) => !byField.has(field.name))
          .map((field) => ({ name: field.name, description: field.description ?? '' })),
        events: (declaration.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({ name: event.name, description: event.description ?? '' })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const eventType = (name) => `BantinEvent<${JSON.stringify(name)}>`;
// Events are typed as the elements register them on GlobalEventHandlersEventMap.
const EVENT_TYPE = `type BantinEvent<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : Event;
`;

function imports(elements, outdir) {
  return elements
    .map((element) => {
      let path = relative(outdir, element.module).replace(/\\/g, '/');
      if (!path.startsWith('.')) path = `./${path}`;
      return `import type { ${element.className} } from '${path}';`;
    })
    .join('\n');
}

/** Props named as in HTML (attributes) and as in JavaScript (properties), typed by the class. */
function props(element, { kebab }) {
  let out = '';
  const seen = new Set();
  for (const attribute of element.attributes) {
    const type = `${element.className}[${JSON.stringify(attribute.field)}]`;
    for (const name of kebab ? [attribute.name, attribute.field] : [camel(attribute.name)]) {
      if (seen.has(name)) continue;
      seen.add(name);
      out += doc(attribute.description) + `  ${quote(name)}?: ${type};\n`;
    }
  }
  for (const property of element.properties) {
    if (seen.has(property.name)) continue;
    seen.add(property.name);
    out +=
      doc(property.description) +
      `  ${quote(property.name)}?: ${element.className}[${JSON.stringify(property.name)}];\n`;
  }
  return out;
}

/** `onbantin-font-scale-change`: React 19 and Preact listen to the event named after `on`. */
function jsxEvents(element) {
  return element.events
    .map(
      (event) =>
        doc(event.description) +
        `  ${quote(`on${event.name}`)}?: (event: ${eventType(event.name)}) => void;\n`,
    )
    .join('');
}

const HEADER =
  '// Generated from custom-elements.json by scripts/manifest/framework-types.mjs; do not edit.\n';

function jsxFile(elements, outdir) {
  let out = `${HEADER}${imports(elements, outdir)}\n\n/** An event by name, typed as the element that fires it registers it. */\nexport ${EVENT_TYPE}\n`;
  for (const element of elements) {
    out += `/** Attributes, properties and events of \`<${element.tag}>\`. */\nexport interface ${element.className}Props {\n${props(element, { kebab: true })}${jsxEvents(element)}}\n\n`;
  }
  out += `/** Every bantin tag with its props, for JSX runtimes that read a global \`JSX\` namespace. */\nexport interface CustomElements {\n`;
  for (const element of elements)
    out += `  ${JSON.stringify(element.tag)}: Partial<${element.className}Props> & { children?: unknown; class?: string; id?: string; slot?: string; lang?: string; hidden?: boolean };\n`;
  return `${out}}\n`;
}

function reactFile(elements, outdir, framework) {
  const isReact = framework === 'react';
  let out = `${HEADER}// ${isReact ? 'React 19 reads intrinsic elements from `React.JSX`' : 'Preact reads intrinsic elements from `preact.JSX`'}; this adds bantin's tags
// there, with refs typed as the element classes. Use: \`import type {} from 'bantin/${framework}';\`
${isReact ? "import type { DetailedHTMLProps, HTMLAttributes } from 'react';" : "import type { JSX as PreactJSX } from 'preact';"}
${imports(elements, outdir)}
import type { ${elements.map((element) => `${element.className}Props`).join(', ')} } from './jsx.js';

`;
  const base = (element) =>
    isReact
      ? `DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}>`
      : `PreactJSX.HTMLAttributes<${element.className}>`;
  out += `declare module '${framework}' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    out += `      ${JSON.stringify(element.tag)}: Omit<${base(element)}, keyof ${element.className}Props> & ${element.className}Props;\n`;
  }
  out += `    }\n  }\n}\n`;
  return out;
}

function vueFile(elements, outdir) {
  let out = `${HEADER}// Vue templates: the tags as global components, checked by vue-tsc with
// \`strictTemplates\`; template refs are typed as the element classes. This follows
// Vue's guide for typing custom elements. Use: \`import type {} from 'bantin/vue';\`
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports(elements, outdir)}

import type { BantinEvent } from './jsx.js';

type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;

/** An element as Vue's type checker sees it: its own props, global HTML attributes, its events. */
type DefineBantinElement<Element extends HTMLElement, Props, Events> = new () => Element & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: VueEmit<Events>;
};

`;
  for (const element of elements) {
    out += `interface ${element.className}VueProps {\n${props(element, { kebab: false })}}\n\n`;
    out += `interface ${element.className}VueEvents {\n${element.events
      .map((event) => doc(event.description) + `  ${JSON.stringify(event.name)}: ${eventType(event.name)};\n`)
      .join('')}}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const element of elements) {
    out += `    ${JSON.stringify(element.tag)}: DefineBantinElement<${element.className}, ${element.className}VueProps, ${element.className}VueEvents>;\n`;
  }
  // bantin's content is the page's own markup in named slots (<h1 slot="title">);
  // Vue's HTML attribute types leave `slot` out, so strictTemplates would refuse it.
  out += `  }\n  interface HTMLAttributes {\n    /** The named slot of the element this child fills, e.g. \`<h1 slot="title">\` in \`<bantin-article>\`. */\n    slot?: string;\n  }\n}\n\nexport {};\n`;
  return out;
}

export function frameworkTypesPlugin({ outdir = 'dist' } = {}) {
  return {
    name: 'bantin-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'jsx.d.ts'), jsxFile(elements, outdir));
      writeFileSync(join(outdir, 'react.d.ts'), reactFile(elements, outdir, 'react'));
      writeFileSync(join(outdir, 'preact.d.ts'), reactFile(elements, outdir, 'preact'));
      writeFileSync(join(outdir, 'vue.d.ts'), vueFile(elements, outdir));
    },
  };
}
