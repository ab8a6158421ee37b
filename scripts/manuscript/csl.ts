/** The subset of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) the book reads. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: Array<Array<number | string>>; literal?: string };
  ISBN?: string;
  [field: string]: unknown;
}
