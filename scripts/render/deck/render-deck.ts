/**
 * The lecture deck: reveal.js 6 with every slide rendered at build time as `<section>` HTML
 * (reveal.js's own content model, https://revealjs.com/markup/), so nothing parses Markdown in
 * the browser. In order: the title slide, the "at a glance" slides, one vertical stack per
 * chapter (chapter-stack.ts), and the sources slides. reveal.js, its CSS, an offline theme, the
 * notes plugin and our deck CSS are copied next to `index.html`, so the deck, and its speaker view,
 * work from `file://` with no network.
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
import type { Renderer } from '../types.ts';
import { revealConfig } from './config.ts';
import { glanceSlides } from './glance-slides.ts';
import { stackHtml } from './stack-html.ts';
import { sourcesSlides } from './sources-slides.ts';
import { readNocite } from '../../citations/nocite.ts';
import { titleSlide } from './title-slide.ts';
import { fill } from '../../i18n/fill.ts';

/** reveal.js files the deck needs, by their path in the package (reveal.js 6 layout: `dist/plugin/<name>.js`). */
const revealFiles = ['dist/reveal.js', 'dist/reveal.css', 'dist/plugin/notes.js'] as const;

export const renderDeck: Renderer = ({ context, chapters, memo }) => {
  const { book, slug, assets } = context.manuscript;
  const dir = `${slug}-deck`;
  const { theme, slideLevel } = book.deck;
  // Each chapter's stack as HTML text (stack-html.ts): the deck holds strings, not a second tree of the book.
  const stacks = chapters.filter((c) => c.chapter.meta.slide).map((c) => stackHtml(context, c, slideLevel, memo));
  // The sources slides list the works cited on the slides, and those the book lists without citing (`nocite`).
  const nocite = readNocite(context.manuscript);
  const listed = nocite.all ? context.citations.bibliography().map((entry) => String(entry.properties['id']).replace(/^ref-/, '')) : nocite.keys.map(({ key }) => key);
  const cited = new Set([...stacks.flatMap((stack) => stack.cited), ...listed]);
  const slots = stacks.map((stack): Raw => ({ type: 'raw', value: stack.html }));
  const slides: ElementContent[] = [titleSlide(book), ...glanceSlides(context.manuscript, context.words), ...slots, ...sourcesSlides(context, cited)];
  // Our look sits over the theme: layout and sizes for every theme, warm paper colours for serif.
  // Then the author's style sheets (`css`), last; their files keep their manuscript paths, like images.
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
      h('script', `Reveal.initialize(Object.assign(${JSON.stringify(revealConfig)}, { plugins: [RevealNotes] }));`),
    ]),
  ]);

  const artifacts: Artifact[] = [
    textArtifact(`${dir}/index.html`, stringifyParts(page, slots, { before: '<!doctype html>\n', after: '\n' })),
    { path: `${dir}/deck.css`, data: template('deck.css') + pandocClassStyles(chapters) },
    ...(theme === 'serif' ? [{ path: `${dir}/deck-serif.css`, data: template('deck-serif.css') }] : []),
    ...authorStyles.map((style, index) => ({ path: `${dir}/author-${index + 1}.css`, data: authorCssText(style, (asset) => assetUrl(asset.path)) })),
  ];
  for (const file of [...revealFiles, `dist/theme/${theme}.css`]) {
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
  visit(page, 'element', (node) => use(node.tagName === 'img' ? node.properties['src'] : undefined));
  for (const asset of [...used].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) artifacts.push({ path: `${dir}/${asset.path}`, data: asset.data });
  return artifacts;
};
