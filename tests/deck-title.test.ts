/** The title slide from its typed title block: authors with affiliations, institute, event and date. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { titleSlide } from '../scripts/render/deck/title-slide.ts';
import type { TitleBlock } from '../scripts/render/deck/title-block.ts';

const base: TitleBlock = { title: 'Slides', authors: [], institute: [], rights: [] };
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the title slide', () => {
  it('numbers several affiliations and marks each author with theirs', () => {
    const html = toHtml(
      titleSlide({
        ...base,
        authors: [
          { name: 'Ada Lovelace', affiliations: ['University of London'] },
          { name: 'Charles Babbage', affiliations: ['Trinity College, Cambridge', 'University of London'] },
        ],
      }),
    );
    expect(html).toContain('<p class="authors"><span class="author">Ada Lovelace</span><sup>1</sup>, <span class="author">Charles Babbage</span><sup>2,1</sup></p>');
    expect(text(html)).toContain('1University of London · 2Trinity College, Cambridge');
  });

  it('prints one shared affiliation once, under the names, then the institute, the event and the date', () => {
    const html = toHtml(
      titleSlide({
        ...base,
        authors: [
          { name: 'A. Author', affiliations: ['Tomsk State University'] },
          { name: 'B. Author', affiliations: ['Tomsk State University'] },
        ],
        institute: ['Department of History'],
        event: 'Seminar on Siberian history',
        date: { text: '25 November 2026', datetime: '2026-11-25' },
      }),
    );
    expect(html).not.toContain('<sup>');
    expect(text(html)).toBe('SlidesA. Author, B. AuthorTomsk State UniversityDepartment of HistorySeminar on Siberian history · 25 November 2026');
    expect(html).toContain('<time datetime="2026-11-25">25 November 2026</time>');
  });
});
