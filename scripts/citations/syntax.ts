/**
 * Pandoc's citation syntax (https://pandoc.org/MANUAL.html#citation-syntax), read from plain text:
 *   [@key]  [@key, p. 12]  [see @a, pp. 3–5; also @b]  [-@key]   parenthetical
 *   @key  @key [p. 12]                                          narrative (the author in the sentence)
 * A key starts with a letter, digit or `_` and may hold internal punctuation `:.#$%&-+?<>~/`
 * (trailing punctuation ends the key, so `@key.` cites `key`); `@{…}` allows anything else. A bare
 * `@` preceded by a letter or digit (`a@b`, an e-mail address) is not a citation, and neither is a
 * character the author escaped (`\@`, `\[`).
 *
 * Works on offsets into the text; `remark-citations` maps them back to lines and columns.
 */
import { englishForms, parseLocator } from './locator.ts';
import type { LocatorTerms } from './locator-terms.ts';

export interface SyntaxItem {
  key: string;
  /** `@` to the end of the key. */
  keyStart: number;
  keyEnd: number;
  prefix?: string;
  suffix?: string;
  locator?: string;
  label?: string;
  suppressAuthor?: boolean;
  locatorStart?: number;
  locatorEnd?: number;
  locatorProblem?: string;
}

export interface SyntaxCitation {
  mode: 'parenthetical' | 'narrative';
  start: number;
  end: number;
  items: SyntaxItem[];
}

const keyPattern = /^(?:\{([^{}]+)\}|([\p{L}\p{N}_]+(?:[:.#$%&\-+?<>~/]+[\p{L}\p{N}_]+)*))/u;
const wordChar = /[\p{L}\p{N}_]/u;

/**
 * Every citation in `text`, in order. `literal(i)` is true for a character the author escaped;
 * `terms` are the locator labels understood (`locator-terms.ts`: the book's language and English).
 */
export function findCitations(text: string, literal: (index: number) => boolean = () => false, terms: LocatorTerms = englishForms): SyntaxCitation[] {
  const found: SyntaxCitation[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '[' && !literal(i)) {
      const bracketed = readBracketed(text, i, literal, terms);
      if (bracketed) {
        found.push(bracketed);
        i = bracketed.end;
        continue;
      }
    } else if (char === '@' && !literal(i) && (i === 0 || !wordChar.test(text[i - 1]!)) && text[i - 1] !== '@') {
      const narrative = readNarrative(text, i, literal, terms);
      if (narrative) {
        found.push(narrative);
        i = narrative.end;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** `[ … ]` whose every `;`-separated part holds one key; otherwise not a citation. */
function readBracketed(text: string, open: number, literal: (index: number) => boolean, terms: LocatorTerms): SyntaxCitation | undefined {
  const close = matchingBracket(text, open, literal);
  if (close === undefined) return undefined;
  const parts: Array<[number, number]> = [];
  let partStart = open + 1;
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    if (literal(k)) continue;
    if (text[k] === '{') depth++;
    else if (text[k] === '}') depth = Math.max(0, depth - 1);
    else if (text[k] === ';' && depth === 0) {
      parts.push([partStart, k]);
      partStart = k + 1;
    }
  }
  parts.push([partStart, close]);
  const items: SyntaxItem[] = [];
  for (const [start, end] of parts) {
    const item = readItem(text, start, end, literal, terms);
    if (!item) return undefined;
    items.push(item);
  }
  return { mode: 'parenthetical', start: open, end: close + 1, items };
}

/** One part of a bracketed citation: `prefix -@key, locator suffix`. */
function readItem(text: string, start: number, end: number, literal: (index: number) => boolean, terms: LocatorTerms): SyntaxItem | undefined {
  for (let at = start; at < end; at++) {
    if (text[at] !== '@' || literal(at)) continue;
    const dash = text[at - 1] === '-' && at - 1 >= start;
    const before = dash ? at - 2 : at - 1;
    if (before >= start && !/\s/.test(text[before]!)) continue;
    const key = readKey(text, at, end);
    if (!key) continue;
    const prefix = text.slice(start, dash ? at - 1 : at).trim();
    const tail = text.slice(key.end, end);
    const parsed = parseLocator(tail, terms);
    return {
      key: key.key,
      keyStart: at,
      keyEnd: key.end,
      ...(prefix ? { prefix } : {}),
      ...(dash ? { suppressAuthor: true } : {}),
      ...located(parsed, key.end),
    };
  }
  return undefined;
}

/** `@key`, optionally followed by ` [locator]` (`@smith04 [p. 33] says`). */
function readNarrative(text: string, at: number, literal: (index: number) => boolean, terms: LocatorTerms): SyntaxCitation | undefined {
  const key = readKey(text, at, text.length);
  if (!key) return undefined;
  const item: SyntaxItem = { key: key.key, keyStart: at, keyEnd: key.end };
  let end = key.end;
  const space = /^[ \t]?\[/.exec(text.slice(key.end));
  if (space) {
    const open = key.end + space[0].length - 1;
    const close = matchingBracket(text, open, literal);
    const inner = close === undefined ? '' : text.slice(open + 1, close);
    if (close !== undefined && !inner.includes('@') && text[open + 1] !== '^') {
      Object.assign(item, located(parseLocator(inner, terms), open + 1));
      end = close + 1;
    }
  }
  return { mode: 'narrative', start: at, end, items: [item] };
}

function readKey(text: string, at: number, limit: number): { key: string; end: number } | undefined {
  const match = keyPattern.exec(text.slice(at + 1, limit));
  if (!match) return undefined;
  return { key: (match[1] ?? match[2])!.trim(), end: at + 1 + match[0].length };
}

function located(parsed: ReturnType<typeof parseLocator>, base: number): Partial<SyntaxItem> {
  return {
    ...(parsed.locator !== undefined ? { locator: parsed.locator } : {}),
    ...(parsed.label !== undefined ? { label: parsed.label } : {}),
    ...(parsed.suffix !== undefined ? { suffix: parsed.suffix } : {}),
    ...(parsed.start !== undefined ? { locatorStart: base + parsed.start, locatorEnd: base + (parsed.end ?? parsed.start) } : {}),
    ...(parsed.problem !== undefined ? { locatorProblem: parsed.problem } : {}),
  };
}

/** The `]` closing the `[` at `open`, skipping `{…}`; none when another `[` opens first. */
function matchingBracket(text: string, open: number, literal: (index: number) => boolean): number | undefined {
  let depth = 0;
  for (let k = open + 1; k < text.length; k++) {
    if (literal(k)) continue;
    const char = text[k];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === '[') return undefined;
    else if (depth === 0 && char === ']') return k;
  }
  return undefined;
}
