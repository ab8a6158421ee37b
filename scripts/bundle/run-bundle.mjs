/**
 * Runs a bundle made by build-bundle.mjs: `cli.cjs` (the argument parser and the report, ~10 KB, so
 * `--help` loads nothing else) and, on its first `require('triptych:heavy')`, `heavy.cjs` (the
 * pipeline, the renderers, the dev server) with the code cache of the command being run.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCached } from './code-cache.mjs';

/** Commands that get a code cache of their own: each compiles a different part of `heavy.cjs`. */
const cachedCommands = new Set(['build', 'check', 'dev']);

/**
 * Packages the bundle leaves outside (build-bundle.mjs) that are also run with a code cache when
 * the bundle `require`s them: Node 20's own `require` compiles a file from source on every run
 * (its compile cache arrived in Node 22), and citeproc is about 1 MB of JavaScript.
 */
const cachedPackages = new Set(['citeproc']);

/**
 * `dir`: the bundle's directory; `argv`: the CLI's arguments (to name the cache); `cacheDir`: where
 * the code caches are kept (created when first written), or undefined for none.
 */
export function runBundle(dir, argv, cacheDir) {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const requireFromBundle = createRequire(join(dir, 'cli.cjs'));
  // Only a run that ended well (exit code 0) writes a cache: a failed build stops before the
  // renderers, and its cache would leave them to compile on every later build.
  const shouldWrite = () => (process.exitCode ?? 0) === 0;
  const cachePath = (name) => (cacheDir && cachedCommands.has(command) ? join(cacheDir, `${name}.${command}.cache`) : undefined);
  let heavy;
  const packages = new Map();
  const require = (id) => {
    if (cachedPackages.has(id)) {
      if (!packages.has(id)) {
        const file = requireFromBundle.resolve(id);
        // V8 checks a code cache against its source's length only: the name also carries the
        // file's size and mtime, so another copy of the package never gets this one's cache.
        const { size, mtimeMs } = statSync(file);
        packages.set(id, runCached(file, { cachePath: cachePath(`${id}-${size}-${Math.round(mtimeMs)}`), require: createRequire(file), shouldWrite }));
      }
      return packages.get(id);
    }
    if (id !== 'triptych:heavy') return requireFromBundle(id);
    heavy ??= runCached(join(dir, 'heavy.cjs'), { cachePath: cachePath('heavy'), require, shouldWrite });
    return heavy;
  };
  // What else the bundle may ask of its `require` (`require.resolve`), as Node's own has it.
  Object.assign(require, { resolve: requireFromBundle.resolve, cache: requireFromBundle.cache });
  // The small file needs no cache: compiling it takes about a millisecond.
  runCached(join(dir, 'cli.cjs'), { cachePath: undefined, require, shouldWrite });
}

/**
 * Where Triptych keeps what it caches (the code caches of an installed Triptych, drawn images):
 * never in its own folder (which may be read-only, and whose content `npm ci` compares), but in the
 * user's cache directory (XDG's on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), as
 * Node's own compile cache does. `TRIPTYCH_CACHE_DIR` overrides the place; set to an empty string,
 * it turns every cache off (undefined).
 */
export function userCacheBase(env = process.env) {
  if (env.TRIPTYCH_CACHE_DIR !== undefined) return env.TRIPTYCH_CACHE_DIR === '' ? undefined : env.TRIPTYCH_CACHE_DIR;
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'darwin' ? join(homedir(), 'Library/Caches')
    : process.platform === 'win32' ? env.LOCALAPPDATA || join(homedir(), 'AppData/Local')
    : join(homedir(), '.cache'));
  return join(base, 'triptych');
}

/**
 * Where an installed Triptych keeps its code caches (`userCacheBase`). `id` is the bundle's content
 * hash: a cache is never offered to another bundle.
 */
export function userCacheDir(id, env = process.env) {
  const base = userCacheBase(env);
  return base === undefined ? undefined : join(base, id);
}
