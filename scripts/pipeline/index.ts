/**
 * The pipeline, assembled in one place, one way:
 *   1. load + parse   manuscript/ → VFiles → mdast + typed front matter → `Manuscript`
 *   2. check          content rules → positioned messages on the files, then graded by what
 *                     the book's `checks:` and comments ask (checks/rule-control.ts)
 *   3. render         pure renderers (EPUB, page, deck) → `Artifact[]`
 *   4. write          one atomic swap into the output directory
 * Any error after stage 2 stops the build before anything is written.
 */
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { hasErrors, report } from '../diagnostics/report.ts';
import { runChecks } from '../checks/index.ts';
import { ruleControl } from '../checks/rule-control.ts';
import type { CheckMemo } from '../checks/check-memo.ts';
import type { Manuscript } from '../manuscript/types.ts';
import type { Format } from '../render/index.ts';
import { stageOutput, writeFailure, type StagedOutput, type Written } from '../write.ts';
import { outputRefusal } from '../output-refusal.ts';
import { loadManuscript } from './load.ts';
import { parseCacheStats, thawed } from './parse-cache.ts';

export interface Timings {
  [stage: string]: number;
}

export interface CheckResult {
  files: VFile[];
  manuscript: Manuscript | undefined;
  ok: boolean;
  timings: Timings;
}

export interface BuildOptions {
  dir: string;
  out: string;
  formats?: readonly Format[];
  progress?: StageListener;
}

/** Told each stage as it begins (`reading`, `checking`, `rendering`…): the CLI's progress line. */
export type StageListener = (stage: string) => void;

export interface BuildResult extends CheckResult {
  outputs: Array<Written & { format: Format; ms: number }>;
}

/** `checkMemo`: `triptych dev` reuses the checks of unchanged chapters (checks/check-memo.ts). */
export async function check(dir: string, checkMemo?: CheckMemo, progress?: StageListener): Promise<CheckResult> {
  const timings: Timings = {};
  let started = performance.now();
  progress?.('reading');
  const parsing = parseCacheStats().parseMs;
  const { manuscript, files } = await loadManuscript(dir);
  // Reading and parsing interleave (chapters are read in parallel): parse time is summed where
  // it happens (parse-cache.ts), load is the rest.
  const parse = parseCacheStats().parseMs - parsing;
  timings['load'] = performance.now() - started - parse;
  timings['parse'] = parse;
  // What `checks:` and the text's comments ask of the rules, applied to every message (rule-control.ts).
  const control = manuscript && ruleControl(manuscript);
  control?.apply(files);
  if (manuscript && control && !hasErrors(files)) {
    progress?.('checking');
    started = performance.now();
    // Without the check memo, trees the parse memo shares frozen are copied before the checks annotate them.
    if (!checkMemo) for (const chapter of manuscript.chapters) chapter.tree = thawed(chapter.tree);
    await runChecks(manuscript, checkMemo);
    control.apply(files);
    timings['check'] = performance.now() - started;
  }
  return { files, manuscript, ok: manuscript !== undefined && !hasErrors(files), timings };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  // Before any work: a build replaces its output directory whole (write.ts, output-refusal.ts).
  const refusal = await outputRefusal(options.out, options.dir);
  if (refusal) return { files: [outputMessage(options.out, refusal, 'out-refused')], manuscript: undefined, ok: false, timings: {}, outputs: [] };
  const checked = await check(options.dir, undefined, options.progress);
  if (!checked.ok || !checked.manuscript) return { ...checked, outputs: [] };
  options.progress?.('rendering');
  const { timings } = checked;
  // Loaded here, not at the top: `check` and a failed build never load the renderers (the EPUB
  // writer, resvg, reveal.js, the map data), which is most of the startup of a short run.
  const { renderAll, formats } = await import('../render/index.ts');
  // Each format is written into the staging directory as soon as it is rendered and its strings
  // let go; the directory is swapped in only once every format is written (write.ts).
  let staged: StagedOutput;
  try {
    staged = await stageOutput(options.out);
  } catch (error) {
    return unwritable(checked, options.out, error);
  }
  const outputs: BuildResult['outputs'] = [];
  let writeMs = 0;
  // Set when writing (not rendering) failed: only that is the file system's doing.
  let writeError: unknown;
  try {
    await renderAll(checked.manuscript, options.formats ?? formats, timings, undefined, {
      releaseSources: true,
      async emit({ format, artifacts, ms }) {
        timings[`render:${format}`] = ms;
        const started = performance.now();
        const written = await staged.add(artifacts).catch((error: unknown) => {
          writeError = error;
          throw error;
        });
        writeMs += performance.now() - started;
        // One line per output: the main file of each format.
        const main = artifacts.find((a) => /\.(epub|html)$/.test(a.path) && !a.path.includes('/reveal/')) ?? artifacts[0];
        const bytes = written.reduce((sum, w) => sum + w.bytes, 0);
        const path = written.find((w) => main && w.path.endsWith(main.path))?.path ?? options.out;
        outputs.push({ format, ms, path, bytes });
        options.progress?.(`rendering (${outputs.map((output) => output.format).join(', ')} written)`);
      },
    });
  } catch (error) {
    await staged.abandon();
    if (error !== writeError) throw error;
    return unwritable(checked, options.out, error);
  }
  const started = performance.now();
  try {
    await staged.commit();
  } catch (error) {
    return unwritable(checked, options.out, error);
  }
  timings['write'] = writeMs + performance.now() - started;
  return { ...checked, outputs };
}

/** A problem with the output directory, as a message on a file of its own (it has no line to point at). */
function outputMessage(out: string, reason: string, ruleId: string): VFile {
  const file = new VFile({ path: resolve(out) });
  report(file, reason, undefined, ruleId);
  return file;
}

/** A write the file system refused (write.ts says which), as `out-unwritable`; anything else is a bug, thrown on. */
function unwritable(checked: CheckResult, out: string, error: unknown): BuildResult {
  const reason = writeFailure(out, error);
  if (reason === undefined) throw error;
  return { ...checked, files: [...checked.files, outputMessage(out, reason, 'out-unwritable')], ok: false, outputs: [] };
}
