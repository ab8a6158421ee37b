/**
 * The front-matter schema: one zod schema per file kind is at once the validator, the defaults
 * and the TypeScript type (Astro's content collections do the same). Every field carries a
 * `.describe()` that the README's front-matter reference repeats; `tests/readme.test.ts` keeps
 * the two in step.
 *
 * Dates stay strings: YAML 1.2 keeps an unquoted `1716-02-09` a string, which matters because
 * it may be a Julian date. EDTF validity and calendars are the checks' business (`checks/dates`).
 */
export { Calendar, calendars, EdtfValue, Id, IsoDate, Lang } from './schema/primitives.ts';
export { Alias, Commander, Event, Glance, Person, Place, Sides } from './schema/history.ts';
export { Deck, deckThemes } from './schema/deck.ts';
export { BookFrontMatter, bookFrontMatter, type BookInput } from './schema/book.ts';
export type { Book, BookIdentifier, Creator } from './schema/normalize-book.ts';
export { ChapterFrontMatter, chapterFrontMatter, type ChapterMeta } from './schema/chapter.ts';
export { Checks, presets, settings, type ChecksConfig, type Preset, type Setting } from './schema/checks.ts';
