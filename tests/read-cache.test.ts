/**
 * scripts/pipeline/read-cache.ts: `triptych dev` does not read again a file whose metadata is
 * unchanged and whose last write was settled when it was read; it reads again a file that
 * changed, and one read soon after its last write (a write within a coarse timestamp's
 * granularity would not show in its metadata).
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readFileSync: (...args: Parameters<typeof fs.readFileSync>) => {
      reads.count++;
      return fs.readFileSync(...args);
    },
  };
});

const { enableReadCache, readText } = await import('../scripts/pipeline/read-cache.ts');

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'triptych-read-')), 'chapter.md');
  writeFileSync(path, text);
  return path;
};
const stat = (path: string) => statSync(path, { bigint: true });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the dev read cache', () => {
  it('reads every time until it is enabled', () => {
    const path = file('# One\n');
    const before = reads.count;
    expect(readText(path, stat(path))).toBe('# One\n');
    expect(readText(path, stat(path))).toBe('# One\n');
    expect(reads.count - before).toBe(2);
  });

  it('reuses the text of a settled, unchanged file, and reads a changed one', async () => {
    enableReadCache({ settleMs: 20 });
    const path = file('# Two\n');
    await pause(60);
    const before = reads.count;
    expect(readText(path, stat(path))).toBe('# Two\n');
    expect(readText(path, stat(path))).toBe('# Two\n');
    expect(readText(path, stat(path))).toBe('# Two\n');
    expect(reads.count - before).toBe(1);
    // The same size, another text: the metadata (mtime, ctime) tells.
    writeFileSync(path, '# Too\n');
    expect(readText(path, stat(path))).toBe('# Too\n');
    expect(reads.count - before).toBe(2);
  });

  it('reads again, on every call, a file read before its last write had settled', () => {
    enableReadCache({ settleMs: 60_000 });
    const path = file('# Three\n');
    const before = reads.count;
    for (let i = 0; i < 3; i++) expect(readText(path, stat(path))).toBe('# Three\n');
    expect(reads.count - before).toBe(3);
  });
});
