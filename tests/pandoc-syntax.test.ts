/**
 * Pandoc's attributes, fenced divs, bracketed spans and heading identifiers as the parse reads
 * them (scripts/syntax/), checked against pandoc's manual and its test files, and the bounds on
 * nesting. The three outputs of each construct's fixture are in pandoc-outputs.test.ts.
 */
import fc from 'fast-check';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDeepQuote, nestingDepth } from '../scripts/manuscript/limits.ts';
import { check } from '../scripts/pipeline/index.ts';
import { renderAll } from '../scripts/render/index.ts';
import type { Attributes, Div, Span } from '../scripts/manuscript/nodes.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { BookSlugger } from '../scripts/manuscript/book-slugger.ts';
import { pandocHandlers } from '../scripts/render/hast/handlers.ts';
import { mdastToHast } from '../scripts/render/hast/mdast-to-hast.ts';
import { readAttributes } from '../scripts/syntax/pandoc-attributes/read-attributes.ts';
import { attributesToProperties } from '../scripts/syntax/pandoc-attributes/to-properties.ts';
import { pandocIdentifier } from '../scripts/syntax/pandoc-headings/pandoc-identifier.ts';

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

/** The attributes without where they were written. */
const bare = (attributes: Attributes | undefined) => attributes && { id: attributes.id, classes: attributes.classes, pairs: attributes.pairs };

const at = (position: { start: { line: number; column: number } } | undefined) => position && `${position.start.line}:${position.start.column}`;

describe('attribute syntax (pandoc’s `attributes` parser)', () => {
  it.each([
    ['{#identifier .class .class key=value key=value}', { id: 'identifier', classes: ['class', 'class'], pairs: [['key', 'value'], ['key', 'value']] }],
    ['{#mycode .haskell .numberLines startFrom="100"}', { id: 'mycode', classes: ['haskell', 'numberLines'], pairs: [['startFrom', '100']] }],
    ['{#id .class key=val key2="val 2"}', { id: 'id', classes: ['class'], pairs: [['key', 'val'], ['key2', 'val 2']] }],
    ['{-}', { classes: ['unnumbered'], pairs: [] }],
    ['{#123}', { id: '123', classes: [], pairs: [] }],
    ['{.a#b}', { id: 'b', classes: ['a'], pairs: [] }],
    ['{#a.b}', { id: 'a.b', classes: [], pairs: [] }],
    ["{k='single' e=\"\" f=''}", { classes: [], pairs: [['k', 'single'], ['e', ''], ['f', '']] }],
    ['{tags="[\\"o\\\\ne\\",\\"two\\"]"}', { classes: [], pairs: [['tags', '["o\\ne","two"]']] }],
    ['{id=x class="a b"}', { id: 'x', classes: ['a', 'b'], pairs: [] }],
    ['{ width=50% }', { classes: [], pairs: [['width', '50%']] }],
    ['{k="a &amp; b"}', { classes: [], pairs: [['k', 'a & b']] }],
    ['{}', { classes: [], pairs: [] }],
    ['{.a\n .b}', { classes: ['a', 'b'], pairs: [] }],
  ])('reads %s', (text, expected) => {
    expect(readAttributes(text)).toEqual(expected);
  });

  it.each(['{not attributes}', '{ .5 }', '{#}', '{.}', '{key}', '{key=" spaced"}', '{.a\n\n.b}', '{.a', '{.a} x', 'text'])('refuses %j, as pandoc does', (text) => {
    expect(readAttributes(text)).toBeUndefined();
  });
});

