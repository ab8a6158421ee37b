/**
 * The dates check, through the real CLI: each rule fires on its fixture at the author's line and
 * column, and nothing else of ours fires there. The citation rules are another check's business,
 * so only our rule ids are compared.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

const ours = /\[(date-invalid|date-outside-period|date-unmatched|date-order|event-unused|date-range-mismatch)\]$/;
const messages = (name: string) => {
  const run = runCli(['check', fixture(name)]);
  return { run, lines: run.stderr.split('\n').filter((line) => ours.test(line)) };
};
const head = (line: string) => line.slice(0, line.indexOf(': ', line.indexOf(': ') + 1) + 2) + line.slice(line.lastIndexOf(' ['));

describe('triptych check: dates', () => {
  it('reports front-matter dates that are not EDTF or not a real day in their calendar, at the value [date-invalid]', () => {
    const { run, lines } = messages('date-invalid');
    expect(lines).toEqual([
      'tests/fixtures/date-invalid/book.md:14:12: error: `1714/1716-13`, the years of `buchholz`, is not EDTF, or is a day no month has (30 February): the timeline cannot place it; write an EDTF value such as `1716-02-09`, `1715-12~`, `1665/1667` or `171X`, valid in its calendar [date-invalid]',
      'tests/fixtures/date-invalid/book.md:20:11: error: `1701-02-29`, the date of event `no-such-day` (Julian), is not a real day in the Julian calendar: the timeline cannot place it; write an EDTF value such as `1716-02-09`, `1715-12~`, `1665/1667` or `171X`, valid in its calendar [date-invalid]',
      'tests/fixtures/date-invalid/book.md:23:11: error: `1700-02-29`, the date of event `gregorian-leap` (Gregorian), is not a real day in the Gregorian calendar: the timeline cannot place it; write an EDTF value such as `1716-02-09`, `1715-12~`, `1665/1667` or `171X`, valid in its calendar [date-invalid]',
      'tests/fixtures/date-invalid/book.md:27:11: error: `spring 1716`, the date of event `not-edtf` (Julian), is not EDTF, or is a day no month has (30 February): the timeline cannot place it; write an EDTF value such as `1716-02-09`, `1715-12~`, `1665/1667` or `171X`, valid in its calendar [date-invalid]',
      'tests/fixtures/date-invalid/chapters/one.md:7:1: error: The date `in the spring` in `:date[…]` is not a date Triptych can read: the timeline cannot match it; write it as `9 February 1716`, `February 1716`, `1716` or `1716-02-09` [date-invalid]',
      'tests/fixtures/date-invalid/chapters/one.md:9:21: error: The date `30 February 1716` is a day no calendar has (the month has fewer days): no event can fall on it; correct the day or the month [date-invalid]',
      'tests/fixtures/date-invalid/chapters/one.md:9:69: error: The date `29 February 1701` is a day no calendar has (the month has fewer days): no event can fall on it; correct the day or the month [date-invalid]',
    ]);
    // 29 February 1700 is a real Julian day: the event `leap-day` (line 17) is not reported.
    expect(run.stderr).not.toContain('book.md:17:');
    expect(run.status).toBe(1);
  });

  it('reports an event outside the book’s period at its date, comparing anno-mundi dates by their Julian year [date-outside-period]', () => {
    const { lines } = messages('date-outside-period');
    expect(lines).toEqual([
      'tests/fixtures/date-outside-period/book.md:16:11: error: The event `before` is dated `1690/1701` (1690–1701), outside the book’s `period` 1700–1720: either the date is wrong or the period is too narrow; correct the date or widen `period` [date-outside-period]',
    ]);
  });

  it('reports a date tied to an event it does not match (1709 against 1710), a date on no event, and an unknown event id [date-unmatched]', () => {
    const { lines } = messages('date-unmatched');
    expect(lines.map(head)).toEqual([
      'tests/fixtures/date-unmatched/chapters/one.md:5:18: error:  [date-unmatched]',
      'tests/fixtures/date-unmatched/chapters/one.md:6:57: error:  [date-unmatched]',
      'tests/fixtures/date-unmatched/chapters/one.md:8:67: error:  [date-unmatched]',
      'tests/fixtures/date-unmatched/chapters/one.md:10:34: error:  [date-unmatched]',
    ]);
    expect(lines[0]).toContain('The date `1709` does not fall within the event `bikatun-raid` it is tied to, dated `1710` (Julian)');
    expect(lines[1]).toContain('The date `9 February 1715` matches no event in `events`');
    expect(lines[2]).toContain('tied to the event `bikatun-rade`, which is not among the book’s `events`');
    expect(lines[3]).toContain('The date `1705` matches no event');
    // Not reported: 9 February 1716 (the siege), 13 May 7209 AM and 13 May 1701 O.S. (the same day),
    // 1918 (outside the period), 4,000 horsemen and pp. 1203–1210 (not dates).
  });

  it('warns when a chapter’s narrative jumps back, unless marked `flashback` or `chronology: false` [date-order]', () => {
    const { run, lines } = messages('date-order');
    expect(lines).toEqual([
      'tests/fixtures/date-order/chapters/one.md:7:9: warning: The narrative jumps back from 1716 to 1634 (`1634`) without a marker: a reader following the chapter in time order loses the thread; if the look back is deliberate, write `:date[1634]{event=khanate flashback}` or set `chronology: false` in the chapter’s front matter, else move the paragraph [date-order]',
    ]);
    expect(run.status).toBe(0);
  });

  it('warns about an event that no date in the prose names or matches, at its id [event-unused]', () => {
    const { lines } = messages('event-unused');
    expect(lines).toEqual([
      'tests/fixtures/event-unused/book.md:21:9: warning: The event `forgotten` (1719) is never mentioned in the text: no date in the prose names or matches it; mention it (e.g. `:date[1719]{event=forgotten}`) or remove it from `events` [event-unused]',
    ]);
  });

  it('reports a commander’s or a person’s years that disagree with the events listing that person [date-range-mismatch]', () => {
    const { lines } = messages('date-range-mismatch');
    expect(lines).toEqual([
      'tests/fixtures/date-range-mismatch/book.md:16:12: error: The years `1660/1665` of `sengge` do not contain `krasnoyarsk-siege` (7175-05-13), which lists this person in `people`: a person cannot act outside their own years; correct `years` or the event [date-range-mismatch]',
      'tests/fixtures/date-range-mismatch/book.md:40:18: error: The glance gives commander `cheokton` the years `1709`, but the events that list this person span 1710 (`bikatun-raid` (1710)): the glance must agree with the timeline; write `1710` or correct the events [date-range-mismatch]',
    ]);
  });
});

describe('triptych build: dates in the page', () => {
  it('writes nothing while a date error stands', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-dates-')), 'dist');
    const run = runCli(['build', fixture('date-unmatched'), '--out', out]);
    expect(run.stderr).toContain('[date-unmatched]');
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('prints Old Style full dates with their New Style day and an ISO Gregorian `datetime`', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-dates-')), 'dist');
    const run = runCli(['build', fixture('date-rendering'), '--out', out]);
    expect(run.stderr.split('\n').filter((line) => ours.test(line))).toEqual([]);
    expect(run.status).toBe(0);
    const page = readFileSync(join(out, 'dates-rendered.html'), 'utf8');
    expect(page).toContain('<time datetime="1716-02-20" class="date-os">9 February 1716</time> (O.S.; <span class="date-ns">20 February N.S.</span>)');
    // The text restates the anno-mundi day right after it, so only the restatement gets the equivalent (tests/dates-render.test.ts).
    expect(page).toContain('<time datetime="1667-05-23" class="date-os">13 May 7175</time>, that is <time datetime="1667-05-23" class="date-os">13 May 1667</time> (O.S.; <span class="date-ns">23 May N.S.</span>)');
    expect(page).toContain('<time datetime="1700-03-11" class="date-os">29 February 1700</time> (O.S.; <span class="date-ns">11 March N.S.</span>)');
    expect(page).toContain('<time datetime="1689-09-07">September 7, 1689</time>');
    expect(page).toContain('<code>1716</code>');
    expect(page).toMatch(/<a href="https:\/\/example\.org\/1716"[^>]*>https:\/\/example\.org\/1716<\/a>/);
    expect(page).not.toMatch(/<time[^>]*>4,000/);
  });
});
