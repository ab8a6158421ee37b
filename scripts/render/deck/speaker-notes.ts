/**
 * A section's prose as speaker notes: `<aside class="notes">`, which reveal.js hides from the
 * room and shows in the speaker view (https://revealjs.com/speaker-view/). The notes are the
 * book's own hast for the section, made for speaking: a citation is said as the slides show it,
 * a short author–year (`(Perdue 2005, p. 234)`; with a note style, in place of the note mark),
 * never a note number or a full reference; the author's own footnote marks, figures with their
 * captions, images and the glance block go (the figures have slides of their own, and a caption
 * or an alt text is not for reading out); `#` links keep their text (the book's anchors do not
 * exist in the deck). Ids go too: a split slide repeats its notes, and an id must stay unique.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Citation } from '../../manuscript/nodes.ts';
import { citationRole } from '../../citations/notes.ts';

export interface SpokenCitations {
  /** A citation as said aloud (deck-citation.ts). */
  say(citation: Citation): ElementContent[];
  /** The citation a note mark stands for (a note style's generated note), by the mark's `href`. */
  noteFor(href: string): Citation | undefined;
}

export function speakerNotes(prose: readonly ElementContent[], citations: SpokenCitations): Element | undefined {
  const content = cleanAll(prose, citations);
  const hasText = content.some((node) => textOf(node).trim() !== '');
  return hasText ? h('aside', { className: ['notes'] }, content) : undefined;
}

/** The note marks and citations of a chapter's footnotes section: what each generated note cites. */
export function noteCitations(footnotes: Element | undefined): Map<string, Citation> {
  const notes = new Map<string, Citation>();
  const walk = (node: ElementContent, noteId: string | undefined) => {
    if (node.type !== 'element') return;
    const id = node.tagName === 'li' && typeof node.properties['id'] === 'string' ? node.properties['id'] : noteId;
    const citation = node.data?.citation;
    if (citation && id && citationRole(citation) === 'note') notes.set(`#${id}`, citation);
    for (const child of node.children) walk(child, id);
  };
  if (footnotes) walk(footnotes, undefined);
  return notes;
}

function cleanAll(nodes: readonly ElementContent[], citations: SpokenCitations): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const said = noteMark(node, citations);
    if (said) {
      // The note mark stood after the punctuation it followed; the citation said aloud goes before it.
      const previous = out.at(-1);
      const punctuation = previous?.type === 'text' ? /[.,;:!?]+$/.exec(previous.value)?.[0] ?? '' : '';
      if (previous?.type === 'text' && punctuation) previous.value = previous.value.slice(0, -punctuation.length);
      out.push({ type: 'text', value: ' ' }, ...said, ...(punctuation ? [{ type: 'text' as const, value: punctuation }] : []));
      continue;
    }
    out.push(...clean(node, citations));
  }
  return out;
}

/** What a note mark says: its citation, when it stands for a parenthetical one (a narrative one's name is in the sentence already). */
function noteMark(node: ElementContent, citations: SpokenCitations): ElementContent[] | undefined {
  if (node.type !== 'element' || node.tagName !== 'sup') return undefined;
  const link = node.children.find((child): child is Element => child.type === 'element' && child.properties['dataFootnoteRef'] !== undefined);
  const href = link?.properties['href'];
  const citation = typeof href === 'string' ? citations.noteFor(href) : undefined;
  return citation && citation.mode === 'parenthetical' ? citations.say(citation) : undefined;
}

function clean(node: ElementContent, citations: SpokenCitations): ElementContent[] {
  if (node.type !== 'element') return node.type === 'comment' ? [] : [node];
  const classes = node.properties['className'];
  const className = Array.isArray(classes) ? classes.map(String) : [];
  if (node.tagName === 'figure' || node.tagName === 'img' || (node.tagName === 'aside' && className.includes('glance'))) return [];
  if (node.properties['dataFootnoteRef'] !== undefined) return [];
  const citation = node.data?.citation;
  if (citation && className.includes('citation')) return citations.say(citation);
  const children = cleanAll(node.children, citations);
  // A mark or a paragraph that held only an image or a note mark says nothing.
  if ((node.tagName === 'sup' || node.tagName === 'p') && !children.some((child) => textOf(child).trim() !== '')) return [];
  const href = node.properties['href'];
  if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) return children;
  const { id: _id, ...properties } = node.properties;
  return [{ ...node, properties, children }];
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
