/**
 * The author's fonts (`fonts:`) as the EPUB and the page embed them: each face subset to the
 * characters the book shows (with printable ASCII, for the dates, numbers and identifiers of the
 * title and copyright pages), through the same hb-subset as the embedded serif
 * (render/epub/embedded-font.ts); TrueType or OpenType in the EPUB, which Kindle's conversion
 * reads (WOFF2 it does not), WOFF2 in the page, where it is a `data:` URI. `@font-face` rules
 * name the author's family; `use` sets it on the body or the headings, before the fallback family.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { AuthorFont } from '../../manuscript/author-fonts.ts';
import { fontExtension, sniffFont } from '../../manuscript/font-type.ts';
import { subsetFontData } from '../epub/embedded-font.ts';

export interface EmbeddedAuthorFont extends Omit<AuthorFont, 'asset'> {
  /** `fonts/<name>` in the EPUB. */
  path: string;
  mediaType: string;
  data: Uint8Array;
}

const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));

/** Every character of the text of hast trees (text nodes and `alt`/`title` attributes). */
export function hastCharacters(trees: ReadonlyArray<Root | Element>, more: readonly string[] = []): Set<string> {
  const characters = new Set<string>(more.flatMap((text) => [...text]));
  for (const tree of trees) {
    visit(tree, (node) => {
      if (node.type === 'text') for (const c of node.value) characters.add(c);
      else if (node.type === 'element') for (const key of ['alt', 'title'] as const) for (const c of String(node.properties[key] ?? '')) characters.add(c);
    });
  }
  return characters;
}

export async function subsetAuthorFonts(fonts: readonly AuthorFont[], characters: ReadonlySet<string>, target: 'sfnt' | 'woff2'): Promise<EmbeddedAuthorFont[]> {
  const text = [...new Set([...characters, ...ascii])].filter((c) => !/\p{Cc}/u.test(c)).sort().join('');
  return Promise.all(
    fonts.map(async ({ asset, ...face }, index) => {
      const data = await subsetFontData(asset.data, text, target);
      const mediaType = target === 'woff2' ? 'font/woff2' : (sniffFont(data) ?? 'font/ttf');
      const stem = face.family.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'font';
      return { ...face, mediaType, data, path: `fonts/${stem}-face-${index + 1}.${fontExtension[mediaType as keyof typeof fontExtension]}` };
    }),
  );
}

/** The `@font-face` rules, and the families set where the author's `use` says, `fallback` after them. */
export function authorFontCss(fonts: readonly EmbeddedAuthorFont[], url: (font: EmbeddedAuthorFont) => string, fallback: string): string {
  if (fonts.length === 0) return '';
  const faces = fonts.map((font) => `@font-face { font-family: "${font.family}"; font-style: ${font.style}; font-weight: ${font.weight}; src: url(${JSON.stringify(url(font))}); }`);
  const family = (use: 'body' | 'headings') => fonts.find((font) => font.use === use)?.family;
  const body = family('body');
  const headings = family('headings');
  return [
    `\n/* The author's fonts (fonts: in book.md), subset to the book's characters. */`,
    ...faces,
    ...(body ? [`body { font-family: "${body}", ${fallback}; }`] : []),
    ...(headings ? [`h1, h2, h3, h4, h5, h6 { font-family: "${headings}", ${fallback}; }`] : []),
    '',
  ].join('\n');
}
