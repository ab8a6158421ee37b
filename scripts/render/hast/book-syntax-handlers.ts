/**
 * mdast → hast for the pandoc constructs of branch i16b: math (MathML, math.ts; a labelled equation
 * with its number, equation.ts), fenced code
 * (highlighted, code-block.ts) and definition lists (`<dl>`, mdast-util-definition-list's own
 * handlers), with the engines the book loaded (render/engines.ts).
 */
import type { Handlers, State } from 'mdast-util-to-hast';
import type { Code } from 'mdast';
import { defListHastHandlers } from 'mdast-util-definition-list';
import type { RenderContext } from '../context.ts';
import type { Chapter } from '../../manuscript/types.ts';
import type { DisplayMath, InlineMath } from '../../syntax/math/index.ts';
import { codeBlock } from './code-block.ts';
import { displayEquation } from './equation.ts';
import { mathElement } from './math.ts';

export function bookSyntaxHandlers(context: RenderContext, chapter: Chapter): Handlers {
  return {
    ...(defListHastHandlers as Handlers),
    inlineMath: (_state: State, node: InlineMath) => mathElement(node, context.engines.math),
    displayMath: (_state: State, node: DisplayMath) => displayEquation(node, context, chapter),
    code: (_state: State, node: Code) => codeBlock(node, context.engines.highlighter),
  };
}
