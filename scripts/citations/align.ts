/**
 * Text-node characters → source offsets. mdast keeps one position per text node, but CommonMark
 * drops the container prefixes of continuation lines (`> `, list indentation) and reads `\\[` or
 * `&amp;` as one character, so an index into `node.value` is not an offset from its start. Used
 * to point messages at a key, a locator or a year inside a longer text.
 */
import type { Text } from 'mdast';

/**
 * Maps each character of `node.value` to its offset in `source`. CommonMark drops the container
 * prefixes of continuation lines (`> `, list indentation) and turns `\[` and `&amp;` into one
 * character; anything else is the source character itself.
 */
export function align(node: Text, source: string): { offsets: number[]; escaped: boolean[] } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const { value } = node;
  const offsets: number[] = [];
  const escaped: boolean[] = [];
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    for (;;) {
      if (p >= end) {
        offsets.push(Math.max(start, end - 1));
        escaped.push(false);
        break;
      }
      const reference = source[p] === '&' ? /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/.exec(source.slice(p, p + 40)) : null;
      if (reference && (char !== '&' || (reference[0] !== '&' && value.slice(i, i + reference[0].length) !== reference[0]))) {
        // One reference is one character (two UTF-16 units beyond the BMP).
        const units = /^&#/.test(reference[0]) && Number.parseInt(reference[0].replace(/^&#[xX]?|;$/g, ''), reference[0][2]?.toLowerCase() === 'x' ? 16 : 10) > 0xffff ? 2 : 1;
        for (let u = 0; u < units; u++) {
          offsets.push(p);
          escaped.push(true);
        }
        i += units - 1;
        p += reference[0].length;
        break;
      }
      if (source[p] === '\\' && source[p + 1] === char && char !== '\\' ? true : source[p] === '\\' && char === '\\' && source[p + 1] === '\\') {
        offsets.push(p + 1);
        escaped.push(true);
        p += 2;
        break;
      }
      if (source[p] === char) {
        offsets.push(p);
        escaped.push(false);
        p++;
        break;
      }
      p++;
    }
  }
  return { offsets, escaped };
}
