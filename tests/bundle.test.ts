/**
 * The bundle's runner (scripts/bundle/): the V8 code cache is written by a run that ended well,
 * kept while V8 accepts it, replaced when rejected, never written by a failed run, and never a
 * reason for a run to fail; `heavy.cjs` loads only when the CLI asks for it, with the cache of
 * the command being run. Small stand-in bundles keep these tests independent of esbuild.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'triptych-bundle-'));
const module = (name: string) => pathToFileURL(join(projectRoot, 'scripts/bundle', name)).href;

/** A script with functions compiled lazily, as in the real bundle; `exitCode` is what it exits with. */
function writeScript(path: string, exitCode = 0): void {
  const body = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
  writeFileSync(path, `${body}\nlet sum = 0;\nfor (let i = 0; i < 50; i++) sum += eval('f' + i)(i);\nprocess.stdout.write('sum ' + sum + '\\n');\nprocess.exitCode = ${exitCode};\n`);
}

function runCached(file: string, cachePath: string) {
  const code = `import { createRequire } from 'node:module';
import { runCached } from ${JSON.stringify(module('code-cache.mjs'))};
runCached(${JSON.stringify(file)}, { cachePath: ${JSON.stringify(cachePath)}, require: createRequire(${JSON.stringify(file)}), shouldWrite: () => (process.exitCode ?? 0) === 0 });`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
}

const stamp = (path: string) => {
  const info = statSync(path);
  return `${info.ino}:${info.mtimeMs}`;
};

