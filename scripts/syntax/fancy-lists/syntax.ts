/**
 * CommonMark's list construct (micromark-core-commonmark's `list`, forked) with pandoc's ordered
 * list markers besides digits: `#.`, `(@)`, `(@label)`, `a.`, `B)`, `(iv)`, `IV.` (marker.ts), in
 * the delimiters `.`, `)` and `( )`. It replaces the original (`disable: list`): the original's
 * continuation starts the next item with itself, which would refuse a letter, so both halves are
 * here. Digits and bullets go exactly the original way. pandoc's own rules on top: a list item
 * of a new style or delimiter starts a new list; an upper-case letter with a period needs two
 * spaces after it (so `B. Russell` stays prose); as in CommonMark, only a list that starts at one
 * (`1.`, `a)`, `i.`, `#.`, `(@)`) may interrupt a paragraph, which is how a nested list follows its
 * item's first line. Hand-written: no micromark extension reads these.
 * https://pandoc.org/MANUAL.html#ordered-lists
 */
import { blankLine, thematicBreak } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { asciiAlpha, asciiDigit, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, ContainerState, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { readMarker, type MarkerStyle } from './marker.ts';

const [asterisk, plus, dash, dot, rightParen, leftParen, hash, at, space] = [42, 43, 45, 46, 41, 40, 35, 64, 32];

/** What a fancy list remembers of its first marker, so that its next items match it. */
interface FancyState extends ContainerState {
  style?: MarkerStyle;
  enclosed?: boolean;
}

export const pandocList: Construct = { name: 'pandocList', tokenize: tokenizeListStart, continuation: { tokenize: tokenizeListContinuation }, exit: tokenizeListEnd };
const prefixWhitespace: Construct = { partial: true, tokenize: tokenizePrefixWhitespace };
const indent: Construct = { partial: true, tokenize: tokenizeIndent };
/** Two spaces (checked, not kept: the item's own prefix reads them again). */
const twoSpaces: Construct = { partial: true, tokenize: tokenizeTwoSpaces };

function tokenizeTwoSpaces(effects: Effects, ok: State, nok: State): State {
  return (code) => {
    if (code !== space) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    effects.consume(code);
    return (next: Code) => {
      if (next !== space) return nok(next);
      effects.consume(next);
      effects.exit('listItemPrefixWhitespace');
      return ok;
    };
  };
}

/**
 * The construct at every code a marker may start with. `letters: false` leaves out `a.`, `iv)`:
 * tried at every line that starts with a letter, they cost a book whose text has none of them
 * (lettersNeeded) about a tenth of its parse.
 */
export function pandocLists(letters: boolean): Extension {
  const starts: Record<number, Construct> = {};
  for (const code of [asterisk, plus, dash, leftParen, hash, at]) starts[code] = pandocList;
  for (let code = 48; code <= 57; code++) starts[code] = pandocList;
  if (letters) for (let code = 65; code <= 90; code++) starts[code] = starts[code + 32] = pandocList;
  return { document: starts, disable: { null: ['list'] } };
}

/** Whether a text may hold a list item marked by a letter or a roman numeral (`a.`, `B)`, `iv.`). */
export function lettersNeeded(source: string): boolean {
  return /^[ \t>]*\(?[A-Za-z]{1,7}[.)][ \t]/m.test(source);
}

function tokenizeListStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState as FancyState;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let value = '';
  let enclosed = false;
  let twoSpacesAfter = false;
  return start;

  function start(code: Code): State | undefined {
    const bullet = code === asterisk || code === plus || code === dash;
    const kind = state.type || (bullet ? 'listUnordered' : 'listOrdered');
    if (kind === 'listUnordered') {
      if (!bullet || (state.marker && code !== state.marker)) return nok(code);
      if (!state.type) {
        state.type = kind;
        effects.enter(kind, { _container: true });
      }
      effects.enter('listItemPrefix');
      return code === asterisk || code === dash ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
    }
    if (bullet) return nok(code);
    // A list interrupts a paragraph only from 1, as CommonMark says (`1.`, and pandoc's `a.`, `i.`, `#.`, `(@)`).
    if (self.interrupt && asciiDigit(code) && code !== 49) return nok(code);
    if (!state.type) {
      state.type = kind;
      effects.enter(kind, { _container: true });
    }
    effects.enter('listItemPrefix');
    if (code === leftParen) {
      enclosed = true;
      effects.enter('pandocListParen');
      effects.consume(code);
      effects.exit('pandocListParen');
      return valueStart;
    }
    return valueStart(code);
  }

  function valueStart(code: Code): State | undefined {
    if (!(asciiDigit(code) || asciiAlpha(code) || code === hash || code === at)) return nok(code);
    effects.enter('listItemValue');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    const first = value === '';
    // After a letter, only a roman numeral goes on (`iv`), in its case: a word fails at its second letter.
    const more = !first && (value.startsWith('@') ? asciiAlpha(code) || asciiDigit(code) || code === 95 || code === dash : asciiDigit(value.charCodeAt(0)) ? asciiDigit(code) : romanOfCase(value, code));
    if ((first || more) && code !== null && value.length < 10) {
      value += String.fromCharCode(code);
      effects.consume(code);
      return inside;
    }
    const marker = readMarker(value, state.style);
    const delimiter = enclosed ? code === rightParen : code === dot || code === rightParen;
    if (!marker || !delimiter) return nok(code);
    // A new style, or another delimiter, starts a new list (pandoc); digits longer than 9 are not a number.
    if (state.style !== undefined && (state.style !== marker.style || state.enclosed !== enclosed || state.marker !== code)) return nok(code);
    if (self.interrupt && (marker.value !== 1 || (marker.style === 'decimal' && value.length > 1))) return nok(code);
    state.style = marker.style;
    state.enclosed = enclosed;
    twoSpacesAfter = marker.style === 'upperAlpha' && code === dot;
    effects.exit('listItemValue');
    return atMarker(code);
  }

  function atMarker(code: Code): State | undefined {
    effects.enter('listItemMarker');
    effects.consume(code!);
    effects.exit('listItemMarker');
    state.marker = state.marker || code!;
    const after = effects.check(blankLine, self.interrupt ? nok : onBlank, effects.attempt(prefixWhitespace, endOfPrefix, otherPrefix));
    return twoSpacesAfter ? effects.check(twoSpaces, after, nok) : after;
  }

  function onBlank(code: Code): State | undefined {
    state.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }

  function otherPrefix(code: Code): State | undefined {
    if (!markdownSpace(code)) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    effects.consume(code);
    effects.exit('listItemPrefixWhitespace');
    return endOfPrefix;
  }

  function endOfPrefix(code: Code): State | undefined {
    state.size = initialSize + self.sliceSerialize(effects.exit('listItemPrefix'), true).length;
    return ok(code);
  }
}

