/**
 * `triptych check` and `triptych build`: the pipeline, then the report (the diagnostics, the
 * outputs written; or the same as JSON), then the exit code.
 */
import { relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { formatText, summary } from '../diagnostics/format.ts';
import { allowCollections } from '../memory.ts';
import type { BuildResult, CheckResult, Timings } from '../pipeline/index.ts';
import { buildJson, checkJson, type CheckJson } from '../pipeline/json-report.ts';
import { exitCode } from './exit-codes.ts';
import { silentProgress } from './progress.ts';
import type { Terminal } from './terminal.ts';

export interface PipelineRun {
  command: 'check' | 'build';
  dir: string;
  out: string;
  format: 'text' | 'json';
  timings: boolean;
}

export async function runPipeline(run: PipelineRun, terminal: Terminal): Promise<number> {
  // V8 grows the heap after each full collection to as much as 4× what survived it, a choice made
  // for long-running programs. A build is one pass whose live set stays small (the book, its hast,
  // one output at a time) while it makes a great deal of short-lived garbage: growing it by half
  // instead took the 50× build's peak RSS from ~460 to ~365 MB, for ~4% more time at 50×. Set
  // before the pipeline is loaded, so that its code cache (scripts/bundle/) is made and checked
  // under the same flags. `triptych dev` keeps V8's default: its memos are meant to stay alive.
  setFlagsFromString('--heap-growing-percent=50');
  // The build also collects at two points where V8's own timing costs memory it never gives
  // back (memory.ts): the flag that allows it is set here, for the same reason.
  allowCollections();
  const progress = run.format === 'json' ? silentProgress : terminal.progress();
  const pipeline = await import('../pipeline/index.ts');
  try {
    if (run.command === 'build') {
      const result = await pipeline.build({ dir: run.dir, out: run.out, progress: progress.stage });
      progress.done();
      return report(run, terminal, result, buildJson(result), result.outputs);
    }
    const result = await pipeline.check(run.dir, undefined, progress.stage);
    progress.done();
    return report(run, terminal, result, checkJson(result), []);
  } finally {
    progress.done();
  }
}

function report(run: PipelineRun, terminal: Terminal, result: CheckResult, json: CheckJson, outputs: BuildResult['outputs']): number {
  if (run.format === 'json') {
    terminal.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const { diagnostics } = json;
    if (diagnostics.length > 0) terminal.err(`${formatText(diagnostics, terminal.styles)}\n${summary(diagnostics, terminal.styles)}\n`);
    for (const output of outputs) terminal.out(`${relative(process.cwd(), output.path)}  ${formatBytes(output.bytes)}  ${Math.round(output.ms)} ms\n`);
    if (run.timings) terminal.err(`${formatTimings(result.timings)}peak RSS       ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(8)} MB\n`);
  }
  return result.ok ? exitCode.ok : exitCode.failed;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function formatTimings(timings: Timings): string {
  return Object.entries(timings).map(([stage, ms]) => `${stage.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms\n`).join('');
}
