/**
 * Runs a bundle made by build-bundle.mjs: `cli.cjs` (the argument parser and the report, ~10 KB, so
 * `--help` loads nothing else) and, on its first `require('triptych:heavy')`, `heavy.cjs` (the
 * pipeline, the renderers, the dev server) with the code cache of the command being run.
 */
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCached } from './code-cache.mjs';

/** Commands that get a code cache of their own: each compiles a different part of `heavy.cjs`. */
const cachedCommands = new Set(['build', 'check', 'dev']);

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
  let heavy;
  const require = (id) => {
    if (id !== 'triptych:heavy') return requireFromBundle(id);
    heavy ??= runCached(join(dir, 'heavy.cjs'), {
      cachePath: cacheDir && cachedCommands.has(command) ? join(cacheDir, `heavy.${command}.cache`) : undefined,
      require: requireFromBundle,
      shouldWrite,
    });
    return heavy;
  };
  // The small file needs no cache: compiling it takes about a millisecond.
  runCached(join(dir, 'cli.cjs'), { cachePath: undefined, require, shouldWrite });
}

/**
 * Where an installed Triptych keeps its code caches: never in its own folder (which may be
 * read-only, and whose content `npm ci` compares), but in the user's cache directory (XDG's on
 * Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), as Node's own compile cache
 * does. `id` is the bundle's content hash: a cache is never offered to another bundle.
 * `TRIPTYCH_CACHE_DIR` overrides the place; set to an empty string, it turns the cache off.
 */
export function userCacheDir(id, env = process.env) {
  if (env.TRIPTYCH_CACHE_DIR !== undefined) return env.TRIPTYCH_CACHE_DIR === '' ? undefined : join(env.TRIPTYCH_CACHE_DIR, id);
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'darwin' ? join(homedir(), 'Library/Caches')
    : process.platform === 'win32' ? env.LOCALAPPDATA || join(homedir(), 'AppData/Local')
    : join(homedir(), '.cache'));
  return join(base, 'triptych', id);
}
