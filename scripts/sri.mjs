// Subresource Integrity for the CDN embed: a rollup plugin that hashes each file it
// writes into dist/sri.json and prints the hash, so the README's pinned <script
// integrity> can be checked against the file actually published.
// Why a script: the SRI rollup plugins on npm inject hashes into HTML; we need a JSON
// manifest of the files for the README and the consumer smoke.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function sri() {
  return {
    name: 'bantin-sri',
    writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file);
      const file = join(dir, 'sri.json');
      const hashes = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const hash = integrity(readFileSync(join(dir, name)));
        hashes[name] = hash;
        console.log(`${name}: integrity="${hash}"`);
      }
      writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}
