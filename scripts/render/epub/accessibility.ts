/**
 * Accessibility metadata (EPUB Accessibility 1.1 §2, https://www.w3.org/TR/epub-a11y-11/#sec-discovery;
 * schema.org accessibility properties), derived from what the book actually contains, so that a
 * book without images does not claim `alternativeText` and one with figures says how they are
 * described, and no more than that.
 *
 * No conformance claim. `dcterms:conformsTo` says that the publication was evaluated and found to
 * meet EPUB Accessibility 1.1 and a WCAG level, and `a11y:certifiedBy` names the party that did the
 * evaluation (§4.1, https://www.w3.org/TR/epub-a11y-11/#sec-conf-reporting; DAISY Knowledge Base,
 * "Evaluation metadata", https://kb.daisy.org/publishing/docs/metadata/evaluation.html). A build
 * tool is not that party, and the checks it runs in its tests (EPUBCheck, axe-core) test part of
 * WCAG, not all of it: whether a text alternative says what its image shows, or whether the
 * reading order makes sense, takes a person. So neither is written unless a person's evaluation
 * is given (`conformsTo` and `certifiedBy` below; nothing sets them yet), and the summary says
 * that no claim is made. The discovery metadata (access modes, features, hazards, summary) is
 * what a producer can state from the content itself.
 */
export interface ContentInventory {
  /** `<img>` of the manuscript's own images. */
  images: number;
  /** Figures drawn as SVG, each with a text alternative in the chapter. */
  figures: number;
}

export interface AccessibilityMetadata {
  accessModes: string[];
  accessModesSufficient: string[];
  features: string[];
  hazards: string[];
  summary: string;
  /** `dcterms:conformsTo` (`EPUB Accessibility 1.1 - WCAG 2.x Level A|AA|AAA`): only from a person's evaluation. */
  conformsTo?: string;
  /** `a11y:certifiedBy`: the person or organisation that made that evaluation. */
  certifiedBy?: string;
}

/**
 * What each kind of figure's text alternative carries, exactly: the timeline's event table
 * (figures/timeline/event-table.ts) and the map's place list (figures/map/place-list.ts). Keep in
 * step with them: the summary must not say more than they hold.
 */
export const figureAlternatives =
  'A timeline is followed by a table of its events giving each one’s date (as the timeline prints it, approximate and uncertain dates marked), what happened, its place and the side it belongs to, which the timeline shows by the colour and shape of its marker. ' +
  'A map is followed by a list of its places giving each one’s kind and coordinates (approximate ones marked); the rivers, lakes and coastlines drawn around them are not described.';

export function accessibilityMetadata(content: ContentInventory): AccessibilityMetadata {
  // The cover is always an image, with the title and authors as its text alternative.
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];
  if (content.figures > 0) features.push('longDescription');
  const parts = [
    'Chapters and sections are marked up with headings and listed in the table of contents; the reading order follows the text.',
    content.images + content.figures > 0 ? 'Every image has a text alternative.' : 'The cover image has a text alternative; the book has no other images.',
    ...(content.figures > 0 ? [figureAlternatives] : []),
    'Footnotes are linked both ways. Names and titles in other languages are marked with their language where the manuscript gives it. The book sets no fixed fonts, colours or sizes, so the reader’s settings apply.',
    'The book makes no claim of conformance to EPUB Accessibility or WCAG: it was made by a tool, and conformance needs an evaluation by a person.',
  ];
  return {
    accessModes: ['textual', 'visual'],
    // The text carries the book: every image has a text alternative, each figure a table or list.
    accessModesSufficient: ['textual', 'textual,visual'],
    features,
    hazards: ['none'],
    summary: parts.join(' '),
  };
}
