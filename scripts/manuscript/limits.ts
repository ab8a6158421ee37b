/**
 * Bounds that keep a build's time and memory finite whatever the input. micromark's inline
 * parsing is super-linear on a single huge paragraph (measured here: 5–18 s for one 1 MB line with
 * links and emphasis), so files and lines beyond what any real manuscript has are refused with a
 * diagnostic before parsing, instead of hanging CI.
 */
export const limits = {
  /** One Markdown file. The flagship's largest chapter is about 10 KB. */
  fileBytes: 2 * 1024 * 1024,
  /** Every text file of the manuscript together. */
  totalBytes: 8 * 1024 * 1024,
  /** One line (a paragraph is usually one line in generated Markdown). */
  lineChars: 16 * 1024,
  /**
   * One bibliography file. Shared libraries (one Zotero or JabRef export for every book an author
   * writes) run to tens of thousands of entries; a bibliography is read by linear parsers and does
   * not count towards `totalBytes`. Measured: 50,000 BibTeX entries (22 MB) read in about 15 s with
   * a 333 MB peak, the same as CSL-JSON (32 MB) in 2.5 s (README, Development).
   */
  bibliographyBytes: 32 * 1024 * 1024,
  /** One image. */
  imageBytes: 16 * 1024 * 1024,
} as const;

/** The 1-based line and length of the first line longer than `max`, if any. */
export function firstLongLine(text: string, max: number): { line: number; length: number } | undefined {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > max) return { line, length: end - start };
    start = end + 1;
    line++;
  }
  return undefined;
}

/**
 * How deep blocks and inlines may nest (block quotes, lists and their items, divs, spans,
 * emphasis, links: each one level). No book needs more than a handful; micromark's time grows
 * faster than the depth (5,000 nested `>` took 34 s to parse here, and overflowed the stack after).
 */
export const nestingDepth = 100;

/** The 1-based line and column of the first `>` beyond `max` nested block-quote markers, if any. */
export function firstDeepQuote(text: string, max: number): { line: number; column: number } | undefined {
  const prefix = new RegExp(`^(?:[ \\t]*>){${max + 1}}`, 'gm');
  const match = prefix.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match[0].length };
}
