/** The build writes the three outputs, the same bytes every time, and never half of them. */
import { mkdtempSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'triptych-build-'));

describe('triptych build', () => {
  it('writes the EPUB, the page and the deck and prints one line per output', () => {
    const out = join(scratch(), 'dist');
    const run = runCli(['build', fixture('minimal'), '--out', out]);
    expect(run.status).toBe(0);
    const files = [...readTree(out).keys()];
    expect(files).toEqual(expect.arrayContaining(['a-book.epub', 'a-book.html', 'a-book-deck/index.html', 'a-book-deck/reveal/reveal.js']));
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(run.stdout).toMatch(/a-book\.epub\s+[\d.]+ KB\s+\d+ ms/);
  });

  it('gives byte-identical outputs on two builds, in two time zones', () => {
    const a = join(scratch(), 'dist');
    const b = join(scratch(), 'dist');
    expect(runCli(['build', fixture('minimal'), '--out', a], { env: { TZ: 'UTC' } }).status).toBe(0);
    expect(runCli(['build', fixture('minimal'), '--out', b], { env: { TZ: 'Asia/Tokyo' } }).status).toBe(0);
    const left = readTree(a);
    const right = readTree(b);
    expect([...right.keys()]).toEqual([...left.keys()]);
    for (const [path, bytes] of left) expect(right.get(path)?.equals(bytes), path).toBe(true);
  });

  it('leaves the previous dist untouched when a build fails', () => {
    const work = scratch();
    const manuscript = join(work, 'manuscript');
    cpSync(fixture('minimal'), manuscript, { recursive: true });
    const out = join(work, 'dist');
    expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
    const before = readTree(out);
    writeFileSync(join(manuscript, 'book.md'), readFileSync(join(manuscript, 'book.md'), 'utf8').replace('lang: en', 'lang: en_GB'));
    const run = runCli(['build', manuscript, '--out', out]);
    expect(run.status).toBe(1);
    const after = readTree(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
  });
});
