/**
 * The font the EPUB embeds so that no letter depends on the reading device: Kobo warns that its
 * default fonts may lack the glyphs of scripts other than Latin (kobolabs/epub-spec, "Languages
 * Other Than English"), and a Russian name must not print as boxes. A book whose text stays within
 * ASCII, Latin-1 and common punctuation, which every device font has, embeds nothing and pays
 * nothing. Any other book embeds DejaVu Serif (templates/fonts/, free; Latin, Greek, Cyrillic),
 * regular and bold, subset to the characters the book uses (harfbuzz's hb-subset through
 * subset-font, loaded only then), as TrueType: the format every EPUB reader takes, Kindle's
 * conversion included (WOFF2 it does not). Readers still offer their own fonts; this is the
 * publisher's font their "original" or "publisher default" setting shows. Chinese and Japanese
 * are not in DejaVu: a CJK font is tens of megabytes before subsetting, and every CJK reader ships
 * one, so those characters are left to the device. Same characters, same bytes.
 *
 * subset-font is `require`d, not `import()`ed: it stays outside the CLI's bundle (it reads harfbuzz's
 * wasm from its own `node_modules`), and the bundle runs in `vm.Script`, where `import()` has no loader.
 */
import { createRequire } from 'node:module';
import type subsetFontFunction from 'subset-font';
import { subsetCached } from '../../cache/subset-cache.ts';
import { templateBytes, templatePath } from '../../resources.ts';

export const embeddedFamily = 'Triptych Serif';

export interface FontFile {
  path: string;
  weight: 'normal' | 'bold';
  data: Uint8Array;
}

/** ASCII, Latin-1 and General Punctuation: in every device's fonts. */
const everywhere = /^[\u0000-\u00ff\u2000-\u206f]*$/u;

const made = new Map<string, Promise<FontFile[]>>();

/** The fonts to embed for text made of `characters`, or none. */
export function embeddedFonts(characters: ReadonlySet<string>): Promise<FontFile[]> | undefined {
  const text = [...characters].filter((c) => !/\p{Co}|\p{Cc}/u.test(c)).sort().join('');
  if (everywhere.test(text)) return undefined;
  let fonts = made.get(text);
  if (!fonts) {
    fonts = subsetAll(text);
    fonts.catch(() => made.delete(text));
    if (made.size >= 8) made.delete(made.keys().next().value!);
    made.set(text, fonts);
  }
  return fonts;
}

/** A font's bytes cut to the glyphs of `text` (harfbuzz's hb-subset), as TrueType/OpenType or WOFF2. */
export async function subsetFontData(data: Uint8Array, text: string, target: 'sfnt' | 'woff2'): Promise<Uint8Array> {
  const subsetFont = createRequire(import.meta.url)('subset-font') as typeof subsetFontFunction;
  return new Uint8Array(await subsetFont(Buffer.from(data), text, { targetFormat: target }));
}

async function subsetAll(text: string): Promise<FontFile[]> {
  const faces = [
    { file: 'DejaVuSerif.ttf', path: 'fonts/serif.ttf', weight: 'normal' as const },
    { file: 'DejaVuSerif-Bold.ttf', path: 'fonts/serif-bold.ttf', weight: 'bold' as const },
  ];
  return Promise.all(
    faces.map(async ({ file, path, weight }) => ({
      path,
      weight,
      // A subset once made is read back from the user's cache on later builds (cache/subset-cache.ts).
      data: await subsetCached(templatePath(`fonts/${file}`), text, 'sfnt', () => subsetFontData(templateBytes(`fonts/${file}`), text, 'sfnt')),
    })),
  );
}

/** The `@font-face` rules for `fonts`, relative to a style sheet beside them, and the body's family. */
export function fontFaceCss(fonts: readonly FontFile[], url: (font: FontFile) => string): string {
  const faces = fonts.map((font) => `@font-face { font-family: "${embeddedFamily}"; font-style: normal; font-weight: ${font.weight}; src: url(${url(font)}); }`);
  return `\n/* The embedded font (render/epub/embedded-font.ts): a subset of DejaVu Serif, for every letter the book uses. */\n${faces.join('\n')}\nbody { font-family: "${embeddedFamily}", serif; }\n`;
}

/** Every character of the text in `xhtml` documents (not tags, not markup). */
export function textCharacters(documents: readonly string[]): Set<string> {
  const characters = new Set<string>();
  for (const document of documents) {
    for (const [, text] of document.matchAll(/>([^<]+)</g)) for (const c of decodeEntities(text!)) characters.add(c);
    for (const [, alt] of document.matchAll(/\salt="([^"]*)"/g)) for (const c of decodeEntities(alt!)) characters.add(c);
  }
  return characters;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );
}
