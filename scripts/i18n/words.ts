/**
 * The words Triptych itself prints in any output (headings it adds, labels, link texts, alt texts,
 * figure legends and text alternatives, the deck's frame, the dual dates' style marks), one table
 * per language in `tables/<lang>.ts` (pandoc keeps the same kind of table in
 * `data/translations/<lang>.yaml`). Renderers never hold such words as strings: they ask
 * `wordsFor` (or `bookWords`, which adds the author's overrides). A language without a table falls
 * back to English; the `lang-fallback` check tells the author so, once, at `lang`.
 *
 * A value with `{name}` slots is filled by `fill` (fill.ts); a value that depends on a count is a
 * `Plural`, one text per CLDR plural category of the language (`Intl.PluralRules`). Adding a key:
 * add it here and to every table (the type checker and tests/words.test.ts insist).
 */
import { tables } from './tables/index.ts';

/** One text per CLDR plural category (https://cldr.unicode.org/index/cldr-spec/plural-rules); `other` always. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Month names in CLDR's format context ("20 февраля") and stand-alone context ("февраль 1716"). */
export interface Months {
  long: readonly string[];
  short: readonly string[];
  /** Where the stand-alone names differ (Slavic languages): used for a month with its year. */
  standaloneLong?: readonly string[];
  standaloneShort?: readonly string[];
}

export interface Words {
  /** The BCP 47 tag the table is for; also the locale of `Intl` calls (plural rules, lists). */
  locale: string;
  /** Between two sentences of a caption: a space, or nothing in Chinese and Japanese. */
  sentenceSpace: string;
  /** Between items of a plain list of names (`A, B, C`). */
  listSeparator: string;
  /** Primary quotation marks (CLDR `delimiters`): around a title quoted in a caption. */
  quotes: readonly [open: string, close: string];
  /** The decimal separator (CLDR `symbols`), for coordinates. */
  decimal: string;

  // The book's frame (page, EPUB, navigation).
  contents: string;
  landmarks: string;
  cover: string;
  titlePage: string;
  /** The EPUB's copyright page (its title and landmark). */
  copyright: string;
  startOfContent: string;
  skipToText: string;
  notes: string;
  bibliography: string;
  /** `aria-label` of a footnote's way back: `{n}` is the reference's number (`{n}-{m}` for a second reference). */
  backToReference: string;
  citedIn: string;
  /** `aria-label` of a back-link numbered `{n}` to a chapter's later citation. */
  citationNumber: string;
  chapterNumber: string;
  /** The cover image's text alternative; `{title}` is the title with its authors (`titleByAuthors`), or alone when it has none. */
  coverAlt: string;
  /** A book's title with its authors (the page's description when it has none). */
  titleByAuthors: string;
  untitled: string;

  // The title and copyright pages.
  publisher: string;
  published: string;
  license: string;
  identifier: string;
  affiliation: string;

  // The "at a glance" block.
  atAGlance: string;
  conflict: string;
  date: string;
  place: string;
  partOf: string;
  result: string;
  territory: string;
  belligerents: string;

  // The deck.
  /** The deck's `<title>`. */
  lecture: string;
  sources: string;
  sourcesPage: string;
  sourcesNote: string;
  continued: string;

  // Dates.
  months: Months;
  /** `{day} {month} {year}`, `{day} {month}`, `{month} {year}` (the last with stand-alone month names). */
  dayMonthYear: string;
  dayMonth: string;
  monthYear: string;
  /** Where CLDR writes dates with abbreviated months another way (Spanish drops its `de`). */
  shortPatterns?: { dayMonthYear: string; dayMonth: string; monthYear: string };
  /** Julian (Old Style) and Gregorian (New Style), as marks after a date. */
  oldStyle: string;
  newStyle: string;
  /** A date with its style mark: `{date} {style}`. */
  styled: string;
  /** The prose's equivalent after a Julian date, with the space before it: ` ({os}; {ns})`. */
  dualDate: string;
  /** The timeline's two styles of one day: `{os} / {ns}`. */
  dualLabel: string;
  /** An approximate date: `c. {date}`. */
  circa: string;
  /** Anno mundi, the Byzantine era of Russian documents: `{year} AM`. */
  annoMundi: string;

  // Citations on slides (CSL terms: `and`, `et-al`, `no date`).
  and: string;
  etAl: string;
  noDate: string;

  // Cross-references (other features add their words here too).
  figure: string;
  table: string;
  equation: string;
  section: string;
  listing: string;

  // The timeline.
  timelineTitle: Plural;
  timelinePartTitle: Plural;
  timelineDesc: string;
  timelineDescDual: string;
  timelineDescTable: string;
  timelineCaption: string;
  timelineCaptionPart: string;
  timelineCaptionJulian: string;
  timelineCaptionAxis: string;
  timelineSummary: string;
  eventColumn: string;
  sideColumn: string;
  /** The timeline's key: hollow marks, span bars, the axis's break mark. */
  approximateOrUncertain: string;
  spanKey: string;
  axisBreak: string;
  /** The side of an event that names none. */
  otherSide: string;

  // The map.
  mapTitle: Plural;
  mapChapterTitle: string;
  mapDesc: string;
  mapDescHighlighted: string;
  mapDescList: string;
  mapCaption: string;
  mapChapterCaption: string;
  mapCaptionApproximate: string;
  mapCaptionBase: string;
  mapSummary: string;
  /** The alt text of a phone's map's second image, its key and numbered names (`{title}`: the map's). */
  mapKeyTitle: string;
  placeKinds: Readonly<Record<'settlement' | 'fort' | 'lake' | 'river' | 'region' | 'mountains' | 'battle', string>>;
  /** The key's one entry for the kinds drawn as a diamond. */
  lakeRiverRegion: string;
  approximatePosition: string;
  inThisChapter: string;
  approximate: string;
  noCoordinates: string;
  /** A coordinate, `{degrees}° {hemisphere}` (`58.20° N`), and the hemispheres. */
  coordinate: string;
  north: string;
  south: string;
  east: string;
  west: string;
  kilometres: string;

  // The EPUB's accessibility summary (schema:accessibilitySummary), sentence by sentence.
  a11yStructure: string;
  a11yImages: string;
  a11yCoverOnly: string;
  a11yTimeline: string;
  a11yMap: string;
  a11yNotes: string;
  a11yLook: string;
  /** Instead of `a11yLook` when the book embeds its font. */
  a11yLookFont: string;
  a11yNoClaim: string;

  // The deck.
  /** The deck's closing slide, when `deck.closing: true`. */
  deckQuestions: string;
  /** Before the back-links of a source on the deck's sources slide: "cited on slide 4, 9". */
  deckCitedOn: string;
}

/** The languages that have a table, by their tag. */
export const wordLanguages: readonly string[] = Object.keys(tables);

/** The table for a BCP 47 tag: the whole tag, then its language subtag, then English. */
export function wordsFor(lang: string): Words {
  return tableFor(lang) ?? tables['en']!;
}

/** Whether `lang` has a table of its own (else `wordsFor` gives English). */
export function hasWords(lang: string): boolean {
  return tableFor(lang) !== undefined;
}

function tableFor(lang: string): Words | undefined {
  const tag = lang.toLowerCase();
  const parts = tag.split('-');
  // `zh-Hant`, `zh-TW`: Traditional Chinese is not the Simplified table.
  if (parts[0] === 'zh' && parts.slice(1).some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part))) return undefined;
  return tables[tag] ?? tables[parts[0]!];
}
