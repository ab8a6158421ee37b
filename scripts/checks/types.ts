import type { Manuscript } from '../manuscript/types.ts';
import type { Severity } from '../diagnostics/report.ts';

/** A rule id with its documentation: the README's checks table is generated from these. */
export interface RuleDoc {
  id: string;
  severity: Severity;
  /** What it catches and how to fix it, one line. */
  summary: string;
}

/** A content check: reads the manuscript and reports positioned messages on its files. */
export interface Check {
  name: string;
  rules: readonly RuleDoc[];
  run(manuscript: Manuscript): void | Promise<void>;
}