describe('attributes on headings, code, links and images', () => {
  it('keeps a heading’s block at data.attributes, out of its text, with its closing hashes and spaces', () => {
    const { tree } = parse('# My heading {#foo}\n\n## My heading ##    {#foo2 .lead}\n\nMy other heading   {#bar}\n---------------\n\n# Heading{-}\n');
    const headings = all(tree, 'heading');
    expect(headings.map((heading) => toString(heading))).toEqual(['My heading', 'My heading', 'My other heading', 'Heading']);
    expect(headings.map((heading) => bare(heading.data?.attributes))).toEqual([
      { id: 'foo', classes: [], pairs: [] },
      { id: 'foo2', classes: ['lead'], pairs: [] },
      { id: 'bar', classes: [], pairs: [] },
      { id: undefined, classes: ['unnumbered'], pairs: [] },
    ]);
    expect(at(headings[1]!.data!.attributes!.position)).toBe('3:21');
  });

  it('reads a fenced code block’s info as pandoc does: a language word, then a block', () => {
    const { tree } = parse('~~~~ {#mycode .haskell .numberLines startFrom="100"}\nqsort [] = []\n~~~~\n\n```haskell {.numberLines}\nx\n```\n\n```python extra words\ny\n```\n');
    const [first, second, third] = all(tree, 'code');
    expect([first!.lang, bare(first!.data?.attributes)]).toEqual(['haskell', { id: 'mycode', classes: ['haskell', 'numberLines'], pairs: [['startFrom', '100']] }]);
    expect([second!.lang, bare(second!.data?.attributes)]).toEqual(['haskell', { id: undefined, classes: ['haskell', 'numberLines'], pairs: [] }]);
    // Not pandoc's syntax: left as CommonMark reads it.
    expect([third!.lang, third!.meta, third!.data?.attributes]).toEqual(['python', 'extra words', undefined]);
  });

  it('gives a block right after inline code, a link, an image or an autolink to it', () => {
    const { tree } = parse('`<$>`{.haskell} ![image](foo.jpg){#id .class width=30 height=20px} [a](b){#l} <https://x.org>{.uri}');
    expect(bare(all(tree, 'inlineCode')[0]!.data?.attributes)).toEqual({ id: undefined, classes: ['haskell'], pairs: [] });
    expect(bare(all(tree, 'image')[0]!.data?.attributes)).toEqual({ id: 'id', classes: ['class'], pairs: [['width', '30'], ['height', '20px']] });
    expect(all(tree, 'link').map((link) => bare(link.data?.attributes))).toEqual([
      { id: 'l', classes: [], pairs: [] },
      { id: undefined, classes: ['uri'], pairs: [] },
    ]);
    expect(toString(tree)).not.toContain('{');
  });

  it('gives a block after a reference link or image to it', () => {
    const { tree } = parse('[text][ref]{#x .y} and ![img][ref]{width=10}\n\n[ref]: https://example.org "T"\n');
    expect(all(tree, 'linkReference').map((node) => bare(node.data?.attributes))).toEqual([{ id: 'x', classes: ['y'], pairs: [] }]);
    expect(all(tree, 'imageReference').map((node) => bare(node.data?.attributes))).toEqual([{ id: undefined, classes: [], pairs: [['width', '10']] }]);
  });

  it('leaves a `{…}` that is not attributes, or belongs to nothing, as the text it was, whole', () => {
    const { tree } = parse('Braces {not attributes} and { .5 } and `code` {.spaced} and a paragraph ending {.x}\n\n| a {.b} |\n|---|\n');
    expect(toString(tree)).toBe('Braces {not attributes} and { .5 } and code {.spaced} and a paragraph ending {.x}a {.b}');
    expect(all(tree, 'inlineCode')[0]!.data?.attributes).toBeUndefined();
  });

  it('writes attributes as pandoc’s HTML writer does, keeping the EPUB valid', () => {
    const attributes = readAttributes('{#i .c width=30 height=20px title="T" lang=fr startFrom=5 background-color=red data-x=1 onclick=f() style="color:red"}')!;
    expect(attributesToProperties(attributes, 'img')).toEqual({ id: 'i', className: ['c'], width: 30, height: 20, title: 'T', lang: 'fr', dataStartFrom: '5', dataBackgroundColor: 'red', dataX: '1', onClick: 'f()', style: 'color:red' });
    expect(attributesToProperties(readAttributes('{width=50% height=3cm}')!, 'img')).toEqual({ style: 'width:50%;height:3cm' });
    // `width` is no attribute of a div: data, not an invalid attribute.
    expect(attributesToProperties(readAttributes('{width=50% dir=rtl}')!, 'div')).toEqual({ dataWidth: '50%', dir: 'rtl' });
  });
});

