/**
 * The places a chapter is about, for `::map{chapter=<id>}`. Events do not list chapters, so we
 * take the union of two signals: the places of the events whose dates the chapter mentions (a
 * `dateMention` resolved to an event by the dates check, or tied explicitly with
 * `:date[…]{event=…}`), and the places the chapter's text names (the place's `name` or one of its
 * `aliases`, as a whole word). The first catches "in 1716" about Yamyshev; the second a place
 * named without a date.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Alias } from '../../manuscript/schema.ts';
import type { Manuscript } from '../../manuscript/types.ts';

export function chapterPlaces(manuscript: Manuscript, chapterId: string): Set<string> | undefined {
  const chapter = manuscript.chapters.find((c) => c.id === chapterId);
  if (!chapter) return undefined;
  const { places, events } = manuscript.book;
  const placeOf = new Map(events.map((e) => [e.id, e.place]));
  const found = new Set<string>();
  let text = '';
  visit(chapter.tree as Root, (node) => {
    if (node.type === 'dateMention') {
      const place = placeOf.get(node.resolved?.event ?? node.event ?? '');
      if (place) found.add(place);
    }
    if (node.type === 'text') text += ` ${node.value}`;
  });
  // One pattern for every name (a `\\p{…}` class costs about a millisecond to compile), longest first.
  const placeOfName = new Map<string, string>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases.map((a: Alias) => (typeof a === 'string' ? a : a.name))]) if (!placeOfName.has(name)) placeOfName.set(name, place.id);
  }
  const names = [...placeOfName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return found;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) found.add(placeOfName.get(match[0])!);
  return found;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The chapter ids that `::map{chapter=…}` directives name, anywhere in the book (the prose or a
 * `:::slide` block). A leaf directive is a block, so only block containers are searched, not
 * paragraphs: a few hundred nodes for the flagship.
 */
export function chapterMapTargets(manuscript: Manuscript): Set<string> {
  const targets = new Set<string>();
  const search = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'leafDirective' && node.name === 'map' && node.attributes?.['chapter']) targets.add(node.attributes['chapter']);
      else if (node.type === 'div' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') search(node.children);
    }
  };
  for (const chapter of manuscript.chapters) search((chapter.tree as Root).children);
  return targets;
}
