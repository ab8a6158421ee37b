/**
 * citeproc-js's own way (https://citeproc-js.readthedocs.io/en/latest/running.html#processcitationcluster),
 * for styles whose text depends on where a citation stands (CSL `position`: a full first note, a
 * short later one, `ibid.`): each cluster is processed with every cluster before it in the document
 * (`citationsPre`), so citeproc can place it and revise earlier ones (the last text of each cluster
 * wins). Each call costs the length of `citationsPre`, so a document of n clusters costs n²: fine
 * for a chapter of notes (a note style restarts each chapter), slow for a whole book of an in-text
 * style that tests positions — rare (the bundled author-date style does not), and `run-batch.ts`
 * serves every other style.
 */
import type { Engine } from 'citeproc';
import { toAuthorCitation, toCitation, type Cluster, type ClusterTexts } from './cluster.ts';

export function runSequential(engine: Engine, clusters: readonly Cluster[], out: ClusterTexts): void {
  const pre: Array<[string, number]> = [];
  for (const cluster of clusters) {
    const [, updates] = engine.processCitationCluster(toCitation(cluster), pre, []);
    for (const [, html, id] of updates) out.clusters.set(id, html);
    pre.push([cluster.id, cluster.noteIndex]);
    // As it reads right after this cluster: the author of a work just cited.
    if (cluster.narrative) out.authors.set(cluster.id, engine.previewCitationCluster(toAuthorCitation(cluster), pre, [], 'html'));
  }
}
