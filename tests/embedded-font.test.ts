/**
 * The EPUB's embedded font (render/epub/embedded-font.ts): a book with letters beyond what every
 * device font has (the flagship's Cyrillic) carries a subset of DejaVu Serif, regular and bold, as
 * TrueType manifest items with `@font-face` rules, and the font's own character map (read with
 * harfbuzz) holds every character of every content document; a book in plain ASCII embeds none.
 */
import { Blob, Face } from 'harfbuzzjs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/resources.ts';
import { textCharacters } from '../scripts/render/epub/embedded-font.ts';
import { fixture } from './helpers/cli.ts';
import { buildEpub } from './helpers/epub.ts';

const cmap = (data: Uint8Array) => new Set([...new Face(new Blob(data), 0).collectUnicodes()].map((code) => String.fromCodePoint(code)));

describe('the embedded font', () => {
  it('covers every character of the flagship, in both weights, declared in the manifest and the style sheet', () => {
    const book = buildEpub(join(projectRoot, 'manuscript'));
    const opf = book.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="font-1" href="fonts/serif.ttf" media-type="font/ttf"/>');
    expect(opf).toContain('<item id="font-2" href="fonts/serif-bold.ttf" media-type="font/ttf"/>');
    const css = book.text('OEBPS/epub.css');
    expect(css).toContain('@font-face { font-family: "Triptych Serif"; font-style: normal; font-weight: normal; src: url(fonts/serif.ttf); }');
    expect(css).toContain('body { font-family: "Triptych Serif", serif; }');
    const documents = [...book.entries.keys()].filter((name) => name.endsWith('.xhtml')).map((name) => book.text(name));
    const used = [...textCharacters(documents)].filter((c) => !/\s/u.test(c));
    expect(used).toContain('Б');
    for (const file of ['OEBPS/fonts/serif.ttf', 'OEBPS/fonts/serif-bold.ttf']) {
      const covered = cmap(book.entries.get(file)!);
      expect(used.filter((c) => !covered.has(c)), file).toEqual([]);
      // A subset: far fewer characters than DejaVu Serif's ~3,000.
      expect(covered.size).toBeLessThan(400);
    }
    expect(opf).toContain('The text is set in an embedded free font');
  }, 120_000);

  it('is left out of a book whose letters every device has', () => {
    const book = buildEpub(fixture('minimal'));
    expect([...book.entries.keys()].filter((name) => name.includes('fonts/'))).toEqual([]);
    expect(book.text('OEBPS/epub.css')).not.toContain('@font-face');
  }, 120_000);
});
