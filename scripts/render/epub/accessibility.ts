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
import { sentences } from '../../i18n/fill.ts';
import { en } from '../../i18n/tables/en.ts';
import type { Words } from '../../i18n/words.ts';

export interface ContentInventory {
  /** `<img>` of the manuscript's own images. */
  images: number;
  /** Figures drawn as SVG, each with a text alternative in the chapter. */
  figures: number;
  /** Font files embedded (embedded-font.ts). */
  fonts?: number;
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
 * The summary, in the book's language. `a11yTimeline` and `a11yMap` say what each kind of figure's
 * text alternative carries, exactly: the timeline's event table (figures/timeline/event-table.ts)
 * and the map's place list (figures/map/place-list.ts). Keep them in step: the summary must not
 * say more than they hold.
 */
export function accessibilityMetadata(content: ContentInventory, words: Words = en): AccessibilityMetadata {
  // The cover is always an image, with the title and authors as its text alternative.
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];
  if (content.figures > 0) features.push('longDescription');
  const parts = [
    words.a11yStructure,
    content.images + content.figures > 0 ? words.a11yImages : words.a11yCoverOnly,
    ...(content.figures > 0 ? [words.a11yTimeline, words.a11yMap] : []),
    words.a11yNotes,
    (content.fonts ?? 0) > 0 ? words.a11yLookFont : words.a11yLook,
    words.a11yNoClaim,
  ];
  return {
    accessModes: ['textual', 'visual'],
    // The text carries the book: every image has a text alternative, each figure a table or list.
    accessModesSufficient: ['textual', 'textual,visual'],
    features,
    hazards: ['none'],
    summary: sentences(words, parts),
  };
}
