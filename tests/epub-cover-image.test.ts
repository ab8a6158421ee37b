/**
 * The author's cover (`cover-image`): the EPUB's `cover-image` manifest item and cover page, the
 * file's own bytes, one item also when the text shows it, EPUBCheck 0/0; a cover in another format,
 * too small or of a shape no store takes is reported at the `cover-image` value.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';
import { buildEpub, describeMessages, epubcheck } from './helpers/epub.ts';

const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => / (error|warning): /.test(line));

describe('the author’s cover image', () => {
  it('is the EPUB’s cover-image item and cover page, with its own bytes, once, and EPUBCheck finds nothing', () => {
    const book = buildEpub(fixture('cover-image'));
    const opf = book.text('OEBPS/content.opf');
    expect(opf).toContain('<item id="cover-image" href="images/cover.jpg" media-type="image/jpeg" properties="cover-image"/>');
    expect(opf).toContain('<meta name="cover" content="cover-image"/>');
    // The chapter shows the same picture: one manifest item serves both.
    expect(opf.match(/href="images\/cover\.jpg"/g)).toHaveLength(1);
    expect(book.text('OEBPS/ch01.xhtml')).toContain('src="images/cover.jpg"');
    expect([...book.entries.keys()]).not.toContain('OEBPS/cover.png');
    expect(book.text('OEBPS/cover.xhtml')).toContain('<img src="images/cover.jpg" alt="Cover: A Trip to the Moon, by Ada Author" role="doc-cover"/>');
    expect(Buffer.from(book.entries.get('OEBPS/images/cover.jpg')!).equals(readFileSync(join(fixture('cover-image'), 'cover.jpg')))).toBe(true);
    const { messages } = epubcheck(book.path);
    expect(describeMessages(messages)).toEqual([]);
  }, 300_000);

  it('leaves the drawn cover as the default', () => {
    const opf = buildEpub(fixture('minimal')).text('OEBPS/content.opf');
    expect(opf).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>');
  }, 300_000);

  it('warns at the `cover-image` value of a cover too small and too square, naming the stores’ rules', () => {
    const run = runCli(['check', fixture('cover-image-small')]);
    expect(diagnostics(run.stderr)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/cover-image-small\/book\.md:5:14: warning: The cover image `lalune\.jpg` is 250 × 250 px: Apple Books asks for at least 1400 px .*\[cover-image-size\]$/),
      expect.stringMatching(/^tests\/fixtures\/cover-image-small\/book\.md:5:14: warning: .*1\.00 times as tall as wide: Amazon KDP asks for a height 1\.6 times the width .*\[cover-image-size\]$/),
    ]);
    expect(run.status).toBe(0);
  });

  it('refuses a cover that is not JPEG or PNG by its bytes, at the `cover-image` value', () => {
    const run = runCli(['check', fixture('cover-image-gif')]);
    expect(diagnostics(run.stderr)).toEqual([expect.stringMatching(/^tests\/fixtures\/cover-image-gif\/book\.md:5:14: error: The cover image `bodybg\.gif` is a GIF file \(judged by its bytes\).*\[cover-image-type\]$/)]);
    expect(run.status).toBe(1);
  });

  it('reports a missing cover and one outside the manuscript like any other path', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-cover-')), 'm');
    cpSync(fixture('cover-image-small'), dir, { recursive: true });
    const book = (cover: string) => readFileSync(join(fixture('cover-image-small'), 'book.md'), 'utf8').replace('cover-image: lalune.jpg', `cover-image: ${cover}`);
    writeFileSync(join(dir, 'book.md'), book('covers/front.jpg'));
    expect(diagnostics(runCli(['check', dir]).stderr)).toEqual([expect.stringMatching(/book\.md:5:14: error: The cover image `covers\/front\.jpg` does not exist.*\[file-missing\]$/)]);
    writeFileSync(join(dir, 'book.md'), book('../lalune.jpg'));
    expect(diagnostics(runCli(['check', dir]).stderr)).toEqual([expect.stringMatching(/book\.md:5:14: error: The cover image `\.\.\/lalune\.jpg` lies outside the manuscript directory.*\[path-outside\]$/)]);
  });
});
