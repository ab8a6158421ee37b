/**
 * The part of citeproc-js (npm `citeproc`, https://citeproc-js.readthedocs.io/) Triptych uses. The
 * package ships no types.
 */
declare module 'citeproc' {
  export interface CiteprocItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
    'author-only'?: boolean;
  }

  export interface CiteprocCitation {
    citationID?: string;
    citationItems: CiteprocItem[];
    properties: { noteIndex: number };
  }

  export interface CiteprocSys {
    retrieveLocale(lang: string): string | false;
    retrieveItem(id: string): unknown;
    /** With `development_extensions.apply_citation_wrapper`: wraps each cite of a cluster. */
    wrapCitationEntry?(str: string, itemId: string | null | undefined, locatorText: string, suffixText: string): string;
  }

  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    /** `update_mode`: `CSL.POSITION` when the style's text depends on where a citation stands. */
    opt: { xclass: 'in-text' | 'note'; update_mode: number; development_extensions: Record<string, boolean> };
    /** Per-call state; `taintedItemIDs`: works whose registration changed, until the next cluster is processed. */
    tmp: { taintedItemIDs: Record<string, boolean> };
    citation: { opt: { layout_prefix: string; layout_suffix: string; layout_delimiter: string } };
    setOutputFormat(format: 'html' | 'text'): void;
    /**
     * Registers exactly these works (and drops the others), then disambiguates them. citeproc keeps
     * the array. `implicitUpdate`: the items did not change, so they are not fetched again.
     */
    updateItems(ids: string[], nosort?: boolean, rerunAmbigs?: boolean, implicitUpdate?: boolean): void;
    /**
     * Returns a report and the `[index, html, citationID]` of every cluster whose text changed.
     * `flag`: `CSL.ASSUME_ALL_ITEMS_REGISTERED` leaves the registered works as they are.
     */
    processCitationCluster(
      citation: CiteprocCitation,
      citationsPre: Array<[string, number]>,
      citationsPost: Array<[string, number]>,
      flag?: number,
    ): [{ bibchange: boolean; citation_errors: unknown[] }, Array<[number, string, string]>];
    /** The cluster as it would read at that place, without changing the processor's state. */
    previewCitationCluster(
      citation: CiteprocCitation,
      citationsPre: Array<[string, number]>,
      citationsPost: Array<[string, number]>,
      format: 'html' | 'text',
    ): string;
    makeBibliography(): [{ entry_ids: string[][] } & Record<string, unknown>, string[]] | false;
  }

  const CSL: {
    Engine: typeof Engine;
    debug: (message: string) => void;
    /** `opt.update_mode` values. */
    NONE: number;
    NUMERIC: number;
    POSITION: number;
    ASSUME_ALL_ITEMS_REGISTERED: number;
    /** citeproc's own XML reader: a style or locale as the JSON tree its engine also accepts (as text). */
    parseXml(xml: string): unknown;
  };
  export default CSL;
}
