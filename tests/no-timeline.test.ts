/**
 * Books that are not histories: a manual, a lecture on algorithms and a popular-science book with
 * years in its prose but no timeline, and pandoc's own manual. They get no date or citation-coverage
 * rule they cannot satisfy (those switch on with `events`/`period` or the `history` preset), and
 * when the history preset is forced on them, the only dates reported are the ones a reader reads
 * as dates: never a measure, a count, an identifier, a version or a table of numbers.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, type Diagnostic } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture } from './helpers/cli.ts';

const timelineRules = /^(date-invalid|date-outside-period|date-unmatched|date-order|event-unused|date-range-mismatch|citation-missing)$/;

async function diagnostics(dir: string): Promise<{ all: Diagnostic[]; dates: Diagnostic[]; checked: boolean }> {
  const result = await check(dir);
  const all = collect(result.files, dir);
  return { all, dates: all.filter((d) => timelineRules.test(d.ruleId)), checked: result.timings['check'] !== undefined };
}

/** A copy of `dir` whose book.md asks for the history preset. */
function withHistoryPreset(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'triptych-history-')), 'book');
  cpSync(dir, copy, { recursive: true });
  const book = join(copy, 'book.md');
  writeFileSync(book, readFileSync(book, 'utf8').replace(/^published: (.*)$/m, 'published: $1\nchecks: {preset: history}'));
  return copy;
}

const reported = (list: Diagnostic[]) => list.map((d) => `${d.path}:${d.line}:${d.column} ${d.ruleId} ${/`([^`]+)`/.exec(d.message)?.[1] ?? ''}`);

describe('books without a timeline', () => {
  it.each(['no-timeline-manual', 'no-timeline-lecture', 'no-timeline-popsci'])('%s is checked and gets no date or citation-coverage diagnostic', async (name) => {
    const { all, checked } = await diagnostics(fixture(name));
    expect(checked).toBe(true);
    expect(all).toEqual([]);
  });

  it('the manual, under the history preset, reports only the year a reader reads (SQLite “first released in 2000”)', async () => {
    const { dates } = await diagnostics(withHistoryPreset(fixture('no-timeline-manual')));
    // Line 16 of the copy is line 15 of the fixture: the copy's front matter has one more line.
    expect(reported(dates)).toEqual(['book.md:16:83 citation-missing 2000', 'book.md:16:83 date-unmatched 2000']);
  });

  it('the lecture, under the history preset, reports its three years and none of its powers of two', async () => {
    const { dates } = await diagnostics(withHistoryPreset(fixture('no-timeline-lecture')));
    expect(reported(dates)).toEqual([
      'chapters/01-binary-search.md:17:38 citation-missing 1946',
      'chapters/01-binary-search.md:17:38 date-unmatched 1946',
      'chapters/01-binary-search.md:18:7 date-unmatched 1962',
      'chapters/02-sorting.md:15:1 citation-missing 1945',
      'chapters/02-sorting.md:15:1 date-unmatched 1945',
    ]);
  });

  it('the popular-science book, under the history preset, reports every year in its prose (what the default spares it)', async () => {
    const { dates } = await diagnostics(withHistoryPreset(fixture('no-timeline-popsci')));
    const unmatched = dates.filter((d) => d.ruleId === 'date-unmatched').map((d) => /`([^`]+)`/.exec(d.message)?.[1]);
    expect(unmatched).toEqual(['1773', '1777', 'August 1774', 'October 1774', '1777', '1780', 'July 1791', '14 July 1791', '1791', '1794', '1804']);
    expect(dates.filter((d) => d.ruleId === 'citation-missing')).toHaveLength(4);
  });
});

describe('pandoc’s MANUAL.txt as book.md', () => {
  const manual = readFileSync(join(projectRoot, 'tests/fixtures/pandoc-manual/MANUAL.txt'), 'utf8');
  // Our own front matter (pandoc's `author`/`date` are not this format's fields): the checks must run.
  const body = manual.replace(/^---\n[\s\S]*?\n---\n/, '');
  const book = (checks: string) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-manual-')), 'manual');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'book.md'),
      `---\ntitle: Pandoc User's Guide\nauthors: [John MacFarlane]\nlang: en\nidentifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f\npublished: 2026-08-22\n${checks}---\n${body}`,
    );
    return dir;
  };

  it('gets no date or citation-coverage diagnostic', async () => {
    const { dates, checked } = await diagnostics(book(''));
    expect(checked).toBe(true);
    expect(dates).toEqual([]);
  });

  it('under the history preset, reads as dates only the four it holds (no 1000px, 512MB, CVE-2025-51591, LaTeX 2023+ or Copyright 2006--2024)', async () => {
    const { dates } = await diagnostics(book('checks: {preset: history}\n'));
    const unmatched = dates.filter((d) => d.ruleId === 'date-unmatched').map((d) => /`([^`]+)`/.exec(d.message)?.[1]);
    // The Unix epoch, two products named by their year (PowerPoint 2013, read in a definition list
    // since pandoc's definition lists are parsed; TeX Live 2025) and the kernel's release day.
    expect(unmatched).toEqual(['2013', 'January 1, 1970', '2025', '2025-06-01']);
  });
});
