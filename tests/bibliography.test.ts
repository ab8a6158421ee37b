/**
 * The bibliography file (CSL-JSON) as the author meets it: each broken entry reported at its
 * place in the JSON, with its rule id, and the build stopped.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

function check(dir: string): { status: number | null; reported: Array<[string, string, string]> } {
  const run = runCli(['check', dir, '--format', 'json']);
  const parsed = JSON.parse(run.stdout) as { diagnostics: Array<{ path: string; line: number; column: number; ruleId: string; message: string }> };
  return { status: run.status, reported: parsed.diagnostics.map((d) => [`${d.path}:${d.line}:${d.column}`, d.ruleId, d.message]) };
}

const at = (name: string, line: number, column: number) => `tests/fixtures/${name}/references.json:${line}:${column}`;

describe('bibliography rules', () => {
  it('reports an empty bibliography file at its end, with a position (found by fuzzing: it had none) [bibliography-invalid]', () => {
    const { status, reported } = check(fixture('bibliography-empty'));
    expect(reported.map(([where, rule]) => [where, rule])).toEqual([[at('bibliography-empty', 2, 1), 'bibliography-invalid']]);
    expect(status).toBe(1);
  });

  it('reports each invalid entry at the field concerned: unknown type, names not a list, bad date-parts, no id, no type [bibliography-invalid]', () => {
    const { status, reported } = check(fixture('bibliography-invalid'));
    expect(reported.map(([where, rule]) => [where, rule])).toEqual([
      [at('bibliography-invalid', 25, 13), 'bibliography-invalid'],
      [at('bibliography-invalid', 27, 15), 'bibliography-invalid'],
      [at('bibliography-invalid', 31, 15), 'bibliography-invalid'],
      [at('bibliography-invalid', 40, 3), 'bibliography-invalid'],
      [at('bibliography-invalid', 40, 3), 'bibliography-invalid'],
    ]);
    const messages = reported.map(([, , message]) => message);
    expect(messages[0]).toContain('Bibliography entry `forsyth1992` has type `monograph`, which is not a CSL type');
    expect(messages[1]).toContain('The `author` of bibliography entry `forsyth1992` is an object, not a list of names');
    expect(messages[2]).toContain('The `issued` of bibliography entry `forsyth1992` has a value in `date-parts` that is not a whole number');
    expect(messages[3]).toContain('Bibliography entry 3 has no `id`');
    expect(messages[4]).toContain('Bibliography entry 3 has no `type`');
    expect(status).toBe(1);
  });

  it('reports JSON that does not parse at the point it stops [bibliography-invalid]', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-bib-')), 'book');
    cpSync(fixture('citation-author-date'), dir, { recursive: true });
    const path = join(dir, 'references.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"type": "book",', '"type": "book"'));
    const { status, reported } = check(dir);
    expect(reported).toHaveLength(1);
    expect(reported[0]![0]).toMatch(/references\.json:5:5$/);
    expect(reported[0]![1]).toBe('bibliography-invalid');
    expect(reported[0]![2]).toContain('The bibliography is not valid JSON');
    expect(status).toBe(1);
  });

  it('reports an ISBN with a wrong check digit, also one among several in the field [bibliography-isbn]', () => {
    const { status, reported } = check(fixture('bibliography-isbn'));
    expect(reported.map(([where, rule]) => [where, rule])).toEqual([
      [at('bibliography-isbn', 21, 13), 'bibliography-isbn'],
      [at('bibliography-isbn', 42, 13), 'bibliography-isbn'],
    ]);
    expect(reported[0]![2]).toContain('The ISBN `0674016841` of bibliography entry `perdue2005` has a wrong check digit: `1` where the checksum gives `X`');
    expect(reported[1]![2]).toContain('The ISBN `978-0-521-47771-1` of bibliography entry `forsyth1992` has a wrong check digit: `1` where the checksum gives `0`');
    expect(status).toBe(1);
  });
});
