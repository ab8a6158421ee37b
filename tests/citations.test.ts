/**
 * Citations, as the author meets them: each rule fires on its fixture at the `@key`, the locator
 * or the claim, with its rule id; a note style gives a full first note and short later ones, as
 * footnotes of the book; the same sources always give the same text.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../scripts/manuscript/nodes.ts';
import { build, check } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { loadManuscript } from '../scripts/pipeline/load.ts';
import { createCitationRenderer } from '../scripts/citations/renderer.ts';
import { engineWarnings } from '../scripts/citations/engine.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

interface Reported {
  at: string;
  severity: string;
  ruleId: string;
  message: string;
}

function checkFixture(name: string): { status: number | null; reported: Reported[] } {
  const run = runCli(['check', fixture(name), '--format', 'json']);
  const parsed = JSON.parse(run.stdout) as { diagnostics: Array<{ path: string; line: number; column: number; severity: string; ruleId: string; message: string }> };
  return {
    status: run.status,
    reported: parsed.diagnostics.map((d) => ({ at: `${d.path}:${d.line}:${d.column}`, severity: d.severity, ruleId: d.ruleId, message: d.message })),
  };
}

const at = (name: string, file: string, line: number, column: number) => `tests/fixtures/${name}/${file}:${line}:${column}`;

describe('citation rules', () => {
  it('reports an unknown citation key at its `@key`, in the text and in an event’s `cite` [citation-unknown-key]', () => {
    const { status, reported } = checkFixture('citation-unknown-key');
    expect(reported.map(({ at, severity, ruleId }) => ({ at, severity, ruleId }))).toEqual([
      { at: at('citation-unknown-key', 'book.md', 13, 24), severity: 'error', ruleId: 'citation-unknown-key' },
      { at: at('citation-unknown-key', 'chapters/one.md', 8, 20), severity: 'error', ruleId: 'citation-unknown-key' },
    ]);
    expect(reported[0]!.message).toContain('Unknown citation key `forsyth1993` in event `the-advance`');
    expect(reported[0]!.message).toContain('did you mean `forsyth1992`?');
    expect(reported[1]!.message).toContain('Unknown citation key `perdu2005`: no entry in `references.json` has the id `perdu2005`');
    expect(status).toBe(1);
  });

  it('reports a second bibliography entry with the same id at its `id` [citation-duplicate-entry]', () => {
    const { status, reported } = checkFixture('citation-duplicate-entry');
    expect(reported.map(({ at, ruleId }) => [at, ruleId])).toEqual([[at('citation-duplicate-entry', 'references.json', 45, 11), 'citation-duplicate-entry']]);
    expect(reported[0]!.message).toContain('Duplicate bibliography id `perdue2005`: entry 1 (line 3) already has it');
    expect(status).toBe(1);
  });

  it('warns about an entry cited nowhere, and still succeeds [citation-unused-entry]', () => {
    const { status, reported } = checkFixture('citation-unused-entry');
    expect(reported.map(({ at, severity, ruleId }) => [at, severity, ruleId])).toEqual([[at('citation-unused-entry', 'references.json', 45, 11), 'warning', 'citation-unused-entry']]);
    expect(reported[0]!.message).toContain('Bibliography entry `zlatkin1964` is never cited');
    expect(status).toBe(0);
  });

  it('reports a label with no number and an unknown label at the locator [citation-bad-locator]', () => {
    const { status, reported } = checkFixture('citation-bad-locator');
    expect(reported.map(({ at, ruleId }) => [at, ruleId])).toEqual([
      [at('citation-bad-locator', 'chapters/one.md', 7, 48), 'citation-bad-locator'],
      [at('citation-bad-locator', 'chapters/one.md', 8, 16), 'citation-bad-locator'],
    ]);
    expect(reported[0]!.message).toContain('the label `pp.` with no number after it');
    expect(reported[1]!.message).toContain('`pg.` is not a locator label Triptych knows');
    expect(status).toBe(1);
  });

  it('reports a paragraph that states a count and cites nothing, at the count [citation-missing]', () => {
    const { status, reported } = checkFixture('citation-missing');
    expect(reported.map(({ at, ruleId }) => [at, ruleId])).toEqual([[at('citation-missing', 'chapters/one.md', 9, 40), 'citation-missing']]);
    expect(reported[0]!.message).toContain('this paragraph states a count (`400 soldiers`) but cites no source');
    expect(status).toBe(1);
  });

  it('is silent on a book whose citations are all sound', () => {
    expect(checkFixture('citation-notes').reported).toEqual([]);
  });
});

describe('citation rendering', () => {
  const scratch = () => join(mkdtempSync(join(tmpdir(), 'triptych-cite-')), 'dist');

  it('with a note style, makes each citation a footnote: full the first time in a chapter, short after', async () => {
    const out = scratch();
    const result = await build({ dir: fixture('citation-notes'), out, formats: ['html'] });
    expect(result.ok).toBe(true);
    const html = readFileSync(join(out, 'notes.html'), 'utf8');
    const notes = [...html.matchAll(/<li id="(\w+)-fn-(citation-\d+|own)">\s*<p>([\s\S]*?)<\/p>/g)].map((m) => [m[1], m[2], m[3]!.replace(/<[^>]+>/g, '').replace(/\s*↩$/, '')]);
    expect(notes).toEqual([
      ['one', 'citation-1', 'Peter C. Perdue, China Marches West: The Qing Conquest of Central Eurasia (Cambridge, MA: Belknap Press of Harvard University Press, 2005), 234.'],
      ['one', 'citation-2', 'See James Forsyth, A History of the Peoples of Siberia: Russia’s North Asian Colony 1581–1990 (Cambridge: Cambridge University Press, 1992), chap. 4; Perdue, China Marches West: The Qing Conquest of Central Eurasia, 12–15.'],
      ['one', 'citation-3', 'Perdue, China Marches West: The Qing Conquest of Central Eurasia, 240.'],
      ['one', 'citation-4', 'Forsyth, A History of the Peoples of Siberia: Russia’s North Asian Colony 1581–1990, 7.'],
      ['one', 'own', 'An editorial note that cites a work inline (Forsyth, A History of the Peoples of Siberia: Russia’s North Asian Colony 1581–1990).'],
      // A new chapter starts again with a full note (Chicago 17th ed. 14.29).
      ['two', 'citation-1', 'Peter C. Perdue, China Marches West: The Qing Conquest of Central Eurasia (Cambridge, MA: Belknap Press of Harvard University Press, 2005), 9.'],
    ]);
    // The note mark follows the punctuation; a narrative citation keeps the author in the sentence.
    expect(html).toContain('Perdue tells of the Qing advance.<sup><a href="#one-fn-citation-1"');
    expect(html).toMatch(/and <span class="citation" data-cites="forsyth1992">Forsyth<\/span><sup><a href="#one-fn-citation-4"/);
    // Each cited work links to its bibliography entry.
    expect(html).toContain('<a href="#ref-perdue2005"');
    expect(html).toMatch(/<li id="ref-perdue2005" class="csl-entry">Perdue, Peter C\. <i>China Marches West/);
  });

  it('in the default author-date style, renders `(Author Year, locator)`, `Author (Year)` and `(Year)`', async () => {
    const { manuscript } = await loadManuscript(fixture('citation-author-date'));
    const renderer = createCitationRenderer(manuscript!);
    const chapter = manuscript!.chapters[0]!;
    const rendered: string[] = [];
    visit(chapter.tree, 'citation', (node: Citation) => {
      rendered.push(toHtml(renderer.cite(node, chapter)));
    });
    expect(rendered.map((html) => html.replace(/<[^>]+>/g, ''))).toEqual([
      '(Perdue 2005, 234)',
      '(see Forsyth 1992, chap. 4; Perdue 2005, 12–15, and passim)',
      'Perdue (2005, 3–5)',
      '(2005)',
      '(Perdue 2005, iv, vi)',
    ]);
    expect(rendered[0]).toBe('<span class="citation" data-cites="perdue2005">(<a href="#ref-perdue2005">Perdue 2005, 234</a>)</span>');
    expect(renderer.notes).toBe(false);
    expect(renderer.shortLabel('perdue2005')).toBe('Perdue 2005');
    expect(renderer.bibliography().map((entry) => toHtml(entry))).toEqual([
      '<li id="ref-forsyth1992" class="csl-entry">Forsyth, James. 1992. <i>A History of the Peoples of Siberia: Russia’s North Asian Colony 1581–1990</i>. Cambridge: Cambridge University Press.</li>',
      '<li id="ref-perdue2005" class="csl-entry">Perdue, Peter C. 2005. <i>China Marches West: The Qing Conquest of Central Eurasia</i>. Cambridge, MA: Belknap Press of Harvard University Press.</li>',
    ]);
  });

  it('takes a `.csl` file inside the manuscript, and refuses a style name it does not bundle', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-csl-')), 'book');
    cpSync(fixture('citation-author-date'), dir, { recursive: true });
    mkdirSync(join(dir, 'styles'));
    copyFileSync(join(projectRoot, 'templates/csl/chicago-fullnote-bibliography.csl'), join(dir, 'styles/notes.csl'));
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    writeFileSync(join(dir, 'book.md'), book.replace('bibliography: references.json', 'bibliography: references.json\ncsl: styles/notes.csl'));
    const own = await check(dir);
    expect(own.files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(createCitationRenderer(own.manuscript!).notes).toBe(true);

    writeFileSync(join(dir, 'book.md'), book.replace('bibliography: references.json', 'bibliography: references.json\ncsl: apa'));
    const unknown = await check(dir);
    expect(unknown.files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason.split(':')[0]}`))).toEqual([
      '9:6 front-matter-invalid: The book field `csl` names no bundled citation style (`apa`)',
    ]);
  });

  it('finds a `.csl` file whose name is written with %-escapes, as every other path is', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-csl-')), 'book');
    cpSync(fixture('citation-author-date'), dir, { recursive: true });
    copyFileSync(join(projectRoot, 'templates/csl/chicago-fullnote-bibliography.csl'), join(dir, 'my notes.csl'));
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    writeFileSync(join(dir, 'book.md'), book.replace('bibliography: references.json', 'bibliography: references.json\ncsl: "my%20notes.csl"'));
    const own = await check(dir);
    expect(own.files.flatMap((file) => file.messages.map(String))).toEqual([]);
    // The note style, not the default author-date one it used to fall back to.
    expect(createCitationRenderer(own.manuscript!).notes).toBe(true);
  });

  it('refuses a `.csl` file that citeproc could not use, at the `csl` value', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-csl-')), 'book');
    cpSync(fixture('citation-author-date'), dir, { recursive: true });
    const style = readFileSync(join(projectRoot, 'templates/csl/chicago-author-date.csl'), 'utf8');
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    writeFileSync(join(dir, 'book.md'), book.replace('bibliography: references.json', 'bibliography: references.json\ncsl: mine.csl'));
    const cases: Array<[string, RegExp]> = [
      [style.replace('</style>', ''), /is not well-formed XML/],
      [style.replace(/<citation\b[\s\S]*?<\/citation>/, '<citation/>'), /has no `<citation>` with a `<layout>`/],
      [style.replace(/<text macro="([^"]+)"/, '<text macro="no-such-macro"'), /uses the macro `no-such-macro`, which it does not define/],
    ];
    for (const [xml, reason] of cases) {
      writeFileSync(join(dir, 'mine.csl'), xml);
      const result = await check(dir);
      const messages = result.files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^9:6 front-matter-invalid: The citation style `mine\.csl` /);
      expect(messages[0]).toMatch(reason);
    }
    // The bundled styles themselves pass.
    writeFileSync(join(dir, 'mine.csl'), style);
    expect((await check(dir)).ok).toBe(true);
  });

  it('gives the same bytes on two builds, and citeproc never complains', () => {
    const a = scratch();
    const b = scratch();
    expect(runCli(['build', fixture('citation-notes'), '--out', a]).status).toBe(0);
    expect(runCli(['build', fixture('citation-notes'), '--out', b]).status).toBe(0);
    const left = readTree(a);
    const right = readTree(b);
    expect([...right.keys()]).toEqual([...left.keys()]);
    for (const [path, bytes] of left) expect(right.get(path)?.equals(bytes), path).toBe(true);
    expect(engineWarnings).toEqual([]);
  });
});
