/**
 * pandoc's `subscript` and `superscript` (https://pandoc.org/MANUAL.html#extension-superscript-subscript):
 * `H~2~O` and `2^10^`. The text between the markers may not hold a space or a line break (pandoc
 * wants them escaped; an unescaped one leaves the markers as text) and may not be empty; it is read
 * as inline Markdown (`^*a*^`). `~~x~~` stays GFM's strikethrough, which remark-gfm-as-needed.ts
 * loads without its single-tilde form: in pandoc, `~x~` is a subscript, never a strikeout.
 * `^[` opens an inline note (../pandoc-notes/), never a superscript.
 *
 * Hand-written: the npm packages for this (remark-supersub, remark-sub-super) rewrite text nodes
 * after the parse or target remark 12's tokenizers, so they compose with nothing and run after
 * strikethrough has already eaten `~2~`. This is a micromark text construct, tried before
 * strikethrough at `~`, whose content is a `chunkText` the text tokenizer reads again.
 */
import { markdownLineEndingOrSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const tilde = 126;
const caret = 94;
const backslash = 92;
const leftBracket = 91;

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocSubscript: 'pandocSubscript';
    pandocSuperscript: 'pandocSuperscript';
    pandocScriptMarker: 'pandocScriptMarker';
  }
}

function script(marker: number, type: 'pandocSubscript' | 'pandocSuperscript'): Construct {
  return { name: type, tokenize, previous };

  /** Not the second of a run of markers (`~~`). */
  function previous(this: TokenizeContext, code: Code): boolean {
    return code !== marker;
  }

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return start;

    function start(code: Code): State | undefined {
      effects.enter(type);
      effects.enter('pandocScriptMarker');
      effects.consume(code);
      effects.exit('pandocScriptMarker');
      return open;
    }

    function open(code: Code): State | undefined {
      if (code === null || code === marker || markdownLineEndingOrSpace(code) || (marker === caret && code === leftBracket)) return nok(code);
      effects.enter('chunkText', { contentType: 'text' });
      return data(code);
    }

    function data(code: Code): State | undefined {
      if (code === null || markdownLineEndingOrSpace(code)) return nok(code);
      if (code === marker) {
        effects.exit('chunkText');
        effects.enter('pandocScriptMarker');
        effects.consume(code);
        effects.exit('pandocScriptMarker');
        effects.exit(type);
        return ok;
      }
      effects.consume(code);
      return code === backslash ? escaped : data;
    }

    /** `\~` and `\^` do not close. */
    function escaped(code: Code): State | undefined {
      if (code === marker || code === backslash) {
        effects.consume(code);
        return data;
      }
      return data(code);
    }
  }
}

/** Before strikethrough at `~`, so that `~2~` is tried as a subscript first. */
export const pandocScripts: Extension = {
  text: { [tilde]: { ...script(tilde, 'pandocSubscript'), add: 'before' }, [caret]: script(caret, 'pandocSuperscript') },
};
