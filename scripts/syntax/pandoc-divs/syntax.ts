/**
 * Pandoc's fenced divs (`fenced_divs`, https://pandoc.org/MANUAL.html#extension-fenced_divs), as a
 * micromark container (like a block quote, without a prefix on each line):
 *   - an opening fence is three or more colons, then an attribute block (`::: {#id .class k=v}`)
 *     or one word taken as a class (`::: warning`, `:::slide`), optionally more colons, and nothing
 *     else on the line; it does not interrupt a paragraph (pandoc wants a blank line before it);
 *   - a fence with no attributes (`:::`, any length ≥ 3) closes the innermost open div, so divs
 *     nest however long their fences are; inside fenced code or raw HTML it is that block's text;
 *   - a div never closed ends with its container or the file, as in pandoc (the parse plugin
 *     warns: `div-unclosed`); a closing fence with no div open is text, as in pandoc.
 * Up to three spaces may indent a fence (pandoc's CommonMark reader allows them; its Markdown
 * reader does not, and then shows the colons: here they never show).
 *
 * Hand-written: micromark-extension-directive's containers close at the first fence at least as long
 * as the opening one, even inside code, and take a name and `{…}` rather than pandoc's attributes;
 * no micromark extension reads pandoc's divs.
 */
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, ContainerState, Effects, ParseContext, State, Token, TokenizeContext } from 'micromark-util-types';
import { factoryAttributes } from '../pandoc-attributes/syntax.ts';

interface DivState extends ContainerState {
  /** Offset of the opening fence: a check and the attempt that follows it open the same div. */
  divOffset?: number;
  /** The div's token, to tell the containers opened inside it. */
  divToken?: Token;
  /** Its closing fence was read: the next line is no longer the div's. */
  divClosed?: boolean;
}

/** The divs open in each parse, outermost first: a closing fence belongs to the last. */
const openDivs = new WeakMap<ParseContext, DivState[]>();

function divsOf(parser: ParseContext): DivState[] {
  let divs = openDivs.get(parser);
  if (!divs) openDivs.set(parser, (divs = []));
  return divs;
}

export const fencedDiv: Construct = {
  name: 'pandocFencedDiv',
  tokenize: tokenizeOpening,
  continuation: { tokenize: tokenizeContinuation },
  exit: exitDiv,
};

function tokenizeOpening(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let size = 0;
  return start;

  function start(code: Code): State | undefined {
    if (code !== 58 || self.interrupt) return nok(code);
    (self.containerState as DivState).divToken = effects.enter('pandocDiv', { _container: true });
    effects.enter('pandocDivFence');
    effects.enter('pandocDivSequence');
    return sequence(code);
  }

  function sequence(code: Code): State | undefined {
    if (code === 58) {
      effects.consume(code);
      size++;
      return sequence;
    }
    if (size < 3) return nok(code);
    effects.exit('pandocDivSequence');
    return factorySpace(effects, attributesOrWord, 'whitespace')(code);
  }

  function attributesOrWord(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return nok(code);
    if (code === 123) return effects.attempt({ tokenize: tokenizeAttributes, partial: true }, afterAttributes, word)(code);
    return word(code);
  }

  function word(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code) || markdownSpace(code)) return nok(code);
    effects.enter('pandocDivWord');
    return wordInside(code);
  }

  function wordInside(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code) || markdownSpace(code)) {
      effects.exit('pandocDivWord');
      return afterAttributes(code);
    }
    effects.consume(code);
    return wordInside;
  }

  function afterAttributes(code: Code): State | undefined {
    return factorySpace(effects, closingColons, 'whitespace')(code);
  }

  function closingColons(code: Code): State | undefined {
    if (code === 58) {
      effects.enter('pandocDivSequence');
      return colons(code);
    }
    return end(code);
  }

  function colons(code: Code): State | undefined {
    if (code === 58) {
      effects.consume(code);
      return colons;
    }
    effects.exit('pandocDivSequence');
    return factorySpace(effects, end, 'whitespace')(code);
  }

  function end(code: Code): State | undefined {
    if (code !== null && !markdownLineEnding(code)) return nok(code);
    effects.exit('pandocDivFence');
    const state = self.containerState as DivState;
    const offset = self.now().offset;
    state.divOffset = offset;
    const divs = divsOf(self.parser);
    // A check that saw this fence already registered a state for it: the attempt's replaces it.
    if (divs[divs.length - 1]?.divOffset === offset) divs.pop();
    divs.push(state);
    return ok(code);
  }
}

