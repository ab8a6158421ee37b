/**
 * Accessibility metadata (EPUB Accessibility 1.1 §2, https://www.w3.org/TR/epub-a11y-11/#sec-discovery;
 * schema.org accessibility properties), derived from what the book actually contains, so that a
 * book without images does not claim `alternativeText` and one with figures says how they are
 * described.
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
  /** `dcterms:conformsTo`: claimed because `tests/epub-accessibility.test.ts` checks every content document. */
  conformsTo: string;
  certifiedBy: string;
}

export const conformance = 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA';

export function accessibilityMetadata(content: ContentInventory): AccessibilityMetadata {
  // The cover is always an image, with the title and authors as its text alternative.
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];
  if (content.figures > 0) features.push('longDescription');
  const parts = [
    'Chapters and sections are marked up with headings and listed in the table of contents; the reading order follows the text.',
    content.images + content.figures > 0
      ? 'Every image has a text alternative; figures (timelines, maps) are followed by a table or list giving the same information as text.'
      : 'The cover image has a text alternative; the book has no other images.',
    'Footnotes are linked both ways. Text in other languages is marked with its language. The book sets no fixed fonts, colours or sizes, so the reader’s settings apply.',
  ];
  return {
    accessModes: ['textual', 'visual'],
    // Text alone carries everything: every visual has a textual equivalent.
    accessModesSufficient: ['textual', 'textual,visual'],
    features,
    hazards: ['none'],
    summary: parts.join(' '),
    conformsTo: conformance,
    certifiedBy: 'Triptych automated checks (EPUBCheck, axe-core in Chromium)',
  };
}
