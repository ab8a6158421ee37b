/**
 * Runs a CommonJS file through `vm.Script` with a V8 code cache beside it. Node 20 has no
 * `module.enableCompileCache` (Node 22), but `vm.Script` takes `cachedData`, and
 * `script.createCachedData()` called AFTER a run also holds the functions V8 compiled lazily during
 * that run, so the next run neither parses nor compiles them (Node's own CommonJS loader offers
 * neither). The cache is an optimisation, never a dependency: missing, unreadable or rejected
 * (another Node, other V8 flags: `script.cachedDataRejected`), the file compiles from source and the
 * cache is replaced when the run ends well; a failure to write it is ignored.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Evaluates `file` (CommonJS, no wrapper of its own) and returns its `module.exports`.
 * `cachePath`: where its code cache lives (none: no cache);
 * `require`: what the file's `require` calls; `shouldWrite()`: asked when the process is about to
 * exit; the cache is (re)written only if it was missing or rejected and this returns true.
 */
export function runCached(file, { cachePath, require, shouldWrite }) {
  const source = readSource(file);
  let cachedData;
  try {
    cachedData = cachePath ? readFileSync(cachePath) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The same parameters as Node's own module wrapper, so the bundle runs as it would under `require`.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cachePath && (!cachedData || script.cachedDataRejected)) {
    // `beforeExit` comes once the work is done (not on `process.exit()` or a crash): the cache then
    // holds everything this command compiled. `once`: writing must not keep the process alive.
    process.once('beforeExit', () => {
      if (shouldWrite()) writeCache(script, cachePath);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  return module.exports;
}

/**
 * The file's text. An ASCII file (the bundle: build-bundle.mjs's `asciiOnly`) is read as Latin-1,
 * the same text: ~1 ms for heavy.cjs's 4 MB, where Node 20's UTF-8 decoding took 30-50 ms.
 */
function readSource(file) {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

/** Atomic (temporary file + rename): a concurrent run reads the old cache or the new one, never half. */
function writeCache(script, cachePath) {
  const temporary = `${cachePath}.${process.pid}`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  } catch {
    // A read-only checkout or home, a pruned build directory: the next run compiles from source again.
  }
}
