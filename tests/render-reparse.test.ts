/**
 * The book's hast skips the HTML parser (hast-util-raw) when the parse cannot change the tree
 * (scripts/render/hast/reparse.ts). These tests hold the shortcut to the parser itself on every
 * chapter we have and on Markdown written to hit each construct mdast-util-to-hast emits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { TextDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { projectRoot } from '../scripts/resources.ts';
import { mdastToHast } from '../scripts/render/hast/mdast-to-hast.ts';
import { needsHtmlParse, reparse } from '../scripts/render/hast/reparse.ts';

const slot = 'triptychSlot';

/** Markdown → hast the way the book does it, with a trusted slot where a citation would be. */
function hastOf(markdown: string, options: { bookHandlers?: boolean } = {}): Root {
  const file = new VFile({ path: 'chapter.md', value: markdown });
  const handlers = {
    citation: () => ({ type: slot, index: 0 }) as never,
    dateMention: () => ({ type: slot, index: 1 }) as never,
  };
  // As the book's handlers do (handlers.ts): a text directive is its content.
  if (options.bookHandlers !== false) Object.assign(handlers, { textDirective: (state: State, node: TextDirective) => state.all(node) as never });
  return mdastToHast(parseMarkdown(file), { allowDangerousHtml: true, handlers: handlers as Handlers, footnoteLabelTagName: 'h2', footnoteLabel: 'Notes' }, file);
}

/** The tree without what no output reads: positions and parser data. */
function shape(node: Nodes): unknown {
  const { position: _position, data: _data, ...rest } = node as Nodes & { data?: unknown };
  return 'children' in rest ? { ...rest, children: (rest.children as Nodes[]).map(shape) } : rest;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const constructs = [
  'Prose with *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.org "title") and ![an image](images/x.png).',
  'A footnote[^a] and another[^b], referenced twice[^a].\n\n[^a]: The note, with a [link](#x).\n[^b]: Second.',
  '| A | B |\n|:--|--:|\n| 1 | 2 |\n| 3 | `4` |',
  '| Only | a head |\n|---|---|',
  '- [ ] open\n- [x] done\n\n1. one\n2. two\n   - nested\n\n3) three\n\n7. starts at seven',
  '> A quote\n>\n> > nested, with a hard  \n> > break\n\n---\n\n```js\nlet x = 1;\n```\n\n    indented code',
  '# H1\n## H2\n### H3\n#### H4\n##### H5\n###### H6',
  ':::aside\nA container directive with **bold**.\n:::\n\nA :date[1716] mention [@perdue2005, p. 3] and :unknown[text]{x=1}.',
  'https://example.org/autolinked and <https://example.org/angle> and www.example.org.',
  'Text\twith tabs,   spaces,\u00a0no-break spaces and &amp; entities &copy; and a trailing backslash\\',
];

describe('skipping the HTML parse', () => {
  it.each(constructs)('gives the parser’s tree for Markdown without raw HTML: %s', (markdown) => {
    const tree = hastOf(markdown);
    expect(needsHtmlParse(tree, [slot])).toBe(false);
    expect(shape(reparse(structuredClone(tree), { passThrough: [slot] }))).toEqual(shape(raw(structuredClone(tree), { passThrough: [slot] })));
  });

  it('gives the parser’s tree for every chapter of the flagship and of the fixtures', () => {
    const files = [...markdownFiles(join(projectRoot, 'manuscript')), ...markdownFiles(join(projectRoot, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(20);
    let fast = 0;
    for (const path of files) {
      const tree = hastOf(readFileSync(path, 'utf8'));
      if (!needsHtmlParse(tree, [slot])) fast++;
      expect(shape(reparse(structuredClone(tree), { passThrough: [slot] })), path).toEqual(shape(raw(structuredClone(tree), { passThrough: [slot] })));
    }
    // Most chapters take the shortcut; the ones with raw HTML take the parse.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it('writes `data-footnotes=""` as the parser does, not a bare `data-footnotes`', () => {
    const tree = reparse(hastOf('A note[^1].\n\n[^1]: Text.'), { passThrough: [slot] });
    const section = tree.children.find((node) => node.type === 'element' && node.tagName === 'section');
    expect(section?.type === 'element' && section.properties['dataFootnotes']).toBe('');
  });

  it.each([
    ['raw HTML', 'Some <b>bold</b> HTML.'],
    ['a link inside a link (the parser splits them)', '[a link with a note[^1]](https://example.org)\n\n[^1]: Note.'],
    ['a block inside a paragraph (the parser closes the paragraph)', 'A :date[in the spring]{event=x} that is no date, written as a `div` by default.'],
  ])('takes the real parse for %s', (_what, markdown) => {
    const tree = hastOf(markdown, { bookHandlers: false });
    expect(needsHtmlParse(tree, [slot])).toBe(true);
    expect(shape(reparse(structuredClone(tree), { passThrough: [slot] }))).toEqual(shape(raw(structuredClone(tree), { passThrough: [slot] })));
  });
});
