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

describe('table captions (pandoc’s `table_captions`)', () => {
  const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
  it('takes `Table:`, `table:` or `:` right after or before a table as its caption, and a trailing {#tbl:…} as the table’s label', () => {
    for (const [source, caption] of [
      [`${table}\n: After, *styled*. {#tbl:after}\n`, 'After, styled.'],
      [`Table: Before. {#tbl:before .wide}\n\n${table}`, 'Before.'],
      [`${table}\ntable: lower case\n`, 'lower case'],
    ] as const) {
      const { tree } = parse(source);
      expect(all(tree, 'tableCaption').map((node) => toString(node))).toEqual([caption]);
      expect(tree.children.map((node) => node.type)).toEqual(['table', 'tableCaption']);
    }
    expect(all(parse(`Table: Before. {#tbl:before .wide}\n\n${table}`).tree, 'table')[0]!.data?.attributes).toMatchObject({ id: 'tbl:before', classes: ['wide'] });
  });

  it('leaves a `Table:` paragraph that is not next to a table, and one after a paragraph, as text', () => {
    const { tree } = parse(`Table: alone.\n\nText.\n\n${table}\nText.\n\nTable: too far.\n`);
    expect(all(tree, 'tableCaption')).toEqual([]);
  });
});

describe('line blocks (pandoc’s `line_blocks`)', () => {
  it('reads the manual’s limerick: lines kept, leading spaces kept as no-break spaces', () => {
    const { tree } = parse('| The limerick packs laughs anatomical\n| In space that is quite economical.\n|    But the good ones I’ve seen\n');
    const [block] = all(tree, 'lineBlock');
    expect(block!.children.map((node) => (node.type === 'text' ? node.value : node.type))).toEqual(['The limerick packs laughs anatomical', 'break', 'In space that is quite economical.', 'break', '\u00a0\u00a0\u00a0But the good ones I’ve seen']);
  });

  it('joins a line that starts with a space to the one before, keeps an empty `|` line, and reads Markdown inside', () => {
    const { tree } = parse('| Samuel L.\n  Constable, Jr.\n| *200* Main St.\n|\n| Berkeley\n');
    const [block] = all(tree, 'lineBlock');
    expect(block!.children.map((node) => (node.type === 'text' ? node.value : node.type))).toEqual(['Samuel L.', ' Constable, Jr.', 'break', 'emphasis', ' Main St.', 'break', 'break', 'Berkeley']);
  });

  it('is not made of an escaped bar, a bar inside a line, or a pipe table', () => {
    const { tree } = parse('\\| escaped\n| bar\n\nNot | a line block.\n\n| a |\n|---|\n| 1 |\n');
    expect(all(tree, 'lineBlock')).toEqual([]);
    expect(all(tree, 'table')).toHaveLength(1);
  });
});

