// Rewrites the README's pinned CDN snippet (between <!-- cdn:start --> and
// <!-- cdn:end -->, in README.md and README.vi.md) with the package's version and the
// integrity hash of the bundle just built (dist/sri.json). Part of `npm run release`,
// so the published README names the published file.
// Why a script: rewriting two marked README blocks with our own version and hash is
// project-specific; no tool knows where the snippet lives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const integrity = JSON.parse(readFileSync(join(root, 'dist', 'sri.json'), 'utf8'))['bantin.bundle.js'];
const snippet = `<!-- cdn:start -->

\`\`\`html
<script
  type="module"
  src="https://cdn.jsdelivr.net/npm/bantin@${version}/dist/bantin.bundle.js"
  integrity="${integrity}"
  crossorigin="anonymous"
></script>
\`\`\`

<!-- cdn:end -->`;

for (const file of ['README.md', 'README.vi.md']) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(/<!-- cdn:start -->[\s\S]*?<!-- cdn:end -->/, snippet);
  if (next === text && !text.includes(snippet)) throw new Error(`${file} has no <!-- cdn:start --> block`);
  writeFileSync(path, next);
  console.log(`${file}: bantin@${version} ${integrity}`);
}
