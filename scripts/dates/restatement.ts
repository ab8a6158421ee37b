/**
 * A full date the author's own text restates right after it: "So 13 May 7175 is 13 May 1667",
 * "13 May 7175, that is 13 May 1667". The renderer appends an equivalent to a Julian or anno-mundi
 * day ("13 May 7175 (13 May 1667 O.S.; 23 May 1667 N.S.)"); here it would give the sentence's
 * point away and say it twice. So the first date is printed as written (still a `<time>` with its
 * Gregorian `datetime`) and only the restatement gets the equivalent: "So 13 May 7175 is 13 May
 * 1667 (O.S.; 23 May N.S.)".
 *
 * "Right after" is: the next node in the same paragraph is a short text (at most 24 characters,
 * no sentence break: `is`, `=`, `, that is`, `(`, `, i.e.`, `:`, `or`), and the node after that is a date
 * the dates check resolved to the same Gregorian day. Only the same day counts, so two dates that
 * merely stand side by side ("from 9 February 1716 to 10 February 1716") keep their equivalents.
 * The dates check marks the mentions (it alone knows which day each denotes); the renderer reads
 * the mark.
 */
import type { Parent } from 'mdast';
import type { DateMention } from '../manuscript/nodes.ts';

declare module 'mdast' {
  interface Data {
    /** On a `dateMention`: the text right after it restates the same day (set by the dates check). */
    dateRestated?: boolean;
  }
}

const connector = /^(?:[^.;!?\n]|i\.e\.|viz\.)*$/u;
const connectorLength = 24;

/** Is `mention` restated right after it, so that it must be printed without its equivalent? */
export function isRestated(mention: DateMention): boolean {
  return mention.data?.dateRestated === true;
}

/**
 * Called by the dates check for the mention at `index` in `parent`, once every mention before it
 * is resolved: marks the date that it restates, if any. Marks are recomputed on every check (the
 * dev server checks the same tree again when the events change).
 */
export function markRestatement(parent: Parent, index: number): void {
  const mention = parent.children[index] as DateMention;
  if (mention.data?.dateRestated) delete mention.data.dateRestated;
  const between = parent.children[index - 1];
  const before = parent.children[index - 2];
  if (before?.type !== 'dateMention' || between?.type !== 'text') return;
  if (between.value.length > connectorLength || !connector.test(between.value)) return;
  const day = mention.resolved?.gregorian;
  const earlier = before.resolved?.gregorian;
  if (!day || !earlier || day.year !== earlier.year || day.month !== earlier.month || day.day !== earlier.day) return;
  before.data = { ...before.data, dateRestated: true };
}