describe('fenced divs (pandoc’s `fenced_divs`)', () => {
  it('reads the manual’s examples: attributes or one word, closing fences of any length, nesting', () => {
    const { tree } = parse('::::: {#special .sidebar}\nHere is a paragraph.\n\nAnd another.\n:::::\n\n::: Warning ::::::\nThis is a warning.\n\n::: Danger\nThis is a warning within a warning.\n:::\n::::::::::::::::::\n');
    const [special, warning] = tree.children as Div[];
    expect(special!.type).toBe('div');
    expect(bare(special!.attributes)).toEqual({ id: 'special', classes: ['sidebar'], pairs: [] });
    expect(special!.children.map((child) => toString(child))).toEqual(['Here is a paragraph.', 'And another.']);
    expect(bare(warning!.attributes)).toEqual({ id: undefined, classes: ['Warning'], pairs: [] });
    const danger = warning!.children[1] as Div;
    expect([danger.type, danger.attributes.classes, toString(danger)]).toEqual(['div', ['Danger'], 'This is a warning within a warning.']);
    expect(special!.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 5, column: 6 } });
  });

  it('closes the innermost div with a bare fence whatever its length (test/command/168.md)', () => {
    const { tree } = parse(':::::::::: warning ::::::::::::\nThis is the warning!\n\n1. list\n2. another\n\n::: {#myid .class key=val}\nnested div\n:::\n:::::::::::::::::::::::::::::::\n\nafter\n');
    const warning = tree.children[0] as Div;
    expect(warning.children.map((child) => child.type)).toEqual(['paragraph', 'list', 'div']);
    expect(bare((warning.children[2] as Div).attributes)).toEqual({ id: 'myid', classes: ['class'], pairs: [['key', 'val']] });
    expect(tree.children[1]).toMatchObject({ type: 'paragraph' });
  });

  it('keeps a fence that closes nothing, or sits in fenced code, as text, as pandoc does', () => {
    const { tree } = parse('foo\n:::\nbar\n\n::: a\n~~~\n:::\n~~~\n:::\n\n::: b\n- item\n\n  ```\n  :::\n  ```\n:::\n');
    expect(toString(tree.children[0]!)).toBe('foo\n:::\nbar');
    const [, a, b] = tree.children as Div[];
    expect(a!.children).toMatchObject([{ type: 'code', value: ':::' }]);
    expect(b!.children).toMatchObject([{ type: 'list' }]);
    expect(all(tree, 'code').map((code) => code.value)).toEqual([':::', ':::']);
    expect(tree.children).toHaveLength(3);
  });

  it('ends a div at a margin fence even when a list inside it holds a raw HTML block', () => {
    const { tree } = parse('::: slide\n- <iframe src="x"></iframe>\n:::\n\nAfter.\n');
    expect(tree.children.map((child) => child.type)).toEqual(['div', 'paragraph']);
  });

  it('does not interrupt a paragraph (pandoc wants a blank line before a div)', () => {
    const { tree } = parse('text\n::: note\nmore\n:::\n');
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph']);
  });

  it('warns at the opening fence of a div never closed, and keeps its content', () => {
    const { tree, file } = parse('Intro.\n\n::: {.aside}\nA div that runs to the end.\n');
    expect(file.messages.map((message) => [message.ruleId, message.fatal, `${message.line}:${message.column}`])).toEqual([['div-unclosed', false, '3:5']]);
    expect(toString(tree.children[1]!)).toBe('A div that runs to the end.');
  });

  it('reads `::: slide` and `:::slide` alike, and keeps leaf and text directives', () => {
    const { tree, file } = parse(':::slide\n::timeline\n:::\n\n::: slide\n::map{chapter=one}\n:::\n\nOn :date[1710]{event=x}, ::glance\n\n::timline\n');
    const divs = all(tree, 'div');
    expect(divs.map((div) => [div.attributes.classes, div.children[0]!.type])).toEqual([[['slide'], 'leafDirective'], [['slide'], 'leafDirective']]);
    expect(file.messages.map((message) => message.ruleId)).toEqual(['directive-unknown']);
  });
});

describe('bracketed spans (pandoc’s `bracketed_spans`)', () => {
  it('reads the manual’s example and test/command/7920.md', () => {
    const { tree } = parse('[This is *some text*]{.class key="val"} and [hi]{#123}');
    const [first, second] = all(tree, 'span');
    expect(bare(first!.attributes)).toEqual({ id: undefined, classes: ['class'], pairs: [['key', 'val']] });
    expect(first!.children.map((child) => child.type)).toEqual(['text', 'emphasis']);
    expect([second!.attributes.id, toString(second!)]).toEqual(['123', 'hi']);
    expect(at(first!.position)).toBe('1:1');
    expect(at(first!.attributes.position)).toBe('1:22');
  });

  it('is a span even where a link definition has the label, as pandoc tries spans first', () => {
    const { tree } = parse('[text]{.smallcaps}\n\n[text]: https://example.org\n');
    expect(all(tree, 'span')).toHaveLength(1);
    expect(all(tree, 'linkReference')).toHaveLength(0);
  });

  it('nests with links both ways, and keeps emphasis inside its brackets', () => {
    const { tree } = parse('[a [link](u) b]{.x} and [[inner]{.y}](v) and [a *b]{.z} c*');
    const spans = all(tree, 'span');
    expect(spans.map((span) => span.attributes.classes[0])).toEqual(['x', 'y', 'z']);
    expect(spans[0]!.children.some((child) => child.type === 'link')).toBe(true);
    expect(all(tree, 'link').map((link) => link.url)).toEqual(['u', 'v']);
    expect(toString(spans[2]!)).toBe('a *b');
    expect(all(tree, 'emphasis')).toHaveLength(0);
  });

  it('leaves `![text]{…}` and a bracket followed by something else as text', () => {
    const { tree } = parse('![text]{.x} and [text] {.y}');
    expect(all(tree, 'span')).toHaveLength(0);
    expect(toString(tree)).toBe('![text]{.x} and [text] {.y}');
  });
});

