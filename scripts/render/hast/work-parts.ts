/**
 * Where a cited work's own words stand in citeproc's text of it, and in which language (WCAG 2.1
 * SC 3.1.2 Language of Parts, https://www.w3.org/WAI/WCAG21/Understanding/language-of-parts; EPUB
 * Accessibility Techniques 1.1 §6). A CSL-JSON item's `language` says what language the work is
 * written in (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html); its title and
 * the names of its authors are in that language, but a citation or an entry is more than those:
 * the style adds its own words (`and`, `n.d.`, `In`, `no.`, a month) and punctuation, in the
 * book's language. Only the work's own words are the work's language.
 *
 * How they are found: by matching the item's own field values in the text citeproc wrote, one
 * work at a time (a citation link or an entry holds one work). The alternatives were weighed:
 * - marking the values before citeproc formats them (a private character, a `<span>`) changes what
 *   citeproc reads: names are parsed and sorted, titles title-cased and shortened, and
 *   disambiguation compares the strings, so a marker changes the text or is lost;
 * - citeproc's own `sys.variableWrapper` hook marks a whole variable as rendered: a name list with
 *   its `and` and `et al.`, a title with the style's quotation marks and the comma moved inside
 *   them, and it is not called for an author-only render;
 * - matching after reads citeproc's final text, whatever the style did around the values. What a
 *   style may do to a value itself is allowed for: any letter case (`text-case`), any quotation
 *   mark or apostrophe (citeproc turns `'` into `’` and nests `“…”` as `‘…’`), any white space,
 *   a dropped period (`strip-periods`), and a given name reduced to initials (`initialize-with`).
 *   A value matches whole words only, and only inside its own work's citation or entry.
 *
 * A value is taken as the work's language only if it has a letter of that language's script:
 * `ru` data often holds an English journal title or a transliterated name, which stay in the
 * book's language. Between two Latin-script languages the data cannot tell; the item's word stands.
 */
import type { CslItem } from '../../manuscript/csl.ts';
import { scriptLetter, workLanguage } from './work-language.ts';

/** `[start, end)` of `text` in the work's language `lang`. */
export interface WorkPart {
  start: number;
  end: number;
  lang: string;
}

/**
 * The CSL variables whose text is the work's own: citeproc-js's multilingual fields
 * (`CSL.MULTI_FIELDS`) and the short forms it reads for them. Not `note`, `URL`, numbers or dates.
 */
const ownFields = [
  'title', 'title-short', 'shortTitle', 'container-title', 'container-title-short', 'journalAbbreviation', 'collection-title',
  'volume-title', 'event', 'event-title', 'event-place', 'publisher', 'publisher-place', 'authority', 'genre', 'medium', 'archive', 'archive-place',
];
const nameParts = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle'];

/** Quotation marks and apostrophes: citeproc may write any of them for any other. */
const quotes = `'"‘’‚‛“”„‟«»‹›ʼ`;
const quoteClass = `[${quotes}]`;
/**
 * A word character. Whole-word matching is checked with it around each match, not written into
 * each work's pattern as a lookbehind: a `\p{…}` class costs about a millisecond to compile, and
 * every work has its own patterns (that was ~40 ms of a flagship build).
 */
const wordChar = /[\p{L}\p{N}\p{M}]/u;

interface Matcher {
  lang: string;
  /** A letter of the work's script: a text without one holds none of its values. */
  script: RegExp;
  /** Parts already found, by text: a work cited twenty times is cited with a handful of texts. */
  found: Map<string, readonly WorkPart[]>;
  /** The item's values, longest first, case-insensitive. */
  values: RegExp | undefined;
  /** Given names as initials (`В. В.`), case-sensitive: `N.` must not match `n.d.`. */
  initials: RegExp | undefined;
}

const matchers = new WeakMap<CslItem, { bookLang: string; matcher: Matcher | undefined }>();

/** The parts of `text` (citeproc's text of `item`, or part of it) that are the work's own words in its language. */
export function workParts(text: string, item: CslItem | undefined, bookLang: string): readonly WorkPart[] {
  const matcher = item && matcherOf(item, bookLang);
  if (!matcher) return [];
  let parts = matcher.found.get(text);
  if (!parts) {
    // The patterns are long alternations of case-folded Unicode (~0.4 ms a text on the flagship).
    parts = matcher.script.test(text) ? findParts(text, matcher) : [];
    matcher.found.set(text, parts);
  }
  return parts;
}

