/**
 * Dates in the prose become `dateMention` nodes, each with the position of its text, so that the
 * dates check can match them to `events` and point at the author's line. Two sources:
 *   - `:date[9 February 1716]{event=yamyshev-siege}`: an explicit mention tied to one event; the
 *     attribute `flashback` (`{event=x flashback}`) marks a deliberate look back (`date-order`);
 *   - dates written in running text, found by `findDates` (full dates, month and year, bare years;
 *     not counts, page numbers, citations — see scripts/dates/find-dates.ts).
 * Code, raw HTML and link URLs are never read: an autolink's text is its URL. Runs after the
 * citations plugin, so citation locators are already out of the text.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findDates, readDateLabel } from '../dates/find-dates.ts';
import type { DateMention } from '../manuscript/nodes.ts';
import { textLocator, type Locator } from '../manuscript/text-position.ts';

export const remarkDates: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const locate = textLocator(file);
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' && node.url.includes(toString(node))) return SKIP;
    if (!parent || index === undefined) return undefined;
    if (node.type === 'textDirective' && node.name === 'date') {
      const mention = fromDirective(node);
      if (mention) parent.children.splice(index, 1, mention);
      return [SKIP, index + 1];
    }
    if (node.type !== 'text') return undefined;
    const parts = splitText(node, locate);
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};

/** The mention a `:date[…]` directive stands for; `undefined` (the directive stays, for `date-invalid`) if its label is no date. */
function fromDirective(node: TextDirective): DateMention | undefined {
  const label = toString(node);
  const read = readDateLabel(label);
  if (!read) return undefined;
  const attributes = node.attributes ?? {};
  return {
    type: 'dateMention',
    ...read,
    value: label,
    ...(attributes['event'] ? { event: attributes['event'] } : {}),
    ...(attributes['flashback'] !== undefined ? { flashback: true } : {}),
    ...positioned(node.position),
  };
}

/** The text split around the dates it contains, or `undefined` when it has none. */
function splitText(node: Text, locate: Locator): PhrasingContent[] | undefined {
  const found = findDates(node.value);
  if (found.length === 0) return undefined;
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const { start, end, ...fields } of found) {
    if (start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, start) });
    parts.push({ type: 'dateMention', ...fields, ...positioned(locate(node, start, end)) });
    cursor = end;
  }
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
  return parts;
}

const positioned = (position: Position | undefined) => (position ? { position } : {});
