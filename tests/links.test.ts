/**
 * Links inside the book: an `#id` or a chapter file that names nothing is `link-broken` at the
 * link; a link to another chapter file lands on its target in every output; the ids the check
 * knows are the ids the outputs have.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../scripts/diagnostics/format.ts';
import { bookIds } from '../scripts/manuscript/book-ids.ts';
import { build, check } from '../scripts/pipeline/index.ts';
import { projectRoot } from '../scripts/resources.ts';
import { buildEpub } from './helpers/epub.ts';
import { fixture } from './helpers/cli.ts';

describe('links inside the book', () => {
  it('reports a link to an id or a file nothing has at the link, with the nearest id [link-broken]', async () => {
    const { files, ok } = await check(fixture('link-broken'));
    const reported = collect(files, projectRoot);
    const at = (line: number, column: number) => `tests/fixtures/link-broken/chapters/01-siege.md:${line}:${column}`;
    expect(reported.map((d) => [`${d.path}:${d.line}:${d.column}`, d.severity, d.ruleId])).toEqual([
      [at(7, 20), 'error', 'link-broken'],
      [at(7, 68), 'error', 'link-broken'],
      [at(8, 16), 'error', 'link-broken'],
      [at(10, 1), 'error', 'link-broken'],
    ]);
    expect(reported[0]!.message).toContain('Broken link `#the-wals`: no chapter, heading, figure or element of the book has the id `the-wals`');
    expect(reported[0]!.message).toContain('did you mean `#the-walls`?');
    expect(reported[1]!.message).toContain('Broken link `02-peace.md#the-treety`');
    expect(reported[1]!.message).toContain('did you mean `#the-treaty`?');
    expect(reported[2]!.message).toContain('Broken link `garrison.csv`: it names a file of the manuscript that is not one of its chapters');
    expect(reported[3]!.message).toContain('Broken link `#no-such-roll`');
    expect(ok).toBe(false);
  });

  it('turns a link to a chapter file into a link to its target, in the page and across the EPUB’s files', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-links-')), 'out');
    const result = await build({ dir: fixture('ordinary-book'), out, formats: ['html'] });
    expect(collect(result.files, projectRoot)).toEqual([]);
    const page = readFileSync(join(out, 'an-ordinary-book.html'), 'utf8');
    expect(page).toContain('<a href="#code-in-the-text">the code chapter</a>');
    expect(page).toContain('<a href="#prose">the prose</a>');
    expect(page).not.toMatch(/href="[^"#]*\.md/);
    const epub = buildEpub(fixture('ordinary-book'));
    expect(epub.text('OEBPS/ch01.xhtml')).toContain('<a href="ch02.xhtml#code-in-the-text">the code chapter</a>');
    expect(epub.text('OEBPS/ch03.xhtml')).toContain('<a href="ch01.xhtml#tables-and-lists">the tables</a>');
  });

  it.each(['manuscript', 'tests/fixtures/ordinary-book'])('knows every id the page of %s gives a chapter or a heading', async (dir) => {
    const checked = await check(join(projectRoot, dir));
    const { ids } = bookIds(checked.manuscript!.chapters, []);
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-ids-')), 'out');
    const built = await build({ dir: join(projectRoot, dir), out, formats: ['html'] });
    expect(built.ok).toBe(true);
    const html = readFileSync(join(out, built.outputs[0]?.path.split('/').pop() ?? ''), 'utf8');
    const headingIds = [...html.matchAll(/<(?:h[1-6]|section)[^>]* id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !['bibliography', 'bibliography-title', 'main'].includes(id) && !id.endsWith('footnote-label'));
    expect(headingIds.length).toBeGreaterThan(3);
    expect(headingIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});
