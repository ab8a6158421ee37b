/**
 * Pandoc's attribute syntax, `{#id .class key=value key="quoted value" -}`, read from a string: the
 * one definition of the grammar, which the micromark constructs call to decide whether a `{…}` is
 * attributes (and so never half-consume one) and the mdast side calls to read it. It follows
 * pandoc's Markdown reader (`attributes` in src/Text/Pandoc/Readers/Markdown.hs), quirks included:
 *   - `#id`: one or more letters, digits, `-_:.` (an id may start with a digit);
 *   - `.class` and keys: a letter, then letters, digits, `-_:.`;
 *   - `key=value`: a value in `"…"` or `'…'` (backslash escapes and entities inside; it may not
 *     start with a space, as pandoc's `enclosed` requires), `""`/`''`, or a bare run up to a
 *     space or `}` (possibly empty); `id=` sets the id, `class=` adds its words as classes;
 *   - `-` is `.unnumbered`;
 *   - attributes are separated by optional spaces and at most one line ending, and need not be
 *     separated at all (`{.a#b}` is class `a`, id `b`).
 * https://pandoc.org/MANUAL.html#extension-attributes
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Attributes } from '../../manuscript/nodes.ts';

const letter = /\p{L}/u;
const alphaNum = /[\p{L}\p{N}]/u;
const nameChar = /[\p{L}\p{N}\-_:.]/u;

/** What `readAttributesAt` says of a text that may go on, when more of it could change the answer. */
export const incomplete = Symbol('incomplete');

type Read = { attributes: Attributes; end: number } | undefined;

/** The attributes written in `text`, which must be one `{…}` block and nothing else; `undefined` when it is not one. */
export function readAttributes(text: string): Attributes | undefined {
  const read = readAttributesAt(text, 0);
  return read && read.end === text.length ? read.attributes : undefined;
}

/**
 * The attribute block that starts at `start` (a `{`), with the index just after its `}`. With
 * `final: false`, `text` may be the first part of a longer input: where the answer depends on what
 * follows (the block is not closed yet, or a quoted value may close further on, as in `{k="a}b"}`)
 * the answer is `incomplete`.
 */
export function readAttributesAt(text: string, start: number, final?: true): Read;
export function readAttributesAt(text: string, start: number, final: boolean): Read | typeof incomplete;
export function readAttributesAt(text: string, start: number, final = true): Read | typeof incomplete {
  try {
    return new Reader(text, final).block(start);
  } catch (error) {
    if (error === incomplete) return incomplete;
    throw error;
  }
}

class Reader {
  constructor(
    private readonly text: string,
    private readonly final: boolean,
  ) {}

  /** The character at `index`; past the end of a text that may go on, the answer is not known yet. */
  private at(index: number): string | undefined {
    if (index >= this.text.length && !this.final) throw incomplete;
    return this.text[index];
  }

  block(start: number): Read {
    if (this.at(start) !== '{') return undefined;
    const attributes: Attributes = { classes: [], pairs: [] };
    let index = this.skipSpaceAndOneNewline(start + 1);
    while (index !== undefined) {
      if (this.at(index) === '}') return { attributes, end: index + 1 };
      const next = this.attribute(index, attributes);
      if (next === undefined) return undefined;
      index = this.skipSpaceAndOneNewline(next);
    }
    return undefined;
  }

  /** pandoc's `spnl`: spaces, at most one line ending, spaces, and then no second line ending. */
  private skipSpaceAndOneNewline(index: number): number | undefined {
    let at = this.skipSpaces(index);
    if (this.at(at) === '\n') at = this.skipSpaces(at + 1);
    return this.at(at) === '\n' ? undefined : at;
  }

  private skipSpaces(index: number): number {
    let at = index;
    while (this.at(at) === ' ' || this.at(at) === '\t') at++;
    return at;
  }

