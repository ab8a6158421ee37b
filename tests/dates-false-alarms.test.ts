/**
 * A number is a year only where a reader would read one. One test per class of number that is not
 * (a measure or count, an identifier, a version, a value or formula, a file name, a copyright notice,
 * code, a URL, a table column of plain numbers), for both readers of years: the dates plugin
 * (`findDates`) and `citation-missing`'s claims (`findClaims`); and the years that stay years.
 */
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../scripts/citations/claims.ts';
import { findDates } from '../scripts/dates/find-dates.ts';
import type { DateMention } from '../scripts/manuscript/nodes.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { fixture, runCli } from './helpers/cli.ts';

const years = (text: string) => findDates(text).map((d) => d.value);
const claimedYears = (text: string) => findClaims(text).filter((c) => c.kind === 'year').map((c) => c.text);
/** Neither reader takes any number of `text` for a year. */
const noYear = (text: string) => {
  expect(years(text), text).toEqual([]);
  expect(claimedYears(text), text).toEqual([]);
};

const mentions = (markdown: string) => {
  const values: string[] = [];
  visit(parseMarkdown(new VFile({ path: '/virtual/false-alarms.md', value: markdown })), 'dateMention', (node: DateMention) => {
    values.push(node.value);
  });
  return values;
};

describe('numbers that are no year', () => {
  it('a measure or a count: a unit or a counted noun after it, glued or spaced', () => {
    for (const text of ['1000px wide', '2048 px wide', '512MB of scans', '1536 MB', '1200 km long', '1500 kg each', '100 % of the days', '2048 bytes', '1200 men', '1100 horses', '1800 hours', 'not seen in 2000 years', 'an array of 1024 keys']) noYear(text);
  });

  it('an identifier: capitals before it, a word and a hyphen, or a long tail', () => {
    for (const text of ['it follows RFC 2119 here', 'the IEEE 1394 port', 'patched for CVE-2025-51591 at once', 'ISO/IEC 2022 encodings', 'the ECMA-262 standard']) noYear(text);
  });

  it('a version: after `version`, `release` or `v.`, with a `+`, or dotted', () => {
    for (const text of ['on version 2019 of it', 'release 2020 is out', 'v. 1716 of the text', 'needs LaTeX 2023+ to print', 'release 3.45.1 replaced 2.1716.3']) noYear(text);
  });

  it('a value or a formula: attribute values, `=`, powers and sizes', () => {
    for (const text of ['set {width="1080" height="1920"} here', 'width=780 and', '2^10 = 1024 cells', 'drawn at 1920×1080', 'and at 1024 × 768 pixels', '1920x1080']) noYear(text);
  });

  it('a file name', () => {
    for (const text of ['saved as report-2024.pdf', 'beside 1716.txt today']) noYear(text);
  });

  it('a page, folio or volume', () => {
    for (const text of ['p. 1716', 'pp. 1203–1210', 'vol. 1700', '№ 1716']) noYear(text);
  });

  it('a copyright notice, a range included', () => {
    for (const text of ['Copyright 2006–2024 the archive', 'Copyright 2006--2024 John', '© 2024 Example Press', '(c) 1999 the maker', 'Copyright © 2019']) noYear(text);
  });

  it('code, raw HTML and URLs: never read', () => {
    expect(mentions('The file `plan-1716.svg` and <span title="1716">x</span> and [a link](https://example.org/1716/page), <https://example.org/2024/>.\n\n```\nyear = 1716\n```\n')).toEqual([]);
  });

  it('a table column of plain numbers, unless its heading names a year or a date', () => {
    const table = '| grid | cells | year |\n| --- | --- | --- |\n| 32 | 1024 | 1716 |\n| 64 | 2048 | 1717 |\n';
    expect(mentions(table)).toEqual(['1716', '1717']);
    expect(mentions('| grid | cells |\n| --- | --- |\n| 32 | 1024 |\n| 45 | 2025 |\n')).toEqual([]);
    // A cell that is more than a number is read as text.
    expect(mentions('| grid | note |\n| --- | --- |\n| 32 | built in 1716 |\n')).toEqual(['1716']);
  });
});

describe('years that stay years', () => {
  it('after an era, a temporal word, or a hyphenated prefix; in a range; in capitals', () => {
    expect(years('AD 1716, mid-1716, pre-1700 forts, 1715–1716, in 1716 settlers came')).toEqual(['1716', '1716', '1700', '1715', '1716', '1716']);
    // Capitals are an acronym only among lower-case words: a heading in capitals keeps its year.
    expect(years('THE SIEGE OF 1716')).toEqual(['1716']);
    expect(claimedYears('In 1665 Sengge marched; the 1710s')).toEqual(['1665', '1710s']);
  });

  it('ISO days in prose are read whole', () => {
    expect(findDates('the kernel of 2025-06-01 and 1716-02-09')).toEqual([
      { start: 14, end: 24, value: '2025-06-01', year: 2025, month: 6, day: 1 },
      { start: 29, end: 39, value: '1716-02-09', year: 1716, month: 2, day: 9 },
    ]);
  });
});

describe('a history book with every class of number in its prose', () => {
  it('reports only the one year no event has', () => {
    const run = runCli(['check', fixture('date-false-alarms'), '--format', 'json']);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Array<{ line: number; column: number; ruleId: string; message: string }> };
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${/`([^`]+)`/.exec(d.message)?.[1]}`)).toEqual(['47:30 citation-missing 1717', '47:30 date-unmatched 1717']);
  });
});
