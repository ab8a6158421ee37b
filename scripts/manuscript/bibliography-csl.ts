/**
 * Reads a CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) or CSL-YAML
 * bibliography (pandoc's form: a list of entries, or a mapping whose `references` is that list;
 * https://pandoc.org/MANUAL.html#specifying-bibliographic-data). `JSON.parse` reads JSON, and a
 * position is found only when a message needs one (`json-locate.ts`); YAML is read by the `yaml`
 * parser with a `LineCounter`, which gives every entry and field its line and column. The content
 * rules (`bibliography-invalid`, `bibliography-isbn`, …) live in `checks/`.
 */
import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import type { BibliographySource } from './types.ts';
import type { CslItem } from './csl.ts';
import { cslDateFields } from '../citations/csl-schema.ts';
import { jsonLocator } from './json-locate.ts';

export function loadCslBibliography(file: VFile, format: 'csl-json' | 'csl-yaml'): BibliographySource {
  const text = String(file.value);
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const document = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, version: '1.2' }), lineCounter };
    }
    return parsed;
  };
  const place = location(file);
  const point = (offset: number): Position['start'] => ({ ...(place.toPoint(offset) ?? { line: 1, column: 1 }), offset });
  let base: ReadonlyArray<string | number> = [];
  const json = jsonLocator(text);
  const locate = (index: number, field?: string): Position => {
    if (format === 'csl-json') {
      const span = (field === undefined ? undefined : json.field(index, field)) ?? json.element(index);
      return span ? { start: point(span.start), end: point(span.end) } : { start: point(0), end: point(0) };
    }
    const { doc } = document();
    const path = field === undefined ? [...base, index] : [...base, index, field];
    const node = (doc.getIn(path, true) ?? doc.getIn([...base, index], true) ?? doc.contents) as YamlNode | null;
    const range = node?.range;
    return range ? { start: point(range[0]), end: point(range[1]) } : { start: point(0), end: point(0) };
  };
  const source = (entries: CslItem[]): BibliographySource => ({ file, format, entries, locate });

  let data: unknown;
  if (format === 'csl-json') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const match = /position (\d+)/.exec(String(error));
      // "Unexpected end of JSON input" (an empty or cut-off file) names no position: point at the end.
      const point = location(file).toPoint(match ? Number(match[1]) : text.length) ?? { line: 1, column: 1 };
      report(file, `The bibliography is not valid JSON (${String((error as Error).message).replace(/ in JSON at position \d+.*$/, '')}): CSL-JSON must be a JSON array of entries; fix the syntax here`, point, 'bibliography-invalid');
      return source([]);
    }
  } else {
    const { doc, lineCounter } = document();
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      report(file, `The bibliography is not valid YAML (${error.message.split('\n')[0]}): CSL-YAML is a list of entries, or \`references:\` holding one; fix the syntax here`, { line, column: col }, 'bibliography-invalid');
      return source([]);
    }
    data = doc.toJS();
    if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'references' in data) {
      data = (data as { references: unknown }).references;
      base = ['references'];
    }
  }
  if (!Array.isArray(data)) {
    const shape = format === 'csl-json' ? 'CSL-JSON is an array of entries (`[{"id": …, "type": …}, …]`); wrap the entries in `[` `]`' : 'CSL-YAML is a list of entries (`- id: …`), or `references:` holding one';
    report(file, `The bibliography is not a list of entries: ${shape}`, locate(0), 'bibliography-invalid');
    return source([]);
  }
  const entries = data as CslItem[];
  if (format === 'csl-yaml') for (const entry of entries) normaliseYamlDates(entry);
  return source(entries);
}

/**
 * Pandoc's CSL-YAML writes dates as EDTF-like text (`issued: 2005-03-01`, `1998/2001`) or a bare
 * year (`issued: 2005`); CSL-JSON wants `{"date-parts": [[2005, 3, 1]]}`. Anything else is left for
 * the checks to judge.
 */
function normaliseYamlDates(entry: unknown): void {
  if (entry === null || typeof entry !== 'object') return;
  const record = entry as Record<string, unknown>;
  for (const field of cslDateFields) {
    const value = record[field];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const ends = String(value).trim().split('/');
    const parts = ends.map((end) => /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(end.trim()));
    record[field] = parts.every(Boolean) && parts.length <= 2
      ? { 'date-parts': parts.map((match) => match!.slice(1).filter((part) => part !== undefined).map(Number)) }
      : { literal: String(value) };
  }
}
