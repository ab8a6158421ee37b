/**
 * The schema of a chapter file's front matter. A chapter written the pandoc way has none: its
 * title and id then come from its first level-1 heading (pipeline/chapter-title.ts).
 */
import { z } from 'zod';
import { Id } from './primitives.ts';
import type { FrontMatterKind } from '../front-matter.ts';
import { otherToolOwner } from './other-tools.ts';

export const ChapterFrontMatter = z.strictObject({
  title: z.string().min(1).optional().describe('the chapter’s title (its level-1 heading); default: the file’s first `# Heading`'),
  id: Id.optional().describe('anchor and file id; default: from the title'),
  subtitle: z.string().optional(),
  slide: z.boolean().default(true).describe('false leaves the chapter out of the deck'),
  summary: z.string().optional().describe('one sentence for the table of contents and the deck'),
  chronology: z.boolean().optional().describe('default `true`; `false`: the chapter is not told in date order, so `date-order` is not checked'),
});
export type ChapterFrontMatter = z.output<typeof ChapterFrontMatter>;

/** A chapter's front matter with its title settled. */
export type ChapterMeta = ChapterFrontMatter & { title: string };

export const chapterFrontMatter: FrontMatterKind<typeof ChapterFrontMatter, ChapterFrontMatter> = {
  what: 'chapter',
  schema: ChapterFrontMatter,
  otherTools: otherToolOwner,
  normalize: (data) => data,
};