function findParts(text: string, matcher: Matcher): WorkPart[] {
  const found: Array<[number, number]> = [];
  for (const [pattern, wholeWord] of [[matcher.values, true], [matcher.initials, false]] as const) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      // A match inside a word is no match; the search goes on from the next character.
      if (wordChar.test(start > 0 ? lastChar(text, start) : ' ') || (wholeWord && wordChar.test(String.fromCodePoint(text.codePointAt(end) ?? 32)))) {
        pattern.lastIndex = start + 1;
        continue;
      }
      found.push([start, end]);
    }
  }
  // Earliest first, the longer of two at one place; an overlapping later match is dropped.
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: WorkPart[] = [];
  for (const [start, end] of found) {
    const last = parts.at(-1);
    if (last && start < last.end) continue;
    // Two values with only a space between them (`Илья Яковлевич Златкин`) are one part: a space has no language.
    if (last && /^\s+$/u.test(text.slice(last.end, start))) last.end = end;
    else parts.push({ start, end, lang: matcher.lang });
  }
  return parts;
}

function matcherOf(item: CslItem, bookLang: string): Matcher | undefined {
  const kept = matchers.get(item);
  if (kept && kept.bookLang === bookLang) return kept.matcher;
  const matcher = makeMatcher(item, bookLang);
  matchers.set(item, { bookLang, matcher });
  return matcher;
}

function makeMatcher(item: CslItem, bookLang: string): Matcher | undefined {
  const lang = workLanguage(item, bookLang);
  if (!lang) return undefined;
  const script = scriptLetter(lang);
  const own = (value: unknown): value is string => typeof value === 'string' && (value.match(/\p{L}/gu)?.length ?? 0) >= 2 && script.test(value);
  const values = new Set<string>();
  const initials = new Set<string>();
  for (const field of ownFields) {
    const value = item[field];
    if (own(value)) values.add(value.trim());
  }
  for (const value of Object.values(item)) {
    if (!Array.isArray(value)) continue;
    for (const name of value as unknown[]) {
      if (typeof name !== 'object' || name === null) continue;
      const parts = name as Record<string, unknown>;
      for (const part of nameParts) if (own(parts[part])) values.add(String(parts[part]).trim());
      const given = parts['given'];
      if (own(given) && /\p{L}{2}/u.test(given)) initials.add(initialsPattern(given));
    }
  }
  const sorted = [...values].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    lang,
    script,
    found: new Map(),
    values: sorted.length > 0 ? new RegExp(`(?:${sorted.map(valuePattern).join('|')})`, 'giu') : undefined,
    initials: initials.size > 0 ? new RegExp(`(?:${[...initials].join('|')})`, 'gu') : undefined,
  };
}

/**
 * A value as citeproc may have written it: any quotation mark, any white space, a period or not,
 * and without the rich-text tags CSL-JSON allows in it (`<i>`, `<sc>`, `<span class="nocase">`).
 */
function valuePattern(value: string): string {
  let pattern = '';
  for (const char of value.replace(/<[^>]*>/g, '')) {
    if (/\s/u.test(char)) pattern += pattern.endsWith('\\s+') ? '' : '\\s+';
    else if (quotes.includes(char)) pattern += quoteClass;
    else if (char === '.') pattern += '\\.?';
    else pattern += escape(char);
  }
  return pattern;
}

/** `Thomas Douglas` → `T. D.` (or `T.D.`), `Jean-Paul` → `J.-P.`: each word's first letter and a period. */
function initialsPattern(given: string): string {
  const words = given.split(/[\s.]+/u).filter(Boolean);
  return words
    .map((word) => word.split('-').filter(Boolean).map((part) => `${escape([...part][0] ?? '')}\\.`).join('\\s?-\\s?'))
    .join('\\s*');
}

/** The character (a whole code point) that ends just before `index`. */
function lastChar(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

/** Escapes what is syntax in a `u` regular expression (where `\-` outside a class is an error). */
function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
