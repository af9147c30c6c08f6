// A web-test-runner command that returns the text of every TypeScript file under src/,
// so that a browser test can check what the styles read against the manifest.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

export function sourceFilesPlugin({ root = 'src' } = {}) {
  return {
    name: 'bantin-source-files',
    executeCommand({ command }) {
      if (command !== 'source-files') return undefined;
      return files(root).map((path) => ({
        path: relative('.', path).replaceAll('\\', '/'),
        text: readFileSync(path, 'utf8'),
      }));
    },
  };
}
