/**
 * pandoc math tokens (syntax.ts) → mdast: `inlineMath` (mdast-util-math's name, so the ecosystem
 * knows it) and `displayMath`, both phrasing: pandoc's display math sits inside a paragraph. The
 * value is the TeX, trimmed as pandoc trims it.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Data, Literal } from 'mdast';

export interface InlineMath extends Literal {
  type: 'inlineMath';
  data?: Data;
}

export interface DisplayMath extends Literal {
  type: 'displayMath';
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineMath: InlineMath;
    displayMath: DisplayMath;
  }
  interface RootContentMap {
    inlineMath: InlineMath;
    displayMath: DisplayMath;
  }
}

export const pandocMathFromMarkdown: Extension = {
  enter: { pandocMathInline: enter('inlineMath'), pandocMathDisplay: enter('displayMath') },
  exit: { pandocMathInline: exit, pandocMathDisplay: exit, pandocMathData: exitData },
};

function enter(type: 'inlineMath' | 'displayMath') {
  return function (this: CompileContext, token: Token): undefined {
    this.enter({ type, value: '' }, token);
    this.buffer();
  };
}

function exit(this: CompileContext, token: Token): undefined {
  const value = this.resume().trim();
  const node = this.stack[this.stack.length - 1] as InlineMath | DisplayMath;
  this.exit(token);
  node.value = value;
}

function exitData(this: CompileContext, token: Token): undefined {
  this.config.enter['data']!.call(this, token);
  this.config.exit['data']!.call(this, token);
}
