/** The EPUB-only rewrites of the shared book hast: notes, figures, languages, XHTML and the zip. */
import type { Element } from 'hast';
import { h, s } from 'hastscript';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../scripts/render/epub/figures.ts';
import { epubFootnotes } from '../scripts/render/epub/footnotes.ts';
import { tagForeignNames } from '../scripts/render/epub/languages.ts';
import { serialise } from '../scripts/render/epub/xhtml.ts';
import { ocfZip } from '../scripts/render/epub/zip.ts';

/** What mdast-util-to-hast makes of a GFM footnote, with the chapter id as clobber prefix. */
function chapterWithNote(): Element {
  return h('section', { id: 'forts' }, [
    h('p', ['Gold.', h('sup', h('a', { href: '#forts-fn-gold', id: 'forts-fnref-gold', dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] }, '1'))]),
    h('section', { dataFootnotes: true, className: ['footnotes'] }, [
      h('h2', { id: 'footnote-label', className: ['sr-only'] }, 'Notes'),
      h('ol', [h('li', { id: 'forts-fn-gold' }, [h('p', ['Never found. ', h('a', { href: '#forts-fnref-gold', dataFootnoteBackref: '', ariaLabel: 'Back to reference 1' }, '↩')])])]),
    ]),
  ]);
}

describe('EPUB footnotes', () => {
  it('marks the reference as noteref and the note as an aside footnote that links back with its number', () => {
    const tree = chapterWithNote();
    epubFootnotes(tree, 'Notes');
    expect(serialise(tree)).toBe(
      '<section xmlns="http://www.w3.org/1999/xhtml" id="forts"><p>Gold.<sup><a href="#forts-fn-gold" id="forts-fnref-gold" epub:type="noteref" role="doc-noteref">1</a></sup></p>' +
        '<section epub:type="footnotes" class="footnotes" aria-label="Notes">' +
        '<aside epub:type="footnote" role="doc-footnote" id="forts-fn-gold" class="footnote"><p><a href="#forts-fnref-gold" role="doc-backlink">1.</a> Never found.</p></aside></section></section>',
    );
  });
});

