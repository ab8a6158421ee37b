/**
 * scripts/memory.ts: collections on request. Where the CLI has not allowed them (here, in vitest)
 * both functions do nothing; in a process that allowed them, a full collection between stages
 * frees the garbage once the heap is large, and leaves a small heap alone; the EPUB's zip asks for
 * a scavenge every few MiB of fflate's working arrays, and not for a small book. How much memory
 * this saves is measured by the bench (peak RSS at 50×), not asserted here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';

const memoryModule = pathToFileURL(join(projectRoot, 'scripts/memory.ts')).href;

/** Runs `body` (an ES module, memory.ts's exports in scope) in a fresh Node through tsx; returns its JSON output. */
function inChild(body: string, allow: boolean): { before: number; after: number } {
  const code = `import { allowCollections, collectBetweenStages, collectYoungGarbage } from ${JSON.stringify(memoryModule)};
import { getHeapStatistics } from 'node:v8';
${allow ? 'allowCollections();' : ''}
const used = () => getHeapStatistics().used_heap_size / 1048576;
${body}`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: projectRoot, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { before: number; after: number };
}

/** Makes `mb` MiB of garbage that survives scavenges (kept until the function returns, then dropped). */
const garbage = `function garbage(mb) {
  const kept = [];
  for (let i = 0; i < mb * 1024; i++) kept.push(new Array(126).fill(i));
  return kept.length;
}`;

describe('collections between stages', () => {
  it('free the garbage of a large heap, in a process that allowed them', () => {
    const out = inChild(`${garbage}
garbage(160);
const before = used();
collectBetweenStages();
console.log(JSON.stringify({ before, after: used() }));`, true);
    expect(out.before).toBeGreaterThan(100);
    expect(out.after).toBeLessThan(out.before - 80);
  });

  it('leave a heap under 64 MiB alone', () => {
    const out = inChild(`${garbage}
garbage(24);
const before = used();
collectBetweenStages();
console.log(JSON.stringify({ before, after: used() }));`, true);
    expect(out.before).toBeGreaterThan(20);
    expect(out.before).toBeLessThan(64);
    expect(out.after).toBeCloseTo(out.before, 0);
  });

  it('do nothing, and do not fail, where the CLI did not allow them', () => {
    const out = inChild(`${garbage}
garbage(160);
const before = used();
collectBetweenStages();
collectYoungGarbage();
console.log(JSON.stringify({ before, after: used() }));`, false);
    expect(out.after).toBeGreaterThan(out.before - 5);
  });
});

describe('the EPUB zip', () => {
  it('asks for a scavenge every few MiB of working arrays, and not for a small book', async () => {
    vi.resetModules();
    const collectYoungGarbage = vi.fn();
    vi.doMock('../scripts/memory.ts', () => ({ collectYoungGarbage }));
    const { ocfZip } = await import('../scripts/render/epub/zip.ts');
    const chapter = (i: number) => ({ path: `OEBPS/ch${i}.xhtml`, data: `<p>Chapter ${i}: Джунгарское ханство. </p>`.repeat(1000) });
    const modified = new Date('2026-11-25T00:00:00Z');
    ocfZip(Array.from({ length: 8 }, (_, i) => chapter(i)), modified);
    expect(collectYoungGarbage).not.toHaveBeenCalled();
    // Each ~45 KB entry is ~0.4 MB of fflate's arrays: 350 of them (a 50× book) pass 8 MiB ~16 times.
    ocfZip(Array.from({ length: 350 }, (_, i) => chapter(i)), modified);
    expect(collectYoungGarbage.mock.calls.length).toBeGreaterThanOrEqual(12);
    expect(collectYoungGarbage.mock.calls.length).toBeLessThanOrEqual(20);
    vi.doUnmock('../scripts/memory.ts');
  });
});
