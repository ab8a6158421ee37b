/**
 * A CSL style or locale in the form citeproc-js reads fastest: the JSON tree its own XML reader
 * (`CSL.parseXml`) makes, as text. citeproc takes a string that does not start with `<` as that
 * JSON (`CSL.setupXml`), so the engine then skips its XML reader, which runs interpreted on every
 * cold build. Measured (engine construction, chicago-author-date + en-US, cold process, CPU,
 * medians of 8 on the loaded 2-core machine): XML 152 ms, JSON 96 ms.
 *
 * The bundled styles and locales ship converted (`templates/csl/*.json`, written by
 * `generate-csl-json.ts`; a test holds them equal to a fresh conversion); a manuscript's own
 * `.csl` is given to citeproc as XML, as before. Text, not the object: citeproc may change the
 * tree it is given, and a fresh parse per engine keeps two builds in one process independent.
 */
import CSL from 'citeproc';

export function cslJson(xml: string): string {
  return JSON.stringify(CSL.parseXml(xml));
}

/** The JSON twin of a bundled file in `templates/csl/`: `chicago-author-date.csl` → `chicago-author-date.json`. */
export function cslJsonName(file: string): string {
  return file.replace(/\.(csl|xml)$/, '.json');
}
