/**
 * The EPUB's title page and copyright page (EPUB 3 Structural Semantics: `titlepage`,
 * `copyright-page`, https://www.w3.org/TR/epub-ssv-11/#sec-frontmatter), after the cover and before
 * the contents, as printed books have them and pandoc's EPUB writer makes one: the title page
 * shows what the cover image shows, as text a reader can select, enlarge and hear; the copyright
 * page the publication date, the licence (linked) and the identifier. The title page is the
 * navigation's `titlepage` landmark.
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
        h('p', { className: ['authors'] }, facts.byline),
      ]),
    ]),
  ];
}

export function copyrightPageBody(facts: TitleFacts, words: Words): ElementContent[] {
  const row = (term: string, value: ElementContent | string) => [h('dt', term), h('dd', [value])];
  const license = facts.license;
  return [
    h('main', [
      h('section', { 'epub:type': 'copyright-page', className: ['copyright-page'], ariaLabelledBy: 'copyright-title' }, [
        h('h1', { id: 'copyright-title' }, words.copyright),
        h('p', [h('cite', facts.subtitle ? `${facts.title}: ${facts.subtitle}` : facts.title), `. ${facts.byline}.`]),
        h('dl', [
          ...row(words.published, h('time', { dateTime: facts.published.iso }, facts.published.text)),
          ...(license ? row(words.license, license.url ? h('a', { href: license.url, rel: ['license'] }, license.text) : license.text) : []),
          ...row(words.identifier, facts.identifier),
        ]),
      ]),
    ]),
  ];
}