describe('raw content (pandoc’s `raw_attribute`, `raw_tex`)', () => {
  it('makes {=html} blocks and inlines raw HTML, and drops other formats and raw TeX paragraphs with a warning naming them', () => {
    const { tree, file } = parse('```{=html}\n<b>kept</b>\n```\n\nA `<i>x</i>`{=html} and `\\LaTeX`{=latex} word.\n\n```{=latex}\n\\begin{x}\n```\n\n\\newpage\n\n\\begin{center}\nText\n\\end{center}\n\nSee \\cite{x} in prose.\n');
    expect(all(tree, 'html').map((node) => node.value)).toEqual(['<b>kept</b>', '<i>x</i>']);
    expect(toString(tree)).not.toMatch(/LaTeX|newpage|center|\{=/);
    expect(toString(tree)).toContain('See \\cite{x} in prose.');
    expect(messages(file).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['5:25 raw-dropped:', '7:1 raw-dropped:', '11:1 raw-dropped:', '13:1 raw-dropped:']);
    expect(messages(file)[3]).toContain('The raw TeX environment `center`');
  });
});

describe('constructs not rendered yet (`syntax-unsupported`)', () => {
  it('warns once at a simple table in a block quote and at a grid table that does not line up, and keeps their text', () => {
    const source = [
      '>   Right     Left', '> -------     ------', '>      12     12', '', // simple table, in a quote
      '+-------+-------+', '| Fruit | Price |', '+=======+=======+', '| Apple | 2.05 |', '+-------+-------+', '', // grid table, its bars off
    ].join('\n');
    const { tree, file } = parse(source);
    expect(messages(file).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['2:3 syntax-unsupported:', '5:1 syntax-unsupported:']);
    expect(toString(tree)).toContain('Apple');
  });
});

describe('ordered lists (pandoc’s `fancy_lists`, `example_lists`, `startnum`)', () => {
  const lists = (source: string) => all(parse(source).tree, 'list').map((list) => `${list.ordered ? 'ol' : 'ul'} ${list.start ?? ''} ${list.data?.hProperties?.['type'] ?? ''} ${list.children.map((item) => toString(item.children[0] ?? item)).join('|')}`.replace(/ +/g, ' '));

  it('reads the manual’s examples: `#.`, `9)` with a nested roman list, `(C)` letters', () => {
    expect(lists('#. one\n#. two\n')).toEqual(['ol 1 one|two']);
    expect(lists(' 9)  Ninth\n10)  Tenth\n11)  Eleventh\n       i. subone\n      ii. subtwo\n     iii. subthree\n')).toEqual(['ol 9 Ninth|Tenth|Eleventh', 'ol 1 i subone|subtwo|subthree']);
    expect(lists('(C) three\n(D) four\n')).toEqual(['ol 3 A three|four']);
    expect(lists('iv. four\nv. five\n')).toEqual(['ol 4 i four|five']);
  });

  it('starts a new list at a new style or delimiter, as pandoc does', () => {
    expect(lists('a. one\nb. two\n1. three\n')).toEqual(['ol 1 a one|two', 'ol 1 three']);
    expect(lists('a. one\na) two\n')).toEqual(['ol 1 a one', 'ol 1 a two']);
  });

  it('keeps prose prose: an upper-case initial with one space, abbreviations, `a.m.`, and a paragraph a fancy list does not start at one', () => {
    expect(lists('A. Smith wrote it.\n\na.m. is early; e.g. this; Mr. Smith.\n\nText\nc. no list\n')).toEqual([]);
    expect(lists('B.  Two spaces make a list.\n')).toEqual(['ol 2 A Two spaces make a list.']);
  });

  it('numbers example lists through the file and puts an example’s number for its `(@label)`', () => {
    const { tree } = parse('(@)  First.\n(@)  Second.\n\nText.\n\n(@good)  Third.\n\nAs (@good) shows, and (@none) stays.\n');
    expect(all(tree, 'list').map((list) => list.start)).toEqual([1, 3]);
    expect(toString(tree)).toContain('As (3) shows, and (@none) stays.');
  });

  it('reads bullets and digits exactly as CommonMark does', () => {
    expect(lists('- a\n- b\n\n1. one\n2. two\n\n3) three\n')).toEqual(['ul a|b', 'ol 1 one|two', 'ol 3 three']);
    expect(lists('Text\n2. no list\n')).toEqual([]);
  });
});

describe('simple and multiline tables (pandoc’s `simple_tables`, `multiline_tables`)', () => {
  it('reads the manual’s simple table: columns and alignment from the dashes, cells as inline Markdown positioned where written', () => {
    const { tree, file } = parse('  Right     Left     Center     Default\n-------     ------ ----------   -------\n     12     *12*      12            12\n\nAfter.\n');
    const [table] = all(tree, 'table');
    expect(table!.align).toEqual(['right', 'left', 'center', null]);
    expect(table!.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([['Right', 'Left', 'Center', 'Default'], ['12', '12', '12', '12']]);
    expect(all(tree, 'emphasis')[0]!.position?.start).toMatchObject({ line: 3, column: 13 });
    expect(toString(tree.children[1]!)).toBe('After.');
    expect(messages(file)).toEqual([]);
  });

  it('joins a multiline table’s row lines and needs its closing dash line', () => {
    const { tree } = parse('----------- -------\n Centered   Default\n  Header    Aligned\n----------- -------\n   First    row that\n            wraps\n\n  Second    row\n----------- -------\n');
    expect(all(tree, 'table')).toEqual([]);
    const closed = parse('-------------------\n Centered   Default\n  Header    Aligned\n----------- -------\n   First    row that\n            wraps\n\n  Second    row\n-------------------\n').tree;
    expect(all(closed, 'table')[0]!.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([['Centered Header', 'Default Aligned'], ['First', 'row that wraps'], ['Second', 'row']]);
  });

  it('leaves a thematic break and dashes in prose alone', () => {
    const { tree, file } = parse('Text.\n\n- - -\n\n---\n\nA -- dash -- here.\n');
    expect(all(tree, 'table')).toEqual([]);
    expect(messages(file)).toEqual([]);
  });
});

describe('the new constructs never throw', () => {
  it('parses and renders any mix of their markers (sub/sup, notes, tables, line blocks, lists, raw) without an exception', async () => {
    const fc = (await import('fast-check')).default;
    const { mdastToHast } = await import('../scripts/render/hast/mdast-to-hast.ts');
    const { pandocConstructHandlers } = await import('../scripts/render/hast/pandoc-construct-handlers.ts');
    const piece = fc.constantFrom('~', '^', '~~', '^[', '[', ']', '|', '| ', '+---+---+', '+===+===+', '| a | b |', '-----  ----', '----------', '(@)', '(@x)', '#.', 'a.', 'iv)', '(C)', 'B.  ', '{=html}', '{=latex}', '```{=latex}', '```', '\\newpage', 'Table: ', ': ', '{#tbl:t}', '![a](b.png)', '\\', 'x', 'word', ' ', '  ', '    ', '\n', '\n\n', '> ', '- ', '1. ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { tree } = parse(pieces.join(''));
        mdastToHast(tree, { handlers: pandocConstructHandlers, allowDangerousHtml: true });
      }),
      { numRuns: Number(process.env["NEW_FUZZ_RUNS"] ?? 400), seed: Number(process.env["NEW_FUZZ_SEED"] ?? 16) },
    );
  });
});

describe('smart punctuation beside the new constructs', () => {
  it('curls quotes in a chapter that also holds a raw HTML block, in line blocks, and inside sub- and superscripts', async () => {
    const { smartPunctuation } = await import('../scripts/typography/smart-punctuation.ts');
    const { tree } = parse('```{=html}\n<p>raw</p>\n```\n\n| the good ones I\'ve seen\n\nIt\'s a ^"b"^ c.\n');
    smartPunctuation(tree, 'en');
    // Before: the raw block at the root made the root one run of prose, and nothing else was curled.
    expect(toString(tree)).toBe('<p>raw</p>the good ones I’ve seenIt’s a “b” c.');
  });
});
