import type { Manuscript } from '../manuscript/types.ts';
import type { Severity } from '../diagnostics/report.ts';

/**
 * What turns a rule on when `checks:` does not name it (README, "Configuring the checks"):
 *   - `always`: every book (structure, safety, references that resolve to nothing);
 *   - `timeline`: a book that declares `events` or a `period`;
 *   - `names`: a book that declares `people` or `places`;
 *   - `history`: only the `history` preset (or the rule set in `checks:`).
 * The `history` preset turns every rule on, whatever the book declares.
 */
export type Trigger = 'always' | 'timeline' | 'names' | 'history';

/** A rule id with its documentation: the README's checks table and `triptych check --rules` come from these. */
export interface RuleDoc {
  id: string;
  severity: Severity;
  /** What it catches and how to fix it, one line. */
  summary: string;
  /** Default `always`. */
  on?: Trigger;
  /**
   * The rule keeps the outputs valid or safe (a file that is missing, HTML that could run code):
   * neither `checks:` nor a comment can turn it off or down to a warning.
   */
  locked?: true;
}

/** A content check: reads the manuscript and reports positioned messages on its files. */
export interface Check {
  name: string;
  rules: readonly RuleDoc[];
  run(manuscript: Manuscript): void | Promise<void>;
}
