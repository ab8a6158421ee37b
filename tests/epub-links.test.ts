/** Links between chapters point at the chapter file that holds their target, through one reference table. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { LinkTable } from '../scripts/render/epub/links.ts';

const chapter1 = () =>
  h('section', { id: 'forts' }, [
    h('h2', { id: 'expedition' }, 'Expedition'),
    h('p', [h('a', { href: '#the-siege' }, 'next'), h('a', { href: '#expedition' }, 'here'), h('a', { href: '#ref-baddeley1919' }, 'Baddeley')]),
    h('p', [h('a', { href: '#nowhere' }, 'broken'), h('a', { href: 'https://example.org/#the-siege' }, 'web'), h('a', { href: '#caf%C3%A9' }, 'café')]),
  ]);
const chapter2 = () => h('section', { id: 'raid' }, [h('h2', { id: 'the-siege' }, 'The siege'), h('h3', { id: 'café' }, 'Café')]);
const bibliography = () => h('ul', [h('li', { id: 'ref-baddeley1919' }, 'Baddeley')]);
const hrefs = (tree: Element) => tree.children.flatMap((p) => (p.type === 'element' ? p.children : [])).flatMap((a) => (a.type === 'element' && a.tagName === 'a' ? [String(a.properties['href'])] : []));

/** Adds every document's ids, rewrites each one's links in order, and resolves them as the EPUB writer does. */
function link(documents: Array<{ file: string; tree: Element }>, texts: string[] = []): LinkTable {
  const table = new LinkTable(texts);
  for (const { file, tree } of documents) {
    table.addIds(tree, file);
    table.rewrite(tree, file);
  }
  return table;
}

describe('EPUB link rewriting', () => {
  it('rewrites #id to chNN.xhtml#id across files, and leaves same-file, unknown and external links alone', () => {
    const tree = chapter1();
    const table = link([
      { file: 'ch01.xhtml', tree },
      { file: 'ch02.xhtml', tree: chapter2() },
      { file: 'bibliography.xhtml', tree: bibliography() },
    ]);
    // A link to a later file is marked while that file's ids are unknown, and resolved in the text.
    const resolved = table.resolve(hrefs(tree).join(' '), 'ch01.xhtml').split(' ');
    expect(resolved).toEqual([
      'ch02.xhtml#the-siege',
      '#expedition',
      'bibliography.xhtml#ref-baddeley1919',
      '#nowhere',
      'https://example.org/#the-siege',
      'ch02.xhtml#caf%C3%A9',
    ]);
  });

  it('links an id held by two files to the first, also from a later file', () => {
    const first = h('section', [h('a', { href: '#twice' }, 'forward'), h('h2', { id: 'twice' }, 'A')]);
    const second = h('section', [h('h2', { id: 'twice' }, 'B'), h('a', { href: '#twice' }, 'back')]);
    const table = link([
      { file: 'ch01.xhtml', tree: first },
      { file: 'ch02.xhtml', tree: second },
    ]);
    expect(first.children[0]).toMatchObject({ properties: { href: '#twice' } });
    expect(second.children[1]).toMatchObject({ properties: { href: 'ch01.xhtml#twice' } });
  });

  it('marks with private-use characters that no source text holds, and refuses a text whose markers do not match', () => {
    const tree = chapter1();
    const table = link([{ file: 'ch01.xhtml', tree }, { file: 'ch02.xhtml', tree: chapter2() }], ['\uE000 and \uE002 in the manuscript']);
    const marked = hrefs(tree);
    expect(marked[0]).toMatch(/^\uE001\d+\uE003#the-siege$/);
    expect(table.resolve(marked.map((href) => `<a href="${href}">`).join(''), 'ch01.xhtml')).toBe(
      '<a href="ch02.xhtml#the-siege"><a href="#expedition"><a href="#ref-baddeley1919"><a href="#nowhere"><a href="https://example.org/#the-siege"><a href="ch02.xhtml#caf%C3%A9">',
    );
    // A marker more or less than written (text that happened to hold one) is a bug: never a silent wrong link.
    expect(() => table.resolve(marked[0]!, 'ch01.xhtml')).toThrow(/`ch01.xhtml` has 1 link markers, 4 were written/);
    expect(() => table.addIds(chapter2(), 'ch03.xhtml')).toThrow(/after links were resolved/);
  });
});
