/**
 * Locators: the `p. 12` of `[@key, p. 12]`. Pandoc reads a locator at the start of a citation's
 * suffix: an optional label (a CSL locator term, e.g. `p.`, `chap.`, `§`) and a value (numbers or
 * roman numerals, ranges, lists); with no label, a bare number is a page. `{…}` braces make
 * anything a locator. What follows the locator is the suffix ("and passim").
 *
 * The labels are the English locator terms of CSL 1.0.2 (long, short and symbol forms, singular
 * and plural, as in `templates/csl/locales-en-US.xml`), each mapped to its CSL `label` value
 * (https://docs.citationstyles.org/en/stable/specification.html#locators), in the table here; a
 * book in another language adds its locale's own (`locator-terms.ts`).
 */

/**
 * CSL locator label → the forms an author may write before the value, always in this order: long
 * singular, long plural, short singular, short plural, then symbols (the deck prints `[2]`/`[3]`).
 */
export const locatorLabels: Readonly<Record<string, readonly string[]>> = {
  appendix: ['appendix', 'appendices', 'app.', 'apps.'],
  'article-locator': ['article', 'articles', 'art.', 'arts.'],
  book: ['book', 'books', 'bk.', 'bks.'],
  chapter: ['chapter', 'chapters', 'chap.', 'chaps.'],
  column: ['column', 'columns', 'col.', 'cols.'],
  equation: ['equation', 'equations', 'eq.', 'eqs.'],
  figure: ['figure', 'figures', 'fig.', 'figs.'],
  folio: ['folio', 'folios', 'fol.', 'fols.'],
  issue: ['number', 'numbers', 'no.', 'nos.'],
  line: ['line', 'lines', 'l.', 'll.'],
  note: ['note', 'notes', 'n.', 'nn.'],
  opus: ['opus', 'opera', 'op.', 'opp.'],
  page: ['page', 'pages', 'p.', 'pp.'],
  paragraph: ['paragraph', 'paragraphs', 'para.', 'paras.', '¶', '¶¶'],
  part: ['part', 'parts', 'pt.', 'pts.'],
  rule: ['rule', 'rules', 'r.', 'rr.'],
  scene: ['scene', 'scenes', 'sc.', 'scs.'],
  section: ['section', 'sections', 'sec.', 'secs.', '§', '§§'],
  'sub-verbo': ['sub verbo', 'sub verbis', 's.v.', 's.vv.'],
  table: ['table', 'tables', 'tbl.', 'tbls.'],
  verse: ['verse', 'verses', 'v.', 'vv.'],
  volume: ['volume', 'volumes', 'vol.', 'vols.'],
};

/** Every written form, longest first, so `pp.` wins over `p.` and `sub verbis` over `sub verbo`. */
export const englishForms: ReadonlyArray<{ form: string; label: string }> = Object.entries(locatorLabels)
  .flatMap(([label, written]) => written.map((form) => ({ form, label })))
  .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));

/** One locator value: a number or roman numeral, optionally with a letter (`12a`), or a range of them. */
const token = String.raw`(?:\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)`;
const range = String.raw`${token}(?:\s*[-\u2013\u2014]\s*${token})?`;
const valueList = new RegExp(String.raw`^${range}(?:\s*,\s*${range})*`);
const openRange = /^\s*[-–—]/;
/** An abbreviation that looks like a label but is none, directly before a number: `pg. 12`, `стр. 5`. */
const unknownLabel = /^([\p{L}]{1,8}\.)\s*\d/u;

export interface ParsedLocator {
  /** CSL label (`page`, `chapter`…); `page` when the value stands alone. */
  label?: string;
  locator?: string;
  /** What follows the locator (or the whole suffix when there is none), trimmed. */
  suffix?: string;
  /** Offsets, inside the parsed text, of the locator as written (label and value). */
  start?: number;
  end?: number;
  /** Why the text is not a valid locator, for `citation-bad-locator`. */
  problem?: string;
}

/**
 * Reads the locator at the start of `text` (what follows a key: `, pp. 3–5 and passim`). Offsets
 * in the result are relative to `text`.
 */
