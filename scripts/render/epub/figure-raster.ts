/**
 * A figure's PNG for readers that cannot be trusted with SVG text (Kindle's converters:
 * render/epub/figures.ts): the figure's own SVG drawn by resvg at twice its size, so a label is as
 * sharp as the body text on a 2× screen, with the vendored fonts, so the same drawing gives the
 * same bytes on every machine. Only a book with figures calls it.
 * A figure drawn once is read back from the user's cache on later builds (cache/raster-cache.ts).
 */
import { rasteriseCached } from '../../cache/raster-cache.ts';
import { vendoredFonts } from './rasterise.ts';

export function figureRaster(svg: string): Promise<Uint8Array> {
  return rasteriseCached(svg, { font: vendoredFonts, fitTo: { mode: 'zoom', value: 2 } });
}
