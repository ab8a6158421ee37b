/**
 * A file's characters: one that is not UTF-8 is `encoding-invalid` where the first bad byte stands
 * (it used to be read with "�" in place of its letters, silently); a character XML forbids is
 * `character-invalid` at its place (it used to reach the EPUB, which EPUBCheck then refused).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

function withChapter(bytes: Buffer): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-chars-')), 'm');
  cpSync(fixture('minimal'), dir, { recursive: true });
  writeFileSync(join(dir, 'chapters/one.md'), bytes);
  return dir;
}

const chapter = readFileSync(join(fixture('minimal'), 'chapters/one.md'), 'utf8');

describe('the characters of a manuscript file', () => {
  it('reports a file saved as Windows-1251 as encoding-invalid at its first bad byte', () => {
    // "Омск" in Windows-1251: four bytes that are no UTF-8.
    const text = Buffer.concat([Buffer.from(`${chapter}\nThe fort at `), Buffer.from([0xce, 0xec, 0xf1, 0xea]), Buffer.from('.\n')]);
    const dir = withChapter(text);
    const line = chapter.split('\n').length + 1;
    for (const command of ['check', 'build']) {
      const run = runCli([command, dir, ...(command === 'build' ? ['--out', join(dir, '..', 'out')] : [])]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`one\\.md:${line}:13: error: This file is not UTF-8 from this point on .*\\[encoding-invalid\\]`));
    }
  });

  it('keeps a real U+FFFD in a UTF-8 file', () => {
    const run = runCli(['check', withChapter(Buffer.from(`${chapter}\nA replacement character: \uFFFD.\n`))]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('reports control characters and noncharacters XML forbids as character-invalid, each where it stands', () => {
    const line = chapter.split('\n').length + 1;
    const run = runCli(['check', withChapter(Buffer.from(`${chapter}\nA\u000Cform feed and a\uFFFE noncharacter; a tab\tis fine.\n`))]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`one\\.md:${line}:2: error: The character U\\+000C \\(invisible: a control character\\) .*\\[character-invalid\\]`));
    expect(run.stderr).toMatch(new RegExp(`one\\.md:${line}:18: error: The character U\\+FFFE \\(invisible: a noncharacter\\) .*\\[character-invalid\\]`));
    expect(run.stderr).not.toMatch(/U\+0009/);
  });
});
