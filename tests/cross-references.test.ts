/**
 * Cross-references in both syntaxes, pandoc-crossref's (`@fig:river`, `[@fig:a; @fig:b]`,
 * `@Fig:river`, `[-@lst:count]`, `[@eq:spacing]`) and Quarto's (`@fig-fort`, `@sec-method`,
 * `@eq-garrison`): read as their own nodes (never unknown citation keys), checked against the labels
 * written on figures, tables, equations, sections and listings (`{#fig:river}`, a `Table: …
 * {#tbl:forts}` caption, `$$ … $$ {#eq:spacing}`: `node.data.attributes.id`, the contract in
 * manuscript/nodes.ts), numbered per book or per chapter, printed in the book's words and linked in
 * every output. The thesis fixture is built from its Markdown alone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../scripts/checks/index.ts';
import { collect } from '../scripts/diagnostics/format.ts';
import type { Manuscript } from '../scripts/manuscript/types.ts';
import { check } from '../scripts/pipeline/index.ts';
import { loadManuscript } from '../scripts/pipeline/load.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { renderAll } from '../scripts/render/index.ts';
import { crossReferenceTargets } from '../scripts/crossref/targets.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

async function thesis(): Promise<Manuscript> {
  const { manuscript } = await loadManuscript(fixture('thesis'));
  return manuscript!;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('cross-references', () => {
  it('reads both syntaxes as cross-references, and citations as citations', () => {
    const file = new VFile({ path: join(projectRoot, 'x.md'), value: 'See @fig:map, [@Fig:a; @tbl-b], [-@eq:e], @sec-intro and [@smith2001, p. 3].\n' });
    const nodes: string[] = [];
    visit(parseMarkdown(file), (node) => {
      if (node.type === 'crossReference') nodes.push(`xref ${node.items.map((i) => `${i.label}${i.capital ? '^' : ''}${i.numberOnly ? '#' : ''}`).join(' ')}`);
      if (node.type === 'citation') nodes.push(`cite ${node.items.map((i) => i.key).join(' ')}`);
    });
    expect(nodes).toEqual(['xref fig:map', 'xref fig:a^ tbl-b', 'xref eq:e#', 'xref sec-intro', 'cite smith2001']);
  });

  it('puts an equation label written after `$$` (same line, or the line the `$$` closes) or on a span around it on the display math, and leaves other blocks as text', () => {
    const value = [
      '$$ E = mc^2 $$ {#eq:energy}', // 1
      '',
      'so $$',
      'p = mv',
      '$$   {#eq-momentum .big} as Quarto writes it.', // 5
      '',
      '$$ a $$',
      '  {#eq:next-line}', // 8
      '',
      '$$ b $$ {.wide}',
      '',
      '$$ c $$ {#fig:c}',
      '',
      '$$ d $$ and {#eq:late}',
      '',
      'In a span: [$$ f $$]{#eq:span}.', // 16
      '',
    ].join('\n');
    const file = new VFile({ path: join(projectRoot, 'x.md'), value });
    const tree = parseMarkdown(file);
    const maths: string[] = [];
    visit(tree, 'displayMath', (node) => {
      const attributes = node.data?.attributes;
      const at = attributes?.position ? ` at ${attributes.position.start.line}:${attributes.position.start.column}-${attributes.position.end.column}` : '';
      maths.push([node.value, ...(attributes ? [`#${attributes.id}`, ...attributes.classes] : [])].join(' ') + at);
    });
    expect(maths).toEqual(['E = mc^2 #eq:energy at 1:16-28', 'p = mv #eq-momentum big at 5:6-25', 'a #eq:next-line at 8:3-18', 'b', 'c', 'd', 'f #eq:span at 16:21-31']);
    const texts: string[] = [];
    visit(tree, 'text', (node) => void texts.push(node.value));
    // The labels leave the text; a block that is no equation label stays as pandoc leaves it.
    expect(texts).toEqual(['so ', ' as Quarto writes it.', ' {.wide}', ' {#fig:c}', ' and {#eq:late}', 'In a span: ', '.']);
    expect(tree.children.some((node) => node.type === 'paragraph' && node.children.some((child) => child.type === 'span'))).toBe(false);
    expect(file.data.explicitIds).toEqual(expect.arrayContaining(['eq:energy', 'eq-momentum', 'eq:next-line']));
  });

  it('numbers the thesis’s figures, tables, equations, listings and sections per chapter, and reports nothing', async () => {
    const manuscript = await thesis();
    await runChecks(manuscript);
    expect(manuscript.files.flatMap((file) => file.messages.map(String))).toEqual([]);
    const targets = crossReferenceTargets(manuscript.chapters, manuscript.book['crossref-numbering']);
    expect([...targets.values()].map((t) => `${t.kind} ${t.label} ${t.number}`)).toEqual([
      'section sec:scope 1.1',
      'figure fig:river 1.1',
      'figure fig-fort 1.2',
      'section sec-method 2.1',
      'section sec:counting 2.1.1',
      'listing lst:count 2.1',
      'table tbl:forts 2.1',
      'equation eq:spacing 2.1',
      'equation eq-garrison 2.2',
    ]);
  });

  it('links each reference to where its output shows the target: the deck to a slide, the book not to a figure only a slide shows', async () => {
    const { manuscript } = await loadManuscript(fixture('xref-deck-notes'));
    await runChecks(manuscript!);
    const rendered = await renderAll(manuscript!);
    const artifact = (format: string) => rendered.find((r) => r.format === format)!.artifacts.find((a) => /\.(html|epub)$/.test(a.path))!;
    // On a slide: the figure another slide shows is linked; the one only the notes (the book's prose) hold is its words.
    const deck = String(artifact('deck').data);
    expect(deck).toContain('On screen: <a href="#/fig:fort" class="cross-reference">Figure\u00a02</a>. In the book only: <span class="cross-reference">Figure\u00a01</span>.');
    // In the book: the figure on the slide is not there to link to, nor is the slide's heading in the contents.
    const page = String(artifact('html').data);
    expect(page).toContain('The fort in <span class="cross-reference">Figure\u00a02</span> is shown on a slide; the survey in <a href="#fig:survey" class="cross-reference">Figure\u00a01</a>');
    expect(page).not.toContain('the-fort');
    const out = mkdtempSync(join(tmpdir(), 'triptych-xref-deck-'));
    writeFileSync(join(out, 'book.epub'), artifact('epub').data as Uint8Array);
    const { messages } = epubcheck(join(out, 'book.epub'));
    expect(describeMessages(messages.filter((m) => m.severity !== 'INFO' && m.severity !== 'USAGE'))).toEqual([]);
  }, 300_000);

  it('renders numbered, linked references in the page, the EPUB (across its files, EPUBCheck 0/0) and the deck', async () => {
    const manuscript = await thesis();
    await runChecks(manuscript);
    const rendered = await renderAll(manuscript);
    const file = (format: string, path: string) => {
      const artifact = rendered.find((r) => r.format === format)!.artifacts.find((a) => a.path.endsWith(path))!;
      return typeof artifact.data === 'string' ? artifact.data : new TextDecoder().decode(artifact.data);
    };
    const page = file('html', 'forts-of-the-irtysh-line.html');
    expect(textOf(page)).toContain('The river and its forts are shown in Figure\u00a01.1 and Figure\u00a01.2; the method is in\nSection\u00a02.1, and its count in Listing\u00a02.1. Figure\u00a01.1 is a survey photograph.');
    expect(textOf(page)).toContain('Both pictures Figure\u00a01.1, Figure\u00a01.2 were counted with the code of 2.1, as\nSection\u00a01.1 explains.');
    expect(textOf(page)).toContain('See Section\u00a02.1.1 for the details.');
    expect(page).toContain('<a href="#fig:river" class="cross-reference">Figure\u00a01.1</a>');
    expect(page).toMatch(/<img [^>]*id="fig:river"/);
    expect(page).toMatch(/<h3 id="sec-method">Method\s*<\/h3>/);
    // The table: its number in its caption, its label its id; the equations: their number at the right, their label their id.
    expect(textOf(page)).toContain('The spacing of the forts follows Equation\u00a0(2.1), and the first of them are listed in\nTable\u00a02.1.');
    expect(textOf(page)).toContain('The forts are listed in Table\u00a02.1, and their\nspacing follows Equation\u00a0(2.1).');
    expect(textOf(page)).toContain('as Equation\u00a0(2.2) counts it; Table\u00a02.1 lists the first three.');
    expect(page).toContain('<a href="#tbl:forts" class="cross-reference">Table\u00a02.1</a>');
    expect(page).toContain('<a href="#eq:spacing" class="cross-reference">Equation\u00a0(2.1)</a>');
    expect(page).toContain('<a href="#eq-garrison" class="cross-reference">Equation\u00a0(2.2)</a>');
    expect(page).toContain('<table id="tbl:forts"><caption>Table\u00a02.1: The first forts of the line</caption>');
    expect(page).toMatch(/<span id="eq:spacing" class="equation"><math display="block"[^>]*>.*?<\/math><span class="equation-number">\(2\.1\)<\/span><\/span>/);
    expect(page).toMatch(/<span id="eq-garrison" class="equation"><math display="block"[^>]*>.*?<\/math><span class="equation-number">\(2\.2\)<\/span><\/span>/);
    // The deck (written as a talk: everything on slides): a reference links to the slide that shows its target (`#/label`).
    const deck = file('deck', 'index.html');
    expect(textOf(deck)).toContain('Both pictures Figure\u00a01.1, Figure\u00a01.2 were counted with the code of 2.1');
    expect(deck).toContain('spacing follows <a href="#/eq:spacing" class="cross-reference">Equation\u00a0(2.1)</a>');
    expect(deck).toContain('<a href="#/tbl:forts" class="cross-reference">Table\u00a02.1</a>');
    expect(deck).toContain('<a href="#/fig:river" class="cross-reference">Figure\u00a01.1</a>');
    for (const label of ['eq:spacing', 'tbl:forts', 'fig:river', 'fig-fort', 'lst:count']) expect(deck.split(`id="${label}"`)).toHaveLength(2);
    expect(deck).toContain('<caption>Table\u00a02.1: The first forts of the line</caption>');
    expect(deck).toMatch(/<span id="eq:spacing" class="equation"><math display="block"[^>]*>.*?<\/math><span class="equation-number">\(2\.1\)<\/span><\/span>/);
    // No label is left as text in any output.
    for (const output of [page, deck]) expect(output).not.toMatch(/\{#(?:eq|tbl)[:-]/);

    const out = mkdtempSync(join(tmpdir(), 'triptych-thesis-'));
    const epub = rendered.find((r) => r.format === 'epub')!.artifacts.find((a) => a.path.endsWith('.epub'))!;
    writeFileSync(join(out, 'thesis.epub'), epub.data as Uint8Array);
    const { unzipSync } = await import('fflate');
    const entries = unzipSync(epub.data as Uint8Array);
    const ch02 = new TextDecoder().decode(entries['OEBPS/ch02.xhtml']);
    expect(ch02).toContain('<a href="ch01.xhtml#fig:river" class="cross-reference">Figure\u00a01.1</a>');
    expect(ch02).toContain('<a href="ch01.xhtml#sec:scope" class="cross-reference">Section\u00a01.1</a>');
    const ch01 = new TextDecoder().decode(entries['OEBPS/ch01.xhtml']);
    expect(ch01).toContain('<a href="ch02.xhtml#eq:spacing" class="cross-reference">Equation\u00a0(2.1)</a>');
    expect(ch01).toContain('<a href="ch02.xhtml#tbl:forts" class="cross-reference">Table\u00a02.1</a>');
    expect(ch02).toContain('<a href="#eq-garrison" class="cross-reference">Equation\u00a0(2.2)</a>');
    expect(ch02).toContain('<table id="tbl:forts"><caption>Table\u00a02.1: The first forts of the line</caption>');
    expect(ch02).toMatch(/<span id="eq:spacing" class="equation"><math display="block"[^>]*>.*?<\/math><span class="equation-number">\(2\.1\)<\/span><\/span>/);
    for (const output of [ch01, ch02]) expect(output).not.toMatch(/\{#(?:eq|tbl)[:-]/);
    const { messages } = epubcheck(join(out, 'thesis.epub'));
    expect(describeMessages(messages.filter((m) => m.severity !== 'INFO' && m.severity !== 'USAGE'))).toEqual([]);
  }, 300_000);

  it('reports an unknown label at its position with the nearest label, and a label that is also a bibliography key [xref-unknown, xref-citation-key]', async () => {
    const manuscript = await thesis();
    const chapter = manuscript.chapters[1]!;
    visit(chapter.tree, 'crossReference', (node) => {
      for (const item of node.items) if (item.label === 'sec:scope') item.label = 'sec:scop';
    });
    manuscript.bibliography = { sources: [], entries: [{ id: 'lst:count', type: 'book' }] };
    await runChecks(manuscript);
    const reported = collect(manuscript.files, projectRoot).map((d) => [`${d.path}:${d.line}:${d.column}`, d.ruleId, d.message]);
    const at = (file: string, line: number, column: number) => `tests/fixtures/thesis/chapters/${file}:${line}:${column}`;
    expect(reported.map(([where, rule]) => [where, rule])).toEqual([
      [at('01-introduction.md', 8, 32), 'xref-citation-key'],
      [at('02-method.md', 7, 71), 'xref-citation-key'],
      [at('02-method.md', 8, 1), 'xref-unknown'],
    ]);
    expect(reported[0]![2]).toContain('The cross-reference label `lst:count` is also a bibliography key');
    expect(reported[2]![2]).toContain('Unknown cross-reference `@sec:scop`: no section of the book carries the label `{#sec:scop}`');
    expect(reported[2]![2]).toContain('did you mean `@sec:scope`?');
  });

  it('reports a label written on two equations at the second, which is left unnumbered [xref-duplicate]', async () => {
    const { files, manuscript } = await check(fixture('xref-duplicate'));
    const reported = collect(files, projectRoot).map((d) => [`${d.path}:${d.line}:${d.column}`, d.ruleId, d.severity, d.message]);
    expect(reported.map(([where, rule, severity]) => [where, rule, severity])).toEqual([['tests/fixtures/xref-duplicate/chapters/two.md:7:30', 'xref-duplicate', 'error']]);
    expect(reported[0]![3]).toContain('The label `{#eq:energy}` is already written on another equation (`one.md`, line 7)');
    const rendered = await renderAll(manuscript!);
    const page = String(rendered.find((r) => r.format === 'html')!.artifacts.find((a) => a.path.endsWith('.html'))!.data);
    // The first keeps the label and the number; the second its formula, with the id made unique.
    expect(page).toMatch(/<span id="eq:energy" class="equation"><math[^>]*>.*?<\/math><span class="equation-number">\(1\)<\/span><\/span>/);
    expect(page).toMatch(/<span id="eq:energy-1" class="equation"><math[^>]*>.*?<\/math><\/span>/);
  });

  it('reports a label that is a prefix alone at its position, and leaves its equation unnumbered [xref-label-empty]', async () => {
    const { files, manuscript } = await check(fixture('xref-label-empty'));
    const reported = collect(files, projectRoot).map((d) => [`${d.path}:${d.line}:${d.column}`, d.ruleId, d.severity, d.message]);
    expect(reported.map(([where, rule, severity]) => [where, rule, severity])).toEqual([['tests/fixtures/xref-label-empty/chapters/one.md:9:4', 'xref-label-empty', 'warning']]);
    expect(reported[0]![3]).toContain('The label `{#eq:}` is a prefix with no name after it');
    const rendered = await renderAll(manuscript!);
    const page = String(rendered.find((r) => r.format === 'html')!.artifacts.find((a) => a.path.endsWith('.html'))!.data);
    expect(page).not.toContain('class="equation-number"');
    expect(page).not.toContain('{#eq:}');
  });
});
