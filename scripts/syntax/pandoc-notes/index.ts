/** The remark plugin for pandoc's `^[inline notes]` (syntax.ts, from-markdown.ts, notes.ts). */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { pandocInlineNotes } from './syntax.ts';
import { pandocInlineNotesFromMarkdown } from './from-markdown.ts';
import { inlineNotesToFootnotes } from './notes.ts';

export type { InlineNote } from './from-markdown.ts';

export function remarkPandocNotes(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pandocInlineNotes);
  (data.fromMarkdownExtensions ??= []).push(pandocInlineNotesFromMarkdown);
  return (tree: Root) => inlineNotesToFootnotes(tree);
}
