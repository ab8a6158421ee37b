/**
 * micromark side of pandoc's attributes (`header_attributes`, `link_attributes`,
 * `inline_code_attributes`; https://pandoc.org/MANUAL.html#extension-attributes): a `{…}` block
 * directly after inline code, a link, an image or an autolink belongs to it; one that ends a
 * heading's text (then only spaces) belongs to the heading. Anything else, or a `{…}` that is not
 * valid attribute syntax (read-attributes.ts), is left to be text, whole, as pandoc leaves it.
 *
 * Hand-written: no maintained micromark-4 extension reads pandoc's attributes (`remark-attributes`
 * follows markdown-it-attrs' grammar as a tree transform on text, `remark-heading-id` reads only
 * `{#id}` on headings, `remark-attr` predates micromark).
 */
import type { Code, Construct, Effects, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { incomplete, readAttributesAt } from './read-attributes.ts';

/** The longest `{…}` tried: real attribute blocks are a few dozen characters. */
const maxLength = 1024;

/** Elements whose closing event, right before a `{`, makes the block theirs. */
const attachable = new Set(['codeText', 'link', 'image', 'autolink']);

/**
 * Consumes one `{…}` as a token of `type` when `readAttributesAt` finds a block there: a brace
 * that is not attributes costs a failed attempt, never a half-read block. The block's end is found
 * first by looking ahead (a quoted value may hold a `}`, and only what follows tells whether it is
 * closed), then exactly that much is consumed.
 */
export function factoryAttributes(effects: Effects, ok: State, nok: State, type: TokenType): State {
  /** How many codes the block takes (a tab is more than one code). */
  let length = 0;
  return effects.check({ tokenize: tokenizeLookahead, partial: true }, consumeStart, nok);

  function tokenizeLookahead(this: TokenizeContext, lookahead: Effects, found: State, none: State): State {
    let text = '';
    /** `ends[i]`: codes consumed when `text` had `i + 1` characters. */
    const ends: number[] = [];
    let codes = 0;
    return step;

    function step(code: Code): State | undefined {
      if (code === null || text.length > maxLength) return decide(readAttributesAt(text, 0, true), code);
      if (codes === 0) {
        if (code !== 123) return none(code);
        // micromark consumes only inside a token; the check undoes this one with the rest.
        lookahead.enter('pandocAttributesLookahead');
      }
      lookahead.consume(code);
      codes++;
      const char = characterOf(code);
      if (char !== '') {
        text += char;
        ends.push(codes);
      }
      if (char !== '}') return step;
      const read = readAttributesAt(text, 0, false);
      return read === incomplete ? step : decide(read, code);
    }

    function decide(read: ReturnType<typeof readAttributesAt>, code: Code): State | undefined {
      if (codes > 0) lookahead.exit('pandocAttributesLookahead');
      if (!read || read === incomplete) return none(code);
      length = ends[read.end - 1]!;
      return found(code);
    }
  }

  function consumeStart(code: Code): State | undefined {
    effects.enter(type);
    return consume(code);
  }

  function consume(code: Code): State | undefined {
    if (length === 0) {
      effects.exit(type);
      return ok(code);
    }
    effects.consume(code);
    length--;
    return consume;
  }
}

/** micromark's codes as the characters they stand for (a tab is `-2` then virtual spaces `-1`). */
function characterOf(code: number): string {
  if (code === -5 || code === -4 || code === -3) return '\n';
  if (code === -2) return '\t';
  if (code === -1) return '';
  return String.fromCodePoint(code);
}

/** Text construct at `{`: attributes of the element just closed, or trailing ones (a heading's). */
export const inlineAttributes: Construct = { name: 'pandocInlineAttributes', tokenize: tokenizeInlineAttributes };

function tokenizeInlineAttributes(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const last = this.events[this.events.length - 1];
  const afterElement = last !== undefined && last[0] === 'exit' && attachable.has(last[1].type);
  if (afterElement) return factoryAttributes(effects, ok, nok, 'pandocAttributes');
  return factoryAttributes(effects, trailing, nok, 'pandocTrailingAttributes');

  /** After the `}`: only spaces and tabs to the end of the text (the heading's end). */
  function trailing(code: Code): State | undefined {
    if (code === null) return ok(code);
    if (code === -2 || code === -1 || code === 32) {
      effects.enter('pandocTrailingSpace');
      return space(code);
    }
    return nok(code);
  }

  function space(code: Code): State | undefined {
    if (code === -2 || code === -1 || code === 32) {
      effects.consume(code);
      return space;
    }
    effects.exit('pandocTrailingSpace');
    return code === null ? ok(code) : nok(code);
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** `{…}` right after inline code, a link, an image or an autolink. */
    pandocAttributes: 'pandocAttributes';
    /** `{…}` ending a text, then only spaces: a heading's (else it is text again). */
    pandocTrailingAttributes: 'pandocTrailingAttributes';
    pandocTrailingSpace: 'pandocTrailingSpace';
    pandocAttributesLookahead: 'pandocAttributesLookahead';
  }
}
