/**
 * The book's references: its bibliography files, the citation style, the works listed without being
 * cited (`nocite`, pandoc's field: https://pandoc.org/MANUAL.html#including-uncited-items-in-the-bibliography)
 * and how uncited entries are reported; and how cross-references are numbered.
 */
import { z } from 'zod';

const path = z.string().min(1);

export const referenceFields = {
  bibliography: z
    .union([path, z.array(path).min(1)])
    .optional()
    .describe('one bibliography file or a list of them (BibTeX/BibLaTeX `.bib`, CSL-JSON `.json`, CSL-YAML `.yaml`/`.yml`), relative to the book'),
  csl: z.string().default('chicago-author-date').describe('a citation style: a bundled name or a `.csl` path'),
  nocite: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('works listed in the bibliography though not cited: `"@a, @b"`, or `"@*"` for every entry'),
  'bibliography-unused': z
    .enum(['summary', 'list'])
    .default('summary')
    .describe('uncited entries: one `citation-unused-entry` line per file (`summary`), or one per entry (`list`)'),
  'crossref-numbering': z
    .enum(['book', 'chapter'])
    .default('book')
    .describe('figures, tables, equations and listings numbered through the book (`Figure 3`) or within each chapter (`Figure 2.1`)'),
};

/** `bibliography:` as a list: none, one or several paths. */
export function bibliographyPaths(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
