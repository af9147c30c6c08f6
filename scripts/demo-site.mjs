// The demo page as a portal deploys it, for Lighthouse CI (lighthouserc.cjs serves this
// folder): demo/index.html with the built bundle, prepaint pair and chunks in place of
// the sources it loads in development, written to .lighthouseci/demo-site/ (not dist/,
// which npm publishes). Builds first if the bundle is missing.
// Why a script: Lighthouse CI serves a folder as it is; no maintained tool swaps a demo
// page's development sources for the built files (three attributes and two copies).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'bantin.bundle.js')))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

const site = join(root, '.lighthouseci', 'demo-site');
rmSync(site, { recursive: true, force: true });
cpSync(join(root, 'demo'), site, { recursive: true });
// The sources the demo loads in development, and the built files that replace them.
const built = {
  'src="../src/bantin.ts"': 'bantin.bundle.js',
  'src="../src/prepaint.ts"': 'bantin-prepaint.js',
  'href="../src/prepaint.css"': 'bantin-prepaint.css',
};
let page = readFileSync(join(site, 'index.html'), 'utf8');
for (const [source, file] of Object.entries(built)) {
  if (!page.includes(source)) throw new Error(`demo/index.html no longer has ${source}`);
  cpSync(join(dist, file), join(site, file));
  page = page.replace(source, `${source.split('=')[0]}="${file}"`);
}
writeFileSync(join(site, 'index.html'), page);
// The bundle's lazy chunks (portal intake, emphasis, listen), loaded from beside it.
cpSync(join(dist, 'chunks'), join(site, 'chunks'), { recursive: true });
console.log(`demo-site: ${site}`);
