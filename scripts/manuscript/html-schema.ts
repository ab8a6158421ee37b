/**
 * The book's HTML: what the sanitizer (render/hast/sanitize.ts) keeps of raw HTML and of the
 * elements pandoc attributes are written on, and what the raw-HTML check (checks/raw-html.ts)
 * tells the author it removed. The prose vocabulary of a book (GitHub's default schema, which knows
 * GFM footnotes and tables, plus figures, captions, `<time>`, `<abbr>`, `lang`, `class`, `data-*`)
 * and nothing executable or remote: no `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`,
 * `<form>`, no `on*` handlers, no `style` attributes (they can fetch `url(…)`) but an image's
 * `width`/`height` in a unit (`{width=50%}`), links only to http(s), mailto or inside the book,
 * images only from the manuscript or `data:`.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** The marker of a trusted slot: allowed by the schema, but only ours carry the slot's data. */
export const slotTag = 'triptych-slot';

/** Elements removed together with their content (the others not allowed are unwrapped). */
export const strippedTags = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math', 'title'];

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter(
  // Form plumbing means nothing in a book.
  (name) => !['action', 'method', 'encType', 'accept', 'acceptCharset'].includes(String(name)),
);

/** An image's size in a unit other than pixels, as pandoc writes `{width=50%}`: nothing else in it can fetch. */
export const imageDimensionStyle = /^(?:(?:width|height):\d+(?:\.\d+)?(?:%|cm|mm|in);?)+$/;

/**
 * GitHub's schema lets a few elements (`a`, `code`, `h2`, `li`, `ol`, `ul`, `input`, `section`)
 * carry only the classes GitHub itself writes; a book's classes (`{.smallcaps}`, `{.haskell}`,
 * `{.lead}` on a heading) are inert, so those elements take any class, as every other one does.
 */
const perElement = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [tag, definitions.filter((definition) => !(Array.isArray(definition) && definition[0] === 'className'))]),
);

export const bookSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    ...['abbr', 'aside', 'bdi', 'bdo', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr'],
    slotTag,
  ],
  attributes: {
    ...perElement,
    // `data-*`: pandoc writes attribute keys that are not HTML's as `data-<key>` (`{data-background=…}`).
    '*': [...everywhere, 'className', 'role', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaHidden', 'translate', 'data*'],
    a: [...(perElement['a'] ?? []), 'rel'],
    section: ['dataFootnotes'],
    // pandoc's lettered and roman lists (syntax/fancy-lists/): `<ol type="a">`.
    ol: [...(perElement['ol'] ?? []), ['type', '1', 'a', 'A', 'i', 'I']],
    time: ['dateTime'],
    img: [...(perElement['img'] ?? []), 'loading', 'decoding', ['style', imageDimensionStyle]],
  },
  // Ids are ours (heading slugs, chapter-prefixed footnotes): no `user-content-` prefix.
  clobber: [],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // Relative (a manuscript asset) or an inline image; never the network: the page opens offline.
    src: ['data'],
    cite: ['http', 'https'],
  },
  strip: strippedTags,
};

