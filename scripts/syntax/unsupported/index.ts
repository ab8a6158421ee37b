/**
 * pandoc constructs Triptych does not render yet, found so that none is lost without a word: each
 * gets a `syntax-unsupported` warning at its first line, naming it and saying what the outputs show
 * instead. CommonMark reads them as something else, never dropping text:
 *   - grid tables (`grid_tables`: `+---+---+` lines) that ../grid-tables/ could not read, and
 *     simple and multiline tables (`simple_tables`, `multiline_tables`: a line of dash groups
 *     under the header) where ../simple-tables/ does not read them (in a list or a block quote),
 *     become paragraphs and rules: the cells show as text;
 * The source decides (positions into `file.value`): the parsed tree has lost the shape.
 * https://pandoc.org/MANUAL.html#tables
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../../diagnostics/report.ts';

const gridLine = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
const dashGroups = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/;

export function remarkUnsupportedSyntax() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    /** The last line of the simple table reported last: its rows and dash lines that follow are the same table. */
    let tableEnd = -Infinity;
    visit(tree, (node: Nodes) => {
      if (node.type !== 'paragraph' && node.type !== 'thematicBreak') return;
      const lines = sourceLines(node, source);
      const at = node.position?.start;
      if (lines.length === 0 || !at) return;
      if (at.line <= tableEnd + 2) {
        tableEnd = node.position!.end.line;
        return;
      }
      if (node.type === 'paragraph' && gridLine.test(lines[0]!)) {
        warn(file, 'This grid table (pandoc’s `grid_tables`) cannot be read (its `+`, `|` and `-` do not line up, or it is in a list or a block quote)', 'its lines show as a paragraph of text', 'line up its column markers, or write it as a pipe table (`| a | b |`)', at);
      } else if (lines.some((line) => dashGroups.test(line))) {
        warn(file, 'This simple or multiline table (pandoc’s `simple_tables`, `multiline_tables`) is not read inside a list or a block quote', 'its rows show as paragraphs and its dash lines as rules', 'move it to the margin, or write it as a pipe table (`| a | b |`)', at);
        tableEnd = node.position!.end.line;
      }
    });
  };
}

function warn(file: VFile, what: string, shown: string, fix: string, at: { line: number; column: number }): void {
  report(file, `${what}, so ${shown}, every word kept but not its layout; ${fix}`, at, 'syntax-unsupported', 'warning');
}

/** The node's lines as written, from its first column (a list's or a quote's markers before it stay out). */
function sourceLines(node: Nodes, source: string): string[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  return source.slice(start, end).split(/\r?\n|\r/);
}
