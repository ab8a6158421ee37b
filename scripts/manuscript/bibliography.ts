/**
 * A bibliography file, whatever its format, read into the CSL items the citation engine uses:
 * BibTeX/BibLaTeX (`.bib`, `.bibtex`: `bibliography-bibtex.ts`), CSL-JSON (`.json`) and CSL-YAML
 * (`.yaml`, `.yml`: `bibliography-csl.ts`), chosen by the extension as pandoc does
 * (https://pandoc.org/MANUAL.html#option--bibliography). The BibTeX parser is loaded only when a
 * book names a `.bib` file.
 */
import type { VFile } from 'vfile';
import type { BibliographySource } from './types.ts';
import { loadCslBibliography } from './bibliography-csl.ts';

export type BibliographyFormat = BibliographySource['format'];

const formats: Readonly<Record<string, BibliographyFormat>> = {
  bib: 'bibtex',
  bibtex: 'bibtex',
  json: 'csl-json',
  yaml: 'csl-yaml',
  yml: 'csl-yaml',
};

/** The format a path's extension names; undefined for one Triptych cannot read. */
export function bibliographyFormat(path: string): BibliographyFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : formats[extension];
}

/**
 * The reader for `format`: a function of the file, synchronous (the parse memo wraps it). For BibTeX
 * this imports the parser, once.
 */
export async function bibliographyReader(format: BibliographyFormat): Promise<(file: VFile) => BibliographySource> {
  if (format !== 'bibtex') return (file) => loadCslBibliography(file, format);
  const [{ loadBibtexBibliography }, { loadBibtexPlugin }] = await Promise.all([import('./bibliography-bibtex.ts'), import('./bibtex-plugin.ts')]);
  const plugin = await loadBibtexPlugin();
  return (file) => loadBibtexBibliography(file, plugin);
}
