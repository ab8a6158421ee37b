/**
 * pandoc's `smart` extension (https://pandoc.org/MANUAL.html#extension-smart), with the quotation
 * marks of the book's language: straight quotes become curly ones (`"…"` the language's quotes,
 * `'…'` its quotes within quotes: “…” ‘…’ in English, «…» in French, Russian and Ukrainian, „…“ in
 * German), any other `'` an apostrophe (’), `---` an em dash, `--` an en dash, `...` an ellipsis,
 * and the space after an abbreviation of pandoc's list (`Mr.`, `p.`, `e.g.`) a no-break space.
 * Quotes pair up the way pandoc's parser pairs them (Text.Pandoc.Parsing.Smart): an opening quote
 * follows no letter or digit and precedes no space; a closing `'` precedes no letter or digit, so
 * `it's` keeps an apostrophe. A quote may open in one node and close in another (`"*word*"`).
 *
 * Only the prose is touched: never code, math, raw HTML, a link's address, or the text of a link
 * that is its own address. Run at render time, on the copy of the tree the outputs are made from,
 * so the checks read the text as written.
 *
 * Why not retext-smartypants (remark-smartypants): it writes every apostrophe as the language's
 * closing single quote (German `geht‘s`, French `l”homme`), converts dashes in bare URLs, and
 * parses the whole text into a natural-language tree to place a few characters.
 */
import type { Nodes, Parents, Root, Text } from 'mdast';
import { quotationMarks, type QuotationMarks } from './quotation-marks.ts';
import { abbreviations } from './abbreviations.ts';

/** Inline nodes whose text is prose, looked through; every other inline node stands for one word. */
const transparent = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'span', 'textDirective', 'subscript', 'superscript']);
/** Nodes whose insides are never prose. */
const skipped = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'displayMath', 'html', 'yaml', 'definition']);
/**
 * Blocks: a node holding one is no run of prose even if it also holds a phrasing node (a raw HTML
 * block sits beside paragraphs at the root, and `html` is phrasing too): its children are walked.
 */
const blocks = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableCaption', 'lineBlock', 'gridTable', 'div', 'code', 'thematicBreak', 'footnoteDefinition', 'defList', 'containerDirective', 'leafDirective']);
const phrasing = new Set([...transparent, 'text', 'break', 'image', 'imageReference', 'footnoteReference', 'citation', 'dateMention', 'inlineCode', 'inlineMath', 'displayMath', 'html']);

/** Another inline node, as a word: a quote may close after it but not open. */
const object = '\uFFFC';

interface Run {
  chars: string[];
  /** The text node each character comes from (undefined for an inline node standing as a word). */
  owners: Array<Text | undefined>;
  /** The node standing at an `object` character. */
  objects: Array<Nodes | undefined>;
}

