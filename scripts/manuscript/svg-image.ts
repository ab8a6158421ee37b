/**
 * What an SVG image may hold. An SVG is a document, not just a picture: it can carry scripts,
 * event handlers and links that run code, and load stylesheets, fonts and images from elsewhere.
 * The book's rule for raw HTML holds for it too (nothing from the manuscript may run in a reader's
 * browser or e-reader, and nothing is fetched), and EPUB 3.3 would have the package declare
 * scripts and remote resources (EPUBCheck OPF-014, RSC-006) or refuse a malformed file outright
 * (RSC-016). So an SVG image must be well-formed XML whose references stay inside itself (`#id`)
 * or are `data:` images; anything else is reported, with its line in the SVG, and the image is
 * not used.
 */
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export interface SvgProblem {
  /** What is wrong, where in the SVG file; the caller adds which image. */
  reason: string;
  ruleId: 'image-type' | 'image-unsafe';
}

/** Elements that run code or embed another document. */
const codeElements = new Set(['script', 'foreignObject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes whose value is a URL. */
const urlAttributes = new Set(['href', 'xlink:href', 'src']);

export function svgImageProblems(data: Uint8Array): SvgProblem[] {
  const text = Buffer.from(data).toString('utf8');
  // A document type with an internal subset declares entities, which can pull in other files or
  // blow up when expanded. A plain one (`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" …>`, as
  // many editors export) declares nothing the drawing uses, and `withoutDoctype` drops it.
  if (/<!DOCTYPE[^>[]*\[/i.test(text)) return [{ reason: 'declares entities in its document type, which can pull in other files; export it again without them', ruleId: 'image-unsafe' }];
  let tree: Root;
  try {
    tree = fromXml(text);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message.split('\n')[0] : String(error);
    return [{ reason: `is not well-formed XML (${cause}), and readers refuse such an SVG; export it again`, ruleId: 'image-type' }];
  }
  const problems: SvgProblem[] = [];
  const at = (node: { position?: { start: { line: number } } | undefined }) => (node.position ? `line ${node.position.start.line} of the SVG` : 'the SVG');
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const local = child.name.replace(/^.*:/, '');
      if (codeElements.has(local)) problems.push({ reason: `holds a \`<${child.name}>\` (${at(child)}), which runs code or embeds another document; remove it`, ruleId: 'image-unsafe' });
      for (const [name, value] of Object.entries(child.attributes)) {
        if (value === undefined || value === null) continue;
        const text = String(value);
        if (/^on/i.test(name)) problems.push({ reason: `has an \`${name}\` event handler (${at(child)}), which runs code; remove it`, ruleId: 'image-unsafe' });
        else if (urlAttributes.has(name) && !isInside(text)) problems.push({ reason: `links to \`${short(text)}\` (${at(child)}): ${describeUrl(text)}`, ruleId: 'image-unsafe' });
        else if (name === 'style' && hasOutsideUrl(text)) problems.push({ reason: `loads \`${short(outsideUrl(text))}\` in a \`style\` (${at(child)}): nothing is fetched from outside the book; remove it`, ruleId: 'image-unsafe' });
      }
      if (local === 'style') {
        const css = child.children.map((text) => ('value' in text ? text.value : '')).join('');
        if (/@import/i.test(css) || hasOutsideUrl(css)) problems.push({ reason: `loads a stylesheet, font or image from outside itself in its \`<style>\` (${at(child)}): nothing is fetched from outside the book; remove the \`@import\` or \`url()\``, ruleId: 'image-unsafe' });
      }
      walk(child);
    }
  };
  walk(tree);
  return problems;
}

/** A reference that stays in the SVG: a fragment, or an image carried in the URL itself. */
function isInside(url: string): boolean {
  const value = url.trim();
  return value === '' || value.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);base64,/i.test(value);
}

function describeUrl(url: string): string {
  if (/^\s*javascript:/i.test(url)) return 'a `javascript:` URL runs code; remove the link';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'nothing is fetched from outside the book; embed what it shows, or remove the reference';
  return 'a file an SVG image names is not packaged with it; embed it (as a `data:` image) or remove the reference';
}

const cssUrl = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

function outsideUrl(css: string): string {
  for (const match of css.matchAll(cssUrl)) if (!isInside(match[2] ?? '')) return match[2] ?? '';
  return '';
}

function hasOutsideUrl(css: string): boolean {
  return [...css.matchAll(cssUrl)].some((match) => !isInside(match[2] ?? ''));
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The SVG without its (plain) document type declaration. Browsers ignore it, but EPUBCheck reads
 * the SVG 1.1 DTD it names and refuses the external entities inside that DTD (HTM-003), so an
 * image exported with it would make the EPUB invalid. Only for an SVG `svgImageProblems` passed.
 */
export function withoutDoctype(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('utf8');
  const stripped = text.replace(/<!DOCTYPE[^>[]*>\s*/i, '');
  return stripped === text ? data : new Uint8Array(Buffer.from(stripped, 'utf8'));
}