export function parseLocator(text: string, forms: ReadonlyArray<{ form: string; label: string }> = englishForms): ParsedLocator {
  const matchLabel = (at: string) => labelAt(at, forms);
  const lead = /^\s*,?\s*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  if (rest === '') return {};
  const withSuffix = (result: ParsedLocator, after: string): ParsedLocator => {
    const suffix = after.trim();
    return suffix ? { ...result, suffix } : result;
  };

  if (rest.startsWith('{')) {
    const close = rest.indexOf('}');
    if (close < 0) return { start: lead, end: text.length, problem: 'a `{` locator without its closing `}`' };
    const inner = rest.slice(1, close).trim();
    if (inner === '') return { start: lead, end: lead + close + 1, problem: 'an empty `{}` locator' };
    const labelled = matchLabel(inner);
    const locator = labelled ? inner.slice(labelled.form.length).trim() : inner;
    if (labelled && locator === '') return { start: lead, end: lead + close + 1, problem: `the label \`${labelled.form}\` with no value after it` };
    return withSuffix({ label: labelled?.label ?? 'page', locator, start: lead, end: lead + close + 1 }, rest.slice(close + 1));
  }

  const labelled = matchLabel(rest);
  if (labelled) {
    const afterLabel = rest.slice(labelled.form.length);
    const gap = /^\s*/.exec(afterLabel)?.[0].length ?? 0;
    const valueText = afterLabel.slice(gap);
    const valueStart = lead + labelled.form.length + gap;
    if (labelled.label === 'sub-verbo') {
      // s.v. takes a word, not a number: up to the next comma.
      const word = /^[^,]+/.exec(valueText)?.[0].trim() ?? '';
      if (word === '') return { start: lead, end: valueStart, problem: `the label \`${labelled.form}\` with no entry word after it` };
      return withSuffix({ label: labelled.label, locator: word, start: lead, end: valueStart + word.length }, valueText.slice(word.length));
    }
    const value = valueList.exec(valueText)?.[0];
    // A word form with no number after it is ordinary suffix text: `[@a, book review]`.
    if (!value && !/[.¶§]$/.test(labelled.form)) return withSuffix({}, rest);
    if (!value) {
      return { start: lead, end: valueStart, problem: `the label \`${labelled.form}\` with no number after it (write e.g. \`${labelled.form} 12\` or \`${labelled.form} 3–5\`)` };
    }
    return checkedValue(labelled.label, value, valueText.slice(value.length), lead, valueStart, withSuffix);
  }

  if (/^\d/.test(rest)) {
    const value = valueList.exec(rest)?.[0] ?? '';
    return checkedValue('page', value, rest.slice(value.length), lead, lead, withSuffix);
  }

  const unknown = unknownLabel.exec(rest);
  if (unknown) {
    return {
      start: lead,
      end: lead + unknown[1]!.length,
      problem: `\`${unknown[1]}\` is not a locator label Triptych knows (use \`p.\`/\`pp.\`, \`chap.\`, \`sec.\`, \`vol.\`, \`fol.\`, \`n.\`, \`§\`… or wrap the locator in \`{}\`)`,
    };
  }
  return withSuffix({}, rest);
}

function checkedValue(
  label: string,
  value: string,
  after: string,
  start: number,
  valueStart: number,
  withSuffix: (result: ParsedLocator, after: string) => ParsedLocator,
): ParsedLocator {
  const end = valueStart + value.length;
  if (openRange.test(after)) {
    return { start, end: end + (/^\s*[-–—]/.exec(after)?.[0].length ?? 0), problem: `an open range \`${value}${after.trim().slice(0, 1)}\` (write both ends, e.g. \`${value}–${Number.parseInt(value, 10) + 1 || value}\`)` };
  }
  return withSuffix({ label, locator: value, start, end }, after);
}

/** The label written at the start of `text`, if any: a known form followed by a space, a digit or the end. */
function labelAt(text: string, forms: ReadonlyArray<{ form: string; label: string }>): { form: string; label: string } | undefined {
  const lower = text.toLocaleLowerCase();
  for (const { form, label } of forms) {
    if (!lower.startsWith(form)) continue;
    const next = text.charAt(form.length);
    // A word form (`page`) needs a boundary; an abbreviation ending in `.` or a symbol does not.
    if (next === '' || /[\s\d{]/.test(next) || /[.¶§]$/.test(form)) return { form: text.slice(0, form.length), label };
  }
  return undefined;
}
