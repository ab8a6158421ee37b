/**
 * The EPUB as a package: EPUBCheck (the real one) finds nothing to report, the package document,
 * navigation and chapters carry what readers and accessibility checkers look for, and the bytes
 * are the same on every build, in every time zone.
 */
import { describe, expect, it } from 'vitest';
import { projectRoot, template } from '../scripts/resources.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { buildEpub, describeMessages, epubcheck } from './helpers/epub.ts';

/** A build plus EPUBCheck takes 10 s on an idle machine, minutes on a busy one. */
const slow = 300_000;
const problems = (path: string) => describeMessages(epubcheck(path).messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity)));

const book = buildEpub(fixture('epub-book'));

describe('EPUBCheck', () => {
  it('reports 0 errors and 0 warnings on the multi-chapter fixture (notes, citations, an image, a timeline)', () => {
    expect(problems(book.path)).toEqual([]);
  }, slow);

  it('reports 0 errors and 0 warnings on the minimal one-chapter fixture', () => {
    expect(problems(buildEpub(fixture('minimal')).path)).toEqual([]);
  }, slow);

  it('reports 0 errors and 0 warnings on the flagship manuscript, which passes `check`', () => {
    const checked = runCli(['check', 'manuscript'], { cwd: projectRoot });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(problems(buildEpub(`${projectRoot}/manuscript`).path)).toEqual([]);
  }, slow * 2);
});

