/**
 * The lecture deck: reveal.js 6 with every slide rendered at build time as `<section>` HTML
 * (reveal.js's own content model, https://revealjs.com/markup/), so nothing parses Markdown in
 * the browser. In order: the title slide, the "at a glance" slides, one vertical stack per
 * chapter (chapter-stack.ts), the closing slide and the sources slides (in the order the author
 * asks). reveal.js, its CSS, the theme (without its web-font imports), the notes plugin, our deck
 * CSS and the author's are copied next to `index.html`, so the deck, and its speaker view, work
 * from `file://` with no network.
 */
import { pandocClassStyles } from '../hast/pandoc-class-styles.ts';
import type { ElementContent } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { h } from 'hastscript';
import { stringifyParts } from '../hast/stringify-html.ts';
import { visit } from 'unist-util-visit';
import { packageFile, template } from '../../resources.ts';
import { textArtifact, type Artifact, type Asset } from '../../manuscript/types.ts';
import { assetForSrc, assetUrl } from '../../manuscript/asset-url.ts';
import { authorCssText, stylesFor } from '../hast/author-css.ts';
import { wordsFor } from '../../i18n/words.ts';
import type { Renderer } from '../types.ts';
import { revealConfig } from './config.ts';
import { closingSlide } from './closing-slide.ts';
import { glanceSlides } from './glance-slides.ts';
import { navigationScript } from './navigation-script.ts';
import { stackHtml, type StackPlan } from './stack-html.ts';
import { labelsOnSlides } from './labels-on-slides.ts';
import { sourcesSlides, type CitingSlide } from './sources-slides.ts';
import { titleBlock } from './title-block.ts';
import { bookSlideLevel, talkSlideLevel } from '../../manuscript/talk/deck-plan.ts';
import type { ChapterHast } from '../hast/book-to-hast.ts';
import { readNocite } from '../../citations/nocite.ts';
import { fill } from '../../i18n/fill.ts';
import { titleSlide } from './title-slide.ts';

/** reveal.js files the deck needs, by their path in the package (reveal.js 6 layout: `dist/plugin/<name>.js`). */
const revealFiles = ['dist/reveal.js', 'dist/reveal.css', 'dist/plugin/notes.js'] as const;

