/** Links between chapters point at the chapter file that holds their target, through one reference table. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { referenceTable, rewriteLinks } from '../scripts/render/epub/links.ts';

const chapter1 = () =>
  h('section', { id: 'forts' }, [
    h('h2', { id: 'expedition' }, 'Expedition'),
    h('p', [h('a', { href: '#the-siege' }, 'next'), h('a', { href: '#expedition' }, 'here'), h('a', { href: '#ref-baddeley1919' }, 'Baddeley')]),
    h('p', [h('a', { href: '#nowhere' }, 'broken'), h('a', { href: 'https://example.org/#the-siege' }, 'web'), h('a', { href: '#caf%C3%A9' }, 'café')]),
  ]);
const chapter2 = () => h('section', { id: 'raid' }, [h('h2', { id: 'the-siege' }, 'The siege'), h('h3', { id: 'café' }, 'Café')]);
const bibliography = () => h('ul', [h('li', { id: 'ref-baddeley1919' }, 'Baddeley')]);
const hrefs = (tree: Element) => tree.children.flatMap((p) => (p.type === 'element' ? p.children : [])).flatMap((a) => (a.type === 'element' && a.tagName === 'a' ? [String(a.properties['href'])] : []));

describe('EPUB link rewriting', () => {
  it('maps every id to the file that holds it', () => {
    const table = referenceTable([
      { file: 'ch01.xhtml', tree: chapter1() },
      { file: 'ch02.xhtml', tree: chapter2() },
      { file: 'bibliography.xhtml', tree: bibliography() },
    ]);
    expect(Object.fromEntries(table)).toEqual({
      forts: 'ch01.xhtml',
      expedition: 'ch01.xhtml',
      raid: 'ch02.xhtml',
      'the-siege': 'ch02.xhtml',
      'café': 'ch02.xhtml',
      'ref-baddeley1919': 'bibliography.xhtml',
    });
  });

  it('rewrites #id to chNN.xhtml#id across files, and leaves same-file, unknown and external links alone', () => {
    const tree = chapter1();
    const table = referenceTable([
      { file: 'ch01.xhtml', tree },
      { file: 'ch02.xhtml', tree: chapter2() },
      { file: 'bibliography.xhtml', tree: bibliography() },
    ]);
    rewriteLinks(tree, 'ch01.xhtml', table);
    expect(hrefs(tree)).toEqual([
      'ch02.xhtml#the-siege',
      '#expedition',
      'bibliography.xhtml#ref-baddeley1919',
      '#nowhere',
      'https://example.org/#the-siege',
      'ch02.xhtml#caf%C3%A9',
    ]);
  });
});
