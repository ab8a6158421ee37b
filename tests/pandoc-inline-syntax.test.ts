/**
 * pandoc's sub- and superscripts, inline notes, implicit figures, table captions, line blocks and
 * raw blocks as the parse reads them (scripts/syntax/), checked against pandoc's manual. Their
 * three outputs are in pandoc-more-constructs.test.ts.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';

function parse(markdown: string): { tree: Root; file: VFile } {
  const file = new VFile({ path: 'chapter.md', value: markdown });
  return { tree: parseMarkdown(file), file };
}

function all<T extends Nodes['type']>(tree: Root, type: T): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, { type: T }>);
  });
  return found;
}

const messages = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);

describe('subscript and superscript (pandoc’s `subscript`, `superscript`)', () => {
  it('reads the manual’s example, H~2~O and 2^10^, with inline markup inside', () => {
    const { tree } = parse('H~2~O is a liquid.  2^10^ is 1024. x^*n*^ and C~p~.');
    expect(all(tree, 'subscript').map((node) => toString(node))).toEqual(['2', 'p']);
    expect(all(tree, 'superscript').map((node) => toString(node))).toEqual(['10', 'n']);
    expect(all(tree, 'emphasis')).toHaveLength(1);
  });

  it('keeps `~~x~~` a strikeout, and never makes `~x~` one (a change of meaning before)', () => {
    const { tree } = parse('~~gone~~ and H~2~O');
    expect(all(tree, 'delete').map((node) => toString(node))).toEqual(['gone']);
    expect(all(tree, 'subscript').map((node) => toString(node))).toEqual(['2']);
  });

  it('leaves markers with a space, a line break or nothing between them as the text they were', () => {
    const source = 'about ~5 km~ away, a ^ b ^ c, x~~y, 2^^ and a ^b\nc^.';
    const { tree } = parse(source);
    expect(all(tree, 'subscript')).toEqual([]);
    expect(all(tree, 'superscript')).toEqual([]);
    expect(toString(tree)).toBe(source);
  });

  it('lets a backslash escape the closing marker', () => {
    const { tree } = parse('P~a\\~b~');
    expect(all(tree, 'subscript').map((node) => toString(node))).toEqual(['a~b']);
  });
});

describe('inline notes (pandoc’s `inline_notes`)', () => {
  it('makes `^[…]` a footnote, numbered in reading order among `[^1]` notes', () => {
    const { tree } = parse('One.[^1] Two.^[Inline, with *emphasis* and [a link](u).] Three.[^2]\n\n[^1]: First.\n\n[^2]: Third.\n');
    const references = all(tree, 'footnoteReference').map((node) => node.identifier);
    expect(references).toEqual(['1', 'inline-note-1', '2']);
    const definition = all(tree, 'footnoteDefinition').find((node) => node.identifier === 'inline-note-1')!;
    expect(toString(definition)).toBe('Inline, with emphasis and a link.');
    expect(all(definition as never, 'link')).toHaveLength(1);
  });

  it('balances brackets, runs over lines keeping their spaces, and steps around identifiers the author wrote', () => {
    const { tree } = parse('A^[see [this] and\nthat] b^[\\]]\n\n[^inline-note-1]: Theirs.\n\nc[^inline-note-1]');
    const texts = all(tree, 'footnoteDefinition').map((node) => `${node.identifier}=${toString(node)}`);
    expect(texts).toEqual(['inline-note-1=Theirs.', 'inline-note-2=see [this] and\nthat', 'inline-note-3=]']);
  });

  it('leaves an unclosed `^[` as text', () => {
    const { tree } = parse('An ^[unclosed note.\n\nNext paragraph].');
    expect(all(tree, 'footnoteReference')).toEqual([]);
    expect(toString(tree)).toContain('^[unclosed note.');
  });

  it('points a note’s reference at the `^[` it was written at', () => {
    const { tree, file } = parse('Text.^[A note.]');
    expect(all(tree, 'footnoteReference')[0]!.position?.start).toMatchObject({ line: 1, column: 6 });
    expect(messages(file)).toEqual([]);
  });
});
