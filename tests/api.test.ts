/**
 * The API (`import { build, check } from '@triptych-books/triptych'`, scripts/api.ts): the same
 * data the CLI prints with `--format json`, never a printed line, and a declaration file that
 * stands alone and declares what the module exports.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../scripts/api.ts';
import type { Diagnostic as InternalDiagnostic } from '../scripts/diagnostics/format.ts';
import type { BuildJson, CheckJson } from '../scripts/pipeline/json-report.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, runCli } from './helpers/cli.ts';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// The public types are written out in api.ts (its declaration file ships alone): they must stay
// the types the pipeline produces. `npm run typecheck` fails here when they drift.
export const sameTypes: [Equal<api.Diagnostic, InternalDiagnostic>, Equal<api.CheckReport, CheckJson>, Equal<api.BuildReport, BuildJson>] = [true, true, true];

const scratch = () => mkdtempSync(join(tmpdir(), 'triptych-api-'));

afterEach(() => {
  vi.restoreAllMocks();
});

/** Calls `work` with stdout and stderr watched; returns its result and what it printed. */
async function silently<T>(work: () => Promise<T>): Promise<{ result: T; printed: unknown[][] }> {
  const out = vi.spyOn(process.stdout, 'write');
  const err = vi.spyOn(process.stderr, 'write');
  const result = await work();
  return { result, printed: [...out.mock.calls, ...err.mock.calls] };
}

describe('the API', () => {
  it('returns the diagnostics `check --format json` prints, for a failing manuscript, and prints nothing', async () => {
    expect(process.cwd()).toBe(projectRoot);
    const dir = fixture('citation-unknown-key');
    const { result, printed } = await silently(() => api.check(dir));
    const cli = runCli(['check', dir, '--format', 'json']);
    expect(cli.status).toBe(1);
    expect(result).toEqual(JSON.parse(cli.stdout));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('citation-unknown-key');
    expect(printed).toEqual([]);
  });

  it('returns what `build --format json` prints: the same diagnostics, and no outputs when the build fails', async () => {
    const dir = fixture('wrong-type');
    const out = join(scratch(), 'out');
    const { result, printed } = await silently(() => api.build(dir, { out }));
    const cli = runCli(['build', dir, '--out', out, '--format', 'json']);
    expect(result).toEqual(JSON.parse(cli.stdout));
    expect(result).toMatchObject({ ok: false, outputs: [] });
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'front-matter-invalid', severity: 'error', line: 3 });
    expect(existsSync(out)).toBe(false);
    expect(printed).toEqual([]);
  });

  it('builds a manuscript and returns its three outputs, paths relative to the working directory', async () => {
    const out = join(scratch(), 'out');
    const { result, printed } = await silently(() => api.build(fixture('minimal'), { out }));
    expect(result.ok).toBe(true);
    expect(result.outputs.map((output) => output.format)).toEqual(['epub', 'html', 'deck']);
    for (const output of result.outputs) {
      expect(output.path.startsWith('/')).toBe(false);
      expect(existsSync(join(projectRoot, output.path))).toBe(true);
      expect(output.bytes).toBeGreaterThan(0);
    }
    expect(printed).toEqual([]);
  });

  it('ships a declaration file that stands alone and declares exactly what the module exports', async () => {
    const { declarations } = (await import(pathToFileURL(join(projectRoot, 'scripts/bundle/prebuild.mjs')).href)) as { declarations: () => string };
    const text = declarations();
    expect(text).not.toMatch(/^\s*import\b|\bfrom ['"]/m);
    const declared = [...text.matchAll(/^export declare function (\w+)/gm)].map((match) => match[1]).sort();
    expect(declared).toEqual(Object.keys(api).filter((name) => typeof (api as Record<string, unknown>)[name] === 'function').sort());
    expect(text).toMatch(/^export interface BuildReport extends CheckReport \{/m);
  });
});
