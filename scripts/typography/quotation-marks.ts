/**
 * The quotation marks of a language: CLDR's (cldr-quotes.ts) for the whole tag, then for it with
 * its last subtag dropped, down to the language, then CLDR's root. French sets its guillemets off
 * from the words with a narrow no-break space (U+202F), as the Imprimerie nationale's rules and the
 * Office québécois de la langue française ask; CLDR records the marks, not this spacing. Swiss
 * French sets them without a space.
 */
import { cldrQuotes } from './cldr-quotes.ts';

export interface QuotationMarks {
  /** What a pair of straight double quotes becomes: `[open, close]`, spacing included. */
  double: readonly [string, string];
  /** What a pair of straight single quotes becomes (quotes within quotes). */
  single: readonly [string, string];
}

const rootQuotes = '“”‘’';
const narrowNoBreakSpace = '\u202F';

export function quotationMarks(lang: string): QuotationMarks {
  const subtags = lang.toLowerCase().split('-');
  let marks = rootQuotes;
  for (let length = subtags.length; length > 0; length--) {
    const found = cldrQuotes[subtags.slice(0, length).join('-')];
    if (found) {
      marks = found;
      break;
    }
  }
  const [open = '“', close = '”', innerOpen = '‘', innerClose = '’'] = [...marks];
  const spaced = subtags[0] === 'fr' && !subtags.includes('ch');
  const pad = (open: string, close: string): [string, string] =>
    spaced && /[«‹]/.test(open) ? [open + narrowNoBreakSpace, narrowNoBreakSpace + close] : [open, close];
  return { double: pad(open, close), single: pad(innerOpen, innerClose) };
}
