/**
 * A CSL style or locale in the form citeproc-js reads fastest: the JSON tree its own XML reader
 * (`CSL.parseXml`) makes, as text. citeproc takes a string that does not start with `<` as that
 * JSON (`CSL.setupXml`), so the engine then skips its XML reader, which runs interpreted on every
 * cold build. Measured (engine construction, chicago-author-date + en-US, CPU, medians of 8 on the
 * shared 2-core machine): plain cold process XML 152 ms, JSON 96 ms; inside the flagship CLI build
 * (bundle with its V8 code cache) XML ~73 ms, JSON ~47 ms: ~26 ms of a ~1.5 s build, too little to
 * show in end-to-end wall or user time (medians of 8 quiet-gated interleaved runs: both ~1.65 s
 * wall, 1.90 against 1.93 s user).
 *
 * The bundled styles and locales ship converted (`templates/csl/*.json`, written by
 * `generate-csl-json.ts`; a test holds them equal to a fresh conversion); a manuscript's own
 * `.csl` is given to citeproc as XML, as before. Text, not the object: citeproc may change the
 * tree it is given, and a fresh parse per engine keeps two builds in one process independent.
 */
import { citeproc } from './load-citeproc.ts';

export function cslJson(xml: string): string {
  return JSON.stringify(citeproc().parseXml(xml));
}

/** The JSON twin of a bundled file in `templates/csl/`: `chicago-author-date.csl` → `chicago-author-date.json`. */
export function cslJsonName(file: string): string {
  return file.replace(/\.(csl|xml)$/, '.json');
}
