/**
 * The `checks:` block of `book.md`: which rules run and how loudly, in the manner of a linter's
 * configuration (ESLint's `rules`, remark-lint's presets). A preset first, then any rule by its id:
 *
 *   checks:
 *     preset: history        # `default` (structure and safety, plus the rules the book's data switches on) or `history` (every rule)
 *     date-order: error      # `off`, `warning` or `error`
 *     name-variant: off
 *
 * The schema checks the shape only; which rule ids exist, and which rules cannot be turned off, is
 * the checks' business (checks/rule-control.ts), so that a misspelt id is a warning at its key.
 */
import { z } from 'zod';

export const presets = ['default', 'history'] as const;
export type Preset = (typeof presets)[number];

export const settings = ['off', 'warning', 'error'] as const;
export type Setting = (typeof settings)[number];

export interface ChecksConfig {
  preset: Preset;
  /** By rule id, as written. */
  rules: Record<string, Setting>;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);
const listed = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

export const Checks = z
  .record(z.string(), z.unknown())
  .superRefine((block, ctx) => {
    for (const [key, value] of Object.entries(block)) {
      if (key === 'preset' ? isOneOf(presets, value) : isOneOf(settings, value)) continue;
      const shown = typeof value === 'string' ? `\`${value}\`` : `not text (${JSON.stringify(value) ?? typeof value})`;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: key === 'preset' ? `is ${shown}; a preset is one of ${listed(presets)}` : `is ${shown}; a rule is set to one of ${listed(settings)}`,
      });
    }
  })
  .transform((block): ChecksConfig => {
    const { preset, ...rules } = block;
    return { preset: isOneOf(presets, preset) ? preset : 'default', rules: rules as Record<string, Setting> };
  })
  .optional()
  .describe('`preset: default | history`, then `rule-id: off | warning | error`; see “Configuring the checks”');
