/**
 * A check's or a build's result as the data `--format json` prints and the API returns: the
 * diagnostics (diagnostics/format.ts) and, for a build, the outputs written, paths relative to the
 * working directory as the CLI prints them. One function for both, so they cannot drift apart.
 */
import { relative } from 'node:path';
import { collect, type Diagnostic } from '../diagnostics/format.ts';
import type { Format } from '../render/index.ts';
import type { BuildResult, CheckResult } from './index.ts';

export interface CheckJson {
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface BuildJson extends CheckJson {
  outputs: Array<{ format: Format; path: string; bytes: number }>;
}

export function checkJson(result: CheckResult, cwd = process.cwd()): CheckJson {
  return { ok: result.ok, diagnostics: collect(result.files, cwd) };
}

export function buildJson(result: BuildResult, cwd = process.cwd()): BuildJson {
  const outputs = result.outputs.map(({ format, path, bytes }) => ({ format, path: relative(cwd, path) || path, bytes }));
  return { ...checkJson(result, cwd), outputs };
}
