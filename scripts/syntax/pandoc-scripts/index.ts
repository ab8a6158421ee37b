/** The remark plugin for pandoc's `H~2~O` and `2^10^` (syntax.ts, from-markdown.ts). */
import type { Processor } from 'unified';
import { pandocScripts } from './syntax.ts';
import { pandocScriptsFromMarkdown } from './from-markdown.ts';

export type { Subscript, Superscript } from './from-markdown.ts';

export function remarkPandocScripts(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pandocScripts);
  (data.fromMarkdownExtensions ??= []).push(pandocScriptsFromMarkdown);
  return undefined;
}
