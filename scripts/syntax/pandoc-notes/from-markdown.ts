/**
 * Inline note tokens (syntax.ts) → an mdast `inlineNote`, a phrasing parent holding the note's
 * inlines. It lives only until the parse's end: notes.ts makes it an ordinary footnote.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Data, Parent, PhrasingContent } from 'mdast';

export interface InlineNote extends Parent {
  type: 'inlineNote';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineNote: InlineNote;
  }
  interface RootContentMap {
    inlineNote: InlineNote;
  }
}

export const pandocInlineNotesFromMarkdown: Extension = {
  // A line break inside the note is a space in its text, as in a paragraph.
  canContainEols: ['inlineNote'],
  enter: { pandocInlineNote: enter },
  exit: { pandocInlineNote: exit },
};

function enter(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'inlineNote', children: [] }, token);
}

function exit(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
