/**
 * A build replaces its output directory whole, so `--out` may only name a directory that is
 * Triptych's: new, empty, marked by an earlier build, or holding nothing but outputs. Anything else
 * (the manuscript, the working directory, a file, a symbolic link, a folder of other files) is
 * refused with an `out-refused` error before any work, and left exactly as it was. A file system
 * that refuses the write gives `out-unwritable`, not a crash. A build going on beside another one
 * into the same directory keeps its staging directory.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputMarker } from '../scripts/output-refusal.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

/** A work directory with a copy of the minimal book in `m/`. */
function work(): string {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-out-'));
  cpSync(fixture('minimal'), join(dir, 'm'), { recursive: true });
  return dir;
}

/** Builds `m` into `out` from `cwd`; expects `out-refused` and that `check` is left as it was. */
function expectRefused(cwd: string, out: string, reason: RegExp, check: string): void {
  const before = readTree(check);
  const run = runCli(['build', 'm', '--out', out], { cwd });
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toMatch(/error: The output directory .*\[out-refused\]/);
  expect(run.stderr).toMatch(reason);
  expect(run.stdout).toBe('');
  const after = readTree(check);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
}

describe('the output directory', () => {
  it('refuses the manuscript itself, and any directory that holds it', () => {
    const dir = work();
    expectRefused(dir, 'm', /holds the manuscript/, join(dir, 'm'));
    expectRefused(dir, '.', /holds the manuscript/, dir);
    expectRefused(dir, '', /holds the manuscript/, dir);
  });

  it('refuses the working directory and what holds it', () => {
    const dir = work();
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/keep.txt'), 'mine');
    cpSync(join(dir, 'm'), join(dir, 'elsewhere/m'), { recursive: true });
    // The book is in elsewhere/m, the working directory is elsewhere/sub.
    mkdirSync(join(dir, 'elsewhere/sub'));
    const run = runCli(['build', '../m', '--out', '.'], { cwd: join(dir, 'elsewhere/sub') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is the working directory or holds it.*\[out-refused\]/);
    expect(existsSync(join(dir, 'elsewhere/sub'))).toBe(true);
  });

  it('refuses a file, a symbolic link and a directory of files Triptych did not write', () => {
    const dir = work();
    writeFileSync(join(dir, 'thesis.txt'), 'my thesis');
    expectRefused(dir, 'thesis.txt', /is a file/, dir);
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/notes.md'), 'notes');
    writeFileSync(join(dir, 'docs/index.html'), '<p>my site</p>');
    expectRefused(dir, 'docs', /holds files Triptych did not write \(`notes\.md`\)/, dir);
    symlinkSync(join(dir, 'docs'), join(dir, 'link'));
    expectRefused(dir, 'link', /is a symbolic link/, dir);
  });

  it('replaces a directory it wrote before (marked), an empty one, and outputs written before the mark', () => {
    const dir = work();
    expect(runCli(['build', 'm', '--out', 'dist'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual([outputMarker, 'a-book-deck', 'a-book.epub', 'a-book.html']);
    expect(runCli(['build', 'm', '--out', 'dist'], { cwd: dir }).status).toBe(0);
    mkdirSync(join(dir, 'empty'));
    expect(runCli(['build', 'm', '--out', 'empty'], { cwd: dir }).status).toBe(0);
    // Outputs of a version that wrote no mark: only `<name>.epub`, `<name>.html`, `<name>-deck/index.html`.
    mkdirSync(join(dir, 'old/other-deck'), { recursive: true });
    writeFileSync(join(dir, 'old/other.epub'), 'x');
    writeFileSync(join(dir, 'old/other.html'), 'x');
    writeFileSync(join(dir, 'old/other-deck/index.html'), 'x');
    expect(runCli(['build', 'm', '--out', 'old'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'old')).sort()).toEqual([outputMarker, 'a-book-deck', 'a-book.epub', 'a-book.html']);
  });

  it('reports a directory the file system will not let it create as out-unwritable, not as a crash', () => {
    const dir = work();
    writeFileSync(join(dir, 'a-file'), 'x');
    const run = runCli(['build', 'm', '--out', 'a-file/dist'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/a-file\/dist:1:1: error: The output directory `a-file\/dist` cannot be written \(.*\): .*\[out-unwritable\]/);
    expect(run.stderr).not.toMatch(/internal error|bug/i);
  });

  it('leaves alone the staging directory of a build still running beside it, and removes a dead one’s', async () => {
    const dir = work();
    const sleeper = spawn('sleep', ['30']);
    try {
      const live = join(dir, `.dist.triptych-next-${sleeper.pid}`);
      mkdirSync(live);
      writeFileSync(join(live, 'a-book.epub'), 'being written');
      // A process id that is not running: the highest possible one is never handed out here.
      const dead = join(dir, '.dist.triptych-next-4194304');
      mkdirSync(dead);
      expect(runCli(['build', 'm', '--out', 'dist'], { cwd: dir }).status).toBe(0);
      expect(existsSync(join(live, 'a-book.epub'))).toBe(true);
      expect(existsSync(dead)).toBe(false);
    } finally {
      sleeper.kill();
    }
  });
});
