/**
 * The EPUB cover is drawn on the thread pool (render/epub/rasterise.ts) and started early
 * (startCover): the bytes must be exactly resvg's in-thread bytes, one cover text must start one
 * rasterisation however often it is asked for, and a failure must reach the caller.
 */
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverSize, coverSvg, startCover } from '../scripts/render/epub/cover.ts';
import { rasterise } from '../scripts/render/epub/rasterise.ts';
import { projectRoot } from '../scripts/resources.ts';

const text = { title: 'Forts on the Irtysh', subtitle: 'A test of the cover rasteriser', creators: ['Ada Author'] };
const font = {
  fontFiles: ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((name) => join(projectRoot, 'templates/fonts', name)),
  loadSystemFonts: false,
  defaultFontFamily: 'DejaVu Serif',
};

describe('EPUB cover', () => {
  it('gives the same PNG bytes through renderAsync as resvg in this thread', async () => {
    const svg = coverSvg(text);
    const options = { font, fitTo: { mode: 'original' as const }, background: '#1f3a3d' };
    const inThread = new Resvg(svg, options).render().asPng();
    const fromPool = await rasterise(svg, options);
    expect(Buffer.from(fromPool).equals(inThread)).toBe(true);
  });

  it('is a PNG of the size stores ask for (1600 × 2560)', async () => {
    const png = Buffer.from(await startCover(text));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([coverSize.width, coverSize.height]);
  });

  it('starts one rasterisation for one cover text, however often it is asked for', () => {
    const other = { ...text, title: 'Asked for twice' };
    expect(startCover(other)).toBe(startCover(other));
    expect(startCover({ ...other })).toBe(startCover(other));
  });

  it('rejects (never hangs) when resvg fails', async () => {
    await expect(rasterise('<svg', { font })).rejects.toThrow();
  });
});
