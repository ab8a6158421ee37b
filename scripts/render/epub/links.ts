/**
 * Links between chapters. In the book as hast every id is unique across the book and links are
 * fragment-only (`#the-siege`); in the EPUB each chapter is its own file, so a link to an id in
 * another file becomes `chNN.xhtml#the-siege` (pandoc's EPUB writer does the same through its
 * reference table). EPUBCheck reports a fragment that names no id in its file (RSC-012).
 *
 * The EPUB is written one document at a time, each tree serialised and dropped before the next is
 * made (at 50× the trees of the whole book held ~50 MB until the package was zipped). A link can
 * only be resolved once every document's ids are known, so a link to an id not seen yet (a
 * citation's `#ref-key`, whose entry is in the bibliography, the last document) is written with a
 * marker in front of its href: two private-use characters that occur in no source text, around the
 * link's number. `resolve` then puts the file name (or nothing) in the marker's place: the text is
 * the same as if the tree had been rewritten (the file names need no escaping in XML).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export class LinkTable {
  /** id → the file (relative to the package directory) that holds it; the first holder wins. */
  readonly #files = new Map<string, string>();
  /** The ids of the links written with a marker, by their number. */
  readonly #pending: string[] = [];
  /** How many markers each file was written with. */
  readonly #marked = new Map<string, number>();
  readonly #open: string;
  readonly #close: string;
  #resolving = false;

  /** `texts`: every source text (the marker characters must occur in none of them). */
  constructor(texts: readonly string[]) {
    const free: string[] = [];
    for (let code = 0xe000; code <= 0xf8ff && free.length < 2; code++) {
      const character = String.fromCharCode(code);
      if (!texts.some((text) => text.includes(character))) free.push(character);
    }
    if (free.length < 2) throw new Error('No private-use character is free to mark `href`s in the EPUB');
    [this.#open, this.#close] = free as [string, string];
  }

  /** Adds every id of `tree`, the content of `file`. All ids of a document must be added before its links are rewritten. */
  addIds(tree: Element | Root, file: string): void {
    if (this.#resolving) throw new Error(`\`${file}\`'s ids were added after links were resolved`);
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && !this.#files.has(id)) this.#files.set(id, file);
    });
  }

  /**
   * Rewrites `href="#id"` in `tree` (the content of `file`) to point at the file that holds `id`.
   * Links to ids in the same file, to unknown ids and to other URLs are left as they are; a link to an
   * id not added yet gets a marker that `resolve` replaces.
   */
  rewrite(tree: Element | Root, file: string): void {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const id = decodeURIComponent(href.slice(1));
      const target = this.#files.get(id);
      if (target === undefined) {
        node.properties['href'] = `${this.#open}${this.#pending.length}${this.#close}${href}`;
        this.#pending.push(id);
        this.#marked.set(file, (this.#marked.get(file) ?? 0) + 1);
      } else if (target !== file) {
        node.properties['href'] = `${target}${href}`;
      }
    });
  }

  /** `text`, the serialised `file`, with its markers replaced. Call once every document's ids were added. */
  resolve(text: string, file: string): string {
    this.#resolving = true;
    const expected = this.#marked.get(file) ?? 0;
    if (expected === 0) return text;
    let found = 0;
    const marker = new RegExp(`${this.#open}(\\d+)${this.#close}`, 'g');
    const resolved = text.replace(marker, (_, number: string) => {
      found++;
      const id = this.#pending[Number(number)];
      const target = id === undefined ? undefined : this.#files.get(id);
      return target !== undefined && target !== file ? target : '';
    });
    if (found !== expected) throw new Error(`\`${file}\` has ${found} link markers, ${expected} were written`);
    return resolved;
  }
}
