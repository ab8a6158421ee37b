/**
 * Is the CLI bundle current? It is when every input esbuild read (our sources, the packages,
 * package.json and the lock file) still has the mtime and size recorded when it was built. A few
 * hundred `stat` calls take about a millisecond, far less than running a stale bundle would cost.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const cacheDir = '.cache/triptych';
export const manifestName = 'manifest.json';
/** Raised when the bundle's layout changes: a manifest of another version is stale. */
export const bundleVersion = 2;

/** The absolute path of the bundle's directory (cli.cjs, heavy.cjs), or undefined when it is missing or stale. */
export function freshBundle(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, cacheDir, manifestName), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.version !== bundleVersion) return undefined;
  for (const [path, [mtimeMs, size]] of Object.entries(manifest.inputs ?? {})) {
    let info;
    try {
      info = statSync(join(root, path));
    } catch {
      return undefined;
    }
    if (info.mtimeMs !== mtimeMs || info.size !== size) return undefined;
  }
  const dir = join(root, cacheDir, manifest.dir);
  try {
    statSync(join(dir, 'heavy.cjs'));
  } catch {
    return undefined;
  }
  return dir;
}
