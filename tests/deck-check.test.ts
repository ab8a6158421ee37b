/** `slide-too-long`: the author hears, at the block's line, that a slide block does not fit one slide. */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

interface Diagnostic {
  path: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

describe('slide-too-long', () => {
  it('warns at the `:::slide` line of a block too long for one slide, and only there', () => {
    const run = runCli(['check', fixture('deck-book'), '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const found = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.ruleId === 'slide-too-long');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: expect.stringMatching(/deck-book\/chapters\/02-expedition\.md$/), line: 29, column: 1, severity: 'warning' });
    expect(found[0]!.message).toContain('splits it into 2 slides');
  });
});
