/**
 * The vocabulary of CSL-JSON that `bibliography-invalid` checks against: item types, name
 * variables and date variables of CSL 1.0.2
 * (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types,
 * https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables).
 */
export const cslTypes: readonly string[] = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
];

export const cslNameFields: readonly string[] = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer',
  'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author',
  'script-writer', 'series-creator', 'translator',
];

export const cslDateFields: readonly string[] = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];
