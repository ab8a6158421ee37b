/**
 * Reads a CSL-JSON bibliography. JSON is a subset of YAML 1.2, so the `yaml` parser with a
 * `LineCounter` gives every entry and field its line and column; `JSON.parse` decides validity.
 * The content rules (`bibliography-invalid`, `bibliography-isbn`, …) live in `checks/`.
 */
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../diagnostics/report.ts';
import type { Bibliography } from './types.ts';
import type { CslItem } from './csl.ts';

export function loadBibliography(file: VFile): Bibliography {
  const text = String(file.value);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.2' });
  const at = (offset: number): Position['start'] => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const locate = (index: number, field?: string): Position => {
    const path = field === undefined ? [index] : [index, field];
    const node = (doc.getIn(path, true) ?? doc.getIn([index], true) ?? doc.contents) as YamlNode | null;
    const range = node?.range;
    return range ? { start: at(range[0]), end: at(range[1]) } : { start: at(0), end: at(0) };
  };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const match = /position (\d+)/.exec(String(error));
    // "Unexpected end of JSON input" (an empty or cut-off file) names no position: point at the end.
    const point = location(file).toPoint(match ? Number(match[1]) : text.length) ?? { line: 1, column: 1 };
    report(file, `The bibliography is not valid JSON (${String((error as Error).message).replace(/ in JSON at position \d+.*$/, '')}): CSL-JSON must be a JSON array of entries; fix the syntax here`, point, 'bibliography-invalid');
    return { file, entries: [], locate };
  }
  if (!Array.isArray(data)) {
    report(file, 'The bibliography is not a JSON array: CSL-JSON is an array of entries (`[{"id": …, "type": …}, …]`); wrap the entries in `[` `]`', locate(0), 'bibliography-invalid');
    return { file, entries: [], locate };
  }
  return { file, entries: data as CslItem[], locate };
}
