/**
 * What the two ways of running citeproc (`run-batch.ts`, `run-sequential.ts`) share: one citation
 * cluster as citeproc takes it, and where their results go.
 */
import type { CiteprocCitation, CiteprocItem } from 'citeproc';

export interface Cluster {
  /** The site id (`sites.ts`), also the cluster's `citationID`. */
  id: string;
  /** The cluster's items known to the bibliography (never empty). */
  items: CiteprocItem[];
  /** The note that holds it; always 0 with an in-text style. */
  noteIndex: number;
  /** `@key says`: the author's name is wanted alone too (`ClusterTexts.authors`). */
  narrative: boolean;
}

export interface ClusterTexts {
  /** citeproc's HTML for each cluster, by site id. */
  clusters: Map<string, string>;
  /** The first item's author alone, for narrative citations, by site id. */
  authors: Map<string, string>;
}

/**
 * A fresh citeproc citation for a cluster: citeproc writes into what it is given (`item`,
 * `sortedItems`, `properties.index`), so nothing is shared between two calls.
 */
export function toCitation(cluster: Cluster): CiteprocCitation {
  return { citationID: cluster.id, citationItems: cluster.items.map((item) => ({ ...item })), properties: { noteIndex: cluster.noteIndex } };
}

/** The author-only citation of a narrative cluster's first item. */
export function toAuthorCitation(cluster: Cluster, citationID?: string): CiteprocCitation {
  return {
    ...(citationID !== undefined ? { citationID } : {}),
    citationItems: [{ id: cluster.items[0]!.id, 'author-only': true }],
    properties: { noteIndex: cluster.noteIndex },
  };
}
