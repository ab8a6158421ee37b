/**
 * Pandoc citations (`[@key, p. 12]`, `[see @a; @b]`, `[-@key]`, `@key`) become `citation` nodes
 * (scripts/manuscript/nodes.ts); those whose every key is a label (`[@fig:map]`, `@tbl-data`)
 * become `crossReference` nodes, which no citation machinery sees. No maintained remark plugin reads this syntax on micromark 4
 * (PITFALLS), so this one works on the text that micromark leaves: a `[@key]` with no link
 * definition stays text. That text may be split across sibling text nodes (a restored `:word`
 * directive inside `@wiki:key` is one), so runs of adjacent text nodes are read as one string.
 *
 * Positions: every character of a text node is mapped back to its offset in the source (skipping
 * the `> ` and indentation of continuation lines, and reading `\[` or `&amp;` as one character),
 * so each item keeps the position of its own `@key` and of its locator. The syntax is in
 * `citations/syntax.ts`; problems (unknown keys, bad locators) are the checks' business.
 */
import type { Parent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Citation, CitationItem, CrossReference, CrossReferenceItem } from '../manuscript/nodes.ts';
import { labelKind, normalLabel } from '../crossref/label.ts';
import { findCitations, type SyntaxCitation } from '../citations/syntax.ts';
import { align } from '../citations/align.ts';
import { locatorTerms, type LocatorTerms } from '../citations/locator-terms.ts';

declare module 'vfile' {
  interface DataMap {
    /** The book's language, for what the parse reads in it (locator labels); set before a chapter is parsed. */
    lang: string;
  }
}

/** Where citations are not read: inside links (their text is the link's), code and raw HTML. */
const opaque = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'yaml']);

export const remarkCitations: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const source = String(file.value);
  // Locator labels in the book's language (set by the load stage) and in English.
  const terms = locatorTerms(file.data.lang ?? 'en');
  const toPoint = location(file).toPoint;
  visit(tree, (node) => {
    if (opaque.has(node.type)) return 'skip';
    if (!('children' in node)) return undefined;
    const parent = node as Parent;
    // Every citation holds an `@`: a parent with none in its text has nothing to split, and most
    // have none (aligning each text with its source first cost 800 ms of parse at 50×).
    if (!parent.children.some((child) => child.type === 'text' && child.value.includes('@'))) return undefined;
    const children: RootContent[] = [];
    let run: Text[] = [];
    const flush = () => {
      if (run.length > 0) children.push(...readRun(run, source, toPoint, terms));
      run = [];
    };
    for (const child of parent.children) {
      if (child.type === 'text') run.push(child);
      else {
        flush();
        children.push(child);
      }
    }
    flush();
    parent.children = children as Parent['children'];
    return undefined;
  });
};

type ToPoint = ReturnType<typeof location>['toPoint'];

/** A run of adjacent text nodes, with citations split out; the run itself when it has none. */
function readRun(run: Text[], source: string, toPoint: ToPoint, terms: LocatorTerms): RootContent[] {
  if (!run.some((node) => node.value.includes('@'))) return run;
  const mapped = run.map((node) => align(node, source));
  if (mapped.some((m) => m === undefined)) return run;
  const text = run.map((node) => node.value).join('');
  // `concat`, not `flatMap`: flatMap took 600 ms on the 50× manuscript's 1.4 M characters, concat 5.
  const offsets = ([] as number[]).concat(...mapped.map((m) => m!.offsets));
  const escaped = ([] as boolean[]).concat(...mapped.map((m) => m!.escaped));
  const found = findCitations(text, (i) => escaped[i] === true, terms);
  if (found.length === 0) return run;

  const span = (start: number, end: number): Position | undefined => {
    const from = toPoint(offsets[start]!);
    const to = toPoint(offsets[end - 1]! + 1);
    return from && to ? { start: from, end: to } : undefined;
  };
  const out: RootContent[] = [];
  let cursor = 0;
  const pushText = (end: number) => {
    if (end <= cursor) return;
    const position = span(cursor, end);
    out.push({ type: 'text', value: text.slice(cursor, end), ...(position ? { position } : {}) });
  };
  for (const citation of found) {
    pushText(citation.start);
    out.push(toNode(citation, text, span));
    cursor = citation.end;
  }
  pushText(text.length);
  return out;
}

function toNode(citation: SyntaxCitation, text: string, span: (start: number, end: number) => Position | undefined): Citation | CrossReference {
  // Every item a label (`[@fig:a; @tbl:b]`): a cross-reference, not a citation (crossref/label.ts).
  if (citation.items.every((item) => labelKind(item.key) !== undefined)) return toCrossReference(citation, text, span);
  const items = citation.items.map((item): CitationItem => {
    const position = span(item.keyStart, item.keyEnd);
    const locatorPosition = item.locatorStart !== undefined && item.locatorEnd !== undefined && item.locatorEnd > item.locatorStart
      ? span(item.locatorStart, item.locatorEnd)
      : undefined;
    return {
      key: item.key,
      ...(item.prefix !== undefined ? { prefix: item.prefix } : {}),
      ...(item.locator !== undefined ? { locator: item.locator } : {}),
      ...(item.label !== undefined ? { label: item.label } : {}),
      ...(item.suffix !== undefined ? { suffix: item.suffix } : {}),
      ...(item.suppressAuthor ? { suppressAuthor: true } : {}),
      ...(item.locatorProblem !== undefined ? { locatorProblem: item.locatorProblem } : {}),
      ...(position ? { position } : {}),
      ...(locatorPosition ? { locatorPosition } : {}),
    };
  });
  const position = span(citation.start, citation.end);
  return { type: 'citation', mode: citation.mode, items, value: text.slice(citation.start, citation.end), ...(position ? { position } : {}) };
}

function toCrossReference(citation: SyntaxCitation, text: string, span: (start: number, end: number) => Position | undefined): CrossReference {
  const items = citation.items.map((item): CrossReferenceItem => {
    const position = span(item.keyStart, item.keyEnd);
    return {
      label: normalLabel(item.key),
      capital: /^[A-Z]/.test(item.key),
      numberOnly: item.suppressAuthor === true,
      ...(item.prefix !== undefined ? { prefix: item.prefix } : {}),
      ...(item.suffix !== undefined ? { suffix: item.suffix } : {}),
      ...(position ? { position } : {}),
    };
  });
  const position = span(citation.start, citation.end);
  return { type: 'crossReference', mode: citation.mode, items, value: text.slice(citation.start, citation.end), ...(position ? { position } : {}) };
}
