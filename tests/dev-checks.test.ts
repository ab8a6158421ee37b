/**
 * `triptych dev` checks incrementally (scripts/checks/check-memo.ts): after every kind of edit, the
 * diagnostics of a dev rebuild, the checked chapter trees the renderers read and the page and deck
 * rendered from them must be exactly what a fresh check of the same files gives. Each step edits a temporary copy of the flagship.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCheckMemo } from '../scripts/checks/check-memo.ts';
import { collect } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';
import { enableParseCache } from '../scripts/pipeline/parse-cache.ts';
import { renderAll } from '../scripts/render/index.ts';
import { createRenderMemo } from '../scripts/render/incremental/render-memo.ts';
import { projectRoot } from '../scripts/resources.ts';
import { editor } from './helpers/edit.ts';

const dir = join(mkdtempSync(join(tmpdir(), 'triptych-dev-checks-')), 'manuscript');
const memo = createCheckMemo();
const renderMemo = createRenderMemo();

const edit = editor(dir);
/** How many chapters the flagship has (the counts below are "every chapter" and "all but one"). */
let chapters = 0;

/** A dev check (with the memo) and a fresh one: diagnostics and the checked trees, by chapter. */
async function expectSameAsFresh(): Promise<string[]> {
  const run = async (withMemo: boolean) => {
    const checked = await check(dir, withMemo ? memo : undefined);
    const trees = checked.manuscript?.chapters.map((chapter) => JSON.stringify(chapter.tree));
    // The page and the deck, rendered from the reused (frozen) trees: nothing may need to change them.
    const rendered = checked.ok ? await renderAll(checked.manuscript!, ['html', 'deck'], undefined, withMemo ? renderMemo : undefined) : [];
    const outputs = rendered.flatMap((r) => r.artifacts).map((a) => `${a.path} ${typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('base64')}`);
    return { diagnostics: collect(checked.files, dir), trees, outputs };
  };
  const incremental = await run(true);
  const fresh = await run(false);
  expect(incremental.diagnostics).toEqual(fresh.diagnostics);
  expect(incremental.trees).toEqual(fresh.trees);
  expect(incremental.outputs.length).toBe(fresh.outputs.length);
  incremental.outputs.forEach((output, i) => expect(output === fresh.outputs[i], output.slice(0, 60)).toBe(true));
  return fresh.diagnostics.map((d) => `${d.path} ${d.ruleId}`);
}

beforeAll(async () => {
  cpSync(join(projectRoot, 'manuscript'), dir, { recursive: true });
  enableParseCache();
  await expectSameAsFresh();
  chapters = (await check(dir)).manuscript!.chapters.length;
}, 120_000);

describe('an incremental dev check equals a fresh check', () => {
  it('after no change, reusing every chapter', async () => {
    await expectSameAsFresh();
    expect(memo.last).toEqual({ checked: 0, reused: chapters });
  }, 60_000);

  it('after an error is introduced in one chapter, checking that chapter only', async () => {
    edit('chapters/04-buchholz.md', (text) => text.replace('[@mark2015]', '[@mark2051]'));
    const found = await expectSameAsFresh();
    expect(memo.last).toEqual({ checked: 1, reused: chapters - 1 });
    expect(found).toContain('chapters/04-buchholz.md citation-unknown-key');
    // The only citation of `mark2015` is gone: a book-wide warning, on the bibliography.
    expect(found).toContain('references.json citation-unused-entry');
  }, 60_000);

  it('after another chapter is edited (the book-wide warnings read the reused chapters)', async () => {
    edit('chapters/02-krasnoyarsk.md', (text) => `${text}\nA paragraph added to another chapter.\n`);
    const found = await expectSameAsFresh();
    expect(memo.last).toEqual({ checked: 1, reused: chapters - 1 });
    expect(found).toContain('chapters/04-buchholz.md citation-unknown-key');
    expect(found).toContain('references.json citation-unused-entry');
    expect(found).not.toContain('book.md event-unused');
  }, 60_000);

  it('after the error is fixed', async () => {
    edit('chapters/04-buchholz.md', (text) => text.replace('[@mark2051]', '[@mark2015]'));
    const found = await expectSameAsFresh();
    expect(found).not.toContain('chapters/04-buchholz.md citation-unknown-key');
    expect(found).not.toContain('references.json citation-unused-entry');
  }, 60_000);

  it('after the front matter moves an event, so that an unchanged chapter’s date no longer matches it', async () => {
    edit('book.md', (text) => text.replace('date: 7176-10-12', 'date: 7176-10-14'));
    const found = await expectSameAsFresh();
    expect(memo.last).toEqual({ checked: chapters, reused: 0 });
    expect(found).toContain('chapters/02-krasnoyarsk.md date-unmatched');
    edit('book.md', (text) => text.replace('date: 7176-10-14', 'date: 7176-10-12'));
    expect(await expectSameAsFresh()).not.toContain('chapters/02-krasnoyarsk.md date-unmatched');
  }, 60_000);

  it('after the bibliography renames a work an unchanged chapter cites', async () => {
    edit('references.json', (text) => text.replace('"id": "umetbaev2019"', '"id": "umetbaev2020"'));
    const found = await expectSameAsFresh();
    expect(found).toContain('chapters/02-krasnoyarsk.md citation-unknown-key');
    edit('references.json', (text) => text.replace('"id": "umetbaev2020"', '"id": "umetbaev2019"'));
    expect(await expectSameAsFresh()).not.toContain('chapters/02-krasnoyarsk.md citation-unknown-key');
  }, 60_000);

  it('after the bibliography is broken, on every rebuild (the second read of the same text a memo hit), and after it is repaired', async () => {
    edit('references.json', (text) => text.replace('"id": "umetbaev2019",', '"id": "umetbaev2019"'));
    for (let rebuild = 0; rebuild < 2; rebuild++) {
      const checked = await check(dir, memo);
      expect(collect(checked.files, dir).map((d) => `${d.path} ${d.ruleId}`)).toContain('references.json bibliography-invalid');
    }
    edit('references.json', (text) => text.replace('"id": "umetbaev2019"', '"id": "umetbaev2019",'));
    expect(await expectSameAsFresh()).not.toContain('references.json bibliography-invalid');
    // A memo hit hands out its own copy of the entries: what one rebuild changes, the next does not see.
    const first = await check(dir, memo);
    first.manuscript!.bibliography!.entries.length = 0;
    expect((await check(dir, memo)).manuscript!.bibliography!.entries.length).toBeGreaterThan(10);
  }, 60_000);

  it('after a misspelt name is written, and after the alias that allows it is declared', async () => {
    edit('chapters/05-likharev.md', (text) => `${text}\nBuchhloz is written here once.\n`);
    expect(await expectSameAsFresh()).toContain('chapters/05-likharev.md name-variant');
    edit('book.md', (text) => text.replace('      - I. D. Buchholz\n', '      - I. D. Buchholz\n      - Buchhloz\n'));
    expect(await expectSameAsFresh()).not.toContain('chapters/05-likharev.md name-variant');
  }, 60_000);
});