  /** One attribute at `index`, applied to `into`; the index after it, or `undefined` when there is none. */
  private attribute(index: number, into: Attributes): number | undefined {
    const char = this.at(index);
    if (char === '#') {
      const end = this.run(index + 1, nameChar);
      if (end === index + 1) return undefined;
      into.id = this.text.slice(index + 1, end);
      return end;
    }
    if (char === '.') {
      const end = this.identifierEnd(index + 1);
      if (end === undefined) return undefined;
      into.classes.push(this.text.slice(index + 1, end));
      return end;
    }
    if (char === '-') {
      into.classes.push('unnumbered');
      return index + 1;
    }
    const keyEnd = this.identifierEnd(index);
    if (keyEnd === undefined || this.at(keyEnd) !== '=') return undefined;
    const key = this.text.slice(index, keyEnd);
    const value = this.value(keyEnd + 1);
    if (key === 'id') into.id = value.value;
    else if (key === 'class') into.classes.push(...value.value.split(/\s+/).filter(Boolean));
    else into.pairs.push([key, value.value]);
    return value.end;
  }

  /** pandoc's `identifier`: a letter, then letters, digits and `-_:.`. */
  private identifierEnd(index: number): number | undefined {
    const first = this.codePoint(index);
    if (first === undefined || !letter.test(first)) return undefined;
    return this.run(index + first.length, nameChar);
  }

  private value(index: number): { value: string; end: number } {
    const quote = this.at(index);
    if (quote === '"' || quote === "'") {
      if (this.at(index + 1) === quote) return { value: '', end: index + 2 };
      const quoted = this.quoted(index + 1, quote);
      if (quoted) return quoted;
    }
    // A bare value: anything but whitespace and `}`, backslash escapes read as the character.
    let value = '';
    let at = index;
    for (let char = this.at(at); char !== undefined && !/[\s}]/.test(char); char = this.at(at)) {
      const escaped = this.escaped(at);
      value += escaped ?? char;
      at += escaped ? 2 : 1;
    }
    return { value, end: at };
  }

  /** The inside of a quoted value up to its closing `quote` (pandoc's `enclosed … litChar`). */
  private quoted(index: number, quote: string): { value: string; end: number } | undefined {
    const first = this.at(index);
    if (first === undefined || /\s/.test(first)) return undefined;
    let value = '';
    let at = index;
    for (let char = this.at(at); char !== undefined; char = this.at(at)) {
      if (char === quote && at > index) return { value, end: at + 1 };
      const escaped = this.escaped(at);
      if (escaped) {
        value += escaped;
        at += 2;
        continue;
      }
      const reference = characterReferenceAt(this.text, at);
      if (reference) {
        value += reference.value;
        at = reference.end;
        continue;
      }
      if (char === '\n') {
        // A line ending inside a value reads as a space; a blank line ends the attempt.
        if (/^\n[ \t]*\n/.test(this.text.slice(at, at + 80))) return undefined;
        value += ' ';
      } else value += char;
      at++;
    }
    return undefined;
  }

  /** pandoc's `escapedChar'` with `all_symbols_escapable`: a backslash before any non-alphanumeric character. */
  private escaped(index: number): string | undefined {
    if (this.at(index) !== '\\') return undefined;
    const next = this.at(index + 1);
    return next !== undefined && next !== '\n' && !alphaNum.test(next) ? next : undefined;
  }

  private run(index: number, allowed: RegExp): number {
    let at = index;
    for (let char = this.codePoint(at); char !== undefined && allowed.test(char); char = this.codePoint(at)) at += char.length;
    return at;
  }

  private codePoint(index: number): string | undefined {
    if (this.at(index) === undefined) return undefined;
    return String.fromCodePoint(this.text.codePointAt(index)!);
  }
}

function characterReferenceAt(text: string, index: number): { value: string; end: number } | undefined {
  if (text[index] !== '&') return undefined;
  const match = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(text.slice(index, index + 40));
  if (!match) return undefined;
  const end = index + match[0].length;
  if (match[3] !== undefined) {
    const decoded = decodeNamedCharacterReference(match[3]);
    return decoded === false ? undefined : { value: decoded, end };
  }
  const code = match[1] !== undefined ? Number.parseInt(match[1], 16) : Number(match[2]);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? { value: String.fromCodePoint(code), end } : undefined;
}