describe('heading identifiers (pandoc’s `auto_identifiers`)', () => {
  it.each([
    ['Heading identifiers in HTML', 'heading-identifiers-in-html'],
    ['Maître d\'hôtel', 'maître-dhôtel'],
    ['Dogs?--in my house?', 'dogs--in-my-house'],
    ['HTML, S5, or RTF?', 'html-s5-or-rtf'],
    ['3. Applications', 'applications'],
    ['33', 'section'],
    ['1709 or 1710?', 'or-1710'],
    ['Русские  названия', 'русские-названия'],
  ])('gives %j the id %j, as the manual’s table does', (text, id) => {
    expect(pandocIdentifier(text)).toBe(id);
  });

  it('numbers repeats -1, -2, keeps written ids and steps around them, and never takes the page’s own ids', () => {
    const slugger = new BookSlugger(['intro']);
    expect([slugger.slug('Intro'), slugger.claim('intro'), slugger.slug('Intro'), slugger.slug('Intro'), slugger.claim('intro')]).toEqual(['intro-1', 'intro', 'intro-2', 'intro-3', 'intro-4']);
    expect([slugger.slug('Bibliography'), slugger.slug('Ref list'), slugger.claim('main')]).toEqual(['bibliography-1', 'section-ref-list', 'main-1']);
  });

  it('makes `[Heading text]` links to the first heading of that text, unless a definition has the name', () => {
    const { tree } = parse('See [Heading identifiers in HTML], [Heading identifiers in HTML][], [the section][heading identifiers in\nHTML] and [foo].\n\n# Heading identifiers in HTML {#first}\n\n# Heading identifiers in HTML\n\n# Foo\n\n[foo]: bar\n');
    const links = all(tree, 'link');
    expect(links.map((link) => [toString(link), link.data?.headingReference])).toEqual([
      ['Heading identifiers in HTML', 'HEADING IDENTIFIERS IN HTML'],
      ['Heading identifiers in HTML', 'HEADING IDENTIFIERS IN HTML'],
      ['the section', 'HEADING IDENTIFIERS IN HTML'],
    ]);
    const headings = all(tree, 'heading') as Heading[];
    expect(headings.map((heading) => heading.data?.referenceKey)).toEqual(['HEADING IDENTIFIERS IN HTML', undefined, undefined]);
    expect(all(tree, 'linkReference').map((reference) => reference.identifier)).toEqual(['foo']);
  });

  it('leaves a bracket that names no heading and no definition as text', () => {
    const { tree } = parse('A [note] here.\n\n# Heading\n');
    expect(toString(tree.children[0]!)).toBe('A [note] here.');
    expect(all(tree, 'link')).toHaveLength(0);
  });
});

