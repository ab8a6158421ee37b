/**
 * The name by which `[Heading text]` refers to a heading (pandoc's `implicit_header_references`,
 * https://pandoc.org/MANUAL.html#extension-implicit_header_references): the heading's text as
 * written, without a trailing attribute block or closing `#`s, normalised as a link label is
 * (case and runs of whitespace do not matter), so it is compared with what micromark reads between
 * the brackets of a reference.
 */
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { readAttributes } from '../pandoc-attributes/read-attributes.ts';

export function headingKey(raw: string): string {
  let text = raw.trimEnd();
  if (text.endsWith('}')) {
    // The leftmost `{` whose block runs to the end, as the attribute construct finds it.
    for (let index = text.indexOf('{'); index >= 0; index = text.indexOf('{', index + 1)) {
      if (readAttributes(text.slice(index))) {
        text = text.slice(0, index).replace(/(?:[ \t]+#+)?[ \t]*$/, '');
        break;
      }
    }
  }
  return normalizeIdentifier(text);
}
