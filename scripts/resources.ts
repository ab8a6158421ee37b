/**
 * Read-only access to the files a renderer needs besides the manuscript: our templates and the
 * assets of packages (reveal.js, CSL styles, map data). Read once and cached; renderers stay
 * free of writes, and the bytes they get never depend on the working directory.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = new Map<string, Buffer>();

function read(path: string): Buffer {
  let data = cache.get(path);
  if (!data) {
    data = readFileSync(path);
    cache.set(path, data);
  }
  return data;
}

/** A file under `templates/`. */
export function template(name: string): string {
  return read(join(root, 'templates', name)).toString('utf8');
}

/** A binary file under `templates/` (a font). */
export function templateBytes(name: string): Buffer {
  return read(join(root, 'templates', name));
}

/** A file inside an installed package, e.g. `packageFile('reveal.js', 'dist/reveal.css')`. */
export function packageFile(pkg: string, path: string): Buffer {
  // Resolved from the project's own node_modules: some packages (reveal.js 6) export no package.json.
  return read(join(root, 'node_modules', pkg, path));
}

export const projectRoot = root;
