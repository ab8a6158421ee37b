/**
 * The checks configured like a linter: `checks:` in book.md re-grades a rule or turns it off, a
 * preset decides which rules run, comments excuse a line or a stretch of text, and a misspelt or
 * locked rule is a warning at the place it is written. Each path through the real CLI.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../scripts/checks/index.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';
import { fixture, runCli } from './helpers/cli.ts';

interface Reported {
  at: string;
  severity: string;
  ruleId: string;
  message: string;
}

function checkDir(dir: string): { status: number | null; reported: Reported[] } {
  const run = runCli(['check', dir, '--format', 'json']);
  const parsed = JSON.parse(run.stdout) as { diagnostics: Array<{ path: string; line: number; column: number; severity: string; ruleId: string; message: string }> };
  return {
    status: run.status,
    reported: parsed.diagnostics.map((d) => ({ at: `${d.path.slice(d.path.lastIndexOf('/') + 1)}:${d.line}:${d.column}`, severity: d.severity, ruleId: d.ruleId, message: d.message })),
  };
}

const brief = (list: Reported[]) => list.map(({ at, severity, ruleId }) => `${at} ${severity} ${ruleId}`);

/** A copy of fixture `name` with `change` applied to its book.md. */
function variant(name: string, change: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-checks-')), name);
  cpSync(fixture(name), dir, { recursive: true });
  const book = join(dir, 'book.md');
  const before = readFileSync(book, 'utf8');
  const after = change(before);
  expect(after, 'the change changes book.md').not.toBe(before);
  writeFileSync(book, after);
  return dir;
}

describe('checks: in book.md', () => {
  it('re-grades a rule: `date-unmatched: warning` lets the book through, `event-unused: error` stops it', () => {
    const { status, reported } = checkDir(fixture('checks-severity'));
    expect(brief(reported)).toEqual(['book.md:15:9 error event-unused', 'book.md:28:27 warning date-unmatched']);
    expect(status).toBe(1);
    // Without the block, the same two messages come at the rules' own severities.
    const plain = checkDir(variant('checks-severity', (text) => text.replace(/^checks:\n(?: {2}.*\n)+/m, '')));
    expect(brief(plain.reported)).toEqual(['book.md:15:9 warning event-unused', 'book.md:25:27 error date-unmatched']);
  });

  it('turns a rule off: `date-unmatched: off` drops its messages and leaves the others', () => {
    const { status, reported } = checkDir(fixture('checks-off'));
    expect(brief(reported)).toEqual(['book.md:15:9 warning event-unused']);
    expect(status).toBe(0);
  });

  it('the default preset runs no rule the book cannot satisfy; `history` runs them all; one rule can be asked for alone', () => {
    expect(checkDir(fixture('no-timeline-popsci')).reported).toEqual([]);
    const history = checkDir(variant('no-timeline-popsci', (text) => text.replace('bibliography: references.json', 'bibliography: references.json\nchecks: {preset: history}')));
    expect(new Set(history.reported.map((r) => r.ruleId))).toEqual(new Set(['date-unmatched', 'citation-missing']));
    expect(history.status).toBe(1);
    const coverage = checkDir(variant('no-timeline-popsci', (text) => text.replace('bibliography: references.json', 'bibliography: references.json\nchecks: {citation-missing: error}')));
    expect(new Set(coverage.reported.map((r) => r.ruleId))).toEqual(new Set(['citation-missing']));
  });

  it('reports a rule id no rule has at its key, with the nearest id, and a locked rule turned off at its value [rule-unknown] [rule-locked]', () => {
    const { reported } = checkDir(fixture('checks-unknown'));
    const config = reported.filter((r) => r.at.startsWith('book.md:13:') || r.at.startsWith('book.md:14:'));
    expect(brief(config)).toEqual(['book.md:13:3 warning rule-unknown', 'book.md:14:16 warning rule-locked']);
    expect(config[0]!.message).toContain('Unknown rule `date-unmached` in `checks`');
    expect(config[0]!.message).toContain('did you mean `date-unmatched`?');
    expect(config[1]!.message).toContain('`html-unsafe` cannot be set to `off`: it keeps the outputs valid and safe');
    // The locked rule still reports, as an error.
    expect(brief(reported.filter((r) => r.ruleId === 'html-unsafe'))).toEqual(['book.md:28:1 error html-unsafe']);
  });

  it('refuses a setting that is no severity, at its value [front-matter-invalid]', () => {
    const { status, reported } = checkDir(variant('checks-off', (text) => text.replace('date-unmatched: off', 'date-unmatched: false')));
    expect(brief(reported)).toEqual(['book.md:19:19 error front-matter-invalid']);
    expect(reported[0]!.message).toContain('`checks.date-unmatched` is not text (false); a rule is set to one of `off`, `warning`, `error`');
    expect(status).toBe(1);
  });
});