const lowerRoman = /^[ivxlcdm]+$/;
const upperRoman = /^[IVXLCDM]+$/;

function romanOfCase(value: string, code: Code): boolean {
  if (code === null) return false;
  const next = value + String.fromCharCode(code);
  return lowerRoman.test(next) || upperRoman.test(next);
}

function tokenizeListContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState!;
  state._closeFlow = undefined;
  return effects.check(blankLine, onBlank, notBlank);

  function onBlank(code: Code): State | undefined {
    state.furtherBlankLines = state.furtherBlankLines || state.initialBlankLine;
    return factorySpace(effects, ok, 'listItemIndent', state.size! + 1)(code);
  }

  function notBlank(code: Code): State | undefined {
    const inItem = !state.furtherBlankLines && markdownSpace(code);
    state.furtherBlankLines = undefined;
    state.initialBlankLine = undefined;
    return inItem ? effects.attempt(indent, ok, notInCurrentItem)(code) : notInCurrentItem(code);
  }

  function notInCurrentItem(code: Code): State | undefined {
    state._closeFlow = true;
    self.interrupt = undefined;
    return factorySpace(effects, effects.attempt(pandocList, ok, nok), 'linePrefix', self.parser.constructs.disable.null!.includes('codeIndented') ? undefined : 4)(code);
  }
}

function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const size = self.containerState!.size!;
  return factorySpace(effects, afterPrefix, 'listItemIndent', size + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === 'listItemIndent' && tail[2].sliceSerialize(tail[1], true).length === size ? ok(code) : nok(code);
  }
}

function tokenizeListEnd(this: TokenizeContext, effects: Effects): undefined {
  effects.exit(this.containerState!.type!);
}

function tokenizePrefixWhitespace(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return factorySpace(effects, afterPrefix, 'listItemPrefixWhitespace', self.parser.constructs.disable.null!.includes('codeIndented') ? undefined : 5);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === 'listItemPrefixWhitespace' ? ok(code) : nok(code);
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocListParen: 'pandocListParen';
  }
}
