/**
 * The runner's half of the linter model: the rules report every message at their own severity, and
 * this applies what the book asks (rule-settings.ts) and what its comments excuse (excuses.ts) to
 * those messages. A rule that is off, or excused at a message's place, loses the message; a rule
 * set to `warning` or `error` has its messages re-graded. Locked rules are never touched.
 *
 * `apply` may run more than once on the same messages (after loading, then after the checks; and
 * `triptych dev` hands back the messages of unchanged chapters): each message's own severity is
 * remembered the first time it is seen, so grading again gives the same result.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Manuscript } from '../manuscript/types.ts';
import { readExcuses, type Excuses } from './excuses.ts';
import { ruleById } from './index.ts';
import { ruleSettings } from './rule-settings.ts';

export interface RuleControl {
  /** Drops and re-grades the messages of `files` (in place). */
  apply(files: readonly VFile[]): void;
}

const reportedFatal = new WeakMap<VFileMessage, boolean | null | undefined>();

/** Reads the book's settings and comments once (reporting their own problems) for `apply`. */
export function ruleControl(manuscript: Manuscript): RuleControl {
  const settings = ruleSettings(manuscript);
  const excuses = new Map<VFile, Excuses>();
  for (const chapter of manuscript.chapters) excuses.set(chapter.file, readExcuses(chapter.file, chapter.tree));
  if (!excuses.has(manuscript.bookFile)) excuses.set(manuscript.bookFile, readExcuses(manuscript.bookFile, undefined));

  const keep = (file: VFile, message: VFileMessage): boolean => {
    const rule = message.source === 'triptych' && message.ruleId ? ruleById.get(message.ruleId) : undefined;
    if (!rule || rule.locked) return true;
    const setting = settings.get(rule.id) ?? 'as-reported';
    if (setting === 'off' || excuses.get(file)?.excuses(message)) return false;
    if (!reportedFatal.has(message)) reportedFatal.set(message, message.fatal);
    message.fatal = setting === 'as-reported' ? reportedFatal.get(message) : setting === 'error';
    return true;
  };
  return {
    apply(files) {
      for (const file of files) file.messages = file.messages.filter((message) => keep(file, message));
    },
  };
}
