/**
 * The source position of part of a text node, so a message about one word or date points at it.
 * A text node's value equals its source unless the source holds escapes or character references
 * (`\*`, `&amp;`); those only make the source longer, so the part is then found in the source at
 * or after its offset in the value.
 */
import type { Text } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

export type Locator = (node: Text, start: number, end: number) => Position | undefined;

/** A locator for one file (its line index is built once). */
export function textLocator(file: VFile): Locator {
  const source = String(file.value);
  const place = location(file);
  return (node, start, end) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return node.position;
    const written = source.slice(from, to);
    const part = node.value.slice(start, end);
    const at = written === node.value ? start : written.indexOf(part, start);
    if (at < 0) return node.position;
    const startPoint = place.toPoint(from + at);
    const endPoint = place.toPoint(from + at + part.length);
    return startPoint && endPoint ? { start: startPoint, end: endPoint } : node.position;
  };
}
