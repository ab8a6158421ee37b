/**
 * Mistakes an author or a build script makes that used to end in "internal error (a bug in
 * Triptych)": each now gets a diagnostic at its place, or a one-line usage error, and `check` and
 * `build` agree on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

/** A copy of a fixture in a fresh directory. */
function copy(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-mistake-')), name);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const noBug = (stderr: string) => expect(stderr).not.toMatch(/internal error|a bug in Triptych|\n\s+at /);

describe('a directory where a file is expected', () => {
  it('is file-missing at the chapter entry, in check and build alike', () => {
    const dir = copy('minimal');
    edit(join(dir, 'book.md'), (text) => text.replace('chapters: [chapters/one.md]', 'chapters: [chapters]'));
    for (const command of ['check', 'build']) {
      const run = runCli([command, dir, ...(command === 'build' ? ['--out', join(dir, '..', 'out')] : [])]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/book\.md:7:\d+: error: The chapter file `chapters` is a directory, not a file: .*\[file-missing\]/);
      noBug(run.stderr);
    }
  });

  it('is file-missing at the image, and at the bibliography entry', () => {
    const dir = copy('citation-author-date');
    mkdirSync(join(dir, 'chapters/pictures'));
    edit(join(dir, 'chapters/one.md'), (text) => `${text}\n\nA picture: ![A map](pictures)\n`);
    let run = runCli(['check', dir]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/one\.md:\d+:\d+: error: The image `pictures` is a directory, not a file: .*\[file-missing\]/);
    noBug(run.stderr);

    edit(join(dir, 'book.md'), (text) => text.replace('bibliography: references.json', 'bibliography: chapters'));
    run = runCli(['check', dir]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/book\.md:8:\d+: error: The bibliography `chapters` is a directory, not a file: .*\[file-missing\]/);
    noBug(run.stderr);
  });
});

describe('dates a zip cannot carry', () => {
  it('refuses a publication date after 2099 at its place, in check and build alike', () => {
    const dir = copy('minimal');
    edit(join(dir, 'book.md'), (text) => text.replace('published: 2026-11-25', 'published: 2100-01-01'));
    for (const command of ['check', 'build']) {
      const run = runCli([command, dir, ...(command === 'build' ? ['--out', join(dir, '..', 'out')] : [])]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/book\.md:6:12: error: .*after 2099.*\[front-matter-invalid\]/);
      noBug(run.stderr);
    }
  });

  it('refuses a malformed or too late SOURCE_DATE_EPOCH as a usage error, writing nothing', () => {
    const dir = copy('minimal');
    const out = join(dir, '..', 'out');
    for (const value of ['abc', '1.5', '99999999999999']) {
      const run = runCli(['build', dir, '--out', out], { env: { SOURCE_DATE_EPOCH: value } });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^triptych: SOURCE_DATE_EPOCH /);
      noBug(run.stderr);
      expect(run.stdout).toBe('');
    }
    expect(runCli(['build', dir, '--out', out], { env: { SOURCE_DATE_EPOCH: '1764547200' } }).status).toBe(0);
  });
});

describe('a minified bibliography', () => {
  it('builds, however long its one line (the line bound is for Markdown)', () => {
    const dir = copy('citation-author-date');
    const entries = JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8')) as Array<Record<string, unknown>>;
    // Pad the first entry's note so that the minified file is one line of over 16 KB.
    entries[0] = { ...entries[0], note: 'x'.repeat(20_000) };
    writeFileSync(join(dir, 'references.json'), JSON.stringify(entries));
    const run = runCli(['check', dir]);
    expect(run.stderr).not.toMatch(/line-too-long/);
    expect(run.status, run.stderr).toBe(0);
  });
});
