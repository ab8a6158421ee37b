/**
 * The EPUB's title page and copyright page (EPUB 3 Structural Semantics: `titlepage`,
 * `copyright-page`, https://www.w3.org/TR/epub-ssv-11/#sec-frontmatter), after the cover and before
 * the contents, as printed books have them and pandoc's EPUB writer makes one: the title page
 * shows what the cover image shows, as text a reader can select, enlarge and hear; the copyright
 * page the copyright line, the publication date, the publisher, the licence (linked) and the
 * identifier, each when the front matter gives it. The title page is the navigation's `titlepage`
 * landmark.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TitleFacts } from '../hast/title-facts.ts';
import type { Words } from '../../i18n/words.ts';

export const titlePageFile = 'titlepage.xhtml';
export const copyrightPageFile = 'copyright.xhtml';

export function titlePageBody(facts: TitleFacts): ElementContent[] {
  return [
    h('main', [
      h('section', { 'epub:type': 'titlepage', className: ['titlepage'], ariaLabelledBy: 'titlepage-title' }, [
        h('h1', { id: 'titlepage-title', className: ['title'] }, facts.title),
        ...(facts.subtitle ? [h('p', { className: ['subtitle'] }, facts.subtitle)] : []),
        ...(facts.byline ? [h('p', { className: ['authors'] }, facts.byline)] : []),
      ]),
    ]),
  ];
}

export function copyrightPageBody(facts: TitleFacts, words: Words): ElementContent[] {
  const row = (term: string, value: ElementContent | string) => [h('dt', term), h('dd', [value])];
  const { license, published } = facts;
  return [
    h('main', [
      h('section', { 'epub:type': 'copyright-page', className: ['copyright-page'], ariaLabelledBy: 'copyright-title' }, [
        h('h1', { id: 'copyright-title' }, words.copyright),
        h('p', [h('cite', facts.subtitle ? `${facts.title}: ${facts.subtitle}` : facts.title), facts.byline ? `. ${facts.byline}.` : '.']),
        ...(facts.copyright ? [h('p', { className: ['copyright'] }, facts.copyright)] : []),
        h('dl', [
          ...(published ? row(words.published, published.iso ? h('time', { dateTime: published.iso }, published.text) : published.text) : []),
          ...(facts.publisher ? row(words.publisher, facts.publisher) : []),
          ...(license ? row(words.license, license.url ? h('a', { href: license.url, rel: ['license'] }, license.text) : license.text) : []),
          ...row(words.identifier, facts.identifier),
        ]),
      ]),
    ]),
  ];
}