describe('the attribute text never reaches an output', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
  const block = fc.tuple(fc.option(word, { nil: undefined }), fc.array(word, { maxLength: 2 }), fc.array(fc.tuple(word, word), { maxLength: 2 })).map(
    ([id, classes, pairs]) => `{${[...(id ? [`#${id}`] : []), ...classes.map((name) => `.${name}`), ...pairs.map(([key, value]) => `${key}="${value} x"`)].join(' ')}}`,
  );
  const inline = fc.oneof(
    fc.tuple(word, block).map(([text, attributes]) => `[${text}]${attributes}`),
    fc.tuple(word, block).map(([text, attributes]) => `\`${text}\`${attributes}`),
    fc.tuple(word, block).map(([text, attributes]) => `[${text}](https://example.org/${text})${attributes}`),
    word,
  );
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
  const blockNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      fc.tuple(fc.integer({ min: 1, max: 3 }), paragraph, block).map(([depth, text, attributes]) => `${'#'.repeat(depth)} ${text} ${attributes}`),
      fc.tuple(word, block).map(([text, attributes]) => `\`\`\`${attributes}\n${text}\n\`\`\``),
      fc.tuple(fc.oneof(block, word), fc.array(tie('node'), { minLength: 1, maxLength: 3 }), fc.integer({ min: 3, max: 6 })).map(
        ([opening, children, fence]) => `${':'.repeat(fence)} ${opening}\n${children.join('\n\n')}\n${':'.repeat(fence)}`,
      ),
    ),
  })).node;

  it('holds for divs, spans, headings, code and links nested at random', () => {
    fc.assert(
      fc.property(fc.array(blockNode, { minLength: 1, maxLength: 4 }), (blocks) => {
        const { tree, file } = parse(blocks.join('\n\n'));
        const hast = mdastToHast(tree, { handlers: pandocHandlers }) as HastRoot;
        // The text of the output (not its attributes), where a leaked block would show.
        let text = '';
        visit(hast, 'text', (node) => {
          text += `${node.value}\n`;
        });
        expect(text).not.toMatch(/\{[#.]|:::/);
        expect(file.messages).toEqual([]);
        expect(toHtml(hast)).not.toMatch(/>[^<]*\{[#.]/);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: Number(process.env['FUZZ_SEED'] ?? 16) },
    );
  });
});


describe('nesting bounds (`nesting-too-deep`)', () => {
  /** A one-chapter manuscript in a fresh directory, checked as `triptych check` does. */
  async function checked(chapter: string) {
    const dir = mkdtempSync(join(tmpdir(), 'triptych-nesting-'));
    mkdirSync(join(dir, 'chapters'));
    writeFileSync(join(dir, 'book.md'), '---\ntitle: Deep\nauthors: [Ada Author]\nlang: en\nidentifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f\npublished: 2026-12-07\nchapters: [chapters/one.md]\n---\n');
    writeFileSync(join(dir, 'chapters/one.md'), `---\ntitle: One\n---\n\n${chapter}`);
    const result = await check(dir);
    return result.files.flatMap((file) => file.messages.map((message) => [message.ruleId, message.fatal, `${message.line}:${message.column}`]));
  }

  it('refuses 5,000 nested block quotes (issue 16: the build crashed) before parsing, at the first marker past the bound', async () => {
    expect(firstDeepQuote(`text\n${'> '.repeat(5000)}deep\n`, nestingDepth)).toEqual({ line: 2, column: 201 });
    expect(firstDeepQuote(`${'>'.repeat(nestingDepth)} fine\n`, nestingDepth)).toBeUndefined();
    expect(await checked(`${'>'.repeat(5000)} deep\n`)).toEqual([['nesting-too-deep', true, '5:101']]);
  });

  it('reports divs nested past the bound once, at the first div too deep', async () => {
    const divs = `${Array.from({ length: 120 }, (_, i) => `::: d${i}\n`).join('\n')}\ncore\n${':::\n'.repeat(120)}`;
    // Opening fences on lines 5, 7, …: the 101st, inside a hundred, on line 205.
    expect(await checked(divs)).toEqual([['nesting-too-deep', true, '205:1']]);
  });

  it('reports spans nested past the bound', async () => {
    expect(await checked(`${'['.repeat(150)}core${']{.s}'.repeat(150)}\n`)).toEqual([['nesting-too-deep', true, expect.stringMatching(/^5:\d+$/)]]);
  });
});

describe('attributes that could run code or restyle (`html-unsafe`, `html-removed`)', () => {
  it('reports an event handler as html-unsafe and `style` as html-removed, at the attribute block, and keeps neither', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triptych-attributes-'));
    mkdirSync(join(dir, 'chapters'));
    writeFileSync(join(dir, 'book.md'), '---\ntitle: Handlers\nauthors: [Ada Author]\nlang: en\nidentifier: urn:uuid:0f0e6c55-3c55-4f6a-9d8e-5a3b2c1d0e9f\npublished: 2026-12-07\nchapters: [chapters/one.md]\n---\n');
    writeFileSync(join(dir, 'chapters/one.md'), '---\ntitle: One\n---\n\nA [click]{onclick="document.title=1"} and [red]{style="color:red" .kept}.\n\n::: {onmouseover=x}\nDiv.\n:::\n');
    const result = await check(dir);
    const messages = result.files.flatMap((file) => file.messages.map((message) => [message.ruleId, message.fatal, `${message.line}:${message.column}`]));
    expect(messages).toEqual([
      ['html-unsafe', true, '5:10'],
      ['html-removed', false, '5:48'],
      ['html-unsafe', true, '7:5'],
    ]);
    const rendered = await renderAll(result.manuscript!);
    const page = String(rendered.find((r) => r.format === 'html')!.artifacts.find((a) => a.path.endsWith('.html'))!.data);
    expect(page).toContain('<span class="kept">red</span>');
    expect(page).toContain('<span>click</span>');
    expect(page).not.toMatch(/onclick|onmouseover|color:red/);
  });
});
