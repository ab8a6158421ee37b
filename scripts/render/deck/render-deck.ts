/**
 * The lecture deck: reveal.js 6 with slides rendered at build time as `<section>` HTML (reveal.js's
 * own content model), so nothing parses Markdown in the browser. A slide per section at
 * `deck.slideLevel`; its `:::slide` block is what shows, its prose the speaker notes
 * (`<aside class="notes">`). reveal.js, its CSS, the theme and the notes plugin are copied next to
 * `index.html`, so the deck works offline from `file://`.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { packageFile } from '../../resources.ts';
import type { Artifact } from '../../manuscript/types.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import type { Renderer } from '../types.ts';

const assets = ['dist/reveal.js', 'dist/reveal.css', 'dist/plugin/notes.js'] as const;

export const renderDeck: Renderer = ({ context, chapters }) => {
  const { book, slug } = context.manuscript;
  const dir = `${slug}-deck`;
  const theme = `dist/theme/${book.deck.theme}.css`;
  const slides: Element[] = [
    h('section', { className: ['title-slide'] }, [
      h('h1', book.title),
      ...(book.subtitle ? [h('p', book.subtitle)] : []),
      h('p', book.authors.join(', ')),
    ]),
    ...chapters.filter((c) => c.chapter.meta.slide).flatMap((c) => chapterSlides(c, book.deck.slideLevel)),
  ];
  const page = h('html', { lang: book.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `${book.title} — lecture`),
      h('link', { rel: 'stylesheet', href: 'reveal/reveal.css' }),
      h('link', { rel: 'stylesheet', href: `reveal/theme/${book.deck.theme}.css` }),
    ]),
    h('body', [
      h('div', { className: ['reveal'] }, h('div', { className: ['slides'] }, slides)),
      h('script', { src: 'reveal/reveal.js' }),
      h('script', { src: 'reveal/plugin/notes.js' }),
      h('script', 'Reveal.initialize({ hash: true, plugins: [RevealNotes] });'),
    ]),
  ]);
  const artifacts: Artifact[] = [{ path: `${dir}/index.html`, data: `<!doctype html>\n${toHtml(page)}\n` }];
  for (const asset of [...assets, theme]) {
    artifacts.push({ path: `${dir}/reveal/${asset.replace(/^dist\//, '')}`, data: packageFile('reveal.js', asset) });
  }
  return artifacts;
};

/** Splits a chapter's hast at headings of `level` (or above): each part is one slide. */
function chapterSlides({ chapter, section, slides }: ChapterHast, level: number): Element[] {
  const out: Element[] = [];
  let current: { heading: Element; prose: ElementContent[] } | undefined;
  const flush = () => {
    if (!current) return;
    const id = String(current.heading.properties['id'] ?? '');
    out.push(
      h('section', { id: `slide-${id}` }, [
        h(`h${Math.min(level, 2)}`, current.heading.children),
        ...(slides.get(id) ?? []),
        ...(current.prose.length > 0 ? [h('aside', { className: ['notes'] }, current.prose)] : []),
      ]),
    );
  };
  for (const child of section.children) {
    const depth = child.type === 'element' && /^h[1-6]$/.test(child.tagName) ? Number(child.tagName[1]) : undefined;
    if (depth !== undefined && depth <= level && child.type === 'element' && depth > 1) {
      flush();
      current = { heading: child, prose: [] };
    } else if (current && !(child.type === 'text' && child.value.trim() === '')) {
      current.prose.push(child);
    }
  }
  flush();
  return [h('section', { id: `slide-${chapter.id}`, className: ['chapter-slide'] }, [h('h2', chapter.meta.title)]), ...out];
}