function tokenizeAttributes(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return factoryAttributes(effects, ok, nok, 'pandocDivAttributes');
}

/**
 * A line goes on inside the div unless it closes it. It closes it when it is a bare fence and this
 * is the innermost div, except where the fence is text of fenced code or raw HTML. Directly in the
 * div, a fence inside such a block is its text; inside a list or block quote in the div, a fence at
 * the margin ends those too (and so the block), as in pandoc, and an indented one is their text.
 */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState as DivState;
  if (state.divClosed) return nok;
  const divs = divsOf(self.parser);
  if (divs[divs.length - 1] !== state) return ok;
  return start;

  function start(code: Code): State | undefined {
    // Most lines are no fence: look at what holds the line only for one that may be.
    if (code !== 58 && !markdownSpace(code)) return ok(code);
    const nested = containerInside(self, state.divToken);
    if (!nested && insideConcreteFlow(self)) return ok(code);
    return effects.attempt({ tokenize: nested ? tokenizeMarginFence : tokenizeClosingFence, partial: true }, closed, ok)(code);
  }

  function closed(code: Code): State | undefined {
    state.divClosed = true;
    divs.pop();
    // Ends the div's flow (a paragraph, a list inside it) at the fence, as pandoc does.
    state._closeFlow = true;
    return ok(code);
  }
}

function tokenizeClosingFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return factorySpace(effects, tokenizeMarginFence.call(this, effects, ok, nok), 'linePrefix', 4);
}

/** A closing fence at the margin. */
function tokenizeMarginFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  return start;

  function start(code: Code): State | undefined {
    if (code !== 58) return nok(code);
    effects.enter('pandocDivFenceClose');
    effects.enter('pandocDivSequence');
    return sequence(code);
  }

  function sequence(code: Code): State | undefined {
    if (code === 58) {
      effects.consume(code);
      size++;
      return sequence;
    }
    if (size < 3) return nok(code);
    effects.exit('pandocDivSequence');
    return factorySpace(effects, end, 'whitespace')(code);
  }

  function end(code: Code): State | undefined {
    if (code !== null && !markdownLineEnding(code)) return nok(code);
    effects.exit('pandocDivFenceClose');
    return ok(code);
  }
}

/** True when a container (list, block quote) opened inside the div is still open. */
function containerInside(context: TokenizeContext, div: Token | undefined): boolean {
  let closed = 0;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const [kind, token] = context.events[index]!;
    if (token === div) return false;
    if (!token._container) continue;
    if (kind === 'exit') closed++;
    else if (closed > 0) closed--;
    else return true;
  }
  return false;
}

/** True when the line continues fenced code or raw HTML (whose text a fence cannot close). */
function insideConcreteFlow(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index >= 0; index--) {
    const token = context.events[index]![1];
    if (token.type === 'chunkFlow') return Boolean(token._tokenizer?.currentConstruct?.concrete);
  }
  return false;
}

function exitDiv(this: TokenizeContext, effects: Effects): undefined {
  const state = this.containerState as DivState;
  const divs = divsOf(this.parser);
  const index = divs.indexOf(state);
  if (index >= 0) divs.splice(index, 1);
  effects.exit('pandocDiv');
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocDiv: 'pandocDiv';
    /** The opening fence: colons, attributes or a word, colons. */
    pandocDivFence: 'pandocDivFence';
    pandocDivFenceClose: 'pandocDivFenceClose';
    pandocDivSequence: 'pandocDivSequence';
    pandocDivAttributes: 'pandocDivAttributes';
    /** `::: name`: one word, a class. */
    pandocDivWord: 'pandocDivWord';
  }
}
