/**
 * A build killed with SIGKILL while it writes leaves the previous output intact: the writer builds
 * a sibling staging directory and swaps it in, so the kill lands before the swap and the old
 * files are untouched; the next build cleans the abandoned staging directory.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, watch, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { stageOutput } from '../scripts/write.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

describe('atomic output', () => {
  it('keeps the previous dist byte for byte when a build is killed mid-write', async () => {
    const work = mkdtempSync(join(tmpdir(), 'triptych-kill-'));
    const manuscript = join(work, 'manuscript');
    const out = join(work, 'dist');
    cpSync(fixture('minimal'), manuscript, { recursive: true });
    expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
    const before = readTree(out);

    // A different book, so a half-swapped output could not pass for the old one.
    const chapter = join(manuscript, 'chapters/one.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('Some prose', 'Other prose'));
    const identical = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
      a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes) === true);

    // The staging directory exists only while the writer writes: kill the build the moment it
    // appears. The kill may still land after the swap (the event is asynchronous); the output
    // must then be the whole new build. Either way it is never a mixture, never missing.
    let killedMidWrite = 0;
    for (let attempt = 0; attempt < 5 && killedMidWrite === 0; attempt++) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/cli.ts'), 'build', manuscript, '--out', out], { cwd: projectRoot, stdio: 'ignore' });
      const watcher = watch(work, (_event, name) => {
        if (name && String(name).startsWith('.dist.triptych-next-')) child.kill('SIGKILL');
      });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      watcher.close();
      const after = readTree(out);
      if (identical(after, before)) {
        expect(signal).toBe('SIGKILL');
        killedMidWrite++;
      } else {
        // Too late to interrupt: the swap had happened, so the output is the complete new build.
        expect(readFileSync(join(out, 'a-book.html'), 'utf8')).toContain('Other prose');
        expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
        expect(identical(readTree(out), after)).toBe(true);
        // Restore the old output for the next attempt.
        writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('Other prose', 'Some prose'));
        expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
        expect(identical(readTree(out), before)).toBe(true);
        writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('Some prose', 'Other prose'));
      }
    }
    expect(killedMidWrite).toBe(1);
    expect(readdirSync(work).some((name) => name.startsWith('.dist.triptych-next-'))).toBe(true);

    // The next build finishes the job and leaves no staging directory behind.
    expect(runCli(['build', manuscript, '--out', out]).status).toBe(0);
    expect(readdirSync(work).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    expect(existsSync(join(out, 'a-book.html'))).toBe(true);
    expect(readFileSync(join(out, 'a-book.html'), 'utf8')).toContain('Other prose');
  });

  it('writes a long text in slices with the same bytes, a surrogate pair across a slice boundary kept whole', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-slices-')), 'dist');
    // 😀 (U+1F600, two UTF-16 units) starting on the last unit of the first 1 MiB slice, and Cyrillic around.
    const text = `${'ж'.repeat((1 << 20) - 1)}😀${'a'.repeat(1 << 20)}😀end`;
    expect(text.charCodeAt((1 << 20) - 1)).toBe(0xd83d);
    const staged = await stageOutput(out);
    const [written] = await staged.add([{ path: 'long.html', data: text }]);
    await staged.commit();
    const bytes = readFileSync(join(out, 'long.html'));
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(written!.bytes).toBe(bytes.length);
  });
});
