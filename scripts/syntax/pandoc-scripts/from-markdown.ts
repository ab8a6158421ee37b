/**
 * Subscript and superscript tokens (syntax.ts) → mdast `subscript` and `superscript`, phrasing
 * parents holding the inlines between the markers (the names mdast-util-to-hast's users give them;
 * handlers.ts makes `<sub>` and `<sup>`).
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Data, Parent, PhrasingContent } from 'mdast';

export interface Subscript extends Parent {
  type: 'subscript';
  children: PhrasingContent[];
  data?: Data;
}

export interface Superscript extends Parent {
  type: 'superscript';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    subscript: Subscript;
    superscript: Superscript;
  }
  interface RootContentMap {
    subscript: Subscript;
    superscript: Superscript;
  }
}

export const pandocScriptsFromMarkdown: Extension = {
  enter: { pandocSubscript: enter('subscript'), pandocSuperscript: enter('superscript') },
  exit: { pandocSubscript: exit, pandocSuperscript: exit },
};

function enter(type: 'subscript' | 'superscript') {
  return function (this: CompileContext, token: Token): undefined {
    this.enter({ type, children: [] }, token);
  };
}

function exit(this: CompileContext, token: Token): undefined {
  this.exit(token);
}
