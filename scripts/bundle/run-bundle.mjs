/**
 * Runs a bundle made by bundle-cli.mjs: `cli.cjs` (the argument parser and the report, ~10 KB, so
 * `--help` loads nothing else) and, on its first `require('triptych:heavy')`, `heavy.cjs` (the
 * pipeline, the renderers, the dev server) with the code cache of the command being run.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCached } from './code-cache.mjs';

/** Commands that get a code cache of their own: each compiles a different part of `heavy.cjs`. */
const cachedCommands = new Set(['build', 'check', 'dev']);

/** `dir`: the bundle's directory (from freshBundle); `argv`: the CLI's arguments (to name the cache). */
export function runBundle(dir, argv) {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const requireFromBundle = createRequire(join(dir, 'cli.cjs'));
  // Only a run that ended well (exit code 0) writes a cache: a failed build stops before the
  // renderers, and its cache would leave them to compile on every later build.
  const shouldWrite = () => (process.exitCode ?? 0) === 0;
  let heavy;
  const require = (id) => {
    if (id !== 'triptych:heavy') return requireFromBundle(id);
    heavy ??= runCached(join(dir, 'heavy.cjs'), {
      cachePath: cachedCommands.has(command) ? join(dir, `heavy.${command}.cache`) : undefined,
      require: requireFromBundle,
      shouldWrite,
    });
    return heavy;
  };
  // The small file needs no cache: compiling it takes about a millisecond.
  runCached(join(dir, 'cli.cjs'), { cachePath: undefined, require, shouldWrite });
}
