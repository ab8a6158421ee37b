/**
 * A book in each language with a table of interface words (tests/fixtures/lang-<lang>/, the same
 * small history told in each) is built whole, and no English word that Triptych prints itself is
 * left in any of its outputs: the page, every file of the EPUB (content documents, navigation,
 * figures, the package's accessibility summary) and the deck. The English fixture is the control:
 * there the same words must be found. The outputs also carry the language's quotation marks, its
 * dates (both styles of a Julian day) and its locator terms. A language without a table builds in
 * English with one warning, at `lang`.
 */
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { check, build } from '../scripts/pipeline/index.ts';
import { localeTerms } from '../scripts/citations/locale-terms.ts';
import { localeFor } from '../scripts/citations/locales.ts';
import { fill } from '../scripts/i18n/fill.ts';
import { formatDay } from '../scripts/i18n/format-date.ts';
import { wordLanguages, wordsFor, type Words } from '../scripts/i18n/words.ts';
import { fixture } from './helpers/cli.ts';

/** The English words looked for, each a word or phrase Triptych prints in some output. */
const englishWords = [
  'Contents', 'Landmarks', 'Cover', 'Start of content', 'Skip to the text', 'Notes', 'Bibliography', 'Back to reference', 'Cited in',
  'Chapter', 'At a glance', 'Conflict', 'Result', 'lecture', 'Sources', 'Timeline', 'events', 'Event', 'Side', 'Place',
  'approximate', 'uncertain', 'break in the time axis', 'settlement', 'Map', 'places', 'Hollow markers', 'coordinates',
  'O.S.', 'N.S.', 'Feb', 'Oct', 'Title page', 'Copyright', 'Published', 'Licence', 'Identifier', 'Every image', 'Footnotes', 'no claim',
];

interface Outputs {
  /** Every text and every attribute value a reader or a screen reader meets, output by output. */
  text: Record<'page' | 'epub' | 'deck', string>;
}

async function buildFixture(lang: string): Promise<Outputs> {
  const out = join(mkdtempSync(join(tmpdir(), `triptych-lang-${lang}-`)), 'dist');
  const result = await build({ dir: fixture(`lang-${lang}`), out });
  expect(result.files.flatMap((file) => file.messages.filter((m) => m.fatal).map(String))).toEqual([]);
  const files = readdirSync(out);
  const page = readFileSync(join(out, files.find((f) => f.endsWith('.html'))!), 'utf8');
  const deck = readFileSync(join(out, files.find((f) => f.endsWith('-deck'))!, 'index.html'), 'utf8');
  const zip = unzipSync(readFileSync(join(out, files.find((f) => f.endsWith('.epub'))!)));
  const decoder = new TextDecoder();
  const epub = Object.entries(zip)
    .filter(([name]) => /\.(xhtml|svg)$/.test(name))
    .map(([, data]) => readable(decoder.decode(data)));
  const summary = /<meta property="schema:accessibilitySummary">([^<]*)</.exec(decoder.decode(zip['OEBPS/content.opf']!))?.[1] ?? '';
  return { text: { page: readable(page), epub: [...epub, summary].join('\n'), deck: readable(deck) } };
}

/** Text and attribute values, without style sheets, scripts and the JSON-LD (machine vocabulary). */
function readable(html: string): string {
  const body = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:alt|title|aria-label|content|summary)="([^"]*)"/g)].map((m) => m[1]);
  return decode([body.replace(/<[^>]+>/g, ' '), ...attributes].join('\n'));
}

function decode(text: string): string {
  return text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const found = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** A word the language itself writes the same way ("Notes", "Sources" in French) is not looked for there. */
function ownWords(words: Words): string {
  return JSON.stringify(words);
}

describe('a book in each language', () => {
  it('English, the control: the words looked for are there', async () => {
    const { text } = await buildFixture('en');
    const all = Object.values(text).join('\n');
    const missing = englishWords.filter((word) => !found(all, word));
    expect(missing).toEqual([]);
  }, 120_000);

  it.each(wordLanguages.filter((lang) => lang !== 'en'))('%s: no English interface word in the page, the EPUB or the deck; its quotation marks, dates and locators', async (lang) => {
    const words = wordsFor(lang);
    const { text } = await buildFixture(lang);
    const own = ownWords(words);
    const looked = englishWords.filter((word) => !found(own, word));
    for (const [output, content] of Object.entries(text)) {
      expect(looked.filter((word) => found(content, word)), `${lang} ${output}`).toEqual([]);
    }
    const chapterTitle = /^title: "?([^"\n]+)"?$/m.exec(readFileSync(fixture(`lang-${lang}/chapters/forts.md`), 'utf8'))![1]!;
    // The chapter map's caption quotes the chapter's title.
    expect(text.page).toContain(`${words.quotes[0]}${chapterTitle}${words.quotes[1]}`);
    // The siege of 9 February 1716 (Julian) on the timeline, in both styles.
    const os = fill(words.styled, { date: formatDay(words, 1716, 2, 9, 'short'), style: words.oldStyle });
    expect(text.page).toContain(os);
    expect(text.epub).toContain(os);
    // `[@perdue2005, chap. 6]` in the book's CSL locale.
    const chapter = localeTerms(localeFor(lang)).term('chapter', 'short')!;
    expect(text.page).toContain(`${chapter} 6`);
  }, 120_000);

  it('a language without a table: built in English, with one warning at `lang`', async () => {
    const { files } = await check(fixture('lang-fallback'));
    const messages = files.flatMap((file) => file.messages.map((message) => ({ rule: message.ruleId, line: message.line, column: message.column, fatal: message.fatal })));
    expect(messages).toEqual([{ rule: 'lang-fallback', line: 4, column: 7, fatal: false }]);
  });
});
