/**
 * The words Triptych itself prints in any output (headings it adds, labels, link texts, alt texts),
 * one table per language, chosen by the book's `lang` (pandoc keeps the same kind of table in
 * `data/translations/<lang>.yaml`). Renderers never hold such words as strings: they ask `wordsFor`.
 * A language without a table falls back to English.
 */
export interface Words {
  contents: string;
  notes: string;
  bibliography: string;
  /** Figure, table, equation, section and listing labels for cross-references ("Figure 2"). */
  figure: string;
  table: string;
  equation: string;
  section: string;
  listing: string;
  /** The deck's closing slide, when `deck.closing: true`. */
  deckQuestions: string;
  /** Before the back-links of a source on the deck's sources slide: "cited on slide 4, 9". */
  deckCitedOn: string;
}

const en: Words = {
  contents: 'Contents',
  notes: 'Notes',
  bibliography: 'Bibliography',
  figure: 'Figure',
  table: 'Table',
  equation: 'Equation',
  section: 'Section',
  listing: 'Listing',
  deckQuestions: 'Questions?',
  deckCitedOn: 'cited on slide',
};

const tables: Readonly<Record<string, Words>> = { en };

/** The table for a BCP 47 tag: the whole tag, then its language subtag, then English. */
export function wordsFor(lang: string): Words {
  const tag = lang.toLowerCase();
  return tables[tag] ?? tables[tag.split('-')[0]!] ?? en;
}
