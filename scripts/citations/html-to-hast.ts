/**
 * citeproc-js writes HTML strings; the book is hast. Its HTML output format uses a small, fixed
 * set of tags (citeproc_commonjs.js, `CSL.Output.Formats.html`): `i`, `b`, `em`, `sup`, `sub`,
 * `a href`, `span style=…` and `div class=csl-…`. This reads exactly that set into hast and
 * nothing else: an unknown tag is dropped (its text kept), `style` attributes become classes (the
 * book's sanitizer and EPUB reading systems both dislike inline style), a `div` becomes a `span`
 * (an entry lives inside an `li`; citeproc's layout whitespace around it is trimmed), and a link
 * inside a link (a URL inside a citation that links to its entry) is unwrapped, because nested
 * `<a>` is invalid HTML.
 */
import type { Element, ElementContent } from 'hast';

const inlineTags = new Set(['i', 'b', 'em', 'strong', 'sup', 'sub', 'span', 'a']);

/** citeproc's inline styles → our classes (templates' CSS styles them). */
const styleClasses: ReadonlyArray<[RegExp, string]> = [
  [/font-variant:\s*small-caps/, 'csl-small-caps'],
  [/font-style:\s*normal/, 'csl-no-italic'],
  [/font-weight:\s*normal/, 'csl-no-bold'],
  [/font-variant:\s*normal/, 'csl-no-small-caps'],
  [/text-decoration:\s*underline/, 'csl-underline'],
  [/text-decoration:\s*none/, 'csl-no-underline'],
];

const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToHast(html: string): ElementContent[] {
  const root: Element = { type: 'element', tagName: 'root', properties: {}, children: [] };
  const stack: Element[] = [root];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"]*")*)\s*\/?>|([^<]+)|</g;
  for (const match of html.matchAll(token)) {
    const [whole, closing, rawTag, attributes, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined || whole === '<') {
      appendText(top, decode(text ?? whole));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const mapped = tag === 'div' ? 'span' : tag;
    if (closing) {
      // Close the nearest open element of that kind (citeproc's output is well nested).
      const at = stack.findLastIndex((element, i) => i > 0 && element.data !== undefined && (element.data as { tag?: string }).tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element = openElement(tag, mapped, attributes ?? '', stack);
    top.children.push(element);
    stack.push(element);
  }
  const out = root.children;
  strip(out);
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((child) => child.type !== 'text' || child.value !== '');
}

function openElement(tag: string, mapped: string, attributes: string, stack: readonly Element[]): Element {
  const attrs = new Map([...attributes.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)]));
  const insideLink = stack.some((element) => element.tagName === 'a');
  const properties: Element['properties'] = {};
  let tagName = inlineTags.has(mapped) ? mapped : 'span';
  if (tagName === 'a') {
    const href = attrs.get('href') ?? '';
    if (insideLink || !/^(https?:\/\/|#)/.test(href)) tagName = 'span';
    else properties['href'] = href;
  }
  const classes = [
    ...(attrs.get('class') ?? '').split(/\s+/).filter((name) => /^csl-[a-z-]+$/.test(name)),
    ...styleClasses.filter(([pattern]) => pattern.test(attrs.get('style') ?? '')).map(([, name]) => name),
  ];
  if (classes.length > 0) properties['className'] = classes;
  // `data.tag` remembers the source tag so that `</div>` closes the span a `<div>` became.
  return { type: 'element', tagName, properties, children: [], data: { tag } as Element['data'] };
}

function appendText(parent: Element, value: string): void {
  if (value === '') return;
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else parent.children.push({ type: 'text', value });
}

/** Drops the bookkeeping `data`, unwraps attribute-less spans and merges adjacent text. */
function strip(children: ElementContent[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'element') continue;
    delete child.data;
    strip(child.children);
    if (child.tagName === 'span' && Object.keys(child.properties).length === 0) {
      children.splice(i, 1, ...child.children);
      i--;
    }
  }
  for (let i = children.length - 1; i > 0; i--) {
    const [a, b] = [children[i - 1]!, children[i]!];
    if (a.type === 'text' && b.type === 'text') {
      a.value += b.value;
      children.splice(i, 1);
    }
  }
}

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[\da-fA-F]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return named[body] ?? whole;
  });
}
