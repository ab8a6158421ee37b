/**
 * The parts of citation-js's BibTeX plugin (`@citation-js/plugin-bibtex` 0.8, the last to run on
 * Node 20; https://github.com/citation-js/citation-js/tree/main/packages/plugin-bibtex) that
 * `bibliography-bibtex.ts` uses, imported on the first `.bib` a book names: the file grammar
 * (fields, `@string` macros), the value parser (LaTeX accents and commands to text: `{\"u}` → ü,
 * `\emph{x}` → italics, `--` → –, names split into family and given) and the BibLaTeX-to-CSL
 * mapping (types, fields, `crossref`).
 *
 * The plugin's own entry point reads every field of an entry in one go and throws on the first
 * LaTeX command it cannot read (`\enquote*{…}` in the BibLaTeX manual's own examples), losing the
 * whole library, and leaves a command it does not know in the text (`\hyphen`). Here each field is
 * read on its own; one that fails, or keeps a command, keeps its words as plain text (commands and
 * braces dropped) and is named, so the author is told.
 */
import type { CslItem } from './csl.ts';

export interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
  annotations?: Record<string, Record<string, unknown>>;
}

export interface BibtexPlugin {
  /** The grammar: the file's data entries, fields still LaTeX; throws a SyntaxError (`at line L col C`) on the first malformed one. */
  parseFile(text: string): RawEntry[];
  /** An entry's fields as text; `unreadable` names those read as plain text. */
  readValues(entry: RawEntry): { entry: RawEntry; unreadable: string[] };
  /** Entries whose values are read → CSL items (crossref resolved among them), in order. */
  toCsl(entries: RawEntry[]): CslItem[];
  /** Entry types BibTeX or BibLaTeX define. */
  knownTypes: ReadonlySet<string>;
  clearLog(): void;
}

/**
 * Types the BibLaTeX manual (§2.1) defines that citation-js reads as a generic document without
 * naming them: supplements, sets, `@xdata` containers and the custom types.
 */
const biblatexOnlyTypes = ['suppbook', 'suppcollection', 'suppperiodical', 'set', 'xdata', 'bibnote', 'commentary', 'customa', 'customb', 'customc', 'customd', 'custome', 'customf'];

let plugin: Promise<BibtexPlugin> | undefined;

/** citation-js's parts, imported once (its CommonJS build: the ES one imports JSON without attributes). */
export function loadBibtexPlugin(): Promise<BibtexPlugin> {
  plugin ??= (async () => {
    const [file, value, mapping, types, logger] = await Promise.all([
      import('@citation-js/plugin-bibtex/lib/input/file.js'),
      import('@citation-js/plugin-bibtex/lib/input/value.js'),
      import('@citation-js/plugin-bibtex/lib/mapping/index.js'),
      import('@citation-js/plugin-bibtex/lib/mapping/biblatexTypes.json', { with: { type: 'json' } }),
      import('@citation-js/core/lib/logger.js'),
    ]);
    // A CommonJS `exports.default`: Node's import gives the exports object, bundlers its `default`.
    const log = '_log' in logger.default ? logger.default : (logger.default as unknown as { default: typeof logger.default }).default;
    const readValues = (entry: RawEntry) => {
      const unreadable: string[] = [];
      const read = (field: string, text: string, languages?: unknown) => {
        let read: unknown;
        try {
          read = value.parse(text, field, languages);
        } catch {
          unreadable.push(field);
          return plainText(text);
        }
        // A command it does not know (`\hyphen`) is left in the text as written.
        if (typeof read !== 'string' || !/\\[a-zA-Z]/.test(read)) return read;
        unreadable.push(field);
        return plainText(read);
      };
      // As the plugin's `parseEntryValues`: `language` first, since it decides how other fields are read.
      const properties: Record<string, unknown> = {};
      if ('language' in entry.properties) properties['language'] = read('language', String(entry.properties['language']));
      for (const [field, raw] of Object.entries(entry.properties)) {
        if (raw !== '') properties[field] = read(field, String(raw), properties['language']);
      }
      for (const [field, annotations] of Object.entries(entry.annotations ?? {})) {
        for (const [name, raw] of Object.entries(annotations)) properties[`${field}+an:${name}`] = value.parseAnnotation(raw);
      }
      return { entry: { ...entry, properties }, unreadable };
    };
    return {
      parseFile: file.parse,
      readValues,
      toCsl: (entries) => mapping.parse(entries) as CslItem[],
      knownTypes: new Set([...Object.keys(types.default.source), ...biblatexOnlyTypes]),
      // citation-js keeps every message it logs, printed or not: let them go after each file.
      clearLog: () => void (log._log.length = 0),
    };
  })();
  return plugin;
}

/** A field's words without its LaTeX: `\enquote*{series}` → `series`, `~` → a no-break space. */
function plainText(text: string): string {
  return text
    .replace(/\\[a-zA-Z]+\*?/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/~/g, '\u00a0')
    .replace(/\s+/g, ' ')
    .trim();
}
