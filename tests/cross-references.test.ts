/**
 * Cross-references in both syntaxes, pandoc-crossref's (`@fig:river`, `[@fig:a; @fig:b]`,
 * `@Fig:river`, `[-@lst:count]`) and Quarto's (`@fig-fort`, `@sec-method`): read as their own nodes
 * (never unknown citation keys), checked against the labels written on figures, tables, equations,
 * sections and listings (`node.data.attributes.id`, the contract in manuscript/nodes.ts), numbered
 * per book or per chapter, printed in the book's words and linked in every output.
 *
 * The `{#label}` syntax itself is the pandoc-attributes work's (branch i16a). Until it is on main,
 * `withWrittenIds` below gives the thesis fixture's nodes the attributes that syntax gives them, in
 * the contract's form, so the numbering, the checks and the three renderers are tested here; the
 * last test builds the fixture from its Markdown alone and holds whichever state main is in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Heading, Image, Code, Root, Text } from 'mdast';
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
import { projectRoot } from '../scripts/resources.ts';
import { fixture } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

/** `## Scope {#sec:scope}`, `![…](…){#fig:river}`, ```` ```{#lst:count .python} ````: the attributes i16a's syntax reads. */
function withWrittenIds(tree: Root): void {
  // remark-directive splits `{#fig:river}` at `:river` (restored as text): read adjacent texts as one.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const merged: Array<(typeof node.children)[number]> = [];
    for (const child of node.children as Array<(typeof node.children)[number]>) {
      const last = merged.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else merged.push(child);
    }
    node.children = merged as never;
  });
  const label = /\s*\{#([^\s}]+)[^}]*\}\s*$/;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      const last = (node as Heading).children.at(-1);
      const match = last?.type === 'text' ? label.exec(last.value) : null;
      if (match && last?.type === 'text') {
        last.value = last.value.slice(0, match.index);
        node.data = { ...node.data, attributes: { id: match[1]!, classes: [], pairs: [] } };
      }
    } else if (node.type === 'image' && parent && index !== undefined) {
      const next = parent.children[index + 1] as Text | undefined;
      const match = next?.type === 'text' ? /^\{#([^\s}]+)\}/.exec(next.value) : null;
      if (match && next) {
        next.value = next.value.slice(match[0].length);
        (node as Image).data = { ...node.data, attributes: { id: match[1]!, classes: [], pairs: [] }, hProperties: { id: match[1]! } };
      }
    } else if (node.type === 'code') {
      const code = node as Code;
      const match = /^\{#([^\s}]+)\s*\.?(\w*)/.exec(`${code.lang ?? ''} ${code.meta ?? ''}`.trim());
      if (match) {
        code.lang = match[2] || null;
        code.meta = null;
        code.data = { ...code.data, attributes: { id: match[1]!, classes: match[2] ? [match[2]] : [], pairs: [] }, hProperties: { id: match[1]! } };
      }
    }
  });
}

async function thesis(): Promise<Manuscript> {
  const { manuscript } = await loadManuscript(fixture('thesis'));
  for (const chapter of manuscript!.chapters) withWrittenIds(chapter.tree);
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

  it('numbers the thesis’s figures, listings and sections per chapter, and reports nothing', async () => {
    const manuscript = await thesis();
    await runChecks(manuscript);
    expect(manuscript.files.flatMap((file) => file.messages.map(String))).toEqual([]);
  });

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
    // The deck: the prose is the speaker notes, where a reference is its text (a figure is on no slide).
    expect(textOf(file('deck', 'index.html'))).toContain('Both pictures Figure\u00a01.1, Figure\u00a01.2 were counted with the code of 2.1');

    const out = mkdtempSync(join(tmpdir(), 'triptych-thesis-'));
    const epub = rendered.find((r) => r.format === 'epub')!.artifacts.find((a) => a.path.endsWith('.epub'))!;
    writeFileSync(join(out, 'thesis.epub'), epub.data as Uint8Array);
    const { unzipSync } = await import('fflate');
    const entries = unzipSync(epub.data as Uint8Array);
    const ch02 = new TextDecoder().decode(entries['OEBPS/ch02.xhtml']);
    expect(ch02).toContain('<a href="ch01.xhtml#fig:river" class="cross-reference">Figure\u00a01.1</a>');
    expect(ch02).toContain('<a href="ch01.xhtml#sec:scope" class="cross-reference">Section\u00a01.1</a>');
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

  it('builds the thesis from its Markdown: every label unknown until the `{#label}` syntax is parsed, none after', async () => {
    const { files, manuscript } = await check(fixture('thesis'));
    const written = manuscript!.chapters.some((chapter) => {
      let found = false;
      visit(chapter.tree, (node) => void (found ||= node.data?.attributes?.id !== undefined));
      return found;
    });
    const rules = collect(files, projectRoot).map((d) => d.ruleId);
    // Before i16a: the ten references all name labels no node carries; they are not unknown citation keys.
    expect(rules).toEqual(written ? [] : Array(10).fill('xref-unknown'));
  });
});
