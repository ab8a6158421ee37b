/**
 * Font formats by signature (the first four bytes), as EPUB 3.3's core media types name them
 * (https://www.w3.org/TR/epub-33/#sec-core-media-types): TrueType and OpenType (sfnt, `font/ttf`,
 * `font/otf`), WOFF and WOFF2.
 */
export type FontMediaType = 'font/ttf' | 'font/otf' | 'font/woff' | 'font/woff2';

export function sniffFont(data: Uint8Array): FontMediaType | undefined {
  const tag = Buffer.from(data.subarray(0, 4)).toString('latin1');
  if (tag === '\u0000\u0001\u0000\u0000' || tag === 'true') return 'font/ttf';
  if (tag === 'OTTO') return 'font/otf';
  if (tag === 'wOFF') return 'font/woff';
  if (tag === 'wOF2') return 'font/woff2';
  return undefined;
}

/** The file extension of a font format. */
export const fontExtension: Readonly<Record<FontMediaType, string>> = { 'font/ttf': 'ttf', 'font/otf': 'otf', 'font/woff': 'woff', 'font/woff2': 'woff2' };
