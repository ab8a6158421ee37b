/**
 * The slugger that gives headings and chapters their ids, unique across the book (github-slugger,
 * as GitHub names README anchors), which also steps around the ids the outputs' own frames use: a
 * chapter or heading called "Bibliography" used to get `id="bibliography"`, the bibliography's own
 * id on the page, and the contents entry and every link to it then went to whichever came first.
 * A slug that is taken this way gets the next number, as a repeated heading does (`bibliography-1`);
 * one in a family of generated ids (`ref-…`, `cite-…`, `figure-…`) becomes `section-…`.
 */
import GithubSlugger from 'github-slugger';

/** Ids of the page's frame (page-document.ts, and the contents list of html/toc.ts). */
const frame = new Set(['main', 'bibliography', 'bibliography-title', 'toc-list']);
/** Families of ids the page makes: bibliography entries, citation links (citation-back-links.ts), figures. */
const families = /^(?:ref|cite|figure)-/;

export class BookSlugger extends GithubSlugger {
  override slug(value: string, maintainCase?: boolean): string {
    const id = super.slug(value, maintainCase);
    // A family's ids go on after the prefix, so numbering cannot leave it: name the section instead.
    if (families.test(id)) return super.slug(`section ${value}`, maintainCase);
    return frame.has(id) ? super.slug(value, maintainCase) : id;
  }
}
