/**
 * Dates in the book's language: day–month–year forms and month names (genitive forms and the words
 * after a year included) for English, German, French, Spanish, Italian, Russian and Ukrainian, read
 * with the same calendar logic as English; a span's `{lang=…}` overrides the book's.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../scripts/citations/claims.ts';
import { findDates, readDateLabel } from '../scripts/dates/find-dates.ts';
import type { DateMention } from '../scripts/manuscript/nodes.ts';
import { check } from '../scripts/pipeline/index.ts';
import { remarkDates } from '../scripts/plugins/remark-dates.ts';
import { fixture, runCli } from './helpers/cli.ts';

const read = (text: string, lang: string) => findDates(text, lang).map(({ value, year, month, day }) => ({ value, year, month, day }));
const full = (value: string, year: number, month: number, day: number) => ({ value, year, month, day });
const monthOnly = (value: string, year: number, month: number) => ({ value, year, month, day: undefined });

describe('findDates in the book’s language', () => {
  it('English: both orders, ordinals, months capitalised only', () => {
    expect(read('On 9 February 1716, on February 9, 1716, on the 9th February 1716, in May 1716; may 1716 is no month.', 'en')).toEqual([
      full('9 February 1716', 1716, 2, 9),
      full('February 9, 1716', 1716, 2, 9),
      full('9th February 1716', 1716, 2, 9),
      monthOnly('May 1716', 1716, 5),
      { value: '1716', year: 1716, month: undefined, day: undefined },
    ]);
  });

  it('German: `13. November 1737` is a day, not the month', () => {
    expect(read('Am 13. November 1737 und im November 1737.', 'de')).toEqual([full('13. November 1737', 1737, 11, 13), monthOnly('November 1737', 1737, 11)]);
  });

  it('French: `1er novembre 1737`, and months in lower case or capitalised', () => {
    expect(read('le 13 novembre 1737, le 1er novembre 1737, Novembre 1737', 'fr')).toEqual([
      full('13 novembre 1737', 1737, 11, 13),
      full('1er novembre 1737', 1737, 11, 1),
      monthOnly('Novembre 1737', 1737, 11),
    ]);
  });

  it('Spanish: `13 de noviembre de 1737`, with or without the `de`', () => {
    expect(read('el 13 de noviembre de 1737, en noviembre de 1737, el 1º de mayo de 1740', 'es')).toEqual([
      full('13 de noviembre de 1737', 1737, 11, 13),
      monthOnly('noviembre de 1737', 1737, 11),
      full('1º de mayo de 1740', 1740, 5, 1),
    ]);
  });

  it('Italian: `13 novembre 1737`, `1º maggio 1740`', () => {
    expect(read('il 13 novembre 1737 e il 1º maggio 1740, nel novembre 1737', 'it')).toEqual([
      full('13 novembre 1737', 1737, 11, 13),
      full('1º maggio 1740', 1740, 5, 1),
      monthOnly('novembre 1737', 1737, 11),
    ]);
  });

  it('Russian: genitive after a day, `года`/`г.` after the year, the prepositional after `в`', () => {
    expect(read('13 ноября 1737 года, 13 ноября 1737 г., в ноябре 1737 года, с ноября 1737 г., Май 1740, в 1741 году', 'ru')).toEqual([
      full('13 ноября 1737 года', 1737, 11, 13),
      full('13 ноября 1737 г.', 1737, 11, 13),
      monthOnly('ноябре 1737 года', 1737, 11),
      monthOnly('ноября 1737 г.', 1737, 11),
      monthOnly('Май 1740', 1740, 5),
      { value: '1741', year: 1741, month: undefined, day: undefined },
    ]);
  });

  it('Ukrainian: genitive after a day, `року`/`р.` after the year, the locative after `у`', () => {
    expect(read('13 листопада 1737 року, у листопаді 1737 року, у лютому 1738 р., січень 1739', 'uk')).toEqual([
      full('13 листопада 1737 року', 1737, 11, 13),
      monthOnly('листопаді 1737 року', 1737, 11),
      monthOnly('лютому 1738 р.', 1738, 2),
      monthOnly('січень 1739', 1739, 1),
    ]);
  });

  it('reads a region’s tag by its language, and an unknown language as English', () => {
    expect(read('am 13. November 1737', 'de-AT')).toEqual([full('13. November 1737', 1737, 11, 13)]);
    expect(read('on 9 February 1716', 'tlh')).toEqual([full('9 February 1716', 1716, 2, 9)]);
  });

  it('reads a `:date[…]` label in the book’s language', () => {
    expect(readDateLabel('13 ноября 1737 г.', 'ru')).toEqual({ value: '13 ноября 1737 г.', year: 1737, month: 11, day: 13 });
    expect(readDateLabel('13. November 1737', 'de')).toEqual({ value: '13. November 1737', year: 1737, month: 11, day: 13 });
  });

  it('counts a day and a month without a year as a date claim in the book’s language', () => {
    expect(findClaims('Am 13. November zogen sie ab.', 'de').map((claim) => claim.text)).toEqual(['13. November']);
    expect(findClaims('13 ноября войска вышли.', 'ru').map((claim) => claim.text)).toEqual(['13 ноября']);
  });
});

describe('a span’s language', () => {
  it('reads the dates inside a `{lang=…}` span or div in that language', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'In November 1737, or as the letter has it, ' },
            { type: 'span', attributes: { classes: [], pairs: [['lang', 'fr']] }, children: [{ type: 'text', value: 'le 13 novembre 1737' }] },
          ],
        },
        {
          type: 'div',
          attributes: { classes: [], pairs: [] },
          data: { attributes: { classes: [], pairs: [['lang', 'de']] } },
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'am 14. November 1737' }] }],
        },
      ],
    };
    const file = new VFile({ path: '/virtual/span.md', value: '' });
    file.data.lang = 'en';
    unified().use(remarkDates).runSync(tree, file);
    const found: Array<[string, number | undefined]> = [];
    visit(tree, 'dateMention', (node: DateMention) => {
      found.push([node.value, node.day]);
    });
    expect(found).toEqual([['November 1737', undefined], ['13 novembre 1737', 13], ['14. November 1737', 14]]);
  });
});

describe('a book in another language, checked against its timeline', () => {
  it('German: a day no event has is reported (`16. Juni 1815`), the days and the month that match are not [date-unmatched]', () => {
    const run = runCli(['check', fixture('dates-de')]);
    expect(run.stderr.split('\n').filter((line) => line.includes('['))).toEqual([
      expect.stringMatching(/^tests\/fixtures\/dates-de\/book\.md:21:32: error: The date `16\. Juni 1815` matches no event/),
    ]);
  });

  it('Russian: Julian days in the genitive match their events and get their New Style day; a wrong day is reported [date-unmatched]', async () => {
    const result = await check(fixture('dates-ru'));
    const messages = result.files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`));
    expect(messages).toEqual(['22:48 date-unmatched']);
    const resolved: Array<[string, unknown]> = [];
    visit(result.manuscript!.chapters[0]!.tree, 'dateMention', (node: DateMention) => {
      resolved.push([node.value, node.resolved && { event: node.resolved.event, gregorian: node.resolved.gregorian }]);
    });
    expect(resolved).toEqual([
      ['27 июня 1709 года', { event: 'poltava', gregorian: { year: 1709, month: 7, day: 8 } }],
      ['30 июня 1709 г.', { event: 'perevolochna', gregorian: { year: 1709, month: 7, day: 11 } }],
      ['28 июня 1709 года', undefined],
      ['июне 1709 года', { event: 'poltava', gregorian: undefined }],
      ['1709', { event: 'poltava', gregorian: undefined }],
    ]);
  });
});