describe('EPUB figures', () => {
  it('moves a figure’s inline SVG into an image file, with a PNG beside it for Kindle, and links both to the figure’s text alternative', () => {
    const tree = h('section', [
      h('figure', { className: ['timeline'] }, [
        s('svg', { viewBox: '0 0 100 20', role: 'img', ariaLabelledBy: 'tl-title' }, [s('title', { id: 'tl-title' }, 'Timeline, 1715–1716'), s('desc', 'Three events.'), s('rect', { width: 10, height: 5 })]),
        h('figcaption', 'The campaign.'),
        h('table', [h('tr', [h('td', '1716')])]),
      ]),
    ]);
    const figures = extractFigures(tree, 'raid');
    expect(figures.map((figure) => [figure.path, figure.rasterPath])).toEqual([['figures/raid-1.svg', 'figures/raid-1.png']]);
    expect(serialise(figures[0]!.svg, 'svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 20" role="img" aria-labelledby="tl-title"><title id="tl-title">Timeline, 1715–1716<\/title><desc>Three events.<\/desc><rect width="10" height="5"\/><\/svg>$/);
    expect(serialise(tree)).toBe(
      '<section xmlns="http://www.w3.org/1999/xhtml"><figure class="timeline"><img src="figures/raid-1.svg" alt="Timeline, 1715–1716" class="figure-image figure-vector" aria-details="raid-1-text"/>' +
        '<img src="figures/raid-1.png" alt="Timeline, 1715–1716" class="figure-image figure-raster" aria-details="raid-1-text"/>' +
        '<figcaption>The campaign.</figcaption><table id="raid-1-text"><tr><td>1716</td></tr></table></figure></section>',
    );
  });

  it('opens a <details> text alternative inside the caption and points the image at it', () => {
    const tree = h('figure', { id: 'figure-map' }, [
      s('svg', [s('title', 'Map of 3 places')]),
      h('figcaption', [h('p', 'Places.'), h('details', [h('summary', 'The places'), h('ul', [h('li', 'Omsk')])])]),
    ]);
    extractFigures(tree, 'background');
    expect(serialise(tree)).toBe(
      '<figure xmlns="http://www.w3.org/1999/xhtml" id="figure-map"><img src="figures/background-1.svg" alt="Map of 3 places" class="figure-image figure-vector" aria-details="background-1-text"/>' +
        '<img src="figures/background-1.png" alt="Map of 3 places" class="figure-image figure-raster" aria-details="background-1-text"/>' +
        '<figcaption><p>Places.</p><details open="" id="background-1-text"><summary>The places</summary><ul><li>Omsk</li></ul></details></figcaption></figure>',
    );
  });

  it('ships the narrow drawing of a book figure’s pair and drops the wide one', () => {
    const drawing = (id: string, title: string) => s('svg', { viewBox: '0 0 10 10', role: 'img', ariaLabelledBy: `${id}-title` }, [s('title', { id: `${id}-title` }, title)]);
    const tree = h('figure', { id: 'figure-map' }, [
      h('div', { className: ['figure-drawing', 'figure-wide'] }, [drawing('figure-map', 'Map, wide')]),
      h('div', { className: ['figure-drawing', 'figure-narrow'] }, [drawing('figure-map-narrow', 'Map, narrow')]),
      h('figcaption', [h('p', 'Places.'), h('details', [h('summary', 'The places'), h('ul', [h('li', 'Omsk')])])]),
    ]);
    const figures = extractFigures(tree, 'background');
    expect(figures.map((figure) => serialise(figure.svg, 'svg'))).toEqual([expect.stringContaining('<title id="figure-map-narrow-title">Map, narrow</title>')]);
    expect(serialise(tree)).toBe(
      '<figure xmlns="http://www.w3.org/1999/xhtml" id="figure-map"><img src="figures/background-1.svg" alt="Map, narrow" class="figure-image figure-vector" aria-details="background-1-text"/>' +
        '<img src="figures/background-1.png" alt="Map, narrow" class="figure-image figure-raster" aria-details="background-1-text"/>' +
        '<figcaption><p>Places.</p><details open="" id="background-1-text"><summary>The places</summary><ul><li>Omsk</li></ul></details></figcaption></figure>',
    );
  });

  it('leaves a figure without SVG as it is', () => {
    const tree = h('section', [h('figure', [h('table', [h('tr', [h('td', 'x')])]), h('figcaption', 'c')])]);
    const before = serialise(tree);
    expect(extractFigures(tree, 'raid')).toEqual([]);
    expect(serialise(tree)).toBe(before);
  });
});

describe('EPUB languages', () => {
  it('wraps names the front matter gives in another language in lang, which XHTML repeats as xml:lang', () => {
    const tree = h('p', ['Buchholz (Иван Бухгольц) reached Omsk (Омск); ', h('span', { lang: 'ru' }, 'Омск'), ' again.']);
    tagForeignNames(tree, [
      { name: 'Иван Бухгольц', lang: 'ru' },
      { name: 'Омск', lang: 'ru' },
    ]);
    expect(serialise(tree)).toBe(
      '<p xmlns="http://www.w3.org/1999/xhtml">Buchholz (<span lang="ru" xml:lang="ru">Иван Бухгольц</span>) reached Omsk (<span lang="ru" xml:lang="ru">Омск</span>); <span lang="ru" xml:lang="ru">Омск</span> again.</p>',
    );
  });
});

describe('EPUB XHTML', () => {
  it('closes void elements as <br/> and writes other empty elements with an end tag', () => {
    expect(serialise(h('p', [h('a', { id: 'x' }), h('br'), h('img', { src: 'a.png', alt: '' })]))).toBe(
      '<p xmlns="http://www.w3.org/1999/xhtml"><a id="x"></a><br/><img src="a.png" alt=""/></p>',
    );
  });
});

describe('EPUB container', () => {
  it('starts with an uncompressed `mimetype` entry without extra field, at the byte offsets readers sniff', () => {
    const zip = ocfZip([{ path: 'OEBPS/a.xhtml', data: 'x'.repeat(1000) }], new Date('2026-11-25T00:00:00Z'));
    const bytes = Buffer.from(zip);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    expect(bytes.readUInt16LE(28)).toBe(0); // no extra field
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
    expect(Object.keys(unzipSync(zip))).toEqual(['mimetype', 'OEBPS/a.xhtml']);
  });

  it('stamps every entry with the modified time as DOS date and time, whatever the local time zone', () => {
    const zip = Buffer.from(ocfZip([], new Date('2026-11-25T13:30:00Z')));
    const time = zip.readUInt16LE(10);
    const date = zip.readUInt16LE(12);
    expect({ year: 1980 + (date >> 9), month: (date >> 5) & 15, day: date & 31, hour: time >> 11, minute: (time >> 5) & 63 }).toEqual({ year: 2026, month: 11, day: 25, hour: 13, minute: 30 });
  });
});
