/**
 * `date-order`: a chapter's narrative should not jump backwards without saying so. The narrative
 * time of a paragraph is the year of its first date (in the book's period, not a flashback); a
 * paragraph whose time is more than `maxStepBack` years before the previous dated paragraph's is
 * reported. Chapters are compared on their own (a background chapter may start earlier than the
 * one before it), footnotes are not narrative, and two markers exempt a look back:
 * `:date[1634]{event=x flashback}` on the date, or `chronology: false` in the chapter's front matter.
 */
import type { Paragraph } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import type { DateMention } from '../manuscript/nodes.ts';
import type { Chapter, Manuscript } from '../manuscript/types.ts';
import { proseYear } from './match.ts';
import { containsYear, type Timeline } from './timeline.ts';

export const maxStepBack = 10;

export function checkDateOrder(manuscript: Manuscript, chapters: readonly Chapter[], timeline: Timeline): void {
  for (const chapter of chapters) {
    if (chapter.meta.chronology === false) continue;
    let previous: { year: number; mention: DateMention } | undefined;
    visit(chapter.tree, (node) => {
      if (node.type === 'footnoteDefinition') return SKIP;
      if (node.type !== 'paragraph') return undefined;
      const first = narrativeDate(node, timeline);
      if (!first) return SKIP;
      const year = proseYear(first);
      if (previous && year < previous.year - maxStepBack) {
        // A one-file book has no chapter front matter: book.md's `checks:` says it there.
        const wholeChapter = chapter.file === manuscript.bookFile ? 'set `date-order: off` under `checks:` in book.md' : 'set `chronology: false` in the chapter’s front matter';
        report(
          chapter.file,
          `The narrative jumps back from ${previous.year} to ${year} (\`${first.value}\`) without a marker: a reader following the chapter in time order loses the thread; if the look back is deliberate, write \`:date[${first.value}]{event=${first.resolved?.event ?? 'id'} flashback}\` or ${wholeChapter}, else move the paragraph`,
          first.position,
          'date-order',
          'warning',
        );
      }
      previous = { year, mention: first };
      return SKIP;
    });
  }
}

function narrativeDate(paragraph: Paragraph, timeline: Timeline): DateMention | undefined {
  let found: DateMention | undefined;
  visit(paragraph, 'dateMention', (mention: DateMention) => {
    if (found || mention.flashback) return;
    if (containsYear(timeline.period, proseYear(mention))) found = mention;
  });
  return found;
}
