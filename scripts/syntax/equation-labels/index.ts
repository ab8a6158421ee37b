/**
 * pandoc-crossref's equation labels (https://lierdakil.github.io/pandoc-crossref/#equation-labels)
 * and Quarto's (https://quarto.org/docs/authoring/cross-references.html#equations): `$$ E = mc^2 $$
 * {#eq:energy}`, the block right after the closing `$$`, after spaces or one line ending (as
 * pandoc-crossref's `spanInlines` drops spaces and soft breaks before it). The block becomes the
 * display math's `data.attributes` (the contract in manuscript/nodes.ts), so crossref/targets.ts
 * numbers it and `@eq:energy` links to it, and its text leaves the paragraph. Only a block whose id
 * starts with `eq:` or `eq-` is taken, as pandoc-crossref takes only `{#eq:…}`: any other block after
 * math stays the text it is in pandoc.
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
import type { Attributes } from '../../manuscript/nodes.ts';
import type { DisplayMath } from '../math/index.ts';
import { readAttributesAt } from '../pandoc-attributes/read-attributes.ts';

/** What may stand between the closing `$$` and the block: spaces, at most one line ending. */
const gap = /^[ \t]*(?:\r?\n[ \t]*)?/;

export function remarkEquationLabels() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const place = location(file);
    visit(tree, 'displayMath', (math: DisplayMath, index, parent: Parent | undefined) => {
      const end = math.position?.end.offset;
      const next = parent?.children[(index ?? 0) + 1];
      if (end === undefined || next?.type !== 'text' || next.position?.start.offset !== end) return;
      // Read the block in the source (for its position), then find the same text in the node's value.
      const from = end + gap.exec(source.slice(end))![0].length;
      const read = readAttributesAt(source, from);
      if (!read || !/^eq[:-]/i.test(read.attributes.id ?? '')) return;
      const written = source.slice(from, read.end);
      const at = gap.exec(next.value)![0].length;
      if (next.value.slice(at, at + written.length) !== written) return;
      const start = place.toPoint(from);
      const stop = place.toPoint(read.end);
      const attributes: Attributes = { ...read.attributes, ...(start && stop ? { position: { start, end: stop } } : {}) };
      math.data = { ...math.data, attributes };
      (file.data.explicitIds ??= []).push(read.attributes.id!);
      removeStart(parent!, next, at + written.length, stop);
    });
  };
}

/** Takes the first `length` characters (the gap and the block) off `text`, which then starts at `start`. */
function removeStart(parent: Parent, text: Text, length: number, start: Point | undefined): void {
  const rest = text.value.slice(length);
  if (rest === '') {
    parent.children.splice(parent.children.indexOf(text), 1);
    return;
  }
  text.value = rest;
  if (start && text.position) text.position.start = start;
}
