/**
 * pandoc-crossref's equation labels (https://lierdakil.github.io/pandoc-crossref/#equation-labels)
 * and Quarto's (https://quarto.org/docs/authoring/cross-references.html#equations): `$$ E = mc^2 $$
 * {#eq:energy}`, the block right after the closing `$$`, after spaces or one line ending (as
 * pandoc-crossref's `spanInlines` drops spaces and soft breaks before it). The block becomes the
 * display math's `data.attributes` (the contract in manuscript/nodes.ts), so crossref/targets.ts
 * numbers it and `@eq:energy` links to it, and its text leaves the paragraph. Only a block whose id
 * starts with `eq:` or `eq-` is taken, as pandoc-crossref takes only `{#eq:…}`: any other block after
 * math stays the text it is in pandoc. pandoc-crossref's other form, a bracketed span holding the
 * math alone (`[$$ E = mc^2 $$]{#eq:energy}`), gives the math the span's attributes in its place.
 *
 * A transform of the parsed tree, not a micromark extension: the block is ordinary text to the
 * parser (pandoc-attributes/syntax.ts attaches blocks only right after code, links and images), and
 * what makes it a label is the math before it, across spaces and a line ending.
 */
import type { Parent, Root, Text } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Span } from '../../manuscript/nodes.ts';
import type { DisplayMath } from '../math/index.ts';
import { readAttributesAt } from '../pandoc-attributes/read-attributes.ts';

/** What may stand between the closing `$$` and the block: spaces, at most one line ending. */
const gap = /^[ \t]*(?:\r?\n[ \t]*)?/;
/** The same, read in place in the source (sticky: no copy of the rest of the file per formula). */
const gapAt = /[ \t]*(?:\r?\n[ \t]*)?/y;

export function remarkEquationLabels() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const place = location(file);
    visit(tree, 'displayMath', (math: DisplayMath, index, parent: Parent | undefined) => {
      const end = math.position?.end.offset;
      if (end === undefined || !parent || index === undefined) return;
      const texts = textsAfter(parent, index + 1);
      if (texts[0]?.position?.start.offset !== end) return;
      // Read the block in the source (for its position), then find the same text in the nodes' values:
      // a block at the start of a line is a text node of its own (pandoc-attributes/from-markdown.ts).
      gapAt.lastIndex = end;
      const from = end + gapAt.exec(source)![0].length;
      const read = readAttributesAt(source, from);
      if (!read || !/^eq[:-]/i.test(read.attributes.id ?? '')) return;
      const written = source.slice(from, read.end);
      const value = texts.map((text) => text.value).join('');
      const at = gap.exec(value)![0].length;
      if (value.slice(at, at + written.length) !== written) return;
      const start = place.toPoint(from);
      const stop = place.toPoint(read.end);
      math.data = { ...math.data, attributes: { ...read.attributes, ...(start && stop ? { position: { start, end: stop } } : {}) } };
      (file.data.explicitIds ??= []).push(read.attributes.id!);
      removeStart(parent, texts, at + written.length, stop);
    });
    // pandoc-crossref also reads the label on a bracketed span that holds the math alone.
    visit(tree, 'span', (span: Span, index, parent: Parent | undefined) => {
      const [math, ...rest] = span.children;
      if (math?.type !== 'displayMath' || rest.length > 0 || !parent || index === undefined) return;
      if (!/^eq[:-]/i.test(span.attributes.id ?? '')) return;
      // Its id is among the file's explicit ids already (remark-pandoc-syntax.ts).
      math.data = { ...math.data, attributes: span.attributes };
      parent.children.splice(index, 1, math);
    });
  };
}

/** The text nodes right after `index` in `parent`, up to the first node that is not text. */
function textsAfter(parent: Parent, index: number): Text[] {
  const texts: Text[] = [];
  for (const node of parent.children.slice(index)) {
    if (node.type !== 'text') break;
    texts.push(node);
  }
  return texts;
}

/** Takes the first `length` characters (the gap and the block) off the run of `texts`, which then starts at `start`. */
function removeStart(parent: Parent, texts: Text[], length: number, start: Point | undefined): void {
  let left = length;
  for (const text of texts) {
    if (left === 0) break;
    if (text.value.length <= left) {
      left -= text.value.length;
      parent.children.splice(parent.children.indexOf(text), 1);
      continue;
    }
    text.value = text.value.slice(left);
    if (start && text.position) text.position.start = start;
    left = 0;
  }
}
