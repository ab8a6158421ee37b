/**
 * `triptych dev` shares unchanged chapters' trees between rebuilds instead of copying them: the
 * parse memo hands out its trees deeply frozen (parse-cache.ts), and the render memo versions a
 * frozen tree by identity (fingerprints.ts). These tests hold what that sharing relies on: whatever
 * changes a tree (the checks, the image pass of load.ts) works on a copy, a shared tree is never
 * changed, and a tree that is not frozen is still compared by its content.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCheckMemo } from '../scripts/checks/check-memo.ts';
import { collect } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { enableParseCache, thawed } from '../scripts/pipeline/parse-cache.ts';
import { renderAll } from '../scripts/render/index.ts';
import { treeVersion } from '../scripts/render/incremental/fingerprints.ts';
import { createRenderMemo } from '../scripts/render/incremental/render-memo.ts';
import { projectRoot } from '../scripts/resources.ts';

beforeAll(() => enableParseCache());

describe('the parse memo shares its trees frozen', () => {
  it('hands out the same frozen tree for the same text, and a changed text gets a new one', () => {
    const file = () => new VFile({ path: '/nowhere/shared.md', value: '# A title\n\nIn 1716 a fort [@somebody].\n' });
    const first = parseMarkdown(file());
    expect(Object.isFrozen(first) && Object.isFrozen(first.children[0])).toBe(true);
    expect(parseMarkdown(file())).toBe(first);
    expect(parseMarkdown(new VFile({ path: '/nowhere/shared.md', value: '# Another title\n' }))).not.toBe(first);
    const copy = thawed(first);
    expect(copy).not.toBe(first);
    expect(Object.isFrozen(copy.children[0])).toBe(false);
    expect(copy).toEqual(first);
  });

  it('a check without the check memo annotates copies, never the shared trees', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-shared-')), 'manuscript');
    cpSync(join(projectRoot, 'manuscript'), dir, { recursive: true });
    const resolved = (tree: unknown) => JSON.stringify(tree).includes('"resolved"');
    const checked = await check(dir);
    const chapter = checked.manuscript!.chapters.find((c) => resolved(c.tree))!;
    expect(chapter, 'the dates check resolved a mention in some chapter').toBeDefined();
    const shared = parseMarkdown(new VFile({ path: chapter.file.path, value: chapter.file.value }));
    expect(Object.isFrozen(shared)).toBe(true);
    expect(resolved(shared)).toBe(false);
    expect(chapter.tree).not.toBe(shared);
  }, 60_000);
});

describe('images are collected from copies of shared trees (load.ts rewrites their urls)', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-shared-images-')), 'manuscript');
  const checkMemo = createCheckMemo();
  const renderMemo = createRenderMemo();

  /** Diagnostics, page and deck of a dev rebuild (both memos) and of a fresh one. */
  const run = async (dev: boolean) => {
    const checked = await check(dir, dev ? checkMemo : undefined);
    const rendered = checked.ok ? await renderAll(checked.manuscript!, ['html', 'deck'], undefined, dev ? renderMemo : undefined) : [];
    const outputs = rendered.flatMap((r) => r.artifacts).map((a) => `${a.path} ${typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('base64')}`);
    return { diagnostics: collect(checked.files, dir), outputs, ok: checked.ok };
  };
  const expectSameAsFresh = async () => {
    const dev = await run(true);
    const fresh = await run(false);
    expect(dev.diagnostics).toEqual(fresh.diagnostics);
    expect(dev.outputs.length).toBe(fresh.outputs.length);
    dev.outputs.forEach((output, i) => expect(output === fresh.outputs[i], output.slice(0, 60)).toBe(true));
    return fresh;
  };
  const edit = (path: string, change: (text: string) => string) => {
    const file = join(dir, path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  };

  it('reports the same image problems on every rebuild', async () => {
    cpSync(join(projectRoot, 'tests/fixtures/images'), dir, { recursive: true });
    const first = await expectSameAsFresh();
    expect(first.diagnostics.map((d) => d.ruleId)).toContain('file-missing');
    expect(await expectSameAsFresh()).toEqual(first);
  }, 60_000);

  it('serves the same page and deck as a fresh build after edits around an image', async () => {
    edit('chapters/one.md', (text) => text.slice(0, text.indexOf('\nMissing:')));
    edit('book.md', (text) => text.replace('chapters: [chapters/one.md]', 'chapters: [chapters/one.md, chapters/two.md]'));
    writeFileSync(join(dir, 'chapters/two.md'), '---\ntitle: Two\n---\n\n## Plain\n\nNo pictures here.\n');
    const clean = await expectSameAsFresh();
    expect(clean.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(clean.ok).toBe(true);
    edit('chapters/two.md', (text) => `${text}\nNow one: ![Four coloured squares again](images/dot.png)\n`);
    const fresh = await expectSameAsFresh();
    expect(fresh.ok).toBe(true);
    expect(fresh.outputs.join('\n')).toContain('Four coloured squares again');
    expect(checkMemo.last).toEqual({ checked: 1, reused: 1 });
  }, 60_000);
});

describe('chapter tree versions (render memo)', () => {
  let versions = 0;
  const next = () => ++versions;
  const tree = (text: string) => ({ type: 'root', children: [{ type: 'text', value: text }] });

  it('keep a frozen tree’s version, and an equal tree’s, and change with the content', () => {
    const frozen = Object.freeze(tree('a'));
    const first = treeVersion(undefined, frozen, next);
    expect(treeVersion(first, frozen, next)).toBe(first);
    expect(treeVersion(first, Object.freeze(tree('a')), next).version).toBe(first.version);
    expect(treeVersion(first, tree('b'), next).version).not.toBe(first.version);
  });

  it('see a change made in place to a tree that is not frozen', () => {
    const open = tree('a');
    const first = treeVersion(undefined, open, next);
    expect(treeVersion(first, open, next).version).toBe(first.version);
    open.children[0]!.value = 'changed';
    expect(treeVersion(first, open, next).version).not.toBe(first.version);
  });
});
