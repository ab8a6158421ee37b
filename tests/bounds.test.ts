/**
 * Bounded input: a huge manuscript or a huge line fails fast with a diagnostic instead of taking
 * minutes and gigabytes (micromark is super-linear on giant paragraphs). The bounds are in
 * scripts/manuscript/limits.ts; the vitest timeout bounds the time.
 */
import { cpSync, mkdtempSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

function copyMinimal(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-bounds-')), 'm');
  cpSync(fixture('minimal'), dir, { recursive: true });
  return dir;
}

describe('bounded input', () => {
  it('refuses a 1 MB line with `line-too-long` at that line, without parsing it', () => {
    const dir = copyMinimal();
    writeFileSync(join(dir, 'chapters/one.md'), `---\ntitle: One\n---\n\n${'siege of the fort [@x] *em* '.repeat(40_000)}\n`);
    const run = runCli(['check', dir]);
    expect(run.stderr).toMatch(/chapters\/one\.md:5:1: error: Line 5 is 1120000 characters long, over the 16384 a line may have.*\[line-too-long\]/);
    expect(run.status).toBe(1);
  });

  it('refuses a 50 MB chapter with `file-too-large` without reading it', () => {
    const dir = copyMinimal();
    const path = join(dir, 'chapters/one.md');
    const fd = openSync(path, 'w');
    const block = Buffer.from('The winter blockade went on.\n\n'.repeat(34_953)); // ≈ 1 MiB
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    const run = runCli(['build', dir, '--out', join(dir, '..', 'dist')]);
    expect(run.stderr).toMatch(/chapters\/one\.md:1:1: error: This file is too large to build: it is \d+ KB, over the 2048 KB a file may have.*\[file-too-large\]/);
    expect(run.status).toBe(1);
  });
});
