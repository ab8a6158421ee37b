/**
 * Runs one command as a child process under GNU time (`/usr/bin/time -f`), which reports the
 * child's wall time and peak resident set size (`%M`, the kernel's maxrss of the child) without
 * our process having to sample it. A failed command is an error: a benchmark of a broken build
 * measures nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sample {
  /** Wall-clock time. */
  ms: number;
  /** CPU time of the child (user + system), steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Peak RSS of the child, in bytes. */
  rss: number;
}

export const gnuTime = '/usr/bin/time';

export async function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Sample> {
  const scratch = await mkdtemp(join(tmpdir(), 'triptych-measure-'));
  const report = join(scratch, 'time.txt');
  try {
    const started = performance.now();
    const { code, stderr } = await run(gnuTime, ['-o', report, '-f', '%U %S %M', command, ...args], options);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${stderr.slice(-2000)}`);
    // GNU time prefixes its line with a note when the child was signalled; the figures are last.
    const [user = NaN, system = NaN, kilobytes = NaN] = ((await readFile(report, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { ms, cpuMs: (user + system) * 1000, rss: kilobytes * 1024 };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
