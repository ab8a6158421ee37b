/**
 * Bundles the CLI with esbuild into `.cache/triptych/<build>/` (git-ignored), so `bin/triptych.js`
 * starts Node on plain JavaScript: no tsx loader thread, no per-file TypeScript transform and one
 * module graph instead of several hundred files. Measured on the flagship: ~3.0 s with tsx,
 * ~1.0 s bundled. The bundle is a cache, never a source: `manifest.json` lists every input with
 * its mtime and size, and `freshBundle()` (fresh-bundle.mjs) refuses a bundle whose inputs changed.
 *
 * Plain JavaScript on purpose: the bin must run it without tsx. Run directly to force a rebuild:
 * `node scripts/bundle/bundle-cli.mjs` (`--if-stale`: only when an input changed).
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheDir, freshBundle, manifestName } from './fresh-bundle.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * A bundle has one `import.meta.url` (its own), but our code and some packages locate files from
 * their own: `resources.ts` reads `templates/` next to `scripts/`. Each module keeps its original
 * location: `import.meta.url`, `__dirname` and `__filename` become the source file's own values.
 */
const keepLocations = {
  name: 'keep-module-locations',
  setup(build) {
    build.onLoad({ filter: /\.(m|c)?(j|t)s$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      const usesMeta = contents.includes('import.meta');
      // CommonJS's free `__dirname`/`__filename`; an ES module that declares its own keeps it.
      const cjsPaths = ['__dirname', '__filename'].filter(
        (name) => new RegExp(`\\b${name}\\b`).test(contents) && !new RegExp(`\\b(var|let|const)\\s+${name}\\b`).test(contents),
      );
      const usesCjsPaths = cjsPaths.length > 0;
      if (!usesMeta && !usesCjsPaths) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      if (usesMeta) {
        contents = contents
          .replaceAll('import.meta.url', url)
          .replaceAll('import.meta.dirname', JSON.stringify(resolve(args.path, '..')))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
      }
      if (usesCjsPaths) {
        const values = { __dirname: resolve(args.path, '..'), __filename: args.path };
        contents = `var ${cjsPaths.map((name) => `${name} = ${JSON.stringify(values[name])}`).join(', ')};\n${contents}`;
      }
      const loader = args.path.endsWith('.ts') ? 'ts' : 'js';
      return { contents, loader, resolveDir: resolve(args.path, '..') };
    });
  },
};

/** Builds a fresh bundle and points the manifest at it; returns the entry file's absolute path. */
export async function bundleCli() {
  const esbuild = await import('esbuild');
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(root, cacheDir, id);
  const result = await esbuild.build({
    entryPoints: { cli: join(root, 'scripts/cli.ts') },
    bundle: true,
    // Code splitting keeps `await import()` lazy: `check` never loads the renderers' chunk's
    // dependencies it does not reach, and `dev` alone loads the server.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    // Native addons cannot be bundled; they load from node_modules as usual.
    external: ['@resvg/resvg-js', 'esbuild', 'fsevents'],
    // CommonJS packages inside an ES module bundle still call `require`.
    banner: { js: "import { createRequire as __triptychRequire } from 'node:module'; const require = __triptychRequire(import.meta.url);" },
    plugins: [keepLocations],
  });
  const inputs = {};
  const files = [...Object.keys(result.metafile.inputs), 'package.json', 'package-lock.json', 'scripts/bundle/bundle-cli.mjs'];
  for (const input of files) {
    const path = resolve(root, input);
    const info = await stat(path).catch(() => undefined);
    if (info) inputs[relative(root, path)] = [info.mtimeMs, info.size];
  }
  const manifest = { entry: `${id}/cli.js`, inputs };
  const manifestPath = join(root, cacheDir, manifestName);
  const temporary = `${manifestPath}.${process.pid}`;
  await writeFile(temporary, JSON.stringify(manifest));
  await rename(temporary, manifestPath);
  await pruneOld(join(root, cacheDir), id);
  return join(outdir, 'cli.js');
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
  const entry = (process.argv.includes('--if-stale') && freshBundle(root)) || (await bundleCli());
  process.stdout.write(`${relative(process.cwd(), entry)}\n`);
}
