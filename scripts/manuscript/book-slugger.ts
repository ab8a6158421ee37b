/**
 * The ids of headings and chapters, unique across the book. A heading without an id of its own gets
 * pandoc's (`auto_identifiers`: scripts/syntax/pandoc-headings/pandoc-identifier.ts), so a link
 * written for pandoc (`[see](#heading-identifiers)`) finds it; a repeat gets pandoc's `-1`, `-2`.
 * An id the author wrote (`{#intro}`, a chapter's `id:`) is kept as written, and automatic ids step
 * around every id written anywhere in the book. The slugger also steps around the ids the outputs'
 * own frames use: a heading called "Bibliography" would otherwise get `id="bibliography"`, the
 * bibliography's own id on the page. A taken id gets the next number (`bibliography-1`); an
 * automatic one in a family of generated ids (`ref-…`, `cite-…`, `figure-…`) becomes `section-…`.
 */
import { pandocIdentifier } from '../syntax/pandoc-headings/pandoc-identifier.ts';

/** Ids of the page's frame (page-document.ts, and the contents list of html/toc.ts). */
const frame = ['main', 'bibliography', 'bibliography-title', 'toc-list'];
/** Families of ids the page makes: bibliography entries, citation links (citation-back-links.ts), figures. */
const families = /^(?:ref|cite|figure)-/;

export class BookSlugger {
  private readonly taken = new Set<string>(frame);
  private readonly written: ReadonlySet<string>;

  /** `written`: the ids authors wrote in the book, which automatic ids leave to them. */
  constructor(written: Iterable<string> = []) {
    this.written = new Set(written);
  }

  /** An automatic id for a heading whose text is `title`. */
  slug(title: string): string {
    const base = pandocIdentifier(title);
    return this.unique(families.test(base) ? `section-${base}` : base, this.written);
  }

  /** An id the author wrote: itself, unless an earlier heading or the page's frame has it. */
  claim(id: string): string {
    return this.unique(id, new Set());
  }

  private unique(base: string, avoid: ReadonlySet<string>): string {
    let id = base;
    for (let n = 1; this.taken.has(id) || avoid.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
