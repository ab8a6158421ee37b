/** pandoc's `smart` extension with each language's quotation marks (typography/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { cldrQuotesModule } from '../scripts/typography/cldr-quotes-source.ts';
import { quotationMarks } from '../scripts/typography/quotation-marks.ts';
import { smartPunctuation, smartString } from '../scripts/typography/smart-punctuation.ts';
import { markdownPlugins } from '../scripts/plugins/index.ts';

describe('smart punctuation', () => {
  it('pairs quotes as pandoc does: apostrophes inside words, an unclosed quote, decades, a quote before punctuation', () => {
    expect(smartString(`He said "it's 'fine'" -- and 'Tis the '90s... "Quote."`, 'en')).toBe('He said “it’s ‘fine’” – and ’Tis the ’90s… “Quote.”');
    expect(smartString('5" tall, "unclosed and \'open', 'en')).toBe('5” tall, “unclosed and ’open');
    expect(smartString('a---b and c--d', 'en')).toBe('a—b and c–d');
  });

  it('uses CLDR’s quotation marks for the language, and French spacing inside guillemets', () => {
    expect(smartString(`"das geht's 'so'"`, 'de')).toBe('„das geht’s ‚so‘“');
    expect(smartString(`"l'homme"`, 'fr')).toBe('«\u202fl’homme\u202f»');
    expect(smartString(`"l'homme"`, 'fr-CH')).toBe('«l’homme»');
    expect(smartString(`"это 'так'"`, 'ru')).toBe('«это „так“»');
    expect(smartString(`"це 'так'"`, 'uk')).toBe('«це „так“»');
    expect(smartString(`"x"`, 'ja')).toBe('「x」');
    expect(quotationMarks('en-US')).toEqual({ double: ['“', '”'], single: ['‘', '’'] });
    expect(quotationMarks('xx')).toEqual({ double: ['“', '”'], single: ['‘', '’'] });
  });

  it('makes the space after an abbreviation of pandoc’s list a no-break space, not before a line end', () => {
    expect(smartString('see p. 12, Mr. Smith, e.g. this; ep. 3', 'en')).toBe('see p.\u00a012, Mr.\u00a0Smith, e.g.\u00a0this; ep. 3');
  });

  it('leaves code, math, raw HTML and a link that is its own address as written, and pairs quotes across emphasis', () => {
    const parse = unified().use(remarkParse).use(markdownPlugins);
    const tree = parse.runSync(parse.parse('"*Quoted*" -- `"a" -- b` $x--y$ <span title="a--b">c</span> <https://x.org/a--b> [a--b](https://x.org/c--d)')) as Root;
    smartPunctuation(tree, 'en');
    const paragraph = tree.children[0]!;
    expect(JSON.stringify(paragraph)).toContain('"value":"“"');
    expect(JSON.stringify(paragraph)).toContain('"value":"\\"a\\" -- b"');
    expect(JSON.stringify(paragraph)).toContain('"value":"x--y"');
    expect(JSON.stringify(paragraph)).toContain('title=\\"a--b\\"');
    expect(JSON.stringify(paragraph)).toContain('"value":"https://x.org/a--b"');
    expect(JSON.stringify(paragraph)).toContain('"value":"a–b"');
    expect(JSON.stringify(paragraph)).toContain('"url":"https://x.org/c--d"');
  });

  it('keeps its CLDR table as cldr-misc-full gives it (regenerate with cldr-quotes-source.ts)', () => {
    expect(readFileSync(join(projectRoot, 'scripts/typography/cldr-quotes.ts'), 'utf8')).toBe(cldrQuotesModule());
  });
});