describe('code cache', () => {
  it('is written after a run that ended well, and kept (accepted) by the next run', () => {
    const dir = scratch();
    const file = join(dir, 'script.cjs');
    const cache = join(dir, 'script.cache');
    writeScript(file);
    const first = runCached(file, cache);
    expect(first.stdout).toBe('sum 41650\n');
    expect(first.status).toBe(0);
    expect(statSync(cache).size).toBeGreaterThan(0);
    const before = stamp(cache);
    expect(runCached(file, cache).stdout).toBe('sum 41650\n');
    // A rejected cache would have been rewritten (a new inode: temporary file + rename).
    expect(stamp(cache)).toBe(before);
  });

  it('replaces a cache V8 rejects, and the replacement is accepted', () => {
    const dir = scratch();
    const file = join(dir, 'script.cjs');
    const cache = join(dir, 'script.cache');
    writeScript(file);
    const garbage = Buffer.from('not a V8 code cache');
    writeFileSync(cache, garbage);
    expect(runCached(file, cache).stdout).toBe('sum 41650\n');
    expect(readFileSync(cache).equals(garbage)).toBe(false);
    const replaced = stamp(cache);
    runCached(file, cache);
    expect(stamp(cache)).toBe(replaced);
  });

  it('is not written by a run that failed', () => {
    const dir = scratch();
    const file = join(dir, 'script.cjs');
    writeScript(file, 1);
    expect(runCached(file, join(dir, 'script.cache')).status).toBe(1);
    expect(existsSync(join(dir, 'script.cache'))).toBe(false);
  });

  it('makes the folder it is written to', () => {
    const dir = scratch();
    const file = join(dir, 'script.cjs');
    writeScript(file);
    expect(runCached(file, join(dir, 'user-cache', 'bundle-id', 'script.cache')).status).toBe(0);
    expect(statSync(join(dir, 'user-cache', 'bundle-id', 'script.cache')).size).toBeGreaterThan(0);
  });

  it('does not fail a run when it cannot be written', () => {
    const dir = scratch();
    const file = join(dir, 'script.cjs');
    writeScript(file);
    // A file where the cache's folder should be: the folder cannot be made.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const run = runCached(file, join(dir, 'not-a-folder', 'script.cache'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('runBundle', () => {
  /** A stand-in bundle: `cli.cjs` requires `triptych:heavy` only for a command other than `--help`. */
  function standIn(): string {
    const dir = scratch();
    writeFileSync(
      join(dir, 'cli.cjs'),
      `const args = process.argv.slice(2);\nif (args.includes('--help')) process.stdout.write('usage\\n');\nelse process.stdout.write(require('triptych:heavy').run(args[0]) + '\\n');\n`,
    );
    writeFileSync(join(dir, 'heavy.cjs'), `module.exports = { run: (command) => 'heavy ran ' + command + ' ' + require('node:path').basename(__filename) };\n`);
    return dir;
  }

  /** `cacheDir` null: run without a code cache. */
  function runBundle(dir: string, args: string[], cacheDir: string | null = dir) {
    // As bin/triptych.js runs it: the arguments start at process.argv[2].
    const script = join(dir, 'bin.mjs');
    writeFileSync(script, `import { runBundle } from ${JSON.stringify(module('run-bundle.mjs'))};\nrunBundle(${JSON.stringify(dir)}, process.argv.slice(2), ${cacheDir === null ? 'undefined' : JSON.stringify(cacheDir)});\n`);
    return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  }

  it('does not load heavy.cjs for --help', () => {
    const dir = standIn();
    writeFileSync(join(dir, 'heavy.cjs'), `throw new Error('heavy.cjs loaded');\n`);
    const run = runBundle(dir, ['--help']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('usage\n');
  });

  it('loads heavy.cjs on demand, with a code cache per command', () => {
    const dir = standIn();
    expect(runBundle(dir, ['check', 'manuscript']).stdout).toBe('heavy ran check heavy.cjs\n');
    expect(existsSync(join(dir, 'heavy.check.cache'))).toBe(true);
    expect(existsSync(join(dir, 'heavy.build.cache'))).toBe(false);
    expect(runBundle(dir, ['build', 'manuscript', '--out', 'x']).stdout).toBe('heavy ran build heavy.cjs\n');
    expect(existsSync(join(dir, 'heavy.build.cache'))).toBe(true);
  });

  it('runs citeproc, which the bundle leaves outside, with a code cache of its own', () => {
    const dir = standIn();
    mkdirSync(join(dir, 'node_modules/citeproc'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/citeproc/package.json'), '{"name": "citeproc", "main": "citeproc.js"}\n');
    writeFileSync(join(dir, 'node_modules/citeproc/citeproc.js'), `module.exports = { Engine: 'fake', file: require('node:path').basename(__filename) };\n`);
    writeFileSync(join(dir, 'heavy.cjs'), `module.exports = { run: (command) => command + ' ' + require('citeproc').file + ' ' + (require('citeproc') === require('citeproc')) };\n`);
    expect(runBundle(dir, ['build', 'manuscript', '--out', 'x']).stdout).toBe('build citeproc.js true\n');
    const source = statSync(join(dir, 'node_modules/citeproc/citeproc.js'));
    const cache = join(dir, `citeproc-${source.size}-${Math.round(source.mtimeMs)}.build.cache`);
    expect(statSync(cache).size).toBeGreaterThan(0);
    const written = statSync(cache).mtimeMs;
    // Accepted by the next run, so not written again.
    expect(runBundle(dir, ['build', 'manuscript', '--out', 'x']).stdout).toBe('build citeproc.js true\n');
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  it('keeps the code caches where it is told, or nowhere', () => {
    const dir = standIn();
    const elsewhere = join(scratch(), 'cache', 'id');
    expect(runBundle(dir, ['check', 'manuscript'], elsewhere).stdout).toBe('heavy ran check heavy.cjs\n');
    expect(existsSync(join(elsewhere, 'heavy.check.cache'))).toBe(true);
    expect(existsSync(join(dir, 'heavy.check.cache'))).toBe(false);
    const none = standIn();
    expect(runBundle(none, ['check', 'manuscript'], null).stdout).toBe('heavy ran check heavy.cjs\n');
    expect(readdirSync(none).sort()).toEqual(['bin.mjs', 'cli.cjs', 'heavy.cjs']);
  });
});

describe('userCacheDir', () => {
  it('is the user’s cache directory, by the bundle’s id; TRIPTYCH_CACHE_DIR moves it, or turns it off when empty', async () => {
    const { userCacheDir } = (await import(module('run-bundle.mjs'))) as { userCacheDir: (id: string, env: NodeJS.ProcessEnv) => string | undefined };
    expect(userCacheDir('abc', { XDG_CACHE_HOME: '/home/a/.cache' })).toBe(join('/home/a/.cache', 'triptych', 'abc'));
    expect(userCacheDir('abc', { TRIPTYCH_CACHE_DIR: '/tmp/c', XDG_CACHE_HOME: '/x' })).toBe(join('/tmp/c', 'abc'));
    expect(userCacheDir('abc', { TRIPTYCH_CACHE_DIR: '' })).toBeUndefined();
  });
});

describe('freshBundle', () => {
  /** A fake checkout with a built bundle whose manifest records one source file. */
  async function built(version = 3) {
    const root = scratch();
    mkdirSync(join(root, 'scripts'));
    mkdirSync(join(root, '.cache/triptych/b1'), { recursive: true });
    writeFileSync(join(root, 'scripts/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, '.cache/triptych/b1/heavy.cjs'), '');
    const info = statSync(join(root, 'scripts/a.ts'));
    writeFileSync(join(root, '.cache/triptych/manifest.json'), JSON.stringify({ version, dir: 'b1', inputs: { 'scripts/a.ts': [info.mtimeMs, info.size] } }));
    const { freshBundle } = (await import(module('fresh-bundle.mjs'))) as { freshBundle: (root: string) => string | undefined };
    return { root, freshBundle };
  }

  it('accepts a bundle whose inputs are unchanged, and refuses it once a source changes', async () => {
    const { root, freshBundle } = await built();
    expect(freshBundle(root)).toBe(join(root, '.cache/triptych/b1'));
    writeFileSync(join(root, 'scripts/a.ts'), 'export const a = 22;\n');
    expect(freshBundle(root)).toBeUndefined();
  });

  it('refuses a bundle of another layout version, or one whose source is gone', async () => {
    const old = await built(1);
    expect(old.freshBundle(old.root)).toBeUndefined();
    const gone = await built();
    rmSync(join(gone.root, 'scripts/a.ts'));
    expect(gone.freshBundle(gone.root)).toBeUndefined();
  });
});

/** The repository's current bundle directory, bundled now if stale (bundle-cli.mjs), and what bundle-cli.mjs exports. */
async function currentBundle() {
  const cli = (await import(module('bundle-cli.mjs'))) as { bundleCli: () => Promise<string>; visitRenaming: string; asciiOnly: (code: string, name: string) => string };
  const { freshBundle } = (await import(module('fresh-bundle.mjs'))) as { freshBundle: (root: string) => string | undefined };
  return { ...cli, dir: freshBundle(projectRoot) ?? (await cli.bundleCli()) };
}

describe('the bundle of unist-util-visit-parents', () => {
  it('drops the per-node renaming of the walk closure, and only that', async () => {
    const { dir, visitRenaming } = await currentBundle();
    // The statement the plugin removes is in the installed package as it stands: an update that
    // changes it fails here instead of quietly bringing the cost back.
    const source = readFileSync(join(projectRoot, 'node_modules/unist-util-visit-parents/lib/index.js'), 'utf8');
    expect(source).toContain(visitRenaming);
    const heavy = readFileSync(join(dir, 'heavy.cjs'), 'utf8');
    // esbuild renames variables (`visit3`) and requotes strings.
    expect(heavy).not.toMatch(/Object\.defineProperty\(visit\w*, ["']name["']/);
    // The walk itself is still there.
    expect(heavy).toMatch(/function factory\w*\(node\w*, index\w*, parents\w*\) \{[^]{0,400}return visit\w*;/);
  });
});

describe('the command-line part of the bundle (cli.cjs)', () => {
  it('holds the argument parser and the report, not the pipeline or the checks’ engines', async () => {
    const { dir } = await currentBundle();
    const cli = readFileSync(join(dir, 'cli.cjs'), 'utf8');
    // Every command parses this file: `check --rules` once pulled every check (temml, edtf, parse5) into it, 1.3 MB.
    const bundled = [...cli.matchAll(/^\/\/ (\S+)$/gm)].map((match) => match[1]!);
    expect(bundled.filter((path) => path.startsWith('node_modules/'))).toEqual([]);
    expect(bundled.filter((path) => /^scripts\/(checks|render|syntax|citations|dates|figures)\//.test(path))).toEqual([]);
  });
});

describe('the bundle’s text', () => {
  it('is ASCII, so that it is read as Latin-1 (code-cache.mjs), and means what the sources mean', async () => {
    const { dir, asciiOnly } = await currentBundle();
    for (const name of ['cli.cjs', 'heavy.cjs']) expect(readFileSync(join(dir, name)).every((byte) => byte < 0x80)).toBe(true);
    // The same values once escaped: strings, templates, regular expressions with and without `u`, astral characters.
    const source = 'module.exports = ["Džungar – ханство 🪦", `«${1}»`, /[–—]+/.test("a—b"), /^🪦$/u.test("🪦"), /^[€₽]$/.test("₽")]; // комментарий';
    const escaped = asciiOnly(source, 'test.cjs');
    expect([...escaped].every((character) => character < '\u0080')).toBe(true);
    const run = (code: string) => {
      const module = { exports: undefined as unknown };
      new Function('module', code)(module);
      return module.exports;
    };
    expect(run(escaped)).toEqual(run(source));
    expect(run(escaped)).toEqual(['Džungar – ханство 🪦', '«1»', true, true, true]);
    // Where an escape would change the meaning, it refuses.
    expect(() => asciiOnly('const r = /a\\–b/;', 'test.cjs')).toThrow(/–/);
    expect(() => asciiOnly('const r = String.raw`[–-]`;', 'test.cjs')).toThrow(/\\u2013/);
  });
});
