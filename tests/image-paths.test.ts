/**
 * Image file names as people write them: spaces, non-ASCII letters, `#` and `%` in the name, and
 * reference-style images (`![a][ref]`). Each reaches every output: inlined in the page, copied
 * beside the deck under a `src` that finds it, packaged in an EPUB that EPUBCheck accepts. Before,
 * the page and the deck dropped such images silently and the EPUB failed EPUBCheck (RSC-007).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';
import { unzipSync } from 'fflate';
import { describeMessages, epubcheck } from './helpers/epub.ts';

const work = mkdtempSync(join(tmpdir(), 'triptych-image-paths-'));
const book = join(work, 'm');
const out = join(work, 'dist');
const png = join(fixture('images'), 'chapters/images/dot.png');
/** File names on disk, and how the chapter writes each. */
const files: Array<[string, string]> = [
  ['im g/a b.png', '<im g/a b.png>'],
  ['Ямышево.png', 'Ямышево.png'],
  ['hash#1.png', 'hash%231.png'],
  ['pct%41.png', 'pct%2541.png'],
  ['really-a-png.jpg', 'really-a-png.jpg'],
];

beforeAll(() => {
  cpSync(fixture('minimal'), book, { recursive: true });
  mkdirSync(join(book, 'chapters/im g'), { recursive: true });
  for (const [name] of files) copyFileSync(png, join(book, 'chapters', name));
  copyFileSync(png, join(book, 'chapters/by-reference.png'));
  const chapter = join(book, 'chapters/one.md');
  const images = files.map(([name, written], i) => `Picture ${i + 1}: ![Picture of ${name}](${written})`).join('\n\n');
  // The same pictures on a slide: the deck shows what its slides hold (its notes are for speaking, without pictures).
  const slide = files.map(([name, written]) => `![Picture of ${name}](${written})`).join('\n\n');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n${images}\n\nBy reference: ![A referenced picture][ref]\n\n:::slide\n${slide}\n\n![A referenced picture][ref]\n:::\n\n[ref]: by-reference.png\n`);
  const run = runCli(['build', book, '--out', out]);
  expect(run.status, run.stderr).toBe(0);
});

describe('image file names', () => {
  it('inlines every image in the page, none left without its source', () => {
    const page = readFileSync(join(out, 'a-book.html'), 'utf8');
    const images = [...page.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(files.length + 1);
    for (const img of images) expect(img).toMatch(/src="data:image\/png;base64,/);
  });

  it('copies every image on a slide beside the deck, where its src finds it', () => {
    const deck = readFileSync(join(out, 'a-book-deck/index.html'), 'utf8');
    const sources = [...deck.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]!);
    expect(sources).toHaveLength(files.length + 1);
    for (const src of sources) expect(existsSync(join(out, 'a-book-deck', ...src.split('/').map(decodeURIComponent))), src).toBe(true);
  });

  it('packages every image in an EPUB that EPUBCheck accepts', () => {
    const { messages } = epubcheck(join(out, 'a-book.epub'));
    expect(describeMessages(messages.filter((m) => m.severity !== 'USAGE' && m.severity !== 'INFO'))).toEqual([]);
    const zip = unzipSync(readFileSync(join(out, 'a-book.epub')));
    const opf = new TextDecoder().decode(zip['OEBPS/content.opf']);
    const hrefs = [...opf.matchAll(/href="(images\/[^"]*)"/g)].map((m) => m[1]!);
    // Packaged under URL-safe names, in the order they are shown.
    expect(hrefs).toEqual(['images/a-b.png', 'images/image.png', 'images/hash-1.png', 'images/pct-41.png', 'images/really-a-png.png', 'images/by-reference.png']);
    for (const href of hrefs) expect(zip[`OEBPS/${href}`], href).toBeDefined();
  }, 60_000);

  it('checks a reference-style image like any other: a missing file is file-missing at the reference', () => {
    const dir = join(work, 'missing');
    cpSync(fixture('minimal'), dir, { recursive: true });
    const chapter = join(dir, 'chapters/one.md');
    const text = readFileSync(chapter, 'utf8');
    writeFileSync(chapter, `${text}\nLost: ![A lost picture][lost]\n\n[lost]: nowhere.png\n`);
    const line = text.split('\n').length + 1;
    const run = runCli(['check', dir]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`one\\.md:${line}:7: error: The image \`nowhere\\.png\` does not exist.*\\[file-missing\\]`));
  });
});
