/**
 * Tells the author what the sanitizer (render/hast/sanitize.ts) takes out of their raw HTML, at the
 * element's line and column. Anything that could run code or load another document is an error
 * (`html-unsafe`): it never reaches an output, and the author should know their text changed.
 * What the book's schema merely does not keep (an unknown element or attribute, a `style`, an image
 * from the network) is a warning (`html-removed`). Links written in Markdown are checked too: a
 * `javascript:` URL is as executable there as in `<a href>`; and so are pandoc attributes
 * (`{onclick=…}`, `{style=…}`), which become attributes of the element they are written on.
 */
import type { Element, Properties, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import type { Html, Nodes as MdastNodes } from 'mdast';
import type { Attributes } from '../manuscript/nodes.ts';
import { attributesToProperties } from '../syntax/pandoc-attributes/to-properties.ts';
import { find, html as htmlSchema } from 'property-information';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';
import { bookSchema, imageDimensionStyle, slotTag, strippedTags } from '../manuscript/html-schema.ts';
import { isReused } from './check-memo.ts';
import type { Check } from './types.ts';

/** Elements that run code, embed another document, submit data or restyle the whole page. */
const unsafeTags: Record<string, string> = {
  script: 'a script runs code, and nothing from the manuscript may run in a reader’s browser or e-reader',
  iframe: 'a frame embeds another page, fetched from the network, with its own scripts',
  frame: 'a frame embeds another page, fetched from the network, with its own scripts',
  frameset: 'a frame embeds another page, fetched from the network, with its own scripts',
  object: 'an embedded object loads and runs external content',
  embed: 'an embedded object loads and runs external content',
  applet: 'an applet runs code',
  form: 'a form sends what readers type to another site',
  style: 'a stylesheet can fetch from the network (`@import`, `url()`) and restyle the whole book',
  link: 'a `<link>` loads a resource from outside the book',
  base: '`<base>` redirects every link in the page',
  meta: '`<meta>` can redirect or reconfigure the page',
  portal: 'a portal embeds another page',
};

const urlProperties = ['href', 'src', 'action', 'formAction', 'cite', 'poster', 'data', 'xLinkHref', 'background', 'srcSet'];

export const rawHtmlCheck: Check = {
  name: 'raw-html',
  rules: [
    { id: 'html-unsafe', severity: 'error', locked: true, summary: 'raw HTML or a link that could run code or load another page (`<script>`, `on…=` handlers, `javascript:` URLs, `<iframe>`, `<object>`, `<embed>`, `<form>`, `<style>`); it is removed from every output, so delete it' },
    { id: 'html-removed', severity: 'warning', summary: 'raw HTML the book does not keep (an unknown element or attribute, `style`, an image from the network); it is dropped from the outputs: use Markdown or an allowed element' },
  ],
  run(manuscript) {
    for (const chapter of manuscript.chapters) {
      if (isReused(chapter)) continue;
      visit(chapter.tree, (node: MdastNodes) => {
        if (node.type === 'html') checkHtml(chapter.file, node);
        else if (node.type === 'link' || node.type === 'definition') checkMarkdownUrl(chapter.file, node.url, 'link', node.position);
        else if (node.type === 'image') checkMarkdownUrl(chapter.file, node.url, 'image', node.position);
        checkWrittenAttributes(chapter.file, node);
      });
    }
  },
};

function checkHtml(file: VFile, node: Html): void {
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: node.value, ...(node.position ? { position: node.position } : {}) }] }, { file }) as HastRoot;
  visit(tree, 'element', (element: Element) => {
    const place = element.position ?? node.position;
    const tag = element.tagName;
    const why = unsafeTags[tag];
    if (why) {
      report(file, `Raw HTML \`<${tag}>\` is removed from every output: ${why}; delete it (to point readers at a page, write a link, \`[title](https://…)\`)`, place, 'html-unsafe');
      return 'skip';
    }
    if (tag === slotTag || !bookSchema.tagNames?.includes(tag)) {
      const fate = strippedTags.includes(tag) ? 'with its content' : 'its content is kept';
      report(file, `Raw HTML \`<${tag}>\` is not part of the book’s HTML and is removed (${fate}): the same text goes to an EPUB, a page and a deck, which keep a safe, portable subset; use Markdown or an allowed element such as \`<abbr>\`, \`<table>\`, \`<figure>\``, place, 'html-removed', 'warning');
      if (strippedTags.includes(tag)) return 'skip';
    }
    checkAttributes(file, element, place);
    return undefined;
  });
}

