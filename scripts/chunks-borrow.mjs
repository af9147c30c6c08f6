// The bundle's chunks borrow Lit and shared helpers from the bundle. Imported by URL
// ("../bantin.bundle.js"), a portal that loads the bundle with a cache-busting query
// (bantin.bundle.js?v=20240312, usual on portals) makes the browser fetch and run the
// bundle a second time under the plain URL: 21 KB more for every reader, and every
// element defined by "another copy". So the bundle hands its exports to its chunks
// through one global slot, named by the package version (two versions on one page keep
// apart), and the chunks take them from there instead of importing the bundle.
// Why a script: rollup has no option for it; it rewrites one import line per chunk and
// one line in the entry, with source maps kept (magic-string).
import MagicString from 'magic-string';

const IMPORT_OF_ENTRY = (entry) =>
  new RegExp(
    `import\\s*(?:\\{([^}]*)\\}\\s*from\\s*)?(['"])\\.\\./${entry.replaceAll('.', '\\.')}\\2;?`,
    'g',
  );
const EXPORT = /export\s*\{([^}]*)\};?\s*$/;

const pairs = (list) =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [name, alias = name] = item.split(/\s+as\s+/);
      return [name, alias];
    });

/** The names a module exports, through its `export *` re-exports (over-counting is safe). */
function publicNames(context, id, seen = new Set()) {
  if (seen.has(id)) return [];
  seen.add(id);
  const info = context.getModuleInfo(id);
  const names = (info?.exports ?? []).filter((name) => name !== '*');
  if (info?.exports?.includes('*')) {
    for (const dependency of info.importedIds) names.push(...publicNames(context, dependency, seen));
  }
  return names;
}

export function chunksBorrow({ entry, version }) {
  const slot = `globalThis[Symbol.for(${JSON.stringify(`bantin.bundle@${version}`)})]`;
  return {
    name: 'chunks-borrow',
    renderChunk(code, chunk, options, { chunks }) {
      const text = new MagicString(code);
      if (chunk.fileName === entry) {
        const found = EXPORT.exec(code);
        if (!found) this.error(`${entry}: no export statement to hand to its chunks`);
        // Only what some chunk takes: the public classes stay plain exports.
        const borrowed = new Set(
          Object.values(chunks).flatMap((other) => other.importedBindings[entry] ?? []),
        );
        const members = pairs(found[1])
          .filter(([, exported]) => borrowed.has(exported))
          .map(([local, exported]) => `${JSON.stringify(exported)}: ${local}`);
        // A second copy of the same version keeps the first one's: its elements are the ones defined.
        // The entry then exports only its own (public) names: nothing imports the rest.
        const own = new Set(publicNames(this, chunk.facadeModuleId));
        const exported = pairs(found[1])
          .filter(([, name]) => own.has(name))
          .map(([local, name]) => (local === name ? local : `${local} as ${name}`));
        text.overwrite(
          found.index,
          found.index + found[0].length,
          `${slot} ??= { ${members.join(', ')} };\nexport { ${exported.join(', ')} };`,
        );
      } else {
        for (const found of code.matchAll(IMPORT_OF_ENTRY(entry))) {
          const members = pairs(found[1] ?? '').map(
            ([exported, local]) => `${JSON.stringify(exported)}: ${local}`,
          );
          text.overwrite(
            found.index,
            found.index + found[0].length,
            members.length ? `const { ${members.join(', ')} } = ${slot};` : '',
          );
        }
        if (text.toString().includes(`../${entry}`)) this.error(`${chunk.fileName} still imports ${entry}`);
      }
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}
