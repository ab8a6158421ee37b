/**
 * mdast side of bracketed spans: a `span` node (scripts/manuscript/nodes.ts) with the span's
 * inlines as children and its attributes at `attributes`, positioned from `[` to `}`.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Span } from '../../manuscript/nodes.ts';
import { tokenAttributes } from '../pandoc-attributes/from-markdown.ts';

export function spansFromMarkdown(): Extension {
  return {
    // A line break inside the span is a space in its text (without this, mdast drops it: `[a\nb]` read `ab`).
    canContainEols: ['span'],
    enter: { pandocSpan: enterSpan },
    exit: { pandocSpan: exitSpan, pandocSpanAttributes: exitSpanAttributes },
  };
}

function enterSpan(this: CompileContext, token: Token): undefined {
  const span: Span = { type: 'span', attributes: { classes: [], pairs: [] }, children: [] };
  this.enter(span, token);
}

function exitSpanAttributes(this: CompileContext, token: Token): undefined {
  const span = this.stack[this.stack.length - 1] as Span;
  span.attributes = tokenAttributes(this, token);
}

function exitSpan(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
