/**
 * The store of drawn images (cache/raster-cache.ts over cache/file-cache.ts): a cover drawn once
 * is read back by later builds, named by a hash of everything that decides its bytes, and an entry
 * that is corrupted, cut short or copied under another name is detected and drawn again. Outputs
 * never depend on it: a build gives the same bytes with the cache empty, full, off or corrupted.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fileCache } from '../scripts/cache/file-cache.ts';
import { rasteriseCached, rasterKey } from '../scripts/cache/raster-cache.ts';
import { subsetCached, subsetKey } from '../scripts/cache/subset-cache.ts';
import { coverSvg } from '../scripts/render/epub/cover.ts';
import { rasterise } from '../scripts/render/epub/rasterise.ts';
import { projectRoot } from '../scripts/resources.ts';
import { runCli } from './helpers/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'triptych-raster-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fontFiles = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((name) => join(projectRoot, 'templates/fonts', name));
const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Serif' }, fitTo: { mode: 'original' as const }, background: '#1f3a3d' };
const svgOf = (title: string) => coverSvg({ title, subtitle: undefined, creators: ['Ada Author'] });

let cacheDir = '';
beforeEach(() => {
  cacheDir = mkdtempSync(join(scratch, 'cache-'));
  process.env['TRIPTYCH_CACHE_DIR'] = cacheDir;
});

const entry = (svg: string) => fileCache('raster')!.path(rasterKey(svg, options));

describe('the store of drawn images', () => {
  it('draws a missing image, keeps it, and reads it back on the next call', async () => {
    const svg = svgOf('Forts on the Irtysh');
    const drawn = await rasterise(svg, options);
    expect(Buffer.from(await rasteriseCached(svg, options)).equals(drawn)).toBe(true);
    expect(readdirSync(join(cacheDir, 'raster'))).toEqual([`${rasterKey(svg, options)}.bin`]);
    // A valid entry with other bytes is what the next call returns: it reads the store, it does not draw.
    fileCache('raster')!.put(rasterKey(svg, options), new Uint8Array([1, 2, 3]));
    expect([...(await rasteriseCached(svg, options))]).toEqual([1, 2, 3]);
  });

  it('detects a corrupted entry, draws the image again and replaces the entry', async () => {
    const svg = svgOf('A corrupted cover');
    const drawn = Buffer.from(await rasteriseCached(svg, options));
    const bytes = readFileSync(entry(svg));
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(entry(svg), bytes);
    expect(fileCache('raster')!.get(rasterKey(svg, options))).toBeUndefined();
    expect(Buffer.from(await rasteriseCached(svg, options)).equals(drawn)).toBe(true);
    expect(Buffer.from(fileCache('raster')!.get(rasterKey(svg, options))!).equals(drawn)).toBe(true);
  });

  it('detects an entry cut short or emptied', async () => {
    const svg = svgOf('A truncated cover');
    const drawn = Buffer.from(await rasteriseCached(svg, options));
    for (const length of [drawn.length / 2, 10, 0]) {
      writeFileSync(entry(svg), readFileSync(entry(svg)).subarray(0, length));
      expect(Buffer.from(await rasteriseCached(svg, options)).equals(drawn)).toBe(true);
    }
  });

  it('does not take a stale entry: another image’s entry under this name is drawn again', async () => {
    const first = svgOf('The first title');
    const second = svgOf('The second title');
    await rasteriseCached(first, options);
    copyFileSync(entry(first), entry(second));
    const drawn = await rasterise(second, options);
    expect(Buffer.from(await rasteriseCached(second, options)).equals(drawn)).toBe(true);
  });

  it('names an entry by everything that decides its bytes: the SVG, the options, the fonts’ bytes', () => {
    const svg = svgOf('Keys');
    const key = rasterKey(svg, options);
    expect(rasterKey(svgOf('Keys!'), options)).not.toBe(key);
    expect(rasterKey(svg, { ...options, background: '#000000' })).not.toBe(key);
    // The same font at another path is the same key; other bytes at the same path are not.
    const font = join(cacheDir, 'font.ttf');
    copyFileSync(fontFiles[0]!, font);
    const moved = { ...options, font: { ...options.font, fontFiles: [font, fontFiles[1]!] } };
    expect(rasterKey(svg, moved)).toBe(key);
    const changed = readFileSync(font);
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 0xff;
    writeFileSync(font, changed);
    expect(rasterKey(svg, moved)).not.toBe(key);
  });

  it('is off when TRIPTYCH_CACHE_DIR is empty: nothing is written', async () => {
    process.env['TRIPTYCH_CACHE_DIR'] = '';
    const svg = svgOf('No cache');
    expect(Buffer.from(await rasteriseCached(svg, options)).equals(await rasterise(svg, options))).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('the store of font subsets', () => {
  it('makes a subset once, reads it back, and makes it again when its entry is corrupted', async () => {
    const font = fontFiles[0]!;
    let made = 0;
    const make = async () => {
      made++;
      return new Uint8Array([made, 1, 2, 3]);
    };
    expect([...(await subsetCached(font, 'Ёж', 'sfnt', make))]).toEqual([1, 1, 2, 3]);
    expect([...(await subsetCached(font, 'Ёж', 'sfnt', make))]).toEqual([1, 1, 2, 3]);
    expect(made).toBe(1);
    expect(subsetKey(font, 'Ёжик', 'sfnt')).not.toBe(subsetKey(font, 'Ёж', 'sfnt'));
    expect(subsetKey(fontFiles[1]!, 'Ёж', 'sfnt')).not.toBe(subsetKey(font, 'Ёж', 'sfnt'));
    const path = fileCache('font')!.path(subsetKey(font, 'Ёж', 'sfnt'));
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(path, bytes);
    expect([...(await subsetCached(font, 'Ёж', 'sfnt', make))]).toEqual([2, 1, 2, 3]);
  });
});

describe('a build with the store', () => {
  it('writes byte-identical outputs with the cache off, empty, full and corrupted', { timeout: 600_000 }, () => {
    const outputs = (env: NodeJS.ProcessEnv, name: string) => {
      const out = join(scratch, name);
      const run = runCli(['build', join(projectRoot, 'manuscript'), '--out', out], { env });
      expect(run.status, run.stderr).toBe(0);
      return Object.fromEntries(
        readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((file) => file.isFile())
          .map((file) => [join(file.parentPath, file.name).slice(out.length), readFileSync(join(file.parentPath, file.name)).toString('base64')]),
      );
    };
    // The flagship: a cover, figures drawn as PNG fallbacks, and an embedded font subset (Cyrillic names).
    const off = outputs({ TRIPTYCH_CACHE_DIR: '' }, 'off');
    const store = join(scratch, 'build-cache');
    expect(outputs({ TRIPTYCH_CACHE_DIR: store }, 'empty')).toEqual(off);
    const [written] = readdirSync(join(store, 'raster'));
    expect(written).toMatch(/^[0-9a-f]{64}\.bin$/);
    expect(readdirSync(join(store, 'font'))).toHaveLength(2);
    expect(outputs({ TRIPTYCH_CACHE_DIR: store }, 'full')).toEqual(off);
    const path = join(store, 'raster', written!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(path, bytes);
    expect(outputs({ TRIPTYCH_CACHE_DIR: store }, 'corrupted')).toEqual(off);
    expect(readFileSync(path).equals(bytes)).toBe(false);
  });
});
