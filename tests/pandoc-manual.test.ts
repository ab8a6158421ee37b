/**
 * pandoc's own User's Guide (tests/fixtures/pandoc-manual/MANUAL.txt, unchanged), given as a
 * book's `book.md`, builds with exit status 0 and no diagnostic at all (it has no `lang`, and is
 * English, as in pandoc: language-guess.ts); its simple and grid tables are tables, and no pandoc markup shows as text in the page or the EPUB:
 * no `:::`, `{#…}`, `{.…}`, `$$` or `^[` outside code. Every `#fragment` link of the page names an
 * id the page has, and every link between the EPUB's chapters an id of the file it names.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visitParents } from 'unist-util-visit-parents';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll, type BuiltBook } from './helpers/build-all.ts';
import { fixture } from './helpers/cli.ts';

/** An HTML or XHTML document as hast (parse5, through hast-util-raw). */
function parse(html: string): Root {
  return raw({ type: 'root', children: [{ type: 'raw', value: html }] } as never) as Root;
}

/** The text a reader sees as prose: every text node not inside code, a script or a style. */
function proseOf(tree: Root): string {
  const parts: string[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((a) => a.type === 'element' && ['code', 'pre', 'script', 'style', 'kbd', 'samp'].includes((a as Element).tagName))) return;
    parts.push(node.value);
  });
  return parts.join('');
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visitParents(tree, 'element', (node) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  return ids;
}

function hrefsOf(tree: Root): string[] {
  const hrefs: string[] = [];
  visitParents(tree, 'element', (node) => {
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string') hrefs.push(node.properties['href']);
  });
  return hrefs;
}

/** Each literal a pandoc construct leaves when it is not read, with a little context, to show where. */
function leftovers(text: string): string[] {
  return [...text.matchAll(/:::|\{#|\{\.|\$\$|\^\[/g)].map((match) => `${match[0]} in “${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}”`);
}

let book: BuiltBook;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-manual-'));
  copyFileSync(join(fixture('pandoc-manual'), 'MANUAL.txt'), join(dir, 'book.md'));
  book = buildAll(dir);
}, 240_000);

describe('pandoc’s MANUAL.txt as a book', () => {
  it('builds with exit status 0 and no diagnostic about its syntax or metadata, nor any other', () => {
    expect(book.run.status).toBe(0);
    expect(book.run.stderr.trim()).toBe('');
  });

  it('lays out its simple and grid tables: the exit codes, right-aligned, the heading identifiers, code blocks in the defaults-file cells', () => {
    expect(book.page).toMatch(/<table><thead><tr><th>command line<\/th><th>defaults file<\/th><\/tr><\/thead><tbody><tr><td class="align-left"><pre class="code" tabindex="0"><code>foo\.md<\/code><\/pre><\/td>/);
    expect(book.page).toMatch(/<th class="align-right">Code<\/th>\s*<th class="align-left">Error<\/th>[\s\S]*?<td class="align-right">1<\/td>\s*<td class="align-left">PandocIOError<\/td>/);
    expect(book.page).toMatch(/<td class="align-left"><code>Maître d'hôtel<\/code><\/td>\s*<td class="align-left"><code>maître-dhôtel<\/code><\/td>/);
  });

  it('shows no `:::`, `{#`, `{.`, `$$` or `^[` as text outside code, in the page or the EPUB', () => {
    expect(leftovers(proseOf(parse(book.page)))).toEqual([]);
    expect(leftovers(proseOf(parse(book.chapters)))).toEqual([]);
  });

  it('resolves every `#fragment` link of the page to an id in the page', () => {
    const page = parse(book.page);
    const ids = idsOf(page);
    const fragments = hrefsOf(page).filter((href) => href.startsWith('#'));
    expect(fragments.length).toBeGreaterThan(150);
    expect(fragments.filter((href) => !ids.has(decodeURIComponent(href.slice(1))))).toEqual([]);
    // A `[Heading]` link left unresolved would have an empty href, which is no `#` link.
    expect(hrefsOf(page).filter((href) => href === '')).toEqual([]);
  });

  it('resolves every link between the EPUB’s chapters to an id of the chapter it names', () => {
    const documents = new Map([...book.epub].filter(([name]) => name.endsWith('.xhtml')).map(([name, text]) => [name.replace(/^OEBPS\//, ''), parse(text)]));
    const broken: string[] = [];
    let checked = 0;
    for (const [name, tree] of documents) {
      for (const href of hrefsOf(tree)) {
        const match = /^([^#:/]*\.xhtml)?#(.+)$/.exec(href);
        if (!match) continue;
        const target = documents.get(match[1] ?? name);
        checked++;
        if (!target || !idsOf(target).has(decodeURIComponent(match[2]!))) broken.push(`${name}: ${href}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(broken).toEqual([]);
  });
});
