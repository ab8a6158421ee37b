/**
 * The repository's bundle of the CLI: built by build-bundle.mjs into `.cache/triptych/<build>/`
 * (git-ignored), so `bin/triptych.js` starts Node on plain JavaScript: no tsx loader thread, no
 * per-file TypeScript transform and one module graph instead of several hundred files (on the
 * flagship, ~3.0 s with tsx, ~1.0 s bundled). The bundle is a cache, never a source:
 * `manifest.json` lists every input with its mtime and size, and `freshBundle()`
 * (fresh-bundle.mjs) refuses a bundle whose inputs changed. An installed package runs the bundle
 * built when it was packed instead (prebuild.mjs).
 *
 * The V8 code cache (code-cache.mjs) saves the compile (~100 ms), not the interpreter's warm-up,
 * which is most of a cold start. A Node 20 startup snapshot (`node --build-snapshot`) was slower
 * (it keeps the heap but not the code, adds a process and a 12-13 MB blob to deserialise) and is
 * fragile in Node 20: `node:http` fails to load in the snapshot builder, and native addons (resvg)
 * are not supported in a user-land snapshot.
 *
 * Run directly to force a rebuild: `node scripts/bundle/bundle-cli.mjs` (`--if-stale`: only when
 * an input changed).
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, root } from './build-bundle.mjs';
import { bundleVersion, cacheDir, freshBundle, manifestName } from './fresh-bundle.mjs';

export { asciiOnly, visitRenaming } from './build-bundle.mjs';

/** Builds a fresh bundle and points the manifest at it; returns the bundle's directory. */
export async function bundleCli() {
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(root, cacheDir, id);
  const read = await buildBundle(outdir);
  const inputs = {};
  // Our sources one by one; the ~570 files esbuild read from node_modules through the file npm
  // rewrites on every install, update and uninstall (a stat costs ~50 µs, the start ~30 ms less).
  // A hand edit inside node_modules needs `npm run bundle`.
  const files = [
    ...read.filter((input) => !input.startsWith('node_modules/')),
    'package.json',
    'package-lock.json',
    'node_modules/.package-lock.json',
    ...['build-bundle.mjs', 'bundle-cli.mjs', 'run-bundle.mjs', 'code-cache.mjs'].map((name) => `scripts/bundle/${name}`),
  ];
  for (const input of files) {
    const path = resolve(root, input);
    const info = await stat(path).catch(() => undefined);
    if (info) inputs[relative(root, path)] = [info.mtimeMs, info.size];
  }
  const manifest = { version: bundleVersion, dir: id, inputs };
  const manifestPath = join(root, cacheDir, manifestName);
  const temporary = `${manifestPath}.${process.pid}`;
  await writeFile(temporary, JSON.stringify(manifest));
  await rename(temporary, manifestPath);
  await pruneOld(join(root, cacheDir), id);
  return outdir;
}

/**
 * Removes builds older than an hour. Not the newest ones: a process started a moment ago may
 * still import a lazy chunk from the build it began with.
 */
async function pruneOld(dir, keep) {
  const hour = 60 * 60 * 1000;
  for (const name of await readdir(dir)) {
    if (name === keep || name === manifestName || name.startsWith(`${manifestName}.`)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() && Date.now() - info.mtimeMs > hour) await rm(path, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await mkdir(join(root, cacheDir), { recursive: true });
  // `--if-stale`: keep a current bundle (the benchmark calls this, untimed, before each run).
  const dir = (process.argv.includes('--if-stale') && freshBundle(root)) || (await bundleCli());
  process.stdout.write(`${relative(process.cwd(), dir)}\n`);
}
