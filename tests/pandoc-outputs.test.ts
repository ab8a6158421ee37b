/**
 * Each pandoc construct's fixture (tests/fixtures/pandoc-<construct>/, from pandoc's manual and its
 * test files) built by the real CLI into the three outputs, with the markup each output must have;
 * EPUBCheck reports 0 errors and 0 warnings on each EPUB, and axe-core 0 violations on each page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { fixture } from './helpers/cli.ts';
import { buildEpub, describeMessages, epubcheck, type BuiltEpub } from './helpers/epub.ts';

interface Outputs {
  epub: BuiltEpub;
  /** The chapter's XHTML in the EPUB. */
  xhtml: string;
  nav: string;
  pagePath: string;
  page: string;
  deck: string;
}

function built(name: string): Outputs {
  const epub = buildEpub(fixture(name));
  const dir = dirname(epub.path);
  const pageName = readdirSync(dir).find((file) => file.endsWith('.html'))!;
  const deckName = readdirSync(dir).find((file) => file.endsWith('-deck'))!;
  return {
    epub,
    xhtml: epub.text('OEBPS/ch01.xhtml'),
    nav: epub.text('OEBPS/nav.xhtml'),
    pagePath: join(dir, pageName),
    page: readFileSync(join(dir, pageName), 'utf8'),
    deck: readFileSync(join(dir, deckName, 'index.html'), 'utf8'),
  };
}

const slow = 240_000;
const constructs = ['attributes', 'fenced-divs', 'bracketed-spans', 'heading-ids'] as const;
const outputs = new Map<(typeof constructs)[number], Outputs>();
let browser: Browser;

beforeAll(async () => {
  for (const name of constructs) outputs.set(name, built(`pandoc-${name}`));
  browser = await launch();
}, slow);

afterAll(async () => {
  await browser?.close();
});

const of = (name: (typeof constructs)[number]) => outputs.get(name)!;

/** An output's text as a reader sees it: without its stylesheets, scripts and code blocks (whose text is the author's code). */
const prose = (html: string) => html.replace(/<(style|script|pre)\b[\s\S]*?<\/\1>/g, '');

