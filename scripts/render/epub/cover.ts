/**
 * The cover, drawn from the front matter (title, subtitle, authors) as a PNG: Kindle and most
 * stores accept only raster covers (Amazon: JPEG or PNG, ideally 1600 × 2560, ratio 1.6), and an
 * SVG cover is not shown in library views of several readers. The SVG is built as an xast tree
 * and rasterised by resvg with the vendored DejaVu Serif (templates/fonts/), never a system font,
 * so the bytes are the same on every machine. The image is the manifest's `cover-image`
 * (EPUB 3.3 §5.6.2, https://www.w3.org/TR/epub-33/#sec-cover-image).
 */
import { x } from 'xastscript';
import type { Element } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { rasteriseCached } from '../../cache/raster-cache.ts';
import { vendoredFonts } from './rasterise.ts';

export const coverSize = { width: 1600, height: 2560 } as const;
const fontFamily = 'DejaVu Serif';
const colours = { ground: '#1f3a3d', band: '#c9a45c', text: '#f6f1e4', muted: '#d9cfb8' } as const;

export interface CoverText {
  title: string;
  subtitle: string | undefined;
  creators: readonly string[];
}

/** The cover as SVG source (what resvg draws). */
export function coverSvg(text: CoverText): string {
  const { width, height } = coverSize;
  const margin = 160;
  const lines: Element[] = [];
  let y = 620;
  const block = (value: string, size: number, weight: 'bold' | 'normal', fill: string, lineHeight: number) => {
    for (const line of wrap(value, Math.floor((width - 2 * margin) / (size * 0.62)))) {
      lines.push(x('text', { x: width / 2, y, 'font-size': size, 'font-weight': weight, fill, 'text-anchor': 'middle' }, line));
      y += size * lineHeight;
    }
  };
  block(text.title, 128, 'bold', colours.text, 1.2);
  y += 60;
  if (text.subtitle) block(text.subtitle, 64, 'normal', colours.muted, 1.35);
  const svg = x('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': fontFamily }, [
    x('rect', { width, height, fill: colours.ground }),
    x('rect', { x: margin, y: 420, width: width - 2 * margin, height: 12, fill: colours.band }),
    ...lines,
    x('rect', { x: margin, y: height - 520, width: width - 2 * margin, height: 12, fill: colours.band }),
    ...byline(text.creators).map((line, i) =>
      x('text', { x: width / 2, y: height - 380 + i * 90, 'font-size': 64, fill: colours.text, 'text-anchor': 'middle' }, line),
    ),
  ]);
  return toXml(svg);
}

/**
 * The cover as PNG bytes. Rasterising is a fifth of a small cold build; its drawing runs on the
 * thread pool (rasterise.ts), started as early as the text is known (`startCover`, before the
 * shared hast is built) and awaited by the EPUB renderer. The same title gives the same bytes: a
 * cover once drawn is read back from the user's cache on later builds (cache/raster-cache.ts), and
 * the last few are kept in memory (`triptych dev` rebuilds on every save; take a copy, `.slice()`,
 * of the shared bytes); a failed one is forgotten.
 */
const covers = new Map<string, Promise<Uint8Array>>();

export function startCover(text: CoverText): Promise<Uint8Array> {
  const svg = coverSvg(text);
  const known = covers.get(svg);
  if (known) return known;
  const png = rasteriseCached(svg, {
    font: vendoredFonts,
    fitTo: { mode: 'original' },
    background: colours.ground,
  });
  // Also marks the promise handled: a cover started for a build that then fails is no crash.
  png.catch(() => covers.delete(svg));
  if (covers.size >= 8) covers.delete(covers.keys().next().value!);
  covers.set(svg, png);
  return png;
}

/** One author a line; more than three share lines, so the byline stays inside the cover. */
function byline(creators: readonly string[]): string[] {
  return creators.length <= 3 ? [...creators] : wrap(creators.join(', '), 32).slice(0, 4);
}

/** Greedy word wrap at `columns` characters (DejaVu Serif averages about 0.6 em a character). */
export function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
