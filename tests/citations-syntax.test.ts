/**
 * Pandoc's citation syntax as `remark-citations` reads it: what is a citation and what is not,
 * the parts of each item, and the line and column every key and locator keeps.
 */
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../scripts/manuscript/nodes.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { parseLocator } from '../scripts/citations/locator.ts';
import { findClaims } from '../scripts/citations/claims.ts';

function citations(markdown: string): Citation[] {
  const tree = parseMarkdown(new VFile({ path: 'test.md', value: markdown }));
  const found: Citation[] = [];
  visit(tree, 'citation', (node: Citation) => {
    found.push(node);
  });
  return found;
}

const at = (position: { start: { line: number; column: number } } | undefined) => (position ? `${position.start.line}:${position.start.column}` : undefined);

describe('remark-citations', () => {
  it('reads parenthetical, narrative and author-suppressed citations, with prefix, locator and suffix', () => {
    const [a, b, c, d] = citations('See [@perdue2005, p. 234] and [see @a, pp. 3–5; also @b, chap. 2, and passim]; @c says, as [-@d] does.');
    expect(a).toMatchObject({ mode: 'parenthetical', value: '[@perdue2005, p. 234]', items: [{ key: 'perdue2005', locator: '234', label: 'page' }] });
    expect(b!.items).toEqual([
      expect.objectContaining({ key: 'a', prefix: 'see', locator: '3–5', label: 'page' }),
      expect.objectContaining({ key: 'b', prefix: 'also', locator: '2', label: 'chapter', suffix: ', and passim' }),
    ]);
    expect(c).toMatchObject({ mode: 'narrative', value: '@c', items: [{ key: 'c' }] });
    expect(d).toMatchObject({ mode: 'parenthetical', items: [{ key: 'd', suppressAuthor: true }] });
  });

  it('keeps the line and column of each `@key` and locator, through block quotes and list indentation', () => {
    const [quoted, listed] = citations('> A quote [@a,\n> p. 3] ends.\n\n- one [@b; @c]\n  two [@d, § 4]\n');
    expect(at(quoted!.position)).toBe('1:11');
    expect(at(quoted!.items[0]!.position)).toBe('1:12');
    expect(at(quoted!.items[0]!.locatorPosition)).toBe('2:3');
    expect(listed!.items.map((item) => at(item.position))).toEqual(['4:8', '4:12']);
    const [, , section] = citations('> A quote [@a,\n> p. 3] ends.\n\n- one [@b; @c]\n  two [@d, § 4]\n');
    expect(section).toMatchObject({ items: [{ key: 'd', label: 'section', locator: '4' }] });
    expect(at(section!.items[0]!.position)).toBe('5:8');
  });

  it('follows pandoc’s key rules: internal punctuation belongs to the key, trailing punctuation does not', () => {
    expect(citations('As @wiki:dzungar-russian/2026. shows, @{odd key!} too.').map((c) => c.items[0]!.key)).toEqual(['wiki:dzungar-russian/2026', 'odd key!']);
  });

  it('reads a key split across text nodes (a restored `:word` directive inside it)', () => {
    const [cite] = citations('Told in [@wiki:dzungar, p. 2].');
    expect(cite).toMatchObject({ value: '[@wiki:dzungar, p. 2]', items: [{ key: 'wiki:dzungar', locator: '2' }] });
    expect(at(cite!.items[0]!.position)).toBe('1:10');
  });

  it('leaves e-mail addresses, escaped characters, links and code alone', () => {
    expect(citations('Write to ada@example.com or ada@host, \\@not, \\[@a] is `[@code]`, [@link](https://example.com).').map((c) => c.value)).toEqual(['@a']);
  });

  it('keeps a bracket that is not a citation as text, reading any key inside as narrative', () => {
    // Every `;`-separated part of a bracketed citation needs a key; `and more` has none.
    expect(citations('[a note on @perdue2005; and more]').map((c) => [c.mode, c.value])).toEqual([['narrative', '@perdue2005']]);
    expect(citations('[a note on @perdue2005 and more]').map((c) => c.items[0])).toEqual([expect.objectContaining({ prefix: 'a note on', suffix: 'and more' })]);
  });
});

describe('locators', () => {
  it.each([
    [', p. 12', { label: 'page', locator: '12' }],
    [', 33-35, 38-39 and passim', { label: 'page', locator: '33-35, 38-39', suffix: 'and passim' }],
    [', chap. iv', { label: 'chapter', locator: 'iv' }],
    [', fol. 12a', { label: 'folio', locator: '12a' }],
    [', § 4', { label: 'section', locator: '4' }],
    [', s.v. Dzungars', { label: 'sub-verbo', locator: 'Dzungars' }],
    [', {pp. iv, vi–xi}', { label: 'page', locator: 'iv, vi–xi' }],
    [', book review', { suffix: 'book review' }],
  ])('reads %j', (text, expected) => {
    expect(parseLocator(text)).toMatchObject(expected);
    expect(parseLocator(text).problem).toBeUndefined();
  });

  it.each([
    [', pp.', 'the label `pp.` with no number after it'],
    [', pg. 12', '`pg.` is not a locator label'],
    [', p. 12-', 'an open range'],
    [', {}', 'an empty `{}` locator'],
  ])('refuses %j', (text, problem) => {
    expect(parseLocator(text).problem).toContain(problem);
  });
});

describe('claims that need a citation', () => {
  it('finds years, dates and counts of people, money and guns', () => {
    const text = 'In 1665 Sengge marched; on 9 February the 3,000 Russian soldiers, 10 000 rubles and several hundred cannon; the year 7175.';
    expect(findClaims(text).map((claim) => [claim.kind, claim.text])).toEqual([
      ['year', '1665'],
      ['date', '9 February'],
      ['count', '3,000 Russian soldiers'],
      ['count', '10 000 rubles'],
      ['count', 'several hundred cannon'],
      ['year', '7175'],
    ]);
  });

  it('ignores times, small numbers, implausible years and numbers that count nothing', () => {
    expect(findClaims('At 12:30 the 2 envoys… no: at 12:30, 3 km away, page 123, 1.5 versts, 2500 BC coins, 40 horses.').map((c) => c.text)).toEqual(['2 envoys']);
  });
});
