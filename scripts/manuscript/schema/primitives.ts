/**
 * The small value types every part of the front matter shares: ids, language tags, EDTF values,
 * ISO dates and calendars.
 */
import { slug } from 'github-slugger';
import { z } from 'zod';
import { isValidLang } from '../lang.ts';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A stable identifier used to refer to people, places, events and chapters. A value that is none
 * gets the id it would make as its example (`Anna Ivanovna` → `anna-ivanovna`).
 */
export const Id = z.string().superRefine((value, ctx) => {
  if (idPattern.test(value)) return;
  const suggested = slug(value);
  ctx.addIssue({ code: 'custom', message: `is not an id: an id is lowercase letters, digits and hyphens${idPattern.test(suggested) ? `; write \`${suggested}\`` : ', e.g. `second-edition`'}` });
});

export const Lang = z.string().refine(isValidLang, {
  message: 'is not a valid BCP 47 language tag (e.g. `en`, `fr`, `pt-BR`, `sr-Latn`)',
});

/** A year written bare in YAML is a number; EDTF values are strings. Accept both, keep a string. */
export const EdtfValue = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .describe('an EDTF date or interval, e.g. `1716-02-09`, `1715-12~`, `1665/1667`, `171X`');

export const IsoDate = z
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
