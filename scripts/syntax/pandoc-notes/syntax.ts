/**
 * pandoc's `inline_notes` (https://pandoc.org/MANUAL.html#extension-inline_notes): `^[A note.]` is a
 * footnote written where it is called. The brackets balance (`^[see [this](url)]`), a backslash
 * escapes one, and the note may run over lines of its paragraph; its text is read as inline
 * Markdown. An unclosed `^[`, or an empty `^[]`, stays text.
 *
 * Hand-written: micromark-extension-footnote, which had inline notes, is micromark 2's; GFM's
 * footnotes (micromark 4) dropped them. The bracket scan follows micromark-extension-directive's
 * label factory (text content as `chunkText`s, one per line).
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext } from 'micromark-util-types';

const caret = 94;
const leftBracket = 91;
const rightBracket = 93;
const backslash = 92;
/** As micromark bounds a link label: a note is prose, not a book. */
const maxSize = 100_000;
const maxBalance = 32;

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocInlineNote: 'pandocInlineNote';
    pandocInlineNoteMarker: 'pandocInlineNoteMarker';
    pandocInlineNoteText: 'pandocInlineNoteText';
  }
}

const inlineNote: Construct = { name: 'pandocInlineNote', tokenize, add: 'before' };

export const pandocInlineNotes: Extension = { text: { [caret]: inlineNote } };

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let balance = 0;
  let size = 0;
  let previous: Token | undefined;
  return start;

  function start(code: Code): State | undefined {
    effects.enter('pandocInlineNote');
    effects.enter('pandocInlineNoteMarker');
    effects.consume(code);
    return bracket;
  }

  function bracket(code: Code): State | undefined {
    if (code !== leftBracket) return nok(code);
    effects.consume(code);
    effects.exit('pandocInlineNoteMarker');
    effects.enter('pandocInlineNoteText');
    return lineStart;
  }

  function lineStart(code: Code): State | undefined {
    // An empty note, `^[]`, is no note: it stays text.
    if (code === rightBracket && balance === 0) return previous ? close(code) : nok(code);
    const token = effects.enter('chunkText', { contentType: 'text', _contentTypeTextTrailing: true, ...(previous ? { previous } : {}) });
    if (previous) previous.next = token;
    previous = token;
    return data(code);
  }

  function data(code: Code): State | undefined {
    if (code === null || ++size > maxSize) return nok(code);
    if (code === leftBracket && ++balance > maxBalance) return nok(code);
    if (code === rightBracket && balance-- === 0) {
      effects.exit('chunkText');
      return close(code);
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit('chunkText');
      return lineStart;
    }
    effects.consume(code);
    return code === backslash ? escaped : data;
  }

  function escaped(code: Code): State | undefined {
    if (code === leftBracket || code === rightBracket || code === backslash) {
      effects.consume(code);
      return data;
    }
    return data(code);
  }

  function close(code: Code): State | undefined {
    effects.exit('pandocInlineNoteText');
    effects.enter('pandocInlineNoteMarker');
    effects.consume(code);
    effects.exit('pandocInlineNoteMarker');
    effects.exit('pandocInlineNote');
    return ok;
  }
}
