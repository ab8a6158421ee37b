/**
 * The front-matter schema: one zod schema per file kind is at once the validator, the defaults
 * and the TypeScript type (Astro's content collections do the same). Every field carries a
 * `.describe()` that the README's front-matter reference repeats; `tests/readme.test.ts` keeps
 * the two in step.
 *
 * Dates stay strings: YAML 1.2 keeps an unquoted `1716-02-09` a string, which matters because
 * it may be a Julian date. EDTF validity and calendars are the checks' business (`checks/dates`).
 */
import { z } from 'zod';
import { identifierProblem } from './identifier.ts';
import { isValidLang } from './lang.ts';

/** A stable identifier used to refer to people, places, events and chapters. */
const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and hyphens, e.g. `tseren-dondub`');

const Lang = z.string().refine(isValidLang, {
  message: 'is not a valid BCP 47 language tag (e.g. `en`, `ru`, `mn-Cyrl`)',
});

/** A year written bare in YAML is a number; EDTF values are strings. Accept both, keep a string. */
const EdtfValue = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .describe('an EDTF date or interval, e.g. `1716-02-09`, `1715-12~`, `1665/1667`, `171X`');

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not an ISO date `YYYY-MM-DD` (quote it if YAML read it as something else)')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'is not a real calendar day',
  });

export const calendars = ['julian', 'gregorian', 'anno-mundi'] as const;
/**
 * `julian`: Old Style; `gregorian`: New Style; `anno-mundi`: the Russian Byzantine era used before
 * 1700, whose year began on 1 September (7175 AM = September 1666 – August 1667), with Julian days.
 */
export const Calendar = z.enum(calendars);
export type Calendar = z.infer<typeof Calendar>;

/** A name in another spelling or script. A bare string is a spelling in the book's language. */
export const Alias = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).describe('the form as written'),
    lang: Lang.optional().describe('its BCP 47 language tag, e.g. `ru`, `mn-Cyrl`, `de`'),
    note: z.string().optional().describe('where the form is found'),
  }),
]);
export type Alias = z.infer<typeof Alias>;

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1).describe('the form the book uses'),
  aliases: z.array(Alias).default([]).describe('other spellings and scripts; the `name-variant` check knows them'),
  side: z.string().optional().describe('which party the person belongs to (e.g. `dzungar`, `russian`)'),
  role: z.string().optional().describe('a short description, e.g. `lieutenant colonel`'),
  years: EdtfValue.optional().describe('life or office years as an EDTF interval'),
  note: z.string().optional(),
});
export type Person = z.infer<typeof Person>;

export const Place = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(Alias).default([]),
  coords: z
    .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)])
    .optional()
    .describe('`[latitude, longitude]` in decimal degrees (WGS 84)'),
  approximate: z.boolean().default(false).describe('true when the coordinates are an estimate'),
  coordsSource: z.string().optional().describe('where the coordinates come from'),
  kind: z.enum(['settlement', 'fort', 'lake', 'river', 'region', 'mountains', 'battle']).optional(),
  note: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const Event = z.strictObject({
  id: Id,
  date: EdtfValue,
  calendar: Calendar.optional().describe('the calendar of `date`; default: the book’s `calendar`'),
  title: z.string().min(1),
  place: Id.optional().describe('a `places` id'),
  people: z.array(Id).default([]).describe('`people` ids'),
  cite: z.array(z.string()).default([]).describe('bibliography keys that support the date'),
  side: z.string().optional().describe('which party acted; figures draw it by shape and colour'),
  note: z.string().optional().describe('an editorial note: why this date was chosen over another'),
});
export type Event = z.infer<typeof Event>;

export const Commander = z.strictObject({
  person: Id,
  years: EdtfValue.describe('the years given for the command, checked against the person’s events'),
  note: z.string().optional(),
});

export const Glance = z.strictObject({
  conflict: z.string().optional(),
  date: z.string().optional().describe('the span in words, e.g. `17th–18th century`'),
  place: z.string().optional(),
  partOf: z.string().optional(),
  belligerents: z
    .array(z.strictObject({ side: z.string(), name: z.string(), commanders: z.array(Commander).default([]) }))
    .default([]),
  result: z.string().optional(),
  territory: z.string().optional(),
  note: z.string().optional(),
});
export type Glance = z.infer<typeof Glance>;

export const deckThemes = ['white', 'black', 'serif', 'dracula', 'white-contrast', 'black-contrast'] as const;

export const Book = z.strictObject({
  title: z.string().min(1).describe('the book’s title'),
  subtitle: z.string().optional(),
  authors: z.array(z.string().min(1)).min(1).describe('at least one author, as displayed'),
  lang: Lang.describe('the book’s language (BCP 47)'),
  identifier: z
    .string()
    .superRefine((value, ctx) => {
      const problem = identifierProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('`urn:uuid:…` or an ISBN-10/13 (checksum verified)'),
  // The EPUB's files are dated by it, and a zip (DOS) date ends with 2099.
  published: IsoDate.refine((value) => value <= '2099-12-31', { message: 'is after 2099, the last year a zip, and so an EPUB, can date its files' }).describe(
    'publication date; also the EPUB’s modified date, so builds are reproducible',
  ),
  description: z.string().optional(),
  license: z.string().optional().describe('e.g. `CC BY-SA 4.0`'),
  slug: Id.optional().describe('output file names; default: from the title'),
  chapters: z.array(z.string().min(1)).default([]).describe('chapter files, relative to the book, in reading order'),
  bibliography: z.string().optional().describe('a CSL-JSON file, relative to the book'),
  csl: z.string().default('chicago-author-date').describe('a citation style: a bundled name or a `.csl` path'),
  calendar: Calendar.default('gregorian').describe('default calendar of `events` dates'),
  period: EdtfValue.optional().describe('the EDTF interval the history covers; dates outside it are errors'),
  people: z.array(Person).default([]),
  places: z.array(Place).default([]),
  events: z.array(Event).default([]),
  glance: Glance.optional().describe('the “at a glance” block, shown where `::glance` stands'),
  deck: z
    .strictObject({
      slideLevel: z.number().int().min(1).max(4).default(2).describe('heading level that starts a slide'),
      theme: z.enum(deckThemes).default('serif').describe('an offline reveal.js theme'),
    })
    .default({ slideLevel: 2, theme: 'serif' }),
});
export type Book = z.infer<typeof Book>;
export type BookInput = z.input<typeof Book>;

export const ChapterMeta = z.strictObject({
  title: z.string().min(1).describe('the chapter’s title (its level-1 heading)'),
  id: Id.optional().describe('anchor and file id; default: from the title'),
  subtitle: z.string().optional(),
  slide: z.boolean().default(true).describe('false leaves the chapter out of the deck'),
  summary: z.string().optional().describe('one sentence for the table of contents and the deck'),
  chronology: z.boolean().optional().describe('default `true`; `false`: the chapter is not told in date order, so `date-order` is not checked'),
});
export type ChapterMeta = z.infer<typeof ChapterMeta>;
