/**
 * Ids on the page are unique: a chapter or heading whose title is that of something the page
 * itself makes ("Bibliography", "Main", "Ref forsyth1992") gets another id, so the contents and
 * every link go where they say.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

describe('ids on the page', () => {
  it('are unique, and the contents and citation links reach what they name', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-ids-')), 'm');
    cpSync(fixture('citation-author-date'), dir, { recursive: true });
    const chapter = join(dir, 'chapters/one.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('title: One', 'title: Bibliography') + '\n## Main\n\nText.\n\n## Ref forsyth1992\n\nMore.\n\n## Figure map\n\nAnd more.\n\n## Toc list\n\nLast.\n');
    const out = join(dir, '..', 'out');
    const run = runCli(['build', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(join(out, 'author-date.html'), 'utf8');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The bibliography keeps its id; the chapter called so gets the next one.
    expect(page).toMatch(/<section id="bibliography" class="bibliography"/);
    expect(ids).toContain('bibliography-1');
    expect(ids).toContain('section-ref-forsyth1992');
    expect(ids).toContain('section-figure-map');
    expect(ids).toContain('toc-list-1');
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) expect(ids, target).toContain(target);
  });
});
