// A custom-elements-manifest analyzer plugin that leaves only what a portal can use:
// the analyzer lists `#private` fields, `@state()` fields and stray local variables too,
// and names modules by their TypeScript sources, which the package does not ship.
// Why a script: the analyzer has no option to drop private members or rename modules to
// the shipped paths; a plugin is its documented extension point.

const isPublic = (member) =>
  !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';

/** `src/toolbar/toolbar.ts` → `dist/toolbar/toolbar.js`: the file that is in the package. */
export const distPath = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * The value an editor offers for an attribute: literal unions become choices, JSON
 * objects and free text become plain strings, `undefined` is left out.
 */
export function editorType(typeText = 'string') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) return parts.join(' | ');
  if (parts.length === 1 && (parts[0] === 'boolean' || parts[0] === 'number')) return parts[0];
  return 'string';
}

export function publicApiPlugin() {
  return {
    name: 'bantin-public-api',
    packageLinkPhase({ customElementsManifest }) {
      // What `import … from 'bantin'` offers; helpers other modules share are not API.
      const index = customElementsManifest.modules.find((mod) => mod.path === 'src/index.ts');
      const publicNames = new Set((index?.exports ?? []).map((entry) => entry.name));
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => {
        const before = (mod.declarations ?? []).length;
        const exported = new Set((mod.exports ?? []).map((entry) => entry.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter(
          (declaration) =>
            exported.has(declaration.name) &&
            (declaration.customElement || publicNames.has(declaration.name)),
        );
        mod.exports = (mod.exports ?? []).filter(
          (entry) =>
            mod.path === 'src/index.ts' ||
            mod.path === 'src/bantin.ts' ||
            mod.declarations.some((d) => d.name === entry.declaration?.name),
        );
        return before === 0 || mod.declarations.length > 0;
      });
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations) {
          // With `static properties`, the analyzer lists `{ state: true }` fields as
          // attributes (and marks every declared property `privacy: 'public'`).
          const hidden = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            if (declaration.attributes.length === 0) delete declaration.attributes;
          }
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          for (const member of declaration.members ?? [])
            if (member.privacy === 'public') delete member.privacy;
          // The schema names a custom property's CSS type `syntax`; the analyzer puts
          // the `{<color>}` of @cssprop in `type`.
          for (const property of declaration.cssProperties ?? []) {
            if (property.type?.text && !property.syntax) property.syntax = property.type.text;
          }
          for (const attribute of declaration.attributes ?? []) {
            attribute.editorType = { text: editorType(attribute.type?.text) };
          }
        }
        mod.path = distPath(mod.path);
        for (const entry of mod.exports ?? []) {
          if (entry.declaration?.module) entry.declaration.module = distPath(entry.declaration.module);
        }
      }
    },
  };
}
