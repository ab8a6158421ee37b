/**
 * `deck.css`: the author's stylesheet is shipped only when it loads nothing from the network and
 * runs no script; each refusal points at its line and column in the CSS (tests/fixtures/deck-css-unsafe,
 * a stylesheet "copied from a theme found online").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const diagnostics = (dir: string) => {
  const run = runCli(['check', dir, '--format', 'json']);
  return { status: run.status, found: (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
};

describe('deck.css', () => {
  it('refuses remote imports and URLs and script, each at its position in the stylesheet', () => {
    const { status, found } = diagnostics(fixture('deck-css-unsafe'));
    expect(status).toBe(1);
    expect(found.map((d) => [d.path.replace(/.*\//, ''), d.line, d.column, d.ruleId])).toEqual([
      ['talk.css', 2, 1, 'path-remote'],
      ['talk.css', 6, 21, 'path-remote'],
      ['talk.css', 10, 3, 'css-unsafe'],
      ['talk.css', 13, 41, 'css-unsafe'],
    ]);
    expect(found[0]!.message).toContain('https://fonts.googleapis.com/css?family=Lato:400,700');
    expect(found[1]!.message).toContain('//cdn.example.org/banner.png');
  });

  it('builds nothing while the stylesheet is refused', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-css-')), 'dist');
    const run = runCli(['build', fixture('deck-css-unsafe'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[css-unsafe]');
  });

  it('reports a stylesheet that does not parse at the place it breaks, and a missing local image', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-deck-css-bad-')), 'book');
    cpSync(fixture('deck-css-unsafe'), dir, { recursive: true });
    writeFileSync(join(dir, 'talk.css'), '.reveal h2 { color: red;\n\n.reveal p { background: url(missing.png) }\n');
    const broken = diagnostics(dir);
    expect(broken.found.map((d) => [d.line, d.column, d.ruleId])).toEqual([[1, 1, 'css-invalid']]);
    writeFileSync(join(dir, 'talk.css'), '.reveal h2 { color: red; }\n.reveal p { background: url(missing.png) }\n');
    const missing = diagnostics(dir);
    expect(missing.found.map((d) => [d.line, d.column, d.ruleId])).toEqual([[2, 25, 'file-missing']]);
  });

  it('reports a stylesheet the book names but the manuscript lacks at the `css` value of book.md', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-deck-css-none-')), 'book');
    cpSync(fixture('deck-css-unsafe'), dir, { recursive: true });
    writeFileSync(join(dir, 'book.md'), readFileSync(join(dir, 'book.md'), 'utf8').replace('css: talk.css', 'css: styles/none.css'));
    const { found } = diagnostics(dir);
    expect(found.map((d) => [d.path.replace(/.*\//, ''), d.line, d.column, d.ruleId])).toEqual([['book.md', 8, 8, 'file-missing']]);
  });
});
