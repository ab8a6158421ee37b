/**
 * `triptych check --rules`: every rule with its default severity, the presets it belongs to, what
 * turns it on, and whether it is locked, as text columns or as JSON. The README's checks table
 * says the same (tests/readme.test.ts keeps them in step).
 */
import { allRules } from './index.ts';
import { triggerLabels } from './rule-settings.ts';
import type { RuleDoc } from './types.ts';

export interface RuleRow {
  id: string;
  severity: RuleDoc['severity'];
  presets: Array<'default' | 'history'>;
  /** What turns it on in the default preset (README wording). */
  on: string;
  locked: boolean;
  summary: string;
}

export function ruleRows(): RuleRow[] {
  return allRules.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    presets: rule.on === 'history' ? ['history'] : ['default', 'history'],
    on: triggerLabels[rule.on ?? 'always'],
    locked: rule.locked === true,
    summary: rule.summary,
  }));
}

export function formatRuleList(): string {
  const rows = ruleRows().map((row) => [row.id, row.severity, row.presets.join(', '), row.on.replaceAll('`', ''), row.locked ? 'locked' : '']);
  const header = ['rule', 'severity', 'presets', 'turned on by', ''];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [
    line(header),
    ...rows.map(line),
    '',
    'Set any rule that is not locked in book.md: `checks: {preset: history, date-order: error, name-variant: off}`;',
    'excuse a line with `<!-- triptych-disable-next-line rule-id -->` (README, "Configuring the checks").',
  ].join('\n');
}
