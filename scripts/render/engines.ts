/**
 * The engines a book's constructs need at render time, each loaded only when the book uses it: a
 * book without math never loads temml, one without a fenced language never loads lowlight.
 */
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Manuscript } from '../manuscript/types.ts';
import { loadHighlighter, type Highlighter } from '../highlight/highlighter.ts';
import { codeAttributes } from './hast/code-attributes.ts';
import { loadMathEngine, type MathEngine } from '../syntax/math/mathml.ts';

export interface Engines {
  /** TeX → MathML (temml), when the book has math. */
  math: MathEngine | undefined;
  /** Highlighting for the languages the book's code blocks name, when highlight.js knows one. */
  highlighter: Highlighter | undefined;
  /** Whether the book has code blocks, math or definition lists: their styles join the page's and the EPUB's. */
  syntax: boolean;
}

export const noEngines: Engines = { math: undefined, highlighter: undefined, syntax: false };

export async function loadEngines(manuscript: Manuscript): Promise<Engines> {
  let math = false;
  let syntax = false;
  const languages = new Set<string>();
  for (const chapter of manuscript.chapters) {
    visit(chapter.tree, (node) => {
      if (node.type === 'inlineMath' || node.type === 'displayMath') math = true;
      if (node.type === 'code' || (node.type as string) === 'defList') syntax = true;
      if (node.type === 'code') {
        const { language } = codeAttributes(node as Code);
        if (language) languages.add(language);
      }
    });
  }
  return {
    math: math ? await loadMathEngine() : undefined,
    highlighter: languages.size > 0 ? await loadHighlighter(languages) : undefined,
    syntax: syntax || math,
  };
}
