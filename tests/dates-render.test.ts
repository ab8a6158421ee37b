/**
 * How a date in the prose is rendered: the `datetime` HTML lets it carry (proleptic Gregorian,
 * https://html.spec.whatwg.org/#the-time-element), and the New Style equivalent, which a date the
 * text restates right after it does not get. Unit specifications first, then one real build whose
 * page, EPUB and deck are read.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { unzipSync } from 'fflate';
import { en } from '../scripts/i18n/tables/en.ts';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { htmlDatetime } from '../scripts/dates/html-datetime.ts';
import { isRestated, markRestatement } from '../scripts/dates/restatement.ts';
import type { DateMention } from '../scripts/manuscript/nodes.ts';
import { renderDateMention } from '../scripts/render/hast/date-mention.ts';
import { fixture, runCli } from './helpers/cli.ts';

describe('htmlDatetime: the finest Gregorian day, month or year that holds the whole date', () => {
  it('gives a full date its Gregorian day, in any calendar', () => {
    expect(htmlDatetime({ year: 1716, month: 2, day: 9 }, 'julian')).toBe('1716-02-20');
    expect(htmlDatetime({ year: 7175, month: 5, day: 13 }, 'anno-mundi')).toBe('1667-05-23');
    expect(htmlDatetime({ year: 1700, month: 2, day: 29 }, 'julian')).toBe('1700-03-11');
    expect(htmlDatetime({ year: 1689, month: 9, day: 7 }, 'gregorian')).toBe('1689-09-07');
  });

  it('keeps a Gregorian month or year as written', () => {
    expect(htmlDatetime({ year: 1715, month: 10 }, 'gregorian')).toBe('1715-10');
    expect(htmlDatetime({ year: 1709 }, 'gregorian')).toBe('1709');
  });

  it('gives a Julian or anno-mundi month the Gregorian year it falls in, never its own numbers', () => {
    // October 1715 O.S. is 12 October – 11 November 1715 N.S.: no Gregorian month holds it, the year does.
    expect(htmlDatetime({ year: 1715, month: 10 }, 'julian')).toBe('1715');
    // May 7175 is May 1667 O.S. (11 May – 10 June 1667 N.S.); October 7176 is October 1667 O.S.
    expect(htmlDatetime({ year: 7175, month: 5 }, 'anno-mundi')).toBe('1667');
    expect(htmlDatetime({ year: 7176, month: 10 }, 'anno-mundi')).toBe('1667');
  });

  it('gives none when the date straddles a Gregorian New Year: every Julian or anno-mundi year, a Julian December', () => {
    expect(htmlDatetime({ year: 1709 }, 'julian')).toBeUndefined(); // 12 January 1709 – 11 January 1710 N.S.
    expect(htmlDatetime({ year: 7175 }, 'anno-mundi')).toBeUndefined(); // 11 September 1666 – 10 September 1667 N.S.
    expect(htmlDatetime({ year: 1715, month: 12 }, 'julian')).toBeUndefined(); // 12 December 1715 – 11 January 1716 N.S.
  });

  it('gives none for a day the calendar does not have, or a year HTML cannot write', () => {
    expect(htmlDatetime({ year: 1700, month: 2, day: 29 }, 'gregorian')).toBeUndefined();
    expect(htmlDatetime({ year: 0 }, 'gregorian')).toBeUndefined();
  });
});

const mention = (fields: Omit<DateMention, 'type'>): DateMention => ({ type: 'dateMention', ...fields });
const render = (node: DateMention) => toHtml({ type: 'root', children: renderDateMention(node, en) });

describe('renderDateMention', () => {
  it('writes a Julian or anno-mundi month with its Gregorian year, never its own numbers, in `datetime`', () => {
    expect(render(mention({ value: 'May 7175', year: 7175, month: 5, resolved: { event: 'e', calendar: 'anno-mundi' } }))).toBe('<time datetime="1667">May 7175</time>');
    expect(render(mention({ value: 'October 1715', year: 1715, month: 10, resolved: { event: 'e', calendar: 'julian' } }))).toBe('<time datetime="1715">October 1715</time>');
  });

  it('writes a date that no `datetime` value holds as plain text, not as a `<time>` that would read as Gregorian', () => {
    expect(render(mention({ value: '1709', year: 1709, resolved: { event: 'e', calendar: 'julian' } }))).toBe('1709');
    expect(render(mention({ value: 'December 1715', year: 1715, month: 12, resolved: { event: 'e', calendar: 'julian' } }))).toBe('December 1715');
  });

  it('keeps a Gregorian date, and one it could not resolve (of another age), as written', () => {
    expect(render(mention({ value: '1709', year: 1709, resolved: { event: 'e', calendar: 'gregorian' } }))).toBe('<time datetime="1709">1709</time>');
    expect(render(mention({ value: 'February 1918', year: 1918, month: 2 }))).toBe('<time datetime="1918-02">February 1918</time>');
  });

  it('gives an anno-mundi full date its Julian and its Gregorian day', () => {
    const node = mention({ value: '13 May 7175', year: 7175, month: 5, day: 13, resolved: { event: 'e', calendar: 'anno-mundi', gregorian: { year: 1667, month: 5, day: 23 } } });
    expect(render(node)).toBe('<time datetime="1667-05-23" class="date-os">13 May 7175</time> (13 May 1667 O.S.; <span class="date-ns">23 May 1667 N.S.</span>)');
  });
});

describe('markRestatement', () => {
  const day = (value: string, year: number, gregorianDay: number): DateMention =>
    mention({ value, year, month: 5, day: 13, resolved: { event: 'e', calendar: 'anno-mundi', gregorian: { year: 1667, month: 5, day: gregorianDay } } });
  const marked = (connector: string, first: DateMention, second: DateMention) => {
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'So ' }, first, { type: 'text', value: connector }, second] };
    markRestatement(paragraph, 3);
    return isRestated(first);
  };

  it('marks a full date that the next few words restate as the same day', () => {
    expect(marked(' is ', day('13 May 7175', 7175, 23), day('13 May 1667', 1667, 23))).toBe(true);
    expect(marked(', that is, ', day('13 May 7175', 7175, 23), day('13 May 1667', 1667, 23))).toBe(true);
    expect(marked(' (i.e. ', day('13 May 7175', 7175, 23), day('13 May 1667', 1667, 23))).toBe(true);
  });

  it('leaves a date alone when the next date is another day, or stands past a sentence break or a long stretch of text', () => {
    expect(marked(' to ', day('13 May 7175', 7175, 23), day('14 May 1667', 1667, 24))).toBe(false);
    expect(marked('. Then ', day('13 May 7175', 7175, 23), day('13 May 1667', 1667, 23))).toBe(false);
    expect(marked(', and much later in the same year, on ', day('13 May 7175', 7175, 23), day('13 May 1667', 1667, 23))).toBe(false);
  });

  it('clears a mark left by an earlier check when the dates no longer agree', () => {
    const first = day('13 May 7175', 7175, 23);
    first.data = { dateRestated: true };
    const paragraph: Paragraph = { type: 'paragraph', children: [first] };
    markRestatement(paragraph, 0);
    expect(isRestated(first)).toBe(false);
  });
});

describe('triptych build: dates in the page, the EPUB and the deck', () => {
  const book = `---
title: Restated dates
slug: restated
authors: [Ada Author]
lang: en
identifier: urn:uuid:3c1f0e6c-55a4-4f6a-9d8e-5a3b2c1d0e9f
published: 2026-11-25
chapters: [chapters/one.md]
bibliography: references.json
calendar: julian
period: 1660/1720
events:
  - id: krasnoyarsk-siege
    date: 7175-05-13
    calendar: anno-mundi
    title: The attack on Krasnoyarsk
  - id: yamyshev-founded
    date: 1715-10
    title: Yamyshev is founded
  - id: bikatun-raid
    date: 1710
    title: The Bikatun raid
---
`;
  const chapter = `---
title: One
---

## The year that began in September

:::slide
- So 13 May 7175 is :date[13 May 1667]{event=krasnoyarsk-siege}
:::

The attack came on the thirteenth of May 7175, that is on :date[13 May 1667]{event=krasnoyarsk-siege} [@src]. The fort was founded in October 1715, after the raid of 1710 [@src].

In the document's own words the day is 13 May 7175 [@src].
`;

  // One build for both specifications below (a build through the CLI takes a second or two).
  let built: { page: string; epub: string; deck: string } | undefined;
  const build = () => {
    if (built) return built;
    const dir = mkdtempSync(join(tmpdir(), 'triptych-dates-render-'));
    mkdirSync(join(dir, 'chapters'));
    writeFileSync(join(dir, 'book.md'), book);
    writeFileSync(join(dir, 'chapters/one.md'), chapter);
    cpSync(join(fixture('date-rendering'), 'references.json'), join(dir, 'references.json'));
    const out = join(dir, 'dist');
    const run = runCli(['build', dir, '--out', out]);
    expect(run.stderr).not.toMatch(/\[date-/);
    expect(run.status).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(join(out, 'restated.epub'))));
    const chapterName = Object.keys(entries).find((name) => /ch\d+\.xhtml$/.test(name)) ?? '';
    built = {
      page: readFileSync(join(out, 'restated.html'), 'utf8'),
      epub: new TextDecoder().decode(entries[chapterName]),
      deck: readFileSync(join(out, 'restated-deck', 'index.html'), 'utf8'),
    };
    return built;
  };

  it('writes only Gregorian `datetime` values: a Julian or anno-mundi month as the Gregorian year it falls in, a Julian year with none', () => {
    for (const [output, html] of Object.entries(build())) {
      expect(html, output).toContain('the thirteenth of <time datetime="1667">May 7175</time>, that is on');
      // October 1715 O.S. is 12 October – 11 November 1715 N.S.; the Julian 1710 is 12 January 1710 – 11 January 1711 N.S.
      expect(html, output).toContain('founded in <time datetime="1715">October 1715</time>, after the raid of 1710 ');
      expect(html, output).not.toMatch(/datetime="(?:7175|7176|1715-10|1710)/);
    }
  });

  it('gives no equivalent to a date the text restates right after it, and keeps it for a date standing alone', () => {
    const { page, epub, deck } = build();
    // The slide's point: 13 May 7175 is 13 May 1667; only the restatement carries the New Style day.
    expect(deck).toContain(
      'So <time datetime="1667-05-23" class="date-os">13 May 7175</time> is <time datetime="1667-05-23" class="date-os">13 May 1667</time> (O.S.; <span class="date-ns">23 May N.S.</span>)</li>',
    );
    for (const [output, html] of Object.entries({ page, epub, deck })) {
      expect(html, output).toContain('the day is <time datetime="1667-05-23" class="date-os">13 May 7175</time> (13 May 1667 O.S.; <span class="date-ns">23 May 1667 N.S.</span>)');
    }
  });
});
