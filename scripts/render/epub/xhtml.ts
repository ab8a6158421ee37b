/**
 * Serialises hast as XHTML (EPUB 3.3 §6.1: content documents are XML, https://www.w3.org/TR/epub-33/#sec-xhtml),
 * through xast, never by gluing strings. Two XML-only details are handled here, once:
 * - an element with `lang` also gets `xml:lang` with the same value (HTML §3.2.6.2 requires both to
 *   agree in XHTML; some reading systems read only one of them), the root `<html>` included
 *   (WCAG technique H57, https://www.w3.org/TR/WCAG20-TECHS/H57; EPUBCheck's usage message
 *   HTM-020 otherwise);
 * - HTML void elements are written `<br/>`, every other empty HTML element `<a …></a>`, so a reading
 *   system that parses the file as HTML (older Kindle conversions) does not read `<br></br>` as two
 *   breaks or `<a/>` as an unclosed link.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import type { Root as XastRoot, Element as XastElement } from 'xast';
import { toXml } from 'xast-util-to-xml';

export const epubNamespace = 'http://www.idpf.org/2007/ops';

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';
const svgNamespace = 'http://www.w3.org/2000/svg';

export interface XhtmlPage {
  title: string;
  lang: string;
  body: ElementContent[];
  /** `epub:type` of `<body>`, e.g. `frontmatter`, `bodymatter`. */
  bodyType?: string;
  /** Relative paths of the style sheets from this page, in cascade order; default `epub.css`. */
  stylesheets?: readonly string[];
}

export function xhtmlDocument(page: XhtmlPage): string {
  const html = h('html', { 'xmlns:epub': epubNamespace, lang: page.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', page.title),
      ...(page.stylesheets ?? ['epub.css']).map((href) => h('link', { rel: 'stylesheet', type: 'text/css', href })),
    ]),
    h('body', page.bodyType ? { 'epub:type': page.bodyType } : {}, page.body),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${serialise(html)}\n`;
}

/** Any hast tree (an XHTML page, a standalone SVG) as XML. */
export function serialise(tree: Element | HastRoot, space: 'html' | 'svg' = 'html'): string {
  const xast = toXast(tree, { space }) as XastRoot | XastElement;
  if (xast.type === 'element') addXmlLang(xast);
  prepare(xast, space === 'html' ? xhtmlNamespace : svgNamespace);
  return toXml(xast, { allowDangerousXml: true });
}

/**
 * Adds `xml:lang` beside `lang`, and self-closes the elements that must be (HTML void elements)
 * or may be (empty SVG elements). xast-util-to-xml can only self-close every empty element or
 * none, so those few are written on their own and kept as raw XML in the tree.
 */
function prepare(node: XastRoot | XastElement, namespace: string): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    addXmlLang(child);
    const own = typeof child.attributes['xmlns'] === 'string' ? child.attributes['xmlns'] : namespace;
    prepare(child, own);
    if (child.children.length === 0 && (own !== xhtmlNamespace || voidElements.has(child.name))) {
      node.children[index] = { type: 'raw', value: toXml(child, { closeEmptyElements: true, tightClose: true }) };
    }
  });
}

function addXmlLang(element: XastElement): void {
  const lang = element.attributes['lang'];
  if (lang !== undefined && lang !== null && element.attributes['xml:lang'] === undefined) element.attributes['xml:lang'] = lang;
}
