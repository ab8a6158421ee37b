/**
 * What makes a key a cross-reference label: a kind prefix, pandoc-crossref's `fig:` or Quarto's
 * `fig-` (https://lierdakil.github.io/pandoc-crossref/, https://quarto.org/docs/authoring/cross-references.html),
 * for figures, tables, equations, sections and code listings. A capital (`@Fig:map`) asks for a
 * capitalised word; the label itself is the lower-case form.
 */
export type CrossReferenceKind = 'figure' | 'table' | 'equation' | 'section' | 'listing';

const kinds: Readonly<Record<string, CrossReferenceKind>> = { fig: 'figure', tbl: 'table', eq: 'equation', sec: 'section', lst: 'listing' };

const pattern = /^(fig|tbl|eq|sec|lst)([:-])(.+)$/i;

/** The kind a label names by its prefix (`fig:map`, `Fig-map`), or undefined for a citation key. */
export function labelKind(key: string): CrossReferenceKind | undefined {
  const match = pattern.exec(key);
  return match ? kinds[match[1]!.toLowerCase()] : undefined;
}

/** `Fig:map` → `fig:map`: the label as written on its target. */
export function normalLabel(key: string): string {
  const match = pattern.exec(key);
  return match ? `${match[1]!.toLowerCase()}${match[2]}${match[3]}` : key;
}
