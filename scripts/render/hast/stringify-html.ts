/**
 * hast → HTML text through rehype-stringify (the owner's choice; hast-util-to-html inside), built
 * once and reused by every renderer that writes HTML.
 *
 * The page and the deck put each chapter in as HTML text they serialised themselves (a `raw`
 * node: an element's HTML does not depend on where it stands), never anything from the
 * manuscript, which the sanitizer has turned into elements and text. `stringifyParts` writes
 * those in after serialising the rest: hast-util-to-html joins each element's children into a
 * new string, so a chapter deep in the layout would be copied once per level above it (measured:
 * 20–40 ms for the flagship's page and deck, the most of a dev rebuild).
 */
import type { Element, Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const processor = unified().use(rehypeStringify).freeze();
const withRaw = unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();

export function stringifyHtml(tree: Root | Element): string {
  return processor.stringify(asRoot(tree));
}

/**
 * `tree` as HTML in pieces, in order, to be written one after another (`Artifact.parts`): the
 * serialised layout, with each node of `slots` (raw nodes in it) as a piece of its own, its value,
 * between `frame.before` and `frame.after` (a doctype, the final newline). Nothing joins them: at
 * 50× the page and the deck are 6-8 MB of two-byte text. Each slot is first serialised as a
 * marker, a noncharacter (U+FFFF) around its index; if the rest of the document holds that
 * character too, the document is serialised the plain way instead.
 */
export function stringifyParts(tree: Root | Element, slots: readonly Raw[], frame: { before?: string; after?: string } = {}): string[] {
  const { before = '', after = '' } = frame;
  const values = slots.map((slot) => slot.value);
  slots.forEach((slot, index) => (slot.value = `${marker}${index}${marker}`));
  const shell = withRaw.stringify(asRoot(tree));
  slots.forEach((slot, index) => (slot.value = values[index]!));
  const pieces = shell.split(marker);
  const intact = pieces.length === 2 * slots.length + 1 && pieces.every((piece, index) => index % 2 === 0 || piece === String((index - 1) / 2));
  if (!intact) return [before, withRaw.stringify(asRoot(tree)), after];
  return [before, ...pieces.map((piece, index) => (index % 2 === 0 ? piece : values[(index - 1) / 2]!)), after];
}

const marker = '\uffff';

function asRoot(tree: Root | Element): Root {
  return tree.type === 'root' ? tree : { type: 'root', children: [tree] };
}
