/**
 * pandoc's ordered list markers (https://pandoc.org/MANUAL.html#extension-fancy_lists,
 * #extension-example_lists, #extension-startnum): what a marker's value text says. Decimal `12`,
 * `#` (numbered in order), `@` or `@label` (an example, numbered through the document), a single
 * letter `a`/`A` (`i` and `I` read as roman one, as pandoc reads them), or a roman numeral
 * `iv`/`IV`. The delimiter is `.`, `)` or both parentheses, read by syntax.ts.
 */
export type MarkerStyle = 'decimal' | 'default' | 'example' | 'lowerAlpha' | 'upperAlpha' | 'lowerRoman' | 'upperRoman';

export interface MarkerValue {
  style: MarkerStyle;
  value: number;
  /** `(@label)`: the example's label. */
  label?: string;
}

/** HTML's `<ol type>` for each style (decimal, the default, needs none). */
export const htmlType: Partial<Record<MarkerStyle, string>> = { lowerAlpha: 'a', upperAlpha: 'A', lowerRoman: 'i', upperRoman: 'I' };

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** `style`: the list's so far, where a single letter that is also a roman numeral (`v`, `x`) continues a roman list. */
export function readMarker(text: string, style?: MarkerStyle): MarkerValue | undefined {
  if (/^\d{1,9}$/.test(text)) return { style: 'decimal', value: Number.parseInt(text, 10) };
  if (text === '#') return { style: 'default', value: 1 };
  const example = /^@([\w-]*)$/.exec(text);
  if (example) return { style: 'example', value: 1, ...(example[1] ? { label: example[1] } : {}) };
  const roman = romanValue(text.toLowerCase());
  const upper = text === text.toUpperCase();
  if (roman !== undefined && (text.length > 1 || /^[iI]$/.test(text) || style === 'lowerRoman' || style === 'upperRoman')) return { style: upper ? 'upperRoman' : 'lowerRoman', value: roman };
  if (/^[a-zA-Z]$/.test(text)) return { style: upper ? 'upperAlpha' : 'lowerAlpha', value: text.toLowerCase().charCodeAt(0) - 96 };
  return undefined;
}

/** A roman numeral's value, if it is a well-formed one (`iv`, not `iiii` or `vx`). */
function romanValue(text: string): number | undefined {
  if (!/^m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = romanDigits[text[index]!]!;
    const next = romanDigits[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