function checkAttributes(file: VFile, element: Element, place: Position | undefined): void {
  const tag = element.tagName;
  for (const [property, value] of Object.entries(element.properties as Properties)) {
    const attribute = find(htmlSchema, property).attribute;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (/^on/i.test(attribute)) {
      report(file, `The \`${attribute}\` attribute on \`<${tag}>\` is removed: event handlers run code, and nothing from the manuscript may run; delete it`, place, 'html-unsafe');
    } else if (attribute === 'srcdoc') {
      report(file, `The \`srcdoc\` attribute on \`<${tag}>\` is removed: it embeds a whole HTML document; delete it`, place, 'html-unsafe');
    } else if (urlProperties.includes(property) && executableUrl(text, tag === 'img' && property === 'src')) {
      report(file, `The URL \`${shorten(text)}\` in \`${attribute}\` on \`<${tag}>\` is removed: a \`${scheme(text)}:\` URL can run code or carry a whole page; link to an \`https:\` page or a \`#heading\` in the book instead`, place, 'html-unsafe');
    } else if (property === 'style' && !(tag === 'img' && imageDimensionStyle.test(text))) {
      report(file, `The \`style\` attribute on \`<${tag}>\` is removed: the book’s stylesheets style every output, and inline CSS can fetch from the network (\`url()\`); use Markdown emphasis or a \`class\``, place, 'html-removed', 'warning');
    } else if (property === 'src' && /^https?:/i.test(text.trim())) {
      report(file, `The image \`${shorten(text)}\` on \`<${tag}>\` is removed: it would be fetched from the network, and the book must open offline; download it into the manuscript and write \`![description](images/…)\``, place, 'html-removed', 'warning');
    } else if (tag === 'img' && property === 'src' && !/^data:/i.test(text.trim())) {
      report(file, `The image \`${shorten(text)}\` in raw HTML is not embedded: Triptych only reads images written in Markdown, so the page and the EPUB would miss it; write \`![description](${shorten(text)})\` instead`, place, 'html-removed', 'warning');
    } else if (!allowed(tag, property)) {
      report(file, `The \`${attribute}\` attribute on \`<${tag}>\` is removed: it is not part of the book’s HTML; delete it or say it in prose`, place, 'html-removed', 'warning');
    }
  }
}

/** The element each kind of node writes its pandoc attributes on. */
function attributeTarget(node: MdastNodes): { tagName: string; attributes: Attributes } | undefined {
  if (node.type === 'div' || node.type === 'span') return { tagName: node.type, attributes: node.attributes };
  const attributes = node.data?.attributes;
  if (!attributes) return undefined;
  const tagName = node.type === 'heading' ? `h${node.depth}` : ({ code: 'pre', inlineCode: 'code', link: 'a', linkReference: 'a', image: 'img', imageReference: 'img' } as Record<string, string>)[node.type];
  return tagName ? { tagName, attributes } : undefined;
}

function checkWrittenAttributes(file: VFile, node: MdastNodes): void {
  const target = attributeTarget(node);
  if (!target || target.attributes.pairs.length === 0) return;
  const properties = attributesToProperties(target.attributes, target.tagName);
  checkAttributes(file, { type: 'element', tagName: target.tagName, properties, children: [] }, target.attributes.position ?? node.position);
}

function checkMarkdownUrl(file: VFile, url: string, what: 'link' | 'image', place: Position | undefined): void {
  if (!executableUrl(url, what === 'image')) return;
  report(file, `The ${what} URL \`${shorten(url)}\` is removed: a \`${scheme(url)}:\` URL can run code or carry a whole page; link to an \`https:\` page or a \`#heading\` in the book instead`, place, 'html-unsafe');
}

/** Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`). */
function scheme(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return match ? match[1]!.toLowerCase() : '';
}

function executableUrl(url: string, isImage: boolean): boolean {
  const name = scheme(url);
  if (name === 'javascript' || name === 'vbscript') return true;
  // A raster image as a data: URI is inert; any other data: URL (text/html, SVG in a link) is a document.
  return name === 'data' && !(isImage && /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(url.trim()));
}

function allowed(tag: string, property: string): boolean {
  const definitions = [...(bookSchema.attributes?.[tag] ?? []), ...(bookSchema.attributes?.['*'] ?? [])];
  return definitions.some((definition) => {
    const name = Array.isArray(definition) ? definition[0] : definition;
    return name === property || (name === 'data*' && /^data[A-Z]/.test(property));
  });
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
