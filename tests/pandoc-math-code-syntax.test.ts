/** The pandoc syntax of this branch, parsed: dollar math, definition lists, code attributes and languages, chapters cut at headings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { codeAttributes } from '../scripts/render/hast/code-attributes.ts';
import { highlightLanguagesModule } from '../scripts/highlight/languages-source.ts';
import { grammarFile } from '../scripts/highlight/highlighter.ts';
import { chapterSections } from '../scripts/pipeline/chapter-sections.ts';

/** Parsed as every manuscript file is (GFM, directives, our plugins), then copied: the tests change it. */
const parse = (markdown: string) => structuredClone(parseMarkdown(new VFile({ value: markdown }))) as Root;
const maths = (markdown: string) => {
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'inlineMath' || node.type === 'displayMath') found.push(`${node.type}:${node.value}`);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(parse(markdown));
  return found;
};

describe('pandoc’s dollar math', () => {
  it('reads $…$ and $$…$$ with pandoc’s rules', () => {
    expect(maths('$x^2$ and $$\\int_0^1 f$$')).toEqual(['inlineMath:x^2', 'displayMath:\\int_0^1 f']);
    expect(maths('$$\nx = 1\n$$')).toEqual(['displayMath:x = 1']);
    expect(maths('$a\nb$ over a line, > $\\$5$ escaped')).toEqual(['inlineMath:a\nb', 'inlineMath:\\$5']);
  });

  it('leaves prices and spaced dollars as text: no space inside, no digit after the closing $', () => {
    expect(maths('$20,000 and $30,000')).toEqual([]);
    expect(maths('$x $ and $ x$ and $x$5')).toEqual([]);
    expect(maths('\\$x$ and `$y$` and a $$ never closed')).toEqual([]);
  });
});

describe('pandoc’s definition lists', () => {
  it('reads `:` and `~` definitions, compact and loose, with their blocks', () => {
    const tree = parse('Term\n\n:   Loose\n\n    More.\n\nOther\n  ~ Compact a\n  ~ Compact b\n');
    const list = tree.children[0] as unknown as { type: string; children: Array<{ type: string; spread?: boolean }> };
    expect(list.type).toBe('defList');
    expect(list.children.map((child) => child.type)).toEqual(['defListTerm', 'defListDescription', 'defListTerm', 'defListDescription', 'defListDescription']);
    expect(tree.children).toHaveLength(1);
  });

  it('leaves a tilde fence and a fenced div alone', () => {
    const tree = parse('Para\n\n~~~\ncode\n~~~\n\n:::slide\n- a\n:::\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'div']);
  });
});

describe('code blocks', () => {
  it('reads the language and pandoc’s attributes of a fenced code block', () => {
    const code = (info: string) => codeAttributes(parse(`\`\`\`${info}\nx\n\`\`\`\n`).children[0] as Code);
    expect(code('python')).toMatchObject({ language: 'python', classes: [], pairs: [] });
    expect(code('{.python .numberLines startFrom="100"}')).toMatchObject({ language: 'python', classes: ['python', 'numberLines'], pairs: [['startFrom', '100']] });
    // pandoc's own reading: the language word before the braces is the block's first class.
    expect(code('haskell {#qsort .numberLines}')).toMatchObject({ language: 'haskell', id: 'qsort', classes: ['haskell', 'numberLines'] });
    const node: Code = { type: 'code', lang: null, meta: null, value: 'x', data: { attributes: { id: 'c', classes: ['ruby', 'numberLines'], pairs: [] } } };
    expect(codeAttributes(node)).toMatchObject({ language: 'ruby', id: 'c' });
  });

  it('knows highlight.js’s names and aliases, and keeps its table as highlight.js gives it (regenerate with languages-source.ts)', () => {
    expect([grammarFile('py'), grammarFile('JS'), grammarFile('html'), grammarFile('nosuch')]).toEqual(['python', 'javascript', 'xml', undefined]);
    expect(readFileSync(join(projectRoot, 'scripts/highlight/languages.ts'), 'utf8')).toBe(highlightLanguagesModule());
  });
});

describe('chapters cut at level-1 headings', () => {
  it('takes the heading’s explicit id from pandoc’s attributes when the parser put them there', () => {
    const tree = parse('Intro.\n\n# One\n\nText.[^n]\n\n# Two\n\n[^n]: Note.\n');
    const heading = tree.children.find((node) => node.type === 'heading')!;
    heading.data = { attributes: { id: 'first', classes: ['unnumbered'], pairs: [] } };
    const sections = chapterSections(tree);
    expect(sections.map((section) => [section.title, section.id])).toEqual([[undefined, undefined], ['One', 'first'], ['Two', undefined]]);
    expect(sections[1]!.tree.children.map((node) => node.type)).toEqual(['paragraph', 'footnoteDefinition']);
  });
});

describe('engines loaded only when used', () => {
  it('loads neither temml nor a highlighter for the flagship, which has no math and no fenced language', async () => {
    const { loadManuscript } = await import('../scripts/pipeline/load.ts');
    const { loadEngines } = await import('../scripts/render/engines.ts');
    const { manuscript } = await loadManuscript(join(projectRoot, 'manuscript'));
    // Its glossary is a definition list, whose styles ship with the syntax CSS; no engine is loaded.
    expect(await loadEngines(manuscript!)).toEqual({ math: undefined, highlighter: undefined, syntax: true });
  }, 60_000);
});
