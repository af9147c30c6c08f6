// `npm run size:elements`: what each element adds on top of the other three (its
// marginal cost), bundled the way the self-contained bundle is. The budgets themselves
// are size-limit's (.size-limit.json, `npm run size`).
// Why a script: size-limit checks budgets per entry; the marginal cost of each element on
// top of the other three is a question it does not ask.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

async function bundle(entryCode) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: esbuild } = await import('rollup-plugin-esbuild');
  const { default: terser } = await import('@rollup/plugin-terser');
  const { default: minifyHTML } = await import('@lit-labs/rollup-plugin-minify-html-literals');
  const virtual = {
    name: 'entry',
    // The package's "sideEffects" names dist/, so the source define modules are kept explicitly.
    resolveId: (id) =>
      id === 'entry' ? '\0entry' : id.endsWith('/define.ts') ? { id, moduleSideEffects: true } : null,
    load: (id) => (id === '\0entry' ? entryCode : null),
  };
  const build = await rollup({
    input: 'entry',
    plugins: [
      virtual,
      nodeResolve({ exportConditions: ['production'] }),
      minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

{
  const elements = ['article', 'figure', 'font-scaler', 'toolbar'];
  const define = (names) =>
    names.map((name) => `import '${process.cwd()}/src/${name}/define.ts';`).join('\n');
  const all = measure(await bundle(define(elements)));
  console.log(`all four, bundled here: ${kb(all.min)} minified, ${kb(all.gzip)} gzip`);
  const lit = measure(
    await bundle(
      `import { LitElement, html, css } from 'lit'; customElements.define('x-lit', class extends LitElement { static styles = css\`\`; render() { return html\`\`; } });`,
    ),
  );
  console.log(`Lit alone (one trivial element): ${kb(lit.gzip)} gzip`);
  for (const name of elements) {
    const without = measure(await bundle(define(elements.filter((other) => other !== name))));
    const alone = measure(await bundle(define([name])));
    console.log(
      `<bantin-${name}>: alone with Lit ${kb(alone.gzip)} gzip; adds ${kb(all.gzip - without.gzip)} gzip ` +
        `(${kb(all.min - without.min)} minified) to the other three` +
        (name === 'font-scaler' ? ' (the toolbar includes a scaler)' : ''),
    );
  }
}
