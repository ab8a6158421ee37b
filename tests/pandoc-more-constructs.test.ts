/**
 * pandoc's sub- and superscripts, inline notes, implicit figures, table captions, simple,
 * multiline and grid tables, ordered lists, line blocks and raw content, each from its fixture (tests/fixtures/pandoc-<construct>/, the manual's examples),
 * built by the real CLI into the page, the EPUB and the deck with the expected markup; a book with
 * all of them passes EPUBCheck with 0 errors and 0 warnings and axe-core with 0 violations.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { buildAll, type BuiltBook } from './helpers/build-all.ts';
import { fixture } from './helpers/cli.ts';
import { describeMessages, epubcheck } from './helpers/epub.ts';

const slow = 120_000;
/** The three outputs' HTML (page, EPUB chapters, deck), with data URIs shortened. */
const outputs = (book: BuiltBook) => [book.page, book.chapters, book.deck].map((html) => html.replace(/data:image\/[a-z+]+;base64,[^"]+/g, 'data:'));
/** Without stylesheets and scripts, whose text is not the book's. */
const prose = (html: string) => html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');

describe('subscript and superscript', () => {
  it('are <sub> and <sup> in every output, `~~x~~` stays <del>, spaced markers stay text', () => {
    const book = buildAll(fixture('pandoc-scripts'));
    expect(book.run.stderr).toBe('');
    for (const html of outputs(book)) {
      expect(html).toContain('H<sub>2</sub>O is a liquid.');
      expect(html).toMatch(/2<sup>10<\/sup> is /);
      expect(html).toContain('x<sup><em>n</em></sup> and C<sub><em>p</em></sub>');
      expect(html).toContain('<del>struck out</del>');
      expect(html).toContain('~about 5~ km, and a ^ b ^ c.');
    }
  }, slow);
});

describe('inline notes', () => {
  it('are footnotes numbered in reading order with the `[^1]` ones, in the page and the EPUB, and at the foot of the slide citing them, with the same numbers, in the deck', () => {
    const book = buildAll(fixture('pandoc-inline-notes'));
    expect(book.run.stderr).toBe('');
    const [page, chapters, deck] = outputs(book);
    for (const html of [page!, chapters!]) {
      expect(html).toMatch(/Here is an inline note\.<sup><a [^>]*>3<\/a><\/sup>/);
      // The page's notes are a list, the EPUB's asides (epub:type="footnote"), numbered 3 and 4 after the two `[^…]` notes.
      expect(html).toMatch(/id="[^"]*fn-inline-note-1"[^>]*>\s*<p>(?:<a [^>]*>3\.<\/a> )?Inline notes are easier to write, since\nyou don’t have to pick an identifier and move down to type the\nnote\./);
      expect(html).toMatch(/id="[^"]*fn-inline-note-2"[^>]*>\s*<p>(?:<a [^>]*>4\.<\/a> )?See\n<a href="https:\/\/pandoc\.org\/MANUAL\.html">the manual<\/a>, <em>chapter<\/em> two\./);
      expect(html).not.toContain('^[');
    }
    // The deck (written the pandoc way): each reference leads to a note on its own slide, as pandoc's
    // revealjs writer sets them with `--reference-location=section`.
    const slide = /<section id="deck-inline-notes"[\s\S]*?<\/section>/.exec(deck!)![0];
    expect(slide).toMatch(/Here is an inline note\.<sup><a href="#\/([^"]+)" class="footnote-ref" role="doc-noteref">3<\/a><\/sup>/);
    expect(slide).toMatch(/<aside class="slide-footnotes" role="doc-footnote"><ol><li id="[^"]+-fn-1" value="1"><p>Here is the footnote\.<\/p><\/li>/);
    expect(slide).toMatch(/<li id="[^"]+-fn-inline-note-2" value="4"><p>See\n<a href="https:\/\/pandoc\.org\/MANUAL\.html">the manual<\/a>, <em>chapter<\/em> two\.<\/p><\/li><\/ol><\/aside>/);
    // No reference dangles: each names a note on the deck.
    const targets = [...deck!.matchAll(/href="#\/([^"]+)" class="footnote-ref"/g)].map((match) => match[1]!);
    expect(targets).toHaveLength(4);
    for (const id of targets) expect(deck).toContain(`<li id="${id}"`);
    expect(deck).not.toContain('^[');
  }, slow);
});

describe('implicit figures', () => {
  it('make a lone image a <figure> captioned by its alt, numbered by its {#fig:} label; an image not alone, or followed by `\\`, stays inline', () => {
    const book = buildAll(fixture('pandoc-figures'));
    expect(book.run.stderr).toBe('');
    const [page, chapters] = outputs(book);
    for (const html of [page!, chapters!]) {
      expect(html).toMatch(/<figure><img src="[^"]*" alt="The Irtysh below Omsk" id="fig:river"\s*\/?><figcaption>Figure\u00a01: The Irtysh below Omsk<\/figcaption><\/figure>/);
      expect(html).toContain('<a href="#fig:river" class="cross-reference">Figure\u00a01</a>');
      expect(html).toMatch(/<figure><img [^>]*alt="A second view of the river"[^>]*><figcaption aria-hidden="true">A second view of the river<\/figcaption><\/figure>/);
      expect(html).toMatch(/stays inline: <img [^>]*alt="A river"/);
      expect(html).toMatch(/<p><img [^>]*alt="This image won[^"]*"\s*\/?><\/p>/);
      expect(html.match(/<figure>/g)).toHaveLength(2);
    }
  }, slow);
});

describe('table captions', () => {
  it('give a table its <caption>, before or after it, and its {#tbl:} label a number', () => {
    const book = buildAll(fixture('pandoc-table-captions'));
    expect(book.run.stderr).toBe('');
    for (const html of outputs(book)) {
      // The deck's copy of the prose carries no ids (the page's are unique already).
      expect(html).toMatch(/<table(?: id="tbl:demo")?><caption>Table\u00a01: Demonstration of <em>pipe<\/em> table syntax\.<\/caption>\s*<thead>\s*<tr>\s*<th class="align-right">Right<\/th>/);
      expect(html).toMatch(/<table(?: id="tbl:second")?><caption>Table\u00a02: A second table, its caption first\.<\/caption>/);
      expect(html).not.toContain('Table:');
      expect(html).not.toContain('{#tbl');
    }
    expect(book.page).toContain('<table id="tbl:demo">');
    expect(book.page).toContain('<a href="#tbl:demo" class="cross-reference">Table\u00a01</a>');
  }, slow);
});

describe('line blocks', () => {
  it('keep their lines and leading spaces, and join a continuation line', () => {
    const book = buildAll(fixture('pandoc-line-blocks'));
    expect(book.run.stderr).toBe('');
    for (const html of outputs(book)) {
      expect(html).toMatch(/<div class="line-block">The limerick packs laughs anatomical<br\/?>\nIn space that is quite economical\.<br\/?>\n\u00a0\u00a0\u00a0But the good ones I’ve seen<br\/?>/);
      expect(html).toMatch(/Samuel L\. Constable, Jr\.<br\/?>\n<em>200<\/em> Main St\.<br\/?>\n<br\/?>\nBerkeley, CA 94718<\/div>/);
      expect(html).not.toMatch(/\| The limerick/);
    }
  }, slow);
});

describe('raw content', () => {
  it('keeps {=html} as raw HTML and leaves out {=latex}, {=openxml} and \\newpage with a warning naming each, at its line', () => {
    const book = buildAll(fixture('pandoc-raw'));
    const warnings = book.run.stderr.split('\n').filter((line) => line.includes(': warning: '));
    expect(warnings.map((line) => line.replace(/^.*book\.md:(\d+:\d+): warning: (\S+ \S+ \S+).*\[([a-z-]+)\]$/, '$1 $2 $3'))).toEqual([
      '14:63 Raw `{=latex}` content raw-dropped',
      '16:1 Raw `{=latex}` content raw-dropped',
      '23:1 Raw TeX `\\newpage` raw-dropped',
      '27:1 Raw `{=openxml}` content raw-dropped',
    ]);
    for (const html of outputs(book)) {
      expect(html).toContain('<aside class="raw-aside"><p>Raw <abbr title="HyperText Markup Language">HTML</abbr> passes.</p></aside>');
      expect(html).toContain('Inline raw HTML: <mark>marked</mark>, and raw LaTeX, , is left out.');
      expect(prose(html)).not.toMatch(/tabular|newpage|w:br|\{=/);
      expect(html).toContain('with \\cite{x} in it, stays text.');
    }
  }, slow);
});

describe('a book with every construct above', () => {
  let browser: Browser;
  let book: BuiltBook;
  beforeAll(async () => {
    book = buildAll(fixture('pandoc-all-new'));
    browser = await launch();
  }, slow);
  afterAll(async () => {
    await browser?.close();
  });

  it('links `[Heading text]` to the chapter a level-1 heading starts', () => {
    expect(book.page).toContain('See <a href="#figures-and-tables">Figures and tables</a> for the river');
    expect(book.page).toContain('Back to <a href="#inline-constructs">Inline constructs</a>.');
    expect(book.epub.get('OEBPS/ch01.xhtml')).toContain('<a href="ch02.xhtml#figures-and-tables">Figures and tables</a>');
  });

  it('gives EPUBCheck no error and no warning', () => {
    const { messages } = epubcheck(book.epubPath);
    expect(describeMessages(messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity)))).toEqual([]);
  }, 2 * slow + 60_000);

  it('gives axe-core no violation on the page, light and dark, on a phone', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openFile(browser, book.pagePath, { width: 390, height: 844 });
      await page.emulateMedia({ colorScheme });
      expect((await axe(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
      await page.screenshot({ path: output(`pandoc-all-new-${colorScheme}.png`), fullPage: true });
      await context.close();
    }
  }, slow);
});

describe('simple and multiline tables', () => {
  it('are tables aligned as pandoc aligns them, with or without a header, with captions and numbers', () => {
    const book = buildAll(fixture('pandoc-simple-tables'));
    expect(book.run.stderr).toBe('');
    for (const html of outputs(book)) {
      expect(html).toMatch(/<caption>Table\u00a01: Demonstration of simple table syntax\.<\/caption>\s*<thead>\s*<tr>\s*<th class="align-right">Right<\/th>\s*<th class="align-left">Left<\/th>\s*<th class="align-center">Center<\/th>\s*<th>Default<\/th>/);
      // Headerless: its first row is a body row, aligned by where it sits on the dashes.
      expect(html).toMatch(/<table>\s*<tbody>\s*<tr>\s*<td class="align-right">12<\/td>\s*<td class="align-left">12<\/td>\s*<td class="align-center">12<\/td>\s*<td class="align-right">12<\/td>/);
      expect(html).toMatch(/<th class="align-center">Centered Header<\/th>\s*<th>Default Aligned<\/th>\s*<th class="align-right">Right Aligned<\/th>\s*<th class="align-left">Left Aligned<\/th>/);
      expect(html).toContain('<td class="align-left">Here’s another one. Note the blank line between rows.</td>');
      expect(html).toMatch(/<caption>Here’s the caption\. It, too, may span\nmultiple lines\.<\/caption>/);
      expect(prose(html)).not.toMatch(/-----/);
    }
  }, slow);
});

describe('grid tables', () => {
  it('are tables with any Markdown in their cells, alignment and a numbered caption', () => {
    const book = buildAll(fixture('pandoc-grid-tables'));
    expect(book.run.stderr).toBe('');
    for (const html of outputs(book)) {
      expect(html).toMatch(/<table(?: id="tbl:grid")?><caption>Table\u00a01: Sample grid table\.<\/caption><thead><tr><th>Fruit<\/th><th>Price<\/th><th>Advantages<\/th><\/tr><\/thead><tbody><tr><td>Bananas<\/td><td>\$1\.34<\/td><td><ul> <li>built-in wrapper<\/li> <li>bright color<\/li> <\/ul><\/td><\/tr>/);
      expect(html).toContain('<td class="align-right">Bananas</td><td class="align-left">$1.34</td><td class="align-center">built-in wrapper</td>');
      expect(html).toMatch(/<td class="align-left"><pre class="code highlighted" tabindex="0"><code class="language-yaml"><span class="hljs-attr">input-file:<\/span> <span class="hljs-string">foo\.md<\/span><\/code><\/pre><\/td>/);
      expect(prose(html)).not.toMatch(/\+---|\+===/);
    }
    expect(book.page).toContain('<a href="#tbl:grid" class="cross-reference">Table\u00a01</a>');
  }, slow);
});

describe('ordered lists the pandoc way', () => {
  it('give <ol> its start and type, nest a roman list, and number examples through the file', () => {
    const book = buildAll(fixture('pandoc-fancy-lists'));
    expect(book.run.stderr).toBe('');
    const [page, chapters, deck] = outputs(book);
    for (const html of [page!, chapters!]) {
      expect(html).toMatch(/<ol>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ol>/);
      expect(html).toMatch(/<ol start="9">\s*<li>Ninth<\/li>\s*<li>Tenth<\/li>\s*<li>\s*Eleventh\s*<ol type="i">\s*<li>subone<\/li>/);
      expect(html).toMatch(/<ol (?:start="3" type="A"|type="A" start="3")>\s*<li>three<\/li>/);
      expect(html).toMatch(/<ol (?:start="3"\s*)?>\s*<li>This is a good example\.<\/li>/);
      expect(html).toContain('As (3) illustrates, the examples go on.');
      expect(html).toContain('<p>A. Smith, with one space after his initial, stays a sentence.</p>');
      expect(prose(html)).not.toMatch(/\(@|#\. /);
    }
    // The deck: the same lists, with their starts and types; the slide is longer than one slide, so
    // it is split between items and the list goes on counting on the continuation (11, then 2 and 3).
    expect(deck).toMatch(/<ol>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ol>/);
    expect(deck).toMatch(/<ol start="9">\s*<li>Ninth<\/li>\s*<li>Tenth<\/li>/);
    expect(deck).toMatch(/<ol start="11">\s*<li>\s*Eleventh\s*<ol type="i">\s*<li>subone<\/li>/);
    expect(deck).toMatch(/<ol (?:start="3" type="A"|type="A" start="3")>\s*<li>three<\/li>/);
    expect(deck).toMatch(/<ol (?:start="3"\s*)?>\s*<li>This is a good example\.<\/li>/);
    expect(deck).toContain('As (3) illustrates, the examples go on.');
    expect(prose(deck!)).not.toMatch(/\(@|#\. /);
  }, slow);
});
