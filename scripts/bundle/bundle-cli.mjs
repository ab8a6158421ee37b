/**
 * Bundles the CLI with esbuild into `.cache/triptych/<build>/` (git-ignored), so `bin/triptych.js`
 * starts Node on plain JavaScript: no tsx loader thread, no per-file TypeScript transform and one
 * module graph instead of several hundred files. Measured on the flagship: ~3.0 s with tsx,
 * ~1.0 s bundled. The bundle is a cache, never a source: `manifest.json` lists every input with
 * its mtime and size, and `freshBundle()` (fresh-bundle.mjs) refuses a bundle whose inputs changed.
 *
 * Two CommonJS files, run by run-bundle.mjs: `cli.cjs` (arguments, report; `--help` loads nothing
 * more) and `heavy.cjs` (everything else), compiled through `vm.Script` with a V8 code cache per
 * command written after the first good run (code-cache.mjs): later runs skip parsing and compiling
 * the functions that run used, lazy ones included.
 *
 * Measured (flagship build, CPU time user+sys, medians of 6-7 interleaved runs on the shared
 * 2-core machine): at load ~10, ESM chunks as before 4.36 s, this code cache 3.44 s; at load ~3.5,
 * 2.74-2.80 s against 2.68-2.80 s (wall 2.93-3.02 against 2.81-2.91): the cache saves the compile
 * (~100 ms), not the interpreter's warm-up, which is most of the cold penalty. A Node 20 startup
 * snapshot (`node --build-snapshot`: heavy.cjs evaluated, the pipeline's modules initialised),
 * run from a second process as the bin would have to, at load ~10: 4.37 s (3.97 s with only the
 * top level evaluated); `--help` from the snapshot 0.46 s against 0.20 s.
 * The snapshot loses because it keeps the heap but not the code: every function still compiles on
 * first use, and it adds a process and a 12-13 MB blob to deserialise. It is also fragile in
 * Node 20: `node:http` (the dev server) fails to load in the snapshot builder, and native addons
 * (resvg) are not supported in a user-land snapshot.
 *
 * Plain JavaScript on purpose: the bin must run it without tsx. Run directly to force a rebuild:
 * `node scripts/bundle/bundle-cli.mjs` (`--if-stale`: only when an input changed).
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleVersion, cacheDir, freshBundle, manifestName } from './fresh-bundle.mjs';

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

/**
 * In `cli.cjs`, cli.ts's `await import('./pipeline/index.ts')` and `('./dev/dev.ts')` become
 * `require('triptych:heavy').pipeline` and `.dev`, which run-bundle.mjs answers with `heavy.cjs`.
 */
const heavyModules = {
  name: 'heavy-modules',
  setup(build) {
    const cli = join(root, 'scripts/cli.ts');
    const names = { './pipeline/index.ts': 'pipeline', './dev/dev.ts': 'dev' };
    build.onResolve({ filter: /^\.\/(pipeline\/index|dev\/dev)\.ts$/ }, (args) =>
      args.importer === cli ? { path: names[args.path], namespace: 'triptych-heavy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'triptych-heavy' }, (args) => ({
      contents: `module.exports = require('triptych:heavy').${args.path};`,
      loader: 'js',
    }));
  },
};

/**
 * `heavy.cjs`'s entry. Getters, so that `check` never evaluates the dev server (which loads the
 * renderers); esbuild evaluates a `require`d ES module on its first `require`.
 */
const heavyEntry = `module.exports = {
  get pipeline() { return require('./scripts/pipeline/index.ts'); },
  get dev() { return require('./scripts/dev/dev.ts'); },
};`;

/**
 * unist-util-visit-parents (under every `visit` of remark, rehype and our checks) renames a fresh
 * closure for each node it walks, `Object.defineProperty(visit, 'name', …)` with a colourised
 * `node (type<tag>)`, so that a stack trace names the node. That is a property definition and two
 * string concatenations per node per walk: in a 50× dev rebuild ~120 ms of ~500 (cpu profile:
 * `set name` 151 ms and the factory 95 ms over 3 rebuilds). The bundle drops the renaming; the
 * walk is untouched (tests/bundle.test.ts checks the statement is gone, so an update of the package
 * that changes it is noticed). Running from source (tsx) keeps the package as published.
 */
export const visitRenaming = `      Object.defineProperty(visit, 'name', {
        value:
          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'
      })`;

const unnamedVisits = {
  name: 'unnamed-visits',
  setup(build) {
    build.onLoad({ filter: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      return { contents: contents.replace(visitRenaming, ''), loader: 'js' };
    });
  },
};

/** Builds a fresh bundle and points the manifest at it; returns the bundle's directory. */
export async function bundleCli() {
  const esbuild = await import('esbuild');
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(root, cacheDir, id);
  const common = {
    bundle: true,
    // One CommonJS file each, no code splitting: vm.Script (code-cache.mjs) compiles scripts, not
    // ES modules. `await import()` inside becomes a lazy `__esm` initialiser, so a module still
    // runs only when a command reaches it.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    metafile: true,
    // The metafile names inputs relative to this directory: the project's, whatever the working
    // directory (a bundle built from elsewhere recorded none of our sources, and never went stale).
    absWorkingDir: root,
    logLevel: 'error',
    legalComments: 'none',
    // Native addons cannot be bundled; they load from node_modules as usual.
    external: ['@resvg/resvg-js', 'esbuild', 'fsevents', 'triptych:heavy'],
  };
  const [cli, heavy] = await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(root, 'scripts/cli.ts')], outfile: join(outdir, 'cli.cjs'), plugins: [heavyModules, keepLocations] }),
    esbuild.build({ ...common, stdin: { contents: heavyEntry, resolveDir: root, sourcefile: 'heavy-entry.cjs', loader: 'js' }, outfile: join(outdir, 'heavy.cjs'), plugins: [unnamedVisits, keepLocations] }),
  ]);
  const inputs = {};
  // Our sources one by one; the ~570 files esbuild read from node_modules through the file npm
  // rewrites on every install, update and uninstall (a stat costs ~50 µs, the start ~30 ms less).
  // A hand edit inside node_modules needs `npm run bundle`.
  const files = [
    ...new Set([...Object.keys(cli.metafile.inputs), ...Object.keys(heavy.metafile.inputs)].filter((input) => !input.startsWith('node_modules/'))),
    'package.json',
    'package-lock.json',
    'node_modules/.package-lock.json',
    ...['bundle-cli.mjs', 'run-bundle.mjs', 'code-cache.mjs'].map((name) => `scripts/bundle/${name}`),
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
