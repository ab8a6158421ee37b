/**
 * The writer's crash guarantee (write.ts): every file and directory of the new output is fsynced
 * before the swap, in one batch, and the parent directory after it, so that after a crash the
 * output is the old directory or the whole new one, never files the disk had not yet received.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** What the writer asked of the file system, in order: `sync <path>`, `rename <from> <to>`. */
const calls: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    async open(path: string, flags?: string) {
      const handle = await fs.open(path, flags);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${path}`);
        return sync();
      };
      return handle;
    },
    async rename(from: string, to: string) {
      calls.push(`rename ${from} ${to}`);
      return fs.rename(from, to);
    },
  };
});

const { stageOutput } = await import('../scripts/write.ts');

describe('durable output', () => {
  it('fsyncs every file and directory it wrote before the swap, and the parent directory after it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'triptych-durable-'));
    const out = join(parent, 'dist');
    const first = await stageOutput(out);
    await first.add([{ path: 'old.html', data: 'old' }]);
    await first.commit();
    calls.length = 0;

    const staged = await stageOutput(out);
    await staged.add([
      { path: 'book.html', data: '<p>page</p>' },
      { path: 'deck/index.html', data: '<section>deck</section>' },
      { path: 'deck/reveal/theme/serif.css', data: 'body {}' },
    ]);
    expect(calls).toEqual([]);
    await staged.commit();

    // The old output is moved aside, then the staging directory takes its name.
    const renames = calls.filter((call) => call.startsWith('rename '));
    expect(renames).toHaveLength(2);
    const stagingDir = renames[1]!.split(' ')[1]!;
    expect(renames[1]).toBe(`rename ${stagingDir} ${out}`);
    const before = calls.slice(0, calls.indexOf(renames[0]!));
    const after = calls.slice(calls.indexOf(renames[1]!) + 1);
    const written = ['', '/.triptych-output', '/book.html', '/deck', '/deck/index.html', '/deck/reveal', '/deck/reveal/theme', '/deck/reveal/theme/serif.css'];
    expect(before.sort()).toEqual(written.map((path) => `sync ${stagingDir}${path}`).sort());
    expect(after).toEqual([`sync ${parent}`]);
    expect(readFileSync(join(out, 'deck/index.html'), 'utf8')).toBe('<section>deck</section>');
  });
});
