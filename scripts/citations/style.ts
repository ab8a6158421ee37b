/**
 * The citation style (`csl:` in book.md): a bundled name, or a `.csl` file inside the manuscript.
 * Bundled styles and locales live in `templates/csl/` (CC BY-SA 3.0, see its README), so nothing
 * is fetched. A manuscript's own style is read at load time into `manuscript.assets` (like an
 * image), so renderers stay free of file reads; a path outside the manuscript, a missing file or
 * a file that is no CSL style is reported at the `csl` value.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { report } from '../diagnostics/report.ts';
import type { FrontMatter } from '../manuscript/front-matter.ts';
import { resolveInside, resolveReported } from '../manuscript/paths.ts';
import type { Book } from '../manuscript/schema.ts';
import type { Manuscript } from '../manuscript/types.ts';
import type { VFile } from 'vfile';
import { template } from '../resources.ts';
import { cslJsonName } from './csl-json.ts';
import { bundledLocales, localeFor } from './locales.ts';

/** Style name → file in `templates/csl/`. */
export const bundledStyles: Readonly<Record<string, string>> = {
  'chicago-author-date': 'chicago-author-date.csl',
  'chicago-fullnote-bibliography': 'chicago-fullnote-bibliography.csl',
};

export const cslMediaType = 'application/vnd.citationstyles.style+xml';

export interface CslStyle {
  xml: string;
  /** What citeproc is given: a bundled style's pre-converted JSON (`csl-json.ts`), else `xml`. */
  source: string;
  /** `note`: citations become footnotes; `in-text`: they stay in the sentence. */
  class: 'in-text' | 'note';
  /** The CSL locale the engine uses, from the book's `lang`. */
  locale: string;
}

/** The asset key of a `.csl` path, relative to the manuscript directory with POSIX separators. */
export function styleAssetKey(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/**
 * Load stage: checks `csl` and, for a `.csl` path, reads the file into `assets`. Returns nothing;
 * every problem is a message on the book file.
 */
export async function loadStyle(dir: string, book: Book, bookFile: VFile, matter: FrontMatter<Book>, assets: Manuscript['assets']): Promise<void> {
  const place = matter.locate(['csl']);
  if (!book.csl.endsWith('.csl')) {
    if (!(book.csl in bundledStyles)) {
      const names = Object.keys(bundledStyles).map((name) => `\`${name}\``).join(', ');
      report(bookFile, `The book field \`csl\` names no bundled citation style (\`${book.csl}\`): Triptych bundles ${names}; use one of them, or a \`.csl\` file inside the manuscript`, place, 'front-matter-invalid');
    }
    return;
  }
  const path = resolveReported(dir, book.csl, bookFile, place, 'citation style');
  if (!path) return;
  const xml = await readFile(path, 'utf8');
  if (styleClass(xml) === undefined) {
    report(bookFile, `The citation style \`${book.csl}\` is not a CSL 1.0 style (no \`<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text|note">\` element): the citations cannot be formatted with it; use a style from the CSL repository or a bundled name`, place, 'front-matter-invalid');
    return;
  }
  const broken = styleProblem(xml);
  if (broken) {
    report(bookFile, `The citation style \`${book.csl}\` ${broken}: citeproc would print "[CSL STYLE ERROR]" in place of the citations; fix the style, or use one from the CSL repository or a bundled name`, place, 'front-matter-invalid');
    return;
  }
  const key = styleAssetKey(dir, path);
  assets.set(key, { path: key, mediaType: cslMediaType, data: new TextEncoder().encode(xml) });
}

/** Render stage: the style the book asked for (its checks have passed). */
export function resolveStyle(manuscript: Manuscript): CslStyle {
  const { book } = manuscript;
  const locale = localeFor(book.lang);
  if (book.csl.endsWith('.csl')) {
    // Resolved as the load stage resolved it (`%20` and all), which read it into the assets.
    const resolved = resolveInside(manuscript.dir, book.csl);
    const asset = resolved.ok ? manuscript.assets.get(styleAssetKey(manuscript.dir, resolved.path)) : undefined;
    if (asset?.mediaType !== cslMediaType) throw new Error(`The style \`${book.csl}\` passed the load stage but is not among the assets`);
    const xml = new TextDecoder().decode(asset.data);
    return { xml, source: xml, class: styleClass(xml) ?? 'in-text', locale };
  }
  const file = bundledStyles[book.csl] ?? bundledStyles['chicago-author-date']!;
  const xml = template(`csl/${file}`);
  return { xml, source: template(`csl/${cslJsonName(file)}`), class: styleClass(xml) ?? 'in-text', locale };
}

export function localeXml(locale: string): string | undefined {
  return Object.values(bundledLocales).includes(locale) ? template(`csl/locales-${locale}.xml`) : undefined;
}

/** A bundled locale in the form citeproc reads fastest (`csl-json.ts`); undefined when not bundled. */
export function localeSource(locale: string): string | undefined {
  return Object.values(bundledLocales).includes(locale) ? template(`csl/${cslJsonName(`locales-${locale}.xml`)}`) : undefined;
}

/** Every bundled style and locale file in `templates/csl/`. */
export function bundledCslFiles(): string[] {
  return [...Object.values(bundledStyles), ...[...new Set(Object.values(bundledLocales))].map((locale) => `locales-${locale}.xml`)];
}

function styleClass(xml: string): CslStyle['class'] | undefined {
  const root = /<style\b[^>]*>/.exec(xml)?.[0];
  if (!root || !root.includes('http://purl.org/net/xbiblio/csl')) return undefined;
  const value = /\bclass="([^"]+)"/.exec(root)?.[1];
  return value === 'note' || value === 'in-text' ? value : undefined;
}

/**
 * What makes a CSL file unusable though it names itself a style (CSL 1.0.2,
 * https://docs.citationstyles.org/en/stable/specification.html): XML that does not parse, no
 * `<citation>` with a `<layout>`, a `<bibliography>` without one, or a `macro=` naming no `<macro>`.
 * Each made citeproc print an error in place of the citations.
 */
function styleProblem(xml: string): string | undefined {
  let tree: Root;
  try {
    tree = fromXml(xml);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message.split('\n')[0] : String(error);
    return `is not well-formed XML (${cause})`;
  }
  const style = tree.children.find((node): node is Element => node.type === 'element' && node.name === 'style');
  const child = (parent: Element | undefined, name: string) => parent?.children.find((node): node is Element => node.type === 'element' && node.name === name);
  if (!child(child(style, 'citation'), 'layout')) return 'has no `<citation>` with a `<layout>`';
  const bibliography = child(style, 'bibliography');
  if (bibliography && !child(bibliography, 'layout')) return 'has a `<bibliography>` with no `<layout>`';
  const macros = new Set<string>();
  const used: string[] = [];
  const walk = (node: Element) => {
    if (node.name === 'macro' && typeof node.attributes['name'] === 'string') macros.add(node.attributes['name']);
    if (typeof node.attributes['macro'] === 'string') used.push(node.attributes['macro']);
    for (const next of node.children) if (next.type === 'element') walk(next);
  };
  if (style) walk(style);
  const missing = used.find((name) => !macros.has(name));
  return missing === undefined ? undefined : `uses the macro \`${missing}\`, which it does not define`;
}
