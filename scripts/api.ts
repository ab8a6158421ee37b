/**
 * The programmatic interface, `import { build, check } from '@triptych-books/triptych'`: each runs
 * what the CLI command of the same name runs and returns what `--format json` prints (the CLI
 * prints exactly these values), never printing anything itself. Paths in the results are relative
 * to the working directory, as the CLI prints them; a manuscript problem is a diagnostic, not an
 * exception (a bug in Triptych still throws).
 *
 * The public types are written out here rather than imported, so that the declaration file the
 * package ships (generated from this file when it is packed) stands alone;
 * tests/api.test.ts checks they are the types the pipeline uses.
 */
import * as pipeline from './pipeline/index.ts';
import { buildJson, checkJson } from './pipeline/json-report.ts';

/** One problem: `path:line:col: severity: message [ruleId]` as data. */
export interface Diagnostic {
  /** Relative to the working directory. */
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** An error stops the build; a warning does not. */
  severity: 'error' | 'warning' | 'info';
  /** What happened, why, and what to do. */
  message: string;
  /** The stable rule id, documented in the README's checks table. */
  ruleId: string;
}

export interface CheckReport {
  /** No errors (warnings allowed): the CLI's exit code 0. */
  ok: boolean;
  /** Sorted by path, line, column and rule id. */
  diagnostics: Diagnostic[];
}

/** A written output: the EPUB, the page, or the deck's `index.html`. */
export interface Output {
  format: 'epub' | 'html' | 'deck';
  /** Relative to the working directory. */
  path: string;
  /** Bytes written for the format (for the deck, every file of its folder). */
  bytes: number;
}

export interface BuildReport extends CheckReport {
  /** Empty when `ok` is false: a build with errors writes nothing. */
  outputs: Output[];
}

export interface BuildOptions {
  /** The output directory, replaced whole by each build. Default: `dist`. */
  out?: string;
}

/** Runs every check on the manuscript in `dir` (the folder of its `book.md`) and writes nothing. */
export async function check(dir: string): Promise<CheckReport> {
  return checkJson(await pipeline.check(dir));
}

/** Checks the manuscript in `dir`, then writes the EPUB, the page and the deck into `options.out`. */
export async function build(dir: string, options: BuildOptions = {}): Promise<BuildReport> {
  return buildJson(await pipeline.build({ dir, out: options.out ?? 'dist' }));
}
