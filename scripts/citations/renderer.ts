/**
 * The citation renderer for one build: citeproc-js with the book's CSL style (`csl:`, default
 * Chicago author-date), run once over every citation when the render context is made, then read
 * by the book's handlers. In an in-text style a citation renders in the sentence, `(Perdue 2005,
 * 234)` or `Perdue (2005, 234)`; in a note style `placeNotes` has turned it into a footnote, whose
 * text is the full note the first time a work is cited in a chapter and a short note after. Every
 * cited work links to its bibliography entry (`#ref-<key>`); the page adds the links back.
 *
 * The bibliography holds the works cited in the text, in an event's `cite` or in `nocite`
 * (`@*`: every entry), in the style's order, as `<li id="ref-<key>">`. Output is a pure function of the manuscript.
 *
 * A work in another language than the book's has its own words (title, names) marked with its
 * language in every citation and entry (`render/hast/tag-work-language.ts`), here, once, so the
 * page, the EPUB and the deck's sources all carry the same marks.
 */
import type { Root } from 'mdast';
import type { ElementContent as HastContent } from 'hast';
import { h } from 'hastscript';
import type { CslItem } from '../manuscript/csl.ts';
import type { Citation } from '../manuscript/nodes.ts';
import type { Manuscript } from '../manuscript/types.ts';
import type { CitationRenderer } from '../render/context.ts';
import { tagCitedWorks, tagWorkLanguage } from '../render/hast/tag-work-language.ts';
import { entryHref, processCitations, type Processed } from './engine.ts';
import { htmlToHast } from './html-to-hast.ts';
import { citationRole, placeNotes } from './notes.ts';
import { shortLabel } from './short-label.ts';
import { readNocite } from './nocite.ts';
import { citationSites, siteId, type CitationSite } from './sites.ts';
import { resolveStyle } from './style.ts';
import { localeTerms } from './locale-terms.ts';
import { bookWords } from '../i18n/book-words.ts';
import type { Words } from '../i18n/words.ts';