/** Applies smart punctuation to the prose of `tree` in place; returns how many characters it changed. */
export function smartPunctuation(tree: Root | Parents, lang: string): number {
  const marks = quotationMarks(lang);
  let changed = 0;
  const walk = (node: Nodes): void => {
    if (skipped.has(node.type) || !('children' in node)) return;
    if (!phrasing.has(node.type) && node.children.some((child) => phrasing.has(child.type)) && !node.children.some((child) => blocks.has(child.type))) {
      changed += smartRun(node, marks);
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(tree);
  return changed;
}

/** `text` with smart punctuation (a title from the front matter). */
export function smartString(text: string, lang: string): string {
  const node: Text = { type: 'text', value: text };
  smartRun({ type: 'paragraph', children: [node] }, quotationMarks(lang));
  return node.value;
}

function smartRun(parent: Parents, marks: QuotationMarks): number {
  const run: Run = { chars: [], owners: [], objects: [] };
  flatten(parent, run);
  const out = [...run.chars];
  const sameText = (from: number, length: number) => run.owners[from] !== undefined && run.owners.slice(from, from + length).every((owner) => owner === run.owners[from]);
  const source = run.chars.join('');
  const dashes = source.includes('--') || source.includes('...');
  for (let i = 0; dashes && i < out.length; i++) {
    if (run.owners[i] === undefined) continue;
    for (const [pattern, replacement] of [['---', '—'], ['--', '–'], ['...', '…']] as const) {
      if (source.startsWith(pattern, i) && sameText(i, pattern.length)) {
        out[i] = replacement;
        for (let k = 1; k < pattern.length; k++) out[i + k] = '';
        i += pattern.length - 1;
        break;
      }
    }
  }
  placeQuotes(run, out, marks);
  for (const match of source.matchAll(abbreviations)) {
    const space = match.index + match[0].length;
    const next = run.objects[space + 1];
    if (run.chars[space] === ' ' && run.owners[space] && next?.type !== 'citation' && next?.type !== 'footnoteReference') out[space] = '\u00A0';
  }
  let changed = 0;
  for (let i = 0; i < out.length; i++) if (run.owners[i] && out[i] !== run.chars[i]) changed++;
  if (changed === 0) return 0;
  // Each text node's characters, in order, written back once.
  const texts = new Map<Text, string[]>();
  for (let i = 0; i < out.length; i++) {
    const owner = run.owners[i];
    if (!owner) continue;
    let parts = texts.get(owner);
    if (!parts) texts.set(owner, (parts = []));
    parts.push(out[i]!);
  }
  for (const [text, parts] of texts) text.value = parts.join('');
  return changed;
}

function flatten(parent: Parents, run: Run): void {
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'text') {
      for (let i = 0; i < child.value.length; i++) push(run, child.value[i]!, child, undefined);
    } else if (transparent.has(child.type) && 'children' in child && !isOwnAddress(child)) {
      flatten(child, run);
    } else {
      push(run, child.type === 'break' ? '\n' : object, undefined, child);
    }
  }
}

function push(run: Run, char: string, owner: Text | undefined, node: Nodes | undefined): void {
  run.chars.push(char);
  run.owners.push(owner);
  run.objects.push(node);
}

/** A link written as its address (`<https://…>`, a bare URL or e-mail): its text is the address. */
function isOwnAddress(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]!.type !== 'text') return false;
  const text = node.children[0].value;
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}`;
}

const wordChar = (char: string | undefined) => char !== undefined && (char === object || /[\p{L}\p{N}]/u.test(char));
const space = (char: string | undefined) => char === undefined || /\s/u.test(char);

/** Decides every straight quote of the run, pairing them as pandoc does. */
function placeQuotes(run: Run, out: string[], marks: QuotationMarks): void {
  const open: Array<{ kind: 'double' | 'single'; at: number }> = [];
  const closeFrom = (at: number) => {
    // Quotes opened inside the one being closed and never closed themselves.
    for (const inner of open.splice(at + 1)) out[inner.at] = inner.kind === 'double' ? marks.double[0] : '’';
    return open.pop()!;
  };
  for (let i = 0; i < run.chars.length; i++) {
    const char = run.chars[i];
    if ((char !== '"' && char !== "'") || !run.owners[i]) continue;
    const kind = char === '"' ? 'double' : 'single';
    const before = run.chars[i - 1];
    const after = run.chars[i + 1];
    const mayOpen = !wordChar(before) && !space(after) && open.at(-1)?.kind !== kind;
    const opened = open.findLastIndex((quote) => quote.kind === kind);
    const mayClose = opened >= 0 && (kind === 'double' ? !mayOpen || open.at(-1)?.kind === 'double' : !wordChar(after));
    if (mayClose) {
      const quote = closeFrom(opened);
      out[quote.at] = marks[kind][0];
      out[i] = marks[kind][1];
    } else if (mayOpen) {
      open.push({ kind, at: i });
    } else {
      out[i] = kind === 'double' ? marks.double[1] : '’';
    }
  }
  for (const quote of open) out[quote.at] = quote.kind === 'double' ? marks.double[0] : '’';
}
