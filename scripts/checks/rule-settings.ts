/**
 * What the book asks of each rule: `checks:` in book.md (a preset, then `rule-id: off | warning |
 * error`) over what the book's data switches on. ESLint and remark-lint separate a rule (what it
 * finds) from its setting (what the author wants); so do we: no rule reads this, the runner
 * (rule-control.ts) applies it to the messages the rules report.
 */
import type { Book } from '../manuscript/schema.ts';
import type { Manuscript } from '../manuscript/types.ts';
import { closest } from '../citations/closest.ts';
import { report, type Severity } from '../diagnostics/report.ts';
import { allRules, ruleById } from './index.ts';
import type { RuleDoc, Trigger } from './types.ts';

/** `as-reported`: the rule is on, at the severity it reports with. */
export type Effective = 'off' | 'as-reported' | Severity;

/** What each trigger asks of the book, in words for the README and `triptych check --rules`. */
export const triggerLabels: Record<Trigger, string> = {
  always: 'always',
  timeline: '`events` or `period` declared',
  names: '`people` or `places` declared',
  history: '`preset: history`',
};

/** Whether the book declares what turns `rule` on in the default preset. */
export function triggered(rule: RuleDoc, book: Book): boolean {
  switch (rule.on ?? 'always') {
    case 'always':
      return true;
    case 'timeline':
      return book.events.length > 0 || book.period !== undefined;
    case 'names':
      return book.people.length > 0 || book.places.length > 0;
    case 'history':
      return false;
  }
}

/**
 * Every rule's setting for this book. Reports, at their place in book.md, a rule id no rule has
 * (`rule-unknown`, with the nearest id) and an attempt to turn off a locked rule (`rule-locked`).
 */
export function ruleSettings(manuscript: Manuscript): Map<string, Effective> {
  const { book, bookFile, bookMatter } = manuscript;
  const config = book.checks ?? { preset: 'default', rules: {} };
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = ruleById.get(id);
    if (!rule) {
      const near = closest(id, [...ruleById.keys()]);
      report(bookFile, `Unknown rule \`${id}\` in \`checks\`: no rule has this id, so this setting does nothing; ${near ? `did you mean \`${near}\`? ` : ''}\`triptych check --rules\` lists every rule`, bookMatter.locate(['checks', id], 'key'), 'rule-unknown', 'warning');
    } else if (rule.locked && setting !== 'error') {
      report(bookFile, `\`${id}\` cannot be set to \`${setting}\`: it keeps the outputs valid and safe, so what it reports stays an error; fix that instead, and remove this line`, bookMatter.locate(['checks', id]), 'rule-locked', 'warning');
    }
  }
  const settings = new Map<string, Effective>();
  for (const rule of allRules) {
    const configured = config.rules[rule.id];
    const on = config.preset === 'history' || triggered(rule, book);
    settings.set(rule.id, rule.locked ? 'as-reported' : configured === 'off' ? 'off' : configured ?? (on ? 'as-reported' : 'off'));
  }
  return settings;
}