describe.each(constructs)('the pandoc-%s fixture', (name) => {
  it('gives EPUBCheck no error and no warning', () => {
    const { messages } = epubcheck(of(name).epub.path);
    expect(describeMessages(messages.filter((message) => ['FATAL', 'ERROR', 'WARNING'].includes(message.severity)))).toEqual([]);
  }, slow);

  it('gives axe-core no violation on the page, on a phone and on a desktop', async () => {
    for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
      const { page, context, requests } = await openFile(browser, of(name).pagePath, viewport);
      await page.screenshot({ path: output(`pandoc-${name}-${label}.png`), fullPage: true });
      expect(await axe(page), label).toEqual([]);
      expect(requests).toEqual([]);
      await context.close();
    }
  }, slow);

  it('shows no attribute block or fence as text in any output', () => {
    const { xhtml, nav, page, deck } = of(name);
    for (const [where, text] of [['EPUB', xhtml], ['nav', nav], ['page', page], ['deck', deck]] as const) {
      expect(prose(text), where).not.toMatch(/\{[#.]/);
      // The fenced-divs fixture keeps one `:::` as pandoc does, in the paragraph `foo ::: bar` (the deck has it in its notes).
      expect(prose(text).match(/:::/g) ?? [], where).toHaveLength(name === 'fenced-divs' && where !== 'nav' ? 1 : 0);
    }
  });
});

describe('attributes in the outputs', () => {
  it('gives headings their id, classes and data-* (pandoc’s header_attributes), in the EPUB, the page and the deck', () => {
    const { xhtml, page, deck } = of('attributes');
    expect(xhtml).toContain('<h2 id="foo">My heading</h2>');
    expect(xhtml).toContain('<h3 id="foo-closed">My heading</h3>');
    expect(xhtml).toContain('<h2 id="bar" class="lead" data-level="3">My other heading</h2>');
    expect(xhtml).toContain('<h2 class="unnumbered" id="unnumbered-in-pandoc">Unnumbered in pandoc</h2>');
    // The page's chapters are h2, so its sections are h3.
    expect(page).toContain('<h3 id="foo">My heading</h3>');
    // A slide of its own, or a heading on its chapter's slide (a chapter written as a book, i19): its id either way.
    expect(deck).toMatch(/<section id="foo" class="[^"]*">(?:<div class="slide-frame">)?<h2>My heading<\/h2>|<h2 id="foo">My heading<\/h2>/);
  });

  it('leaves a heading that is unnumbered and unlisted out of the contents, and only that one', () => {
    const { nav, page } = of('attributes');
    expect(nav).toContain('href="ch01.xhtml#unnumbered-in-pandoc"');
    expect(nav).not.toContain('neither-numbered-nor-listed');
    expect(page).not.toContain('href="#neither-numbered-nor-listed"');
    expect(page).toContain('id="neither-numbered-nor-listed"');
  });

  it('puts a code block’s attributes on <pre> and its language on <code>', () => {
    const { xhtml, page } = of('attributes');
    for (const text of [xhtml, page]) {
      // Highlighted and numbered by code-block.ts; pandoc keeps `startFrom` as `data-startFrom` too.
      expect(text).toMatch(/<pre id="mycode" class="code highlighted numberLines" data-start-from="100" tabindex="0"><code class="language-haskell"><span class="code-line"><span class="line-number" aria-hidden="true">100<\/span><span class="hljs-title">qsort<\/span> \[\]/);
      expect(text).toMatch(/<pre class="code highlighted numberLines" tabindex="0"><code class="language-haskell"><span class="code-line"><span class="line-number" aria-hidden="true">1<\/span><span class="hljs-title">qsort<\/span> \[\] = \[\]/);
    }
  });

  it('gives inline code, links and images theirs, an image’s width in pixels or as a size', () => {
    const { xhtml, page } = of('attributes');
    expect(xhtml).toContain('<code class="haskell">&#x3C;$></code>');
    expect(xhtml).toMatch(/<img src="images\/foo\.png" alt="image" id="id" class="class" width="30" height="20"\/>/);
    expect(xhtml).toContain('<a href="https://pandoc.org/MANUAL.html" id="manual-link" class="external" lang="en" title="pandoc\'s manual" xml:lang="en">link with attributes</a>');
    expect(xhtml).toContain('alt="A fort drawn at half the width" style="width:50%"/>');
    expect(page).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="A fort drawn at half the width" style="width:50%">/);
  });

  it('keeps what is not attribute syntax as the text it was', () => {
    for (const text of [of('attributes').xhtml, of('attributes').page]) expect(text).toContain('Not attributes, so kept as text: {not attributes}, [a bracket]{ .5 }, and braces {} in prose.');
  });
});

describe('fenced divs in the outputs', () => {
  it('are <div>s with their attributes, nested as pandoc nests them', () => {
    for (const text of [of('fenced-divs').xhtml, of('fenced-divs').page]) {
      expect(text).toMatch(/<div id="special" class="sidebar">\s*<p>Here is a paragraph\.<\/p>\s*<p>And another\.<\/p>\s*<\/div>/);
      expect(text).toMatch(/<div class="Warning">\s*<p>This is a warning\.<\/p>\s*<div class="Danger">\s*<p>This is a warning within a warning\.<\/p>\s*<\/div>\s*<\/div>/);
      expect(text).toMatch(/<div class="warning">\s*<p>This is the warning!<\/p>\s*<ol>[\s\S]*<\/ol>\s*<div id="myid" class="class" data-key="val">\s*<p>nested div<\/p>\s*<\/div>\s*<\/div>/);
    }
  });

  it('make a `::: slide` div the section’s slide in the deck, and leave it out of the book', () => {
    const { xhtml, page, deck } = of('fenced-divs');
    expect(deck).toMatch(/<section id="a-sidebar" class="points-slide"><div class="slide-frame"><h2>A sidebar<\/h2><div class="slide-body"><ul>\s*<li>What the room sees<\/li>\s*<\/ul>/);
    for (const text of [xhtml, page]) expect(text).not.toContain('What the room sees');
  });
});

describe('bracketed spans in the outputs', () => {
  it('are <span>s with their attributes; `lang` also gets xml:lang in the EPUB', () => {
    const { xhtml, page, deck } = of('bracketed-spans');
    expect(xhtml).toMatch(/<span class="class" data-key="val">This is <em>some text<\/em>\s*<\/span>/);
    expect(xhtml).toContain('<span class="smallcaps">Small caps</span> and <span class="underline">Underline</span>');
    expect(xhtml).toContain('<span lang="fr" xml:lang="fr">je ne sais quoi</span>');
    expect(xhtml).toContain('<span id="123">hi</span>');
    expect(page).toContain('<span lang="fr">je ne sais quoi</span>');
    expect(deck).toContain('<li><span class="smallcaps">Small caps</span> on a slide</li>');
  });

  it('styles small caps and underline in the page, the EPUB and the deck, and a book without them ships no such rule', async () => {
    const { epub, pagePath } = of('bracketed-spans');
    expect(epub.text('OEBPS/epub.css')).toContain('span.smallcaps { font-variant: small-caps; }');
    expect(readFileSync(join(dirname(pagePath), readdirSync(dirname(pagePath)).find((file) => file.endsWith('-deck'))!, 'deck.css'), 'utf8')).toContain('span.underline { text-decoration: underline; }');
    expect(of('attributes').epub.text('OEBPS/epub.css')).not.toContain('span.smallcaps');
    expect(of('attributes').page).not.toContain('span.smallcaps');
    const { page, context } = await openFile(browser, pagePath);
    const styles = await page.evaluate(() => ['smallcaps', 'underline'].map((name) => {
      const style = getComputedStyle(document.querySelector(`span.${name}`)!);
      return [style.fontVariantCaps, style.textDecorationLine];
    }));
    expect(styles).toEqual([['small-caps', 'none'], ['normal', 'underline']]);
    await context.close();
  });
});

describe('heading identifiers in the outputs', () => {
  it('are pandoc’s, with -1 for a repeat, and `[Heading text]` links to the first heading of that text', () => {
    const { xhtml, nav, page } = of('heading-ids');
    for (const id of ['heading-identifiers-in-html', 'maître-dhôtel', 'html-s5-or-rtf', 'applications', 'section', 'heading-identifiers-in-html-1', 'foo']) {
      expect(xhtml).toContain(`<h2 id="${id}">`);
      expect(page).toContain(`<h3 id="${id}">`);
      expect(nav).toContain(`href="ch01.xhtml#${id}"`);
    }
    expect(xhtml.match(/<a href="#heading-identifiers-in-html">/g)).toHaveLength(4);
    expect(xhtml).toContain('<a href="#section">33</a>');
    expect(xhtml).toContain('<a href="https://pandoc.org/MANUAL.html">foo</a>');
  });

  it('resolves every `#` link of the page and the EPUB chapter to an id that exists', async () => {
    const { pagePath } = of('heading-ids');
    const { page, context } = await openFile(browser, pagePath);
    const missing = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))).filter((id) => !document.getElementById(id)));
    expect(missing).toEqual([]);
    await context.close();
  });
});