export function createCitationRenderer(manuscript: Manuscript): CitationRenderer {
  const style = resolveStyle(manuscript);
  const notes = style.class === 'note';
  const entries = new Map<string, CslItem>();
  for (const entry of manuscript.bibliography?.entries ?? []) {
    const id = typeof entry?.id === 'string' || typeof entry?.id === 'number' ? String(entry.id) : undefined;
    if (id !== undefined && !entries.has(id)) entries.set(id, { ...entry, id });
  }
  const chapters = manuscript.chapters.map((chapter) => citationSites(chapter, notes));
  const sites = new Map(chapters.flat().map((site) => [site.id, site]));
  const nocite = readNocite(manuscript);
  const cited = [
    ...chapters.flat().flatMap((site) => site.node.items.map((item) => item.key)),
    ...manuscript.book.events.flatMap((event) => event.cite),
    ...(nocite.all ? entries.keys() : nocite.keys.map(({ key }) => key)),
  ];
  // Without a bibliography every citation is the fallback and there is no list of works: the
  // engine (and its locale) would give nothing, so it is not loaded.
  const processed = entries.size === 0 ? nothingProcessed : processCitations(style, entries, chapters, cited);
  const lang = manuscript.book.lang;
  const words = bookWords(manuscript.book);
  const work = (key: string) => entries.get(key);
  const bibliography = processed.bibliography.map(({ key, html }) => {
    const content = htmlToHast(html);
    // citeproc wraps each entry in `<div class="csl-entry">`: the `li` is that entry.
    const only = content.length === 1 ? content[0] : undefined;
    const inner = only?.type === 'element' && only.tagName === 'span' && (only.properties['className'] as string[] | undefined)?.includes('csl-entry') ? only.children : content;
    const entry = h('li', { id: `ref-${key}`, className: ['csl-entry'] }, inner);
    tagWorkLanguage(entry, work(key), lang);
    return entry;
  });

  const render = (node: Citation, site: CitationSite | undefined): HastContent[] => {
    const html = site && processed.clusters.get(site.id);
    if (!site || html === undefined) return tagged(fallback(node, entries, words));
    const body = htmlToHast(html);
    const { prefix, suffix } = processed.layout;
    const author = () => {
      // citeproc writes a narrative citation's author without the link to the entry: the work is the cluster's first.
      const scope = { children: htmlToHast(processed.authors.get(site.id) ?? '') };
      tagWorkLanguage(scope, work(node.items[0]?.key ?? ''), lang);
      return scope.children;
    };
    const role = citationRole(node);
    let content: HastContent[];
    if (notes && role === 'note') content = [...capitalise(body), ...text(endsWith(body, suffix) ? '' : suffix)];
    else if (notes && role === 'author') content = author();
    else if (notes) content = node.mode === 'narrative' ? body : [...text('('), ...body, ...text(')')];
    else if (node.mode === 'narrative') content = [...author(), ...text(' '), ...text(prefix || '('), ...body, ...text(suffix || ')')];
    else content = [...text(prefix), ...body, ...text(suffix)];
    return tagged([h('span', { className: ['citation'], dataCites: node.items.map((item) => item.key).join(' ') }, content)]);
  };
  const tagged = (content: HastContent[]): HastContent[] => {
    tagCitedWorks({ type: 'root', children: content }, work, lang);
    return content;
  };

  return {
    cite: (node, chapter) => {
      const id = siteId(chapter, node);
      return render(node, id === undefined ? undefined : sites.get(id));
    },
    bibliography: () => bibliography.map((entry) => structuredClone(entry)),
    shortLabel: (key) => shortLabel(entries.get(key), key, words),
    locatorTerm: (label, plural) => localeTerms(style.locale).term(label === 'sub-verbo' ? 'sub verbo' : label, 'short', plural),
    notes,
    placeNotes: (tree: Root) => {
      if (notes) placeNotes(tree);
    },
  };
}

const nothingProcessed: Processed = { clusters: new Map(), authors: new Map(), bibliography: [], layout: { prefix: '', suffix: '' } };

/** A citation the engine did not see (one on a slide, or with unknown keys): `(Perdue 2005, 12)`. */
function fallback(node: Citation, entries: ReadonlyMap<string, CslItem>, words: Words): HastContent[] {
  const parts: HastContent[] = [];
  node.items.forEach((item, index) => {
    if (index > 0) parts.push(...text('; '));
    if (item.prefix) parts.push(...text(`${item.prefix} `));
    const label = shortLabel(entries.get(item.key), item.key, words);
    parts.push(entries.has(item.key) ? h('a', { href: entryHref(item.key) }, label) : { type: 'text', value: label });
    const after = [item.locator, item.suffix].filter(Boolean).join(' ');
    if (after) parts.push(...text(`, ${after}`));
  });
  const content = node.mode === 'parenthetical' ? [...text('('), ...parts, ...text(')')] : parts;
  return [h('span', { className: ['citation'], dataCites: node.items.map((item) => item.key).join(' ') }, content)];
}

function text(value: string): HastContent[] {
  return value === '' ? [] : [{ type: 'text', value }];
}

/** A note starts a sentence: `see Perdue…` → `See Perdue…` (pandoc does the same). */
function capitalise(content: HastContent[]): HastContent[] {
  let done = false;
  const visitFirst = (nodes: HastContent[]) => {
    for (const node of nodes) {
      if (done) return;
      if (node.type === 'text' && node.value.trim() !== '') {
        node.value = node.value.replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toUpperCase());
        done = true;
      } else if (node.type === 'element') visitFirst(node.children);
    }
  };
  visitFirst(content);
  return content;
}

function endsWith(content: HastContent[], suffix: string): boolean {
  if (suffix === '') return true;
  const textOf = (nodes: HastContent[]): string => nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
  return textOf(content).trimEnd().endsWith(suffix);
}
