/**
 * `triptych dev` rebuilds incrementally (scripts/render/incremental/): after every kind of edit,
 * the page and the deck it serves must be byte for byte what a fresh full build makes of the same
 * files. Each step edits a temporary copy of the flagship, rebuilds the way dev does (parse memo,
 * render memo) and compares with a build that keeps nothing.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../scripts/pipeline/index.ts';
import { enableParseCache } from '../scripts/pipeline/parse-cache.ts';
import { renderAll, type Format } from '../scripts/render/index.ts';
import { createRenderMemo } from '../scripts/render/incremental/render-memo.ts';
import { projectRoot } from '../scripts/resources.ts';
import { editor } from './helpers/edit.ts';

const served: Format[] = ['html', 'deck'];
const dir = join(mkdtempSync(join(tmpdir(), 'triptych-incremental-')), 'manuscript');
const memo = createRenderMemo();

const edit = editor(dir);
/** How many chapters the flagship has: a front-matter edit re-renders every one of them. */
let chapters = 0;

/** The dev rebuild and a fresh build of the same files: their outputs, by path. */
async function both(): Promise<{ incremental: Map<string, string>; fresh: Map<string, string> }> {
  const outputs = async (withMemo: boolean) => {
    const checked = await check(dir);
    expect(checked.files.flatMap((file) => file.messages.filter((m) => m.fatal).map(String))).toEqual([]);
    const rendered = await renderAll(checked.manuscript!, served, undefined, withMemo ? memo : undefined);
    return new Map(rendered.flatMap((r) => r.artifacts).map((a) => [a.path, typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('base64')]));
  };
  const incremental = await outputs(true);
  return { incremental, fresh: await outputs(false) };
}

async function expectSameAsFresh(): Promise<void> {
  const { incremental, fresh } = await both();
  expect([...incremental.keys()]).toEqual([...fresh.keys()]);
  for (const [path, data] of fresh) expect(incremental.get(path) === data, `${path} equals a fresh build's`).toBe(true);
}

beforeAll(async () => {
  cpSync(join(projectRoot, 'manuscript'), dir, { recursive: true });
  enableParseCache();
  await expectSameAsFresh();
  chapters = (await check(dir)).manuscript!.chapters.length;
}, 120_000);

describe('an incremental dev rebuild equals a fresh build', () => {
  it('after an edit to one chapter’s prose (citations move), rendering that chapter only and not running citeproc', async () => {
    edit('chapters/02-krasnoyarsk.md', (text) => text.replace('Sengge, the son of Erdeni Batur,', 'Sengge, the son of Erdeni Batur (an edit that moves every citation after it),'));
    await expectSameAsFresh();
    expect(memo.last).toEqual({ chaptersRendered: 1, citationsRun: false });
  }, 60_000);

  it('after a chapter’s title changes, which the bibliography’s "Cited in" links show (the page keeps their HTML between rebuilds)', async () => {
    edit('chapters/03-biya-katun.md', (text) => text.replace('title: Between the Biya and the Katun', 'title: Where the Biya meets the Katun'));
    const { incremental } = await both();
    const page = [...incremental].find(([path]) => path.endsWith('.html') && !path.includes('/'))![1];
    expect(page.slice(page.indexOf('id="bibliography"'))).toContain('>Where the Biya meets the Katun</a>');
    await expectSameAsFresh();
  }, 60_000);

  it('after a heading that takes an id a later chapter had (ids are unique across the book)', async () => {
    edit('chapters/02-krasnoyarsk.md', (text) => text.replace('## Rodion Koltsov', '## Rodion Koltsov\n\n## The siege of Yamyshev\n\nA section whose title chapter 4 also uses.'));
    await expectSameAsFresh();
    expect(memo.last.chaptersRendered).toBe(2);
  }, 60_000);

  it('after a citation is added, and after a locator changes', async () => {
    edit('chapters/03-biya-katun.md', (text) => text.replace('## The raid', '## The raid\n\nA new claim [@umetbaev2019, p. 12].'));
    await expectSameAsFresh();
    expect(memo.last.citationsRun).toBe(true);
    edit('chapters/03-biya-katun.md', (text) => text.replace('[@umetbaev2019, p. 12]', '[@umetbaev2019, p. 13]'));
    await expectSameAsFresh();
  }, 60_000);

  it('after an edit to the bibliography', async () => {
    edit('references.json', (text) => text.replace(/"title": "([^"]+)"/, '"title": "$1, revised"'));
    await expectSameAsFresh();
  }, 60_000);

  it('after an edit to the book’s front matter', async () => {
    edit('book.md', (text) => text.replace('title: The Dzungar–Russian Conflicts', 'title: The Dzungar–Russian Wars'));
    await expectSameAsFresh();
    expect(memo.last.chaptersRendered).toBe(chapters);
  }, 60_000);

  it('after an edit to a chapter that another chapter maps (`::map{chapter=…}` reads its text)', async () => {
    edit('chapters/07-dates-and-names.md', (text) => `${text}\n::map{chapter=krasnoyarsk}\n`);
    await expectSameAsFresh();
    edit('chapters/02-krasnoyarsk.md', (text) => `${text}\nThe convoy passed Yamyshev and Omsk on its way.\n`);
    await expectSameAsFresh();
  }, 60_000);

  it('with a note style, after a footnote is added before a citation (the note numbers change)', async () => {
    edit('book.md', (text) => text.replace('lang: en\n', 'lang: en\ncsl: chicago-fullnote-bibliography\n'));
    await expectSameAsFresh();
    edit('chapters/02-krasnoyarsk.md', (text) => text.replace('Sengge, the son of Erdeni Batur', 'Sengge,[^added] the son of Erdeni Batur').concat('\n[^added]: A note added before the citations.\n'));
    await expectSameAsFresh();
    expect(memo.last.citationsRun).toBe(true);
  }, 60_000);

  it('after the same edit is undone', async () => {
    edit('chapters/02-krasnoyarsk.md', (text) => text.replace('Sengge,[^added] the son', 'Sengge, the son').replace('\n[^added]: A note added before the citations.\n', ''));
    await expectSameAsFresh();
  }, 60_000);
});
