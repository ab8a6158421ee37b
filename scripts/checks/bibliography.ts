/**
 * The bibliography files themselves, as the CSL items they were read into
 * (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): every entry valid CSL, ids
 * unique across all the files, ISBNs with the right check digit. Syntax errors are reported while
 * loading (`manuscript/bibliography*.ts`), under `bibliography-invalid` too. Messages point into
 * each file through its `locate`.
 */
import { report } from '../diagnostics/report.ts';
import { identifierProblem, isValidIsbn } from '../manuscript/identifier.ts';
import type { BibliographySource } from '../manuscript/types.ts';
import { cslDateFields, cslNameFields, cslTypes } from '../citations/csl-schema.ts';
import { closest } from '../citations/closest.ts';
import type { Check } from './types.ts';

export const bibliographyCheck: Check = {
  name: 'bibliography',
  rules: [
    { id: 'bibliography-invalid', severity: 'error', locked: true, summary: 'a bibliography file that cannot be read: a BibTeX entry that is malformed (no key, a brace never closed, a field without `=`; reported at the entry, which is left out), JSON or YAML syntax, or a CSL entry without `id`/`type`, with an unknown CSL `type`, names that are not a list of `{family, given}`/`{literal}`, `date-parts` that are not 1–2 lists of 1–3 whole numbers; fix it at the position shown' },
    { id: 'bibliography-field-latex', severity: 'warning', summary: 'a field of a `.bib` entry the book lists whose LaTeX the BibTeX reader cannot read (`\\enquote*{…}`, `\\hyphen`); its commands are dropped and its words kept: write it in plain text or common commands' },
    { id: 'bibliography-type-unknown', severity: 'warning', summary: 'a `.bib` entry the book lists whose type neither BibTeX nor BibLaTeX defines (`@webpage`); it is read as a generic document: use a standard type (`@online`, `@misc`…)' },
    { id: 'bibliography-isbn', severity: 'error', summary: 'an `ISBN` in the bibliography with a wrong check digit (a field may list several, separated by spaces, commas or semicolons; `(pbk.)` qualifiers are ignored); copy it again from the book' },
    { id: 'citation-duplicate-entry', severity: 'error', summary: 'two bibliography entries with the same `id` or BibTeX key, in one file or across the files of `bibliography` (reported at the second); citations cannot tell them apart: rename or merge one' },
  ],
  run(manuscript) {
    const seen = new Map<string, { source: BibliographySource; index: number }>();
    for (const source of manuscript.bibliography?.sources ?? []) {
      source.entries.forEach((entry: unknown, index) => {
        if (!validateEntry(source, entry, index)) return;
        const record = entry as Record<string, unknown>;
        const id = String(record['id']);
        const first = seen.get(id);
        if (first !== undefined) {
          const line = first.source.locate(first.index, 'id').start.line;
          const where = first.source === source ? `entry ${first.index + 1} (line ${line})` : `\`${first.source.file.basename}\` (line ${line})`;
          report(source.file, `Duplicate bibliography id \`${id}\`: ${where} already has it, so \`@${id}\` could mean either; give this entry another id, or merge the two`, source.locate(index, 'id'), 'citation-duplicate-entry');
        } else seen.set(id, { source, index });
        if (record['ISBN'] !== undefined) checkIsbn(source, record['ISBN'], index);
      });
    }
  },
};

/** Reports what makes `entry` invalid CSL-JSON; true when it has a usable `id` and `type`. */
function validateEntry(bibliography: BibliographySource, entry: unknown, index: number): boolean {
  const where = (field?: string) => bibliography.locate(index, field);
  const invalid = (message: string, field?: string) => report(bibliography.file, message, where(field), 'bibliography-invalid');
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    invalid(`Bibliography entry ${index + 1} is not a JSON object: CSL-JSON is an array of \`{"id": …, "type": …}\` objects; write this entry as one`);
    return false;
  }
  const record = entry as Record<string, unknown>;
  let usable = true;
  const id = record['id'];
  const name = typeof id === 'string' || typeof id === 'number' ? `\`${id}\`` : String(index + 1);
  if (id === undefined || id === '' || (typeof id !== 'string' && typeof id !== 'number')) {
    invalid(`Bibliography entry ${index + 1} has ${id === undefined ? 'no' : 'an empty or non-text'} \`id\`: citations find entries by id (\`[@id]\`); add \`"id": "author1964"\``, id === undefined ? undefined : 'id');
    usable = false;
  }
  const type = record['type'];
  if (type === undefined) {
    invalid(`Bibliography entry ${name} has no \`type\`: the citation style needs it to format the entry; add e.g. \`"type": "book"\``);
  } else if (typeof type !== 'string' || !cslTypes.includes(type)) {
    const near = typeof type === 'string' ? closest(type, cslTypes) : undefined;
    invalid(`Bibliography entry ${name} has type \`${String(type)}\`, which is not a CSL type${near ? ` (did you mean \`${near}\`?)` : ''}; use one of \`book\`, \`chapter\`, \`article-journal\`, \`entry-encyclopedia\`, \`manuscript\`, \`webpage\`…`, 'type');
  }
  for (const field of cslNameFields) {
    if (record[field] === undefined) continue;
    const problem = nameProblem(record[field]);
    if (problem) invalid(`The \`${field}\` of bibliography entry ${name} ${problem}; write it as a list of names, e.g. \`[{"family": "Smith", "given": "Anna"}]\` or \`[{"literal": "World Health Organization"}]\``, field);
  }
  for (const field of cslDateFields) {
    if (record[field] === undefined) continue;
    const problem = dateProblem(record[field]);
    if (problem) invalid(`The \`${field}\` of bibliography entry ${name} ${problem}; write it as \`{"date-parts": [[2001, 5, 13]]}\` (year, month, day; a range has two lists) or \`{"literal": "…"}\``, field);
  }
  return usable;
}

function nameProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return `is ${describe(value)}, not a list of names`;
  for (const [i, name] of value.entries()) {
    if (typeof name !== 'object' || name === null || Array.isArray(name)) return `has ${describe(name)} as name ${i + 1}, not a \`{family, given}\` object`;
    const parts = ['family', 'given', 'literal', 'dropping-particle', 'non-dropping-particle', 'suffix'].filter((part) => part in name);
    if (!parts.some((part) => part === 'family' || part === 'literal' || part === 'given')) return `has name ${i + 1} without \`family\`, \`given\` or \`literal\``;
    const bad = parts.find((part) => typeof (name as Record<string, unknown>)[part] !== 'string');
    if (bad) return `has a \`${bad}\` in name ${i + 1} that is not text`;
  }
  return undefined;
}

function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `is ${describe(value)}, not a CSL date object`;
  const date = value as Record<string, unknown>;
  if (date['date-parts'] === undefined) {
    return typeof date['literal'] === 'string' || typeof date['raw'] === 'string' ? undefined : 'has neither `date-parts` nor `literal`';
  }
  const parts = date['date-parts'];
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 2) return 'has `date-parts` that is not a list of one or two dates';
  for (const part of parts) {
    if (!Array.isArray(part) || part.length < 1 || part.length > 3) return 'has a date in `date-parts` that is not a list of 1–3 numbers';
    const numbers = part.map((n) => (typeof n === 'string' && /^-?\d+$/.test(n) ? Number(n) : n));
    if (!numbers.every((n) => typeof n === 'number' && Number.isInteger(n))) return 'has a value in `date-parts` that is not a whole number';
    const [, month, day] = numbers as number[];
    if (month !== undefined && (month < 1 || month > 24)) return `has month \`${month}\` in \`date-parts\` (1–12, or 13–24 for seasons)`;
    if (day !== undefined && (day < 1 || day > 31)) return `has day \`${day}\` in \`date-parts\` (1–31)`;
  }
  return undefined;
}

/** An `ISBN` field may list several ISBNs (`978-0-674-04202-5, 067401684X`), with qualifiers like `(pbk.)`. */
function checkIsbn(bibliography: BibliographySource, value: unknown, index: number): void {
  const place = bibliography.locate(index, 'ISBN');
  const id = String((bibliography.entries[index] as unknown as Record<string, unknown>)['id']);
  if (typeof value !== 'string') {
    report(bibliography.file, `The \`ISBN\` of bibliography entry \`${id}\` is ${describe(value)}: write it as text, in quotes: \`"${typeof value === 'number' && [10, 13].includes(String(value).length) ? value : '978-3-16-148410-0'}"\``, place, 'bibliography-isbn');
    return;
  }
  const tokens = value
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,;]+/)
    .filter((token) => token !== '' && !/^isbn(-1[03])?:?$/i.test(token));
  for (const token of tokens) {
    if (isValidIsbn(token)) continue;
    const digits = token.replace(/-/g, '');
    const problem = /^\d{9}[\dXx]$|^\d{13}$/.test(digits)
      ? identifierProblem(digits)?.replace(/^is an ISBN with/, 'has') ?? 'has a wrong check digit'
      : `is not an ISBN-10 or ISBN-13 (it has ${digits.replace(/[^\dXx]/g, '').length} digits)`;
    report(bibliography.file, `The ISBN \`${token}\` of bibliography entry \`${id}\` ${problem}; a wrong ISBN sends readers to another book`, place, 'bibliography-isbn');
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `the text \`${value}\`` : `a ${typeof value}`;
}
