/**
 * The history model: people, places, events and the "at a glance" block. Dates stay strings (see
 * schema.ts); the calendar checks are `checks/dates`' business.
 */
import { z } from 'zod';
import { Calendar, EdtfValue, Id, Lang } from './primitives.ts';

/** A name in another spelling or script. A bare string is a spelling in the book's language. */
export const Alias = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).describe('the form as written'),
    lang: Lang.optional().describe('its BCP 47 language tag, e.g. `fr`, `de`, `zh-Hant`'),
    note: z.string().optional().describe('where the form is found'),
  }),
]);
export type Alias = z.infer<typeof Alias>;

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1).describe('the form the book uses'),
  aliases: z.array(Alias).default([]).describe('other spellings and scripts; the `name-variant` check knows them'),
  side: z.string().optional().describe('which party the person belongs to (e.g. `north`, `south`)'),
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

/** How each side is named where the figures print it (`sides: {russian: Русские}`). */
export const Sides = z
  .record(Id, z.string().min(1))
  .default({})
  .describe('the name of each `side` id in the timeline’s key and table; default: the id, capitalised');

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
