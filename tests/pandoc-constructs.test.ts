/**
 * A manuscript written for pandoc builds here: one fixture per construct (metadata, one-file and
 * chapter books, smart punctuation per language, math, code, definition lists), each built by the
 * real CLI into all three outputs with the expected markup, EPUBCheck 0 errors and 0 warnings, and
 * axe 0 violations on the page (in both colour schemes).
 */
import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { buildAll, type BuiltBook } from './helpers/build-all.ts';
import { fixture } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** EPUBCheck's errors and warnings, and axe's violations on the page in light and dark. */
async function validate(book: BuiltBook, name: string): Promise<void> {
  const checked = epubcheck(book.epubPath).messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity));
  expect(describeMessages(checked)).toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, context } = await openFile(browser, book.pagePath, { width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    expect((await axe(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
    await page.screenshot({ path: output(`pandoc-${name}-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
}

describe('pandoc metadata', () => {
  it('builds a one-file book whose front matter has only title, author and date, and cuts it at its level-1 headings', async () => {
    const book = buildAll(fixture('pandoc-onefile'));
    // No `lang`, and English text: English, as in pandoc, without a word (language-guess.ts).
    expect(book.run.stderr).not.toMatch(/lang-missing|: error: /);
    // Text before the first heading is a chapter under the book's title, as pandoc's EPUB writer makes it.
    expect([...book.epub.keys()].filter((name) => /ch\d+\.xhtml$/.test(name))).toEqual(['OEBPS/ch01.xhtml', 'OEBPS/ch02.xhtml', 'OEBPS/ch03.xhtml']);
    expect(book.epub.get('OEBPS/ch01.xhtml')).toMatch(/<h1 id="[^"]+">A Pandoc Book<\/h1>\s*<p>Text before the first chapter heading/);
    expect(book.epub.get('OEBPS/ch02.xhtml')).toMatch(/<h1 id="the-first-chapter-title">The first chapter<\/h1>/);
    // The heading is the chapter's title, not repeated; its note (written at the end of the file) goes with it.
    const second = book.epub.get('OEBPS/ch02.xhtml')!;
    expect(second.slice(second.indexOf('<body')).match(/The first chapter/g)).toHaveLength(1);
    expect(book.epub.get('OEBPS/ch02.xhtml')).toContain('The note, written at the end of the file.');
    const opf = book.epub.get('OEBPS/content.opf')!;
    expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
    expect(opf).toContain('<dc:creator id="creator-1">Ada Author</dc:creator>');
    expect(opf).toContain('<dc:date>2024-03-01</dc:date>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(book.page).toContain('<time datetime="2024-03-01">1 March 2024</time>');
    expect(book.deck).toContain('<h2>The second chapter</h2>');
    await validate(book, 'onefile');
  }, 120_000);

  it('maps pandoc’s and Quarto’s keys and warns once about each key of another tool', async () => {
    const book = buildAll(fixture('pandoc-metadata'));
    const warnings = book.run.stderr.split('\n').filter((line) => line.includes(': warning: '));
    expect(warnings.map((line) => /^(.*?): warning: .*\[(.*)\]$/.exec(line)?.slice(1).join(' '))).toEqual([
      'tests/fixtures/pandoc-metadata/book.md:21:1 front-matter-ignored',
      'tests/fixtures/pandoc-metadata/book.md:22:1 front-matter-ignored',
      'tests/fixtures/pandoc-metadata/book.md:23:1 front-matter-ignored',
    ]);
    const opf = book.epub.get('OEBPS/content.opf')!;
    expect(opf).toContain('<dc:title id="title">The ‘Pandoc’ Metadata</dc:title>');
    expect(opf).toContain('<dc:creator id="creator-2">Boris Borisov</dc:creator>');
    expect(opf).toContain('<dc:date>2024-03-01</dc:date>');
    expect(opf).toContain('<dc:description>A book written for pandoc, with its metadata as pandoc and Quarto write it.</dc:description>');
    expect(opf).toContain('<dc:rights>CC BY 4.0</dc:rights>');
    expect(opf).toContain('<dc:publisher>Example Press</dc:publisher>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-03-01T00:00:00Z</meta>');
    // A date in words is shown as written, its ISO form in `datetime`.
    expect(book.page).toContain('<time datetime="2024-03-01">March 1, 2024</time>');
    expect(book.page).toContain('<p class="book-authors">Ada Author and Boris Borisov</p>');
    // The title slide's title block (issue 19): the affiliation marked, the institute, the date as written.
    expect(book.deck).toContain('<p class="authors"><span class="author">Ada Author</span><sup>1</sup>, <span class="author">Boris Borisov</span></p><p class="affiliations"><sup>1</sup>University of Somewhere</p><p class="institute">Institute of Examples</p><p class="occasion"><time datetime="2024-03-01">March 1, 2024</time></p>');
    // `toc-title` is the book's word for its contents.
    expect(book.epub.get('OEBPS/nav.xhtml')).toContain('<h1 id="toc-title">Table of contents</h1>');
    expect(book.page).toContain('<h2 class="toc-title">Table of contents</h2>');
    await validate(book, 'metadata');
  }, 120_000);
});

describe('pandoc chapters and files', () => {
  it('titles a chapter file without front matter by its first heading, and finds an image from the book’s folder', async () => {
    const book = buildAll(fixture('pandoc-chapters'));
    const one = book.epub.get('OEBPS/ch01.xhtml')!;
    expect(one).toContain('<h1 id="the-first-chapter-title">The first chapter</h1>');
    expect(one.slice(one.indexOf('<body')).match(/The first chapter/g)).toHaveLength(1);
    expect(one).toMatch(/<img src="images\/dot\.png" alt="A red dot"/);
    expect(book.epub.get('OEBPS/nav.xhtml')).toContain('The second chapter');
    expect(book.page).toContain('<h2 id="the-second-chapter-title">The second chapter</h2>');
    await validate(book, 'chapters');
  }, 120_000);

  it('builds a single Markdown file given instead of a directory, named after its slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triptych-file-'));
    cpSync(join(fixture('pandoc-onefile'), 'book.md'), join(dir, 'talk.md'));
    const book = buildAll('talk.md', { cwd: dir });
    expect(book.epubPath.endsWith('a-pandoc-book.epub')).toBe(true);
    expect(book.page).toContain('The second chapter');
  }, 60_000);

  it('names both places it looked for a missing image', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-missing-')), 'book');
    cpSync(fixture('pandoc-chapters'), dir, { recursive: true });
    renameSync(join(dir, 'images'), join(dir, 'pictures'));
    expect(() => buildAll(dir)).toThrow(/one\.md:5:1: error: The image `images\/dot\.png` does not exist: the build needs it, and it is at neither `chapters\/images\/dot\.png` nor `images\/dot\.png`.*\[file-missing\]/);
  }, 60_000);
});

describe('smart punctuation by language', () => {
  const cases = [
    { lang: 'en', text: '<p>“Straight quotes,” she said, “become ‘curly’ ones” – and it’s a dash — an em dash…\nSee p.\u00a012 of Mr.\u00a0Smith’s book from the ’90s. Code stays: <code>"x" -- y</code>, and so does\n<a href="https://example.org/a--b">https://example.org/a--b</a>.</p>' },
    { lang: 'fr', text: '<p>Il a dit «\u202fl’homme est «\u202flà\u202f»\u202f» – voilà…</p>' },
    { lang: 'de', text: '<p>Er sagte „das geht’s ‚so‘“ – und weiter…</p>' },
    { lang: 'ru', text: '<p>Он сказал «это „так“» — и всё…</p>' },
  ];
  for (const { lang, text } of cases) {
    it(`curls quotes the ${lang} way and sets dashes and ellipses, in all three outputs`, async () => {
      const book = buildAll(fixture(`smart-${lang}`));
      const withBareUrl = text.replace(/<a href="([^"]+)">/, '<a href="$1" class="bare-url">');
      expect(book.page).toContain(withBareUrl);
      expect(book.chapters).toContain(withBareUrl);
      expect(book.deck).toContain(text.slice(3, 30));
      await validate(book, `smart-${lang}`);
    }, 120_000);
  }
});

describe('math, code and definition lists', () => {
  it('writes TeX math as MathML with its TeX annotation, marks the EPUB page mathml, and shows a broken formula as code with a warning', async () => {
    const book = buildAll(fixture('pandoc-math'));
    expect(book.run.stderr).toMatch(/book\.md:18:19: warning: This formula cannot be read as TeX math .*\[math-invalid\]/);
    const inline = '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup>';
    for (const text of [book.page, book.chapters, book.deck]) {
      expect(text).toContain(inline);
      expect(text).toMatch(/<math display="block" xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics>.*<mfrac>/);
      expect(text).toContain('<annotation encoding="application/x-tex">x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}</annotation>');
      expect(text).toContain('Prices such as $20,000 and $30,000 stay text.');
      expect(text).toContain('<code>$x$</code>');
      expect(text).toContain('<code class="math-source">$\\frac{1$</code>');
    }
    // No script reads the math: the page's one script is its JSON-LD data block.
    expect(book.page.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(book.chapters).not.toContain('<script');
    expect(book.epub.get('OEBPS/content.opf')).toContain('<item id="ch01" href="ch01.xhtml" media-type="application/xhtml+xml" properties="mathml"/>');
    await validate(book, 'math');
  }, 120_000);

  it('highlights fenced code at build time, numbers .numberLines from startFrom, and leaves an unknown language plain', async () => {
    const book = buildAll(fixture('pandoc-code'));
    expect(book.run.stderr).toBe('');
    for (const text of [book.page, book.chapters, book.deck]) {
      expect(text).toContain('<pre class="code highlighted" tabindex="0"><code class="language-haskell"><span class="hljs-title">qsort</span>');
      expect(text).toContain('<pre class="code highlighted numberLines" data-start-from="100" tabindex="0"><code class="language-python"><span class="code-line"><span class="line-number" aria-hidden="true">100</span><span class="hljs-keyword">def</span>');
      expect(text).toContain('<span class="line-number" aria-hidden="true">102</span>');
      expect(text).toContain('<pre class="code" tabindex="0"><code class="language-nosuchlanguage">some text -- "kept" as written...</code></pre>');
    }
    expect(book.page.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(book.chapters).not.toContain('<script');
    expect(book.page).toContain('.hljs-keyword');
    await validate(book, 'code');
  }, 120_000);

  it('renders pandoc’s definition lists, `:` and `~`, loose and compact, as <dl>', async () => {
    const book = buildAll(fixture('pandoc-deflist'));
    for (const text of [book.page, book.chapters, book.deck]) {
      expect(text).toMatch(/<dl>\s*<dt>Term 1<\/dt>\s*<dd>\s*<p>Definition 1<\/p>\s*<\/dd>\s*<dt>Term 2 with <em>inline markup<\/em><\/dt>/);
      expect(text).toContain('<pre class="code" tabindex="0"><code>{ some code, part of Definition 2 }</code></pre>');
      expect(text).toMatch(/<dt>Term 2<\/dt>\s*<dd>Definition 2a\s*<\/dd>\s*<dd>Definition 2b\s*<\/dd>/);
      expect(text).not.toContain('~ Definition');
    }
    await validate(book, 'deflist');
  }, 120_000);
});
