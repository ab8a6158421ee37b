/**
 * The few parts of citation-js's BibTeX plugin (0.8, CommonJS build) that `bibliography-bibtex.ts`
 * imports; the package ships no type declarations.
 */
declare module '@citation-js/plugin-bibtex/lib/input/file.js' {
  export function parse(text: string): Array<{ type: string; label: string; properties: Record<string, unknown> }>;
}

declare module '@citation-js/plugin-bibtex/lib/mapping/biblatexTypes.json' {
  const types: { source: Record<string, string>; target: Record<string, string> };
  export default types;
}

declare module '@citation-js/core/lib/logger.js' {
  const logger: { _log: unknown[]; level: string };
  export default logger;
}

declare module '@citation-js/plugin-bibtex/lib/input/value.js' {
  export function parse(text: string, field: string, languages?: unknown): unknown;
  export function parseAnnotation(annotation: unknown): unknown;
}

declare module '@citation-js/plugin-bibtex/lib/mapping/index.js' {
  export function parse(entries: Array<{ type: string; label: string; properties: Record<string, unknown> }>): Array<Record<string, unknown> & { id: string; type: string }>;
}
