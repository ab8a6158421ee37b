/** The remark plugin for pandoc's dollar math (syntax.ts, from-markdown.ts). */
import type { Processor } from 'unified';
import { pandocMath } from './syntax.ts';
import { pandocMathFromMarkdown } from './from-markdown.ts';

export type { DisplayMath, InlineMath } from './from-markdown.ts';

export function remarkPandocMath(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pandocMath);
  (data.fromMarkdownExtensions ??= []).push(pandocMathFromMarkdown);
  return undefined;
}