describe('EPUB package', () => {
  const opf = book.text('OEBPS/content.opf');

  it('carries identifier, titles, creators, language, description, rights and a modified date from the front matter', () => {
    expect(opf).toContain('<dc:identifier id="pub-id">urn:uuid:5b1e8c2a-7d3f-4e6b-9a1c-2f4d6e8a0b3c</dc:identifier>');
    expect(opf).toContain('<dc:title id="title">Forts on the Irtysh</dc:title><meta property="title-type" refines="#title">main</meta>');
    expect(opf).toContain('<dc:title id="subtitle">A test book for the EPUB writer</dc:title><meta property="title-type" refines="#subtitle">subtitle</meta>');
    expect(opf).toContain('<dc:creator id="creator-2">Boris Borisov</dc:creator>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:rights>CC BY 4.0</dc:rights>');
    expect(opf).toMatch(/<dc:description>A small book with three chapters/);
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-25T00:00:00Z</meta>');
  });

  it('declares its accessibility: access modes, features, hazards and a summary, and no conformance no one evaluated', () => {
    for (const line of [
      '<meta property="schema:accessMode">textual</meta>',
      '<meta property="schema:accessModeSufficient">textual</meta>',
      '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
      '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
      '<meta property="schema:accessibilityFeature">alternativeText</meta>',
      '<meta property="schema:accessibilityFeature">readingOrder</meta>',
      '<meta property="schema:accessibilityHazard">none</meta>',
    ]) expect(opf).toContain(line);
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">[^<]{40,}<\/meta>/);
    // A build tool is no evaluator (EPUB Accessibility 1.1 §4.1): no conformsTo, no certifiedBy.
    expect(opf).not.toMatch(/dcterms:conformsTo|a11y:certifiedBy/);
  });

  it('marks the generated PNG cover as cover-image and the nav document as nav', () => {
    expect(opf).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>');
    expect(opf).toContain('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>');
    const png = Buffer.from(book.entries.get('OEBPS/cover.png')!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 2560]);
    expect(book.text('OEBPS/cover.xhtml')).toContain('alt="Cover: Forts on the Irtysh: A test book for the EPUB writer, by Ada Author, Boris Borisov"');
  });

  it('reads cover, title page, copyright page, contents, one chNN.xhtml per chapter, then the bibliography', () => {
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(['cover-page', 'titlepage', 'copyright', 'nav', 'ch01', 'ch02', 'ch03', 'bibliography']);
  });

  it('has a title page with the title, subtitle and authors, and a copyright page with date, licence and identifier', () => {
    const title = book.text('OEBPS/titlepage.xhtml');
    expect(title).toContain('<section epub:type="titlepage" class="titlepage" aria-labelledby="titlepage-title"><h1 id="titlepage-title" class="title">Forts on the Irtysh</h1>');
    expect(title).toContain('<p class="subtitle">A test book for the EPUB writer</p><p class="authors">Ada Author and Boris Borisov</p>');
    const copyright = book.text('OEBPS/copyright.xhtml');
    expect(copyright).toContain('<section epub:type="copyright-page"');
    expect(copyright).toMatch(/<dt>Published<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(copyright).toContain('<dt>Identifier</dt><dd>');
  });

  it('lists chapters with their sections in the nav, and landmarks for cover, title page, toc, bodymatter and bibliography', () => {
    const nav = book.text('OEBPS/nav.xhtml');
    expect(nav).toContain('<li><a href="ch02.xhtml">The raid</a><ol><li><a href="ch02.xhtml#the-siege">The siege</a></li><li><a href="ch02.xhtml#omsk">Omsk</a></li></ol></li>');
    for (const landmark of ['<a epub:type="cover" href="cover.xhtml">', '<a epub:type="titlepage" href="titlepage.xhtml">', '<a epub:type="toc" href="nav.xhtml#toc">', '<a epub:type="bodymatter" href="ch01.xhtml">', '<a epub:type="bibliography" href="bibliography.xhtml">']) {
      expect(nav).toContain(landmark);
    }
  });

  it('keeps ids unique across the book and points links at the chapter file that holds their target', () => {
    const documents = [...book.entries.keys()].filter((name) => name.endsWith('.xhtml'));
    const ids = documents.flatMap((name) => [...book.text(name).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const ch01 = book.text('OEBPS/ch01.xhtml');
    expect(ch01).toContain('<a href="ch02.xhtml#the-siege">the next chapter</a>');
    expect(book.text('OEBPS/ch02.xhtml')).toContain('<a href="ch01.xhtml#an-expedition-up-the-river">the first chapter</a>');
    expect(book.text('OEBPS/ch03.xhtml')).toContain('<a href="ch02.xhtml#the-siege">the notes to the siege</a>');
  });

  it('links citations to their bibliography entry', () => {
    expect(book.text('OEBPS/ch01.xhtml')).toMatch(/<a href="bibliography\.xhtml#ref-baddeley1919"[^>]*>[^<]*Baddeley/);
    expect(book.text('OEBPS/bibliography.xhtml')).toMatch(/<li id="ref-baddeley1919"/);
  });

  it('writes footnotes as noteref links to aside footnotes in the same file, linked back', () => {
    const ch01 = book.text('OEBPS/ch01.xhtml');
    expect(ch01).toMatch(/<a href="#forts-fn-gold" id="forts-fnref-gold" epub:type="noteref" role="doc-noteref">1<\/a>/);
    expect(ch01).toContain('<aside epub:type="footnote" role="doc-footnote" id="forts-fn-gold" class="footnote"><p><a href="#forts-fnref-gold" role="doc-backlink">1.</a> The gold was rumoured, never found.</p></aside>');
  });

  it('packages the manuscript’s image as a manifest item, and every figure image as an SVG file and a PNG', () => {
    expect(opf).toContain('href="images/fort.png" media-type="image/png"');
    expect(book.text('OEBPS/ch01.xhtml')).toContain('<img src="images/fort.png" alt="A grey square standing for a fort on a green steppe"/>');
    expect(book.entries.get('OEBPS/images/fort.png')).toBeDefined();
    for (const name of [...book.entries.keys()].filter((entry) => /ch\d\d\.xhtml$/.test(entry))) {
      const text = book.text(name);
      expect(text, `${name} keeps no inline SVG`).not.toContain('<svg');
      const figures = [...text.matchAll(/<img src="(figures\/[^"]+)"[^>]* class="figure-image (figure-vector|figure-raster)"/g)];
      for (const [, src, kind] of figures) {
        if (kind === 'figure-vector') {
          expect(opf).toContain(`href="${src}" media-type="image/svg+xml"`);
          expect(book.text(`OEBPS/${src}`)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        } else {
          // The same drawing as PNG, for Kindle (render/epub/figures.ts).
          expect(opf).toContain(`href="${src}" media-type="image/png"`);
          expect(Buffer.from(book.entries.get(`OEBPS/${src}`)!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
        }
      }
      // Each SVG with its PNG right after it.
      expect(figures.map(([, src, kind]) => `${kind}`)).toEqual(figures.map((_, i) => (i % 2 === 0 ? 'figure-vector' : 'figure-raster')));
      expect(figures.filter(([, src], i) => i % 2 === 1 && src !== figures[i - 1]![1]!.replace(/\.svg$/, '.png'))).toEqual([]);
    }
  });

  it('marks names in other scripts with lang and xml:lang', () => {
    expect(book.text('OEBPS/ch01.xhtml')).toContain('<span lang="ru" xml:lang="ru">Иван Бухгольц</span>');
    // In the bibliography, the work's own words only (its author and title), not the style's.
    const bibliography = book.text('OEBPS/bibliography.xhtml');
    expect(bibliography).toContain('<span lang="ru" xml:lang="ru">Златкин</span>');
    expect(bibliography).toMatch(/<i lang="ru" xml:lang="ru">История Джунгарского ханства \(1635–1758\)<\/i>/);
    expect(bibliography).not.toMatch(/<li id="ref-zlatkin1964"[^>]* lang="ru"/);
  });

  it('uses CSS that e-readers honour: no custom properties, no px or vw sizes, no inline styles', () => {
    const css = template('epub.css').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/--[a-z]|var\(/);
    expect(css).not.toMatch(/\d(px|vw)\b/);
    expect(css).not.toMatch(/font-family|background|(^|[^-])color\s*:/m);
    for (const name of [...book.entries.keys()].filter((entry) => entry.endsWith('.xhtml'))) expect(book.text(name)).not.toMatch(/ style="/);
  });
});

describe('EPUB reproducibility', () => {
  it('gives byte-identical EPUBs on two builds, under TZ=UTC and TZ=Asia/Tokyo', () => {
    const utc = buildEpub(fixture('epub-book'), { TZ: 'UTC' });
    const tokyo = buildEpub(fixture('epub-book'), { TZ: 'Asia/Tokyo' });
    expect(tokyo.bytes.equals(utc.bytes)).toBe(true);
    // …and the same as the build above, made in the machine's own time zone.
    expect(book.bytes.equals(utc.bytes)).toBe(true);
  }, slow);

  it('takes dcterms:modified and the zip timestamps from SOURCE_DATE_EPOCH when it is set', () => {
    const dated = buildEpub(fixture('epub-book'), { SOURCE_DATE_EPOCH: '1700000000', TZ: 'Asia/Tokyo' });
    expect(dated.text('OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>');
    const time = dated.bytes.readUInt16LE(10);
    const date = dated.bytes.readUInt16LE(12);
    expect([1980 + (date >> 9), (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2023, 11, 14, 22, 13]);
  }, slow);
});