export const renderDeck: Renderer = ({ context, chapters, memo }) => {
  const { book, slug, assets } = context.manuscript;
  const words = wordsFor(book.lang);
  const dir = `${slug}-deck`;
  const { theme } = book.deck;
  // Chapters written the pandoc way come with their Markdown (book-to-hast.ts); the rest are book-first.
  const talks = chapters.flatMap((c) => (c.talkTree ? [{ chapter: c.chapter, tree: c.talkTree }] : []));
  const talkLevel = talkSlideLevel(talks, book.deck, { bookFirst: talks.length < chapters.length });
  const planOf = (c: ChapterHast): StackPlan => (c.talkTree ? { mode: 'slides', level: talkLevel } : { mode: 'book', level: bookSlideLevel(book.deck) });
  // Each chapter's stack as HTML text (stack-html.ts): the deck holds strings, not a second tree of the book.
  const shown = chapters.filter((c) => c.chapter.meta.slide);
  const onSlides = labelsOnSlides(shown);
  const stacks = shown.map((c) => stackHtml(context, c, planOf(c), onSlides, memo));
  // The sources slides list the works cited on the slides, and those the book lists without citing (`nocite`).
  const nocite = readNocite(context.manuscript);
  const listed = nocite.all ? context.citations.bibliography().map((entry) => String(entry.properties['id']).replace(/^ref-/, '')) : nocite.keys.map(({ key }) => key);
  const cited = new Set([...stacks.flatMap((stack) => stack.cited), ...listed]);
  const slots = stacks.map((stack): Raw => ({ type: 'raw', value: stack.html }));
  const opening = [titleSlide(titleBlock(book), book.titleSlideAttributes), ...glanceSlides(context.manuscript, context.words)];
  const closing = closingSlide(book.deck.closing, words);
  // The number each slide shows (reveal.js's flattened `c`), for the sources' links back to the slides citing them.
  const citedOn = new Map<string, CitingSlide[]>();
  let number = opening.length;
  for (const slide of stacks.flatMap((stack) => stack.slides)) {
    number += 1;
    for (const key of slide.cites) citedOn.set(key, [...(citedOn.get(key) ?? []), { id: slide.id, number }]);
  }
  const sources = sourcesSlides(context, cited, citedOn, words);
  const ending = closing?.placement === 'after-sources' ? [...sources, closing.slide] : [...(closing ? [closing.slide] : []), ...sources];
  const slides: ElementContent[] = [...opening, ...slots, ...ending];
  // Our look sits over the theme: layout and sizes for every theme, warm paper colours for serif.
  // Then the author's style sheets (`css`, `deck.css`), last, so they win; their files keep their
  // manuscript paths, like images.
  const authorStyles = stylesFor(context.manuscript.styles, 'deck');
  const styles = ['reveal/reveal.css', `reveal/theme/${theme}.css`, 'deck.css', ...(theme === 'serif' ? ['deck-serif.css'] : []), ...authorStyles.map((_, index) => `author-${index + 1}.css`)];
  const page = h('html', { lang: book.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', fill(context.words.lecture, { title: book.title })),
      ...styles.map((href) => h('link', { rel: 'stylesheet', href })),
    ]),
    h('body', [
      // A `div`, as in reveal.js's own markup (https://revealjs.com/markup/): reveal.js gives this
      // element `role="application"`, which ARIA does not allow on `<main>` (axe: aria-allowed-role).
      h('div', { className: ['reveal'] }, h('div', { className: ['slides'] }, slides)),
      h('script', { src: 'reveal/reveal.js' }),
      h('script', { src: 'reveal/plugin/notes.js' }),
      h('script', `Reveal.initialize(Object.assign(${JSON.stringify(revealConfig)}, { plugins: [RevealNotes] }));\n${navigationScript}`),
    ]),
  ]);

  const artifacts: Artifact[] = [
    textArtifact(`${dir}/index.html`, stringifyParts(page, slots, { before: '<!doctype html>\n', after: '\n' })),
    { path: `${dir}/deck.css`, data: template('deck.css') + pandocClassStyles(chapters) },
    ...(theme === 'serif' ? [{ path: `${dir}/deck-serif.css`, data: template('deck-serif.css') }] : []),
    ...authorStyles.map((style, index) => ({ path: `${dir}/author-${index + 1}.css`, data: authorCssText(style, (asset) => assetUrl(asset.path)) })),
    { path: `${dir}/reveal/theme/${theme}.css`, data: offlineTheme(packageFile('reveal.js', `dist/theme/${theme}.css`).toString('utf8')) },
  ];
  for (const file of revealFiles) {
    artifacts.push({ path: `${dir}/reveal/${file.replace(/^dist\//, '')}`, data: packageFile('reveal.js', file) });
  }
  // Images keep their manuscript-relative path (`images/x.png`, which each `src` names in URL form);
  // copy each one the slides or notes use.
  const used = new Set<Asset>();
  const use = (src: unknown) => {
    const asset = typeof src === 'string' ? assetForSrc(src, assets) : undefined;
    if (asset) used.add(asset);
  };
  for (const src of stacks.flatMap((stack) => stack.images)) use(src);
  for (const style of authorStyles) for (const part of style.parts) if (typeof part !== 'string') used.add(part);
  visit(page, 'element', (node) => use(node.tagName === 'img' ? node.properties['src'] : node.properties['dataBackgroundImage']));
  for (const asset of [...used].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) artifacts.push({ path: `${dir}/${asset.path}`, data: asset.data });
  return artifacts;
};

/**
 * A reveal.js theme without its `@import`s of web fonts (beige, blood, league, moon, night, simple,
 * sky and solarized fetch theirs from the network): the theme's font stacks fall back to the next
 * font they name, and the deck opens offline. The other themes embed their fonts and pass unchanged.
 */
export function offlineTheme(css: string): string {
  return css.replace(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^;]*;\s*/g, '');
}
