/**
 * pandoc's `tex_math_dollars` (https://pandoc.org/MANUAL.html#extension-tex_math_dollars) as a
 * micromark text construct: `$…$` is inline math and `$$…$$` display math, anywhere in a paragraph.
 * pandoc's rules, from Text.Pandoc.Parsing.Math: the opening `$` has a non-space right after it,
 * the closing `$` a non-space right before it and no digit right after it (so `$20,000 and
 * $30,000` stays text); a backslash escapes the character after it (`$\$5$`); `$$` may have spaces
 * inside and run over lines. Neither may be empty, and a paragraph ends both: what is not closed
 * stays text. (micromark-extension-math, which remark-math uses, follows code spans instead:
 * `$5 and $6` is math there, and a `$$` line opens a block that runs to the end of the file.)
 */
import { asciiDigit, markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext } from 'micromark-util-types';

const dollar = 36;
const backslash = 92;

/** `$$`, closing display math. */
const displayClose: Construct = { tokenize: tokenizeDisplayClose, partial: true };

const mathText: Construct = { name: 'pandocMath', tokenize: tokenizeMath, previous };

export const pandocMath: Extension = { text: { [dollar]: mathText } };

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocMathInline: 'pandocMathInline';
    pandocMathDisplay: 'pandocMathDisplay';
    pandocMathMarker: 'pandocMathMarker';
    pandocMathData: 'pandocMathData';
  }
}

/** Not inside a run of dollars. */
function previous(this: TokenizeContext, code: Code): boolean {
  return code !== dollar;
}

function tokenizeMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let outer: Token;
  /** Whether a data token is open: one is opened at the first character of data, never empty. */
  let inData = false;
  return start;

  function start(code: Code): State | undefined {
    outer = effects.enter('pandocMathInline');
    effects.enter('pandocMathMarker');
    effects.consume(code);
    return afterDollar;
  }

  function consumeData(code: Code): void {
    if (!inData) effects.enter('pandocMathData');
    inData = true;
    effects.consume(code);
  }

  function endData(): void {
    if (inData) effects.exit('pandocMathData');
    inData = false;
  }

  function afterDollar(code: Code): State | undefined {
    if (code === dollar) {
      outer.type = 'pandocMathDisplay';
      effects.consume(code);
      effects.exit('pandocMathMarker');
      return displayStart;
    }
    effects.exit('pandocMathMarker');
    if (code === null || markdownLineEndingOrSpace(code)) return nok(code);
    return inline(code);
  }

  function inline(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (code === dollar) {
      endData();
      effects.enter('pandocMathMarker');
      effects.consume(code);
      effects.exit('pandocMathMarker');
      return afterInlineClose;
    }
    if (markdownLineEnding(code)) return lineEnding(code, spaces);
    consumeData(code);
    if (code === backslash) return escaped;
    return markdownSpace(code) ? spaces : inline;
  }

  function escaped(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return inline(code);
    consumeData(code);
    return inline;
  }

  /** After a space or a line ending: a `$` now would close right after a space. */
  function spaces(code: Code): State | undefined {
    if (code === dollar || code === null) return nok(code);
    if (markdownSpace(code)) {
      consumeData(code);
      return spaces;
    }
    return inline(code);
  }

  function afterInlineClose(code: Code): State | undefined {
    if (asciiDigit(code)) return nok(code);
    effects.exit(outer.type);
    return ok(code);
  }

  function displayStart(code: Code): State | undefined {
    if (code === null || code === dollar) return nok(code);
    return display(code);
  }

  function display(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (code === dollar) {
      endData();
      return effects.attempt(displayClose, displayDone, displayDollar)(code);
    }
    if (markdownLineEnding(code)) return lineEnding(code, display);
    consumeData(code);
    return display;
  }

  /** A single `$` inside display math. */
  function displayDollar(code: Code): State | undefined {
    consumeData(code);
    return display;
  }

  function displayDone(code: Code): State | undefined {
    effects.exit(outer.type);
    return ok(code);
  }

  /** A line ending inside math, as its own token (micromark's way in text). */
  function lineEnding(code: Code, next: State): State | undefined {
    endData();
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return next;
  }
}

function tokenizeDisplayClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;
  function start(code: Code): State | undefined {
    effects.enter('pandocMathMarker');
    effects.consume(code);
    return second;
  }
  function second(code: Code): State | undefined {
    if (code !== dollar) return nok(code);
    effects.consume(code);
    effects.exit('pandocMathMarker');
    return ok;
  }
}

