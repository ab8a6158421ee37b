/**
 * Links inside the book: every `#id` (and every link to a chapter file, which the load stage made
 * one: manuscript/chapter-links.ts) must name an id the outputs will have (manuscript/book-ids.ts),
 * or the reader follows it nowhere (EPUBCheck's RSC-012 in the EPUB). A relative link to a file no
 * output carries is broken too. External links are never fetched.
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import { bookIds } from '../manuscript/book-ids.ts';
import { closest } from '../citations/closest.ts';
import { readNocite } from '../citations/nocite.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

export const linksCheck: Check = {
  name: 'links',
  rules: [
    { id: 'link-broken', severity: 'error', locked: true, summary: 'a link inside the book (`[…](#id)`, `[…](02-siege.md#id)`) to an id no heading, chapter, figure or element has, or to a file no output carries; the message suggests the nearest id: fix the link or give the target that id' },
  ],
  run(manuscript) {
    const nocite = readNocite(manuscript);
    const works = new Set<string>(manuscript.book.events.flatMap((event) => event.cite));
    for (const chapter of manuscript.chapters) visit(chapter.tree, 'citation', (node) => void node.items.forEach((item) => works.add(item.key)));
    for (const entry of nocite.all ? manuscript.bibliography?.entries ?? [] : []) works.add(String(entry.id));
    for (const { key } of nocite.keys) works.add(key);
    const { ids } = bookIds(manuscript.chapters, works);
    const known = [...ids.keys()];
    for (const chapter of manuscript.chapters) {
      if (isReused(chapter)) continue;
      // One walk: the links and definitions in order, and the definitions link references use (a
      // definition only an image uses names a picture, not a link target).
      const links: Array<Link | Definition> = [];
      const linked = new Set<string>();
      visit(chapter.tree, (node) => {
        if (node.type === 'linkReference') linked.add(node.identifier);
        if (node.type === 'link' || node.type === 'definition') links.push(node);
      });
      for (const link of links) {
        if (link.type === 'definition' && !linked.has(link.identifier)) continue;
        // `[Heading text]`: made only where the file has that heading (syntax/pandoc-headings/), its id given at render.
        if (link.data?.headingReference !== undefined) continue;
        const written = link.data?.written ?? link.url;
        if (link.url.startsWith('#')) {
          let id: string;
          try {
            id = decodeURIComponent(link.url.slice(1));
          } catch {
            id = link.url.slice(1);
          }
          if (id === '' || ids.has(id)) continue;
          const near = closest(id, known);
          report(chapter.file, `Broken link \`${written}\`: no chapter, heading, figure or element of the book has the id \`${id}\`, so the link would lead nowhere in every output; ${near ? `did you mean \`#${near}\`? ` : ''}fix the link, or give its target that id (a heading’s id comes from its text: \`## The siege\` is \`#the-siege\`)`, link.position, 'link-broken');
        } else if (!/^[a-z][a-z0-9+.-]*:/i.test(link.url) && !link.url.startsWith('//')) {
          report(chapter.file, `Broken link \`${written}\`: it names a file of the manuscript that is not one of its chapters, and no output carries it, so the link would lead nowhere; link to a chapter file listed in \`chapters\` (\`02-siege.md#the-walls\`), to an id (\`#the-walls\`), or to a full URL`, link.position, 'link-broken');
        }
      }
    }
  },
};
