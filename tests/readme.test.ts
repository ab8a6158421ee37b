/** The README documents what the code does: every rule id with its severity, every front-matter field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../scripts/checks/index.ts';
import { BookFrontMatter, ChapterFrontMatter } from '../scripts/manuscript/schema.ts';
import { triggerLabels } from '../scripts/checks/rule-settings.ts';
import { projectRoot } from '../scripts/resources.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every rule id once, with its severity', () => {
    const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1]!, m[2]!]));
    for (const rule of allRules) expect(rows.get(rule.id), rule.id).toBe(rule.severity);
    expect([...rows.keys()].sort()).toEqual([...new Set(allRules.map((r) => r.id))].sort());
  });

  it('says, for every rule, what turns it on and whether it is locked', () => {
    const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (?:error|warning) \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
    for (const rule of allRules) expect(rows.get(rule.id), rule.id).toBe(`${triggerLabels[rule.on ?? 'always']}${rule.locked ? ', locked' : ''}`);
  });

  it('documents every book and chapter front-matter field', () => {
    for (const field of [...Object.keys(BookFrontMatter.shape), ...Object.keys(ChapterFrontMatter.shape)]) {
      expect(readme, field).toMatch(new RegExp(`^\\| \`${field}(\\.[a-zA-Z]+)?\` \\|`, 'm'));
    }
  });

  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm test');
  });
});
