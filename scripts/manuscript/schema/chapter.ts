/** The schema of a chapter file's front matter. */
import { z } from 'zod';
import { Id } from './primitives.ts';

export const ChapterMeta = z.strictObject({
  title: z.string().min(1).describe('the chapter’s title (its level-1 heading)'),
  id: Id.optional().describe('anchor and file id; default: from the title'),
  subtitle: z.string().optional(),
  slide: z.boolean().default(true).describe('false leaves the chapter out of the deck'),
  summary: z.string().optional().describe('one sentence for the table of contents and the deck'),
  chronology: z.boolean().optional().describe('default `true`; `false`: the chapter is not told in date order, so `date-order` is not checked'),
});
export type ChapterMeta = z.infer<typeof ChapterMeta>;