describe('comments that excuse the text', () => {
  const withoutComments = () => variant('checks-excused', (text) => text.replace(/ *(<!--\s*triptych-[^>]*-->|# triptych-.*)\n?/g, ''));

  it('excuse the next line, their own line, a stretch up to `enable`, and in the front matter the next line; a locked rule is never excused', () => {
    const { reported } = checkDir(fixture('checks-excused'));
    expect(brief(reported)).toEqual(['book.md:30:32 error date-unmatched', 'book.md:44:49 error date-unmatched', 'book.md:50:1 error html-unsafe']);
    expect(reported.map((r) => /`(\d+)`/.exec(r.message)?.[1])).toEqual(['1721', '1711', undefined]);
  });

  it('excuse exactly what the comments cover: without them, each excused date and event is reported', () => {
    const values = checkDir(withoutComments()).reported.map((r) => `${r.ruleId} ${/`([^`]+)`/.exec(r.message)?.[1]}`);
    expect(values).toEqual([
      'event-unused academy',
      'date-unmatched 1709',
      'date-unmatched 1721',
      'date-unmatched 1729',
      'date-unmatched 1714',
      'date-unmatched 1715',
      'date-unmatched 1714',
      'date-unmatched 1704',
      'date-unmatched 1711',
      'date-unmatched 1725',
      'html-unsafe <script>',
    ]);
  });

  it('warn about a comment that names no rule, or is no Triptych comment, and excuse nothing by it [rule-unknown] [rule-locked]', () => {
    const { reported } = checkDir(fixture('checks-unknown'));
    const comments = reported.filter((r) => ['book.md:21:1', 'book.md:24:1', 'book.md:27:1'].includes(r.at));
    expect(brief(comments)).toEqual(['book.md:21:1 warning rule-unknown', 'book.md:24:1 warning rule-unknown', 'book.md:27:1 warning rule-locked']);
    expect(comments[0]!.message).toContain('Unknown rule `date-unmatchd` in a `triptych-disable-next-line` comment');
    expect(comments[1]!.message).toContain('`triptych-disable-nextline` is not a Triptych comment');
    expect(comments[1]!.message).toContain('did you mean `triptych-disable-next-line`?');
    expect(comments[2]!.message).toContain('`html-unsafe` cannot be excused by a comment');
    // What those comments meant to excuse is still reported.
    expect(brief(reported.filter((r) => r.ruleId === 'date-unmatched'))).toEqual(['book.md:22:27 error date-unmatched', 'book.md:25:23 error date-unmatched']);
  });
});

describe('what a message suggests works where it is suggested', () => {
  it('in a one-file book, `date-order` suggests the event the date matched, or `date-order: off` under `checks:`, and both silence it', () => {
    const { reported } = checkDir(fixture('date-order-one-file'));
    expect(brief(reported)).toEqual(['book.md:21:66 warning date-order']);
    expect(reported[0]!.message).toContain('write `:date[1697]{event=embassy flashback}` or set `date-order: off` under `checks:` in book.md');
    const flashback = variant('date-order-one-file', (text) => text.replace('journey west in 1697', 'journey west in :date[1697]{event=embassy flashback}'));
    expect(checkDir(flashback).reported).toEqual([]);
    const off = variant('date-order-one-file', (text) => text.replace('period: 1680/1730', 'period: 1680/1730\nchecks:\n  date-order: off'));
    expect(checkDir(off).reported).toEqual([]);
  });

  it('`date-unmatched` suggests excusing the line, and that comment silences it', () => {
    const { reported } = checkDir(fixture('checks-severity'));
    const unmatched = reported.find((r) => r.ruleId === 'date-unmatched')!;
    expect(unmatched.message).toContain('excuse it with `<!-- triptych-disable-line date-unmatched -->` at the end of its line');
    const excused = variant('checks-severity', (text) => text.replace('made the city safe from the Swedes, and in 1712', 'made the city safe from the Swedes, and in 1712 <!-- triptych-disable-line date-unmatched -->'));
    expect(checkDir(excused).reported.filter((r) => r.ruleId === 'date-unmatched')).toEqual([]);
  });
});

describe('rules that are not locked', () => {
  it('can all be set to `warning`: the book then builds, and its EPUB passes EPUBCheck', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-downgraded-')), 'dist');
    const build = runCli(['build', fixture('checks-downgraded'), '--out', out, '--format', 'json']);
    const { ok, diagnostics } = JSON.parse(build.stdout) as { ok: boolean; diagnostics: Array<{ severity: string; ruleId: string }> };
    // Every configurable error rule the fixture trips, each reported as a warning.
    const tripped = new Set(diagnostics.map((d) => d.ruleId));
    for (const id of ['directive-unknown', 'citation-unknown-key', 'citation-bad-locator', 'citation-duplicate-entry', 'bibliography-isbn', 'date-invalid', 'name-undefined', 'date-unmatched', 'date-range-mismatch', 'xref-duplicate']) {
      expect(tripped.has(id), id).toBe(true);
    }
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(ok).toBe(true);
    expect(build.status).toBe(0);
    expect(describeMessages(epubcheck(join(out, 'every-error-a-warning.epub')).messages)).toEqual([]);
  }, 300_000);

  it('are exactly the rules not marked locked; every error left configurable is one the fixture above trips', () => {
    const configurableErrors = allRules.filter((rule) => rule.severity === 'error' && !rule.locked).map((rule) => rule.id);
    expect(configurableErrors.sort()).toEqual(
      ['bibliography-isbn', 'citation-bad-locator', 'citation-duplicate-entry', 'citation-missing', 'citation-unknown-key', 'date-invalid', 'date-outside-period', 'date-range-mismatch', 'date-unmatched', 'directive-unknown', 'name-undefined', 'xref-duplicate'].sort(),
    );
  });
});

describe('triptych check --rules', () => {
  it('lists every rule with its severity, presets, what turns it on and whether it is locked', () => {
    const run = runCli(['check', '--rules']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    for (const rule of allRules) {
      const line = lines.find((text) => text.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toContain(rule.severity);
      expect(line!.endsWith('locked')).toBe(rule.locked === true);
    }
    expect(lines.find((text) => text.startsWith('citation-missing '))).toMatch(/error\s+history\s+preset: history$/);
    expect(lines.find((text) => text.startsWith('date-unmatched '))).toMatch(/error\s+default, history\s+events or period declared$/);
  });

  it('gives the same list as JSON', () => {
    const run = runCli(['check', '--rules', '--format', 'json']);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; locked: boolean; presets: string[] }>;
    expect(rows.map((row) => row.id)).toEqual(allRules.map((rule) => rule.id));
    expect(rows.find((row) => row.id === 'html-unsafe')).toMatchObject({ locked: true, presets: ['default', 'history'] });
  });
});
