/** `npm run deck:pdf` prints a built deck through Chromium, one page per slide or as a handout, offline. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';
import { projectRoot } from '../scripts/resources.ts';

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree nodes). Chromium writes no object streams, so each is in the clear. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('deck:pdf', () => {
  it('prints one page per slide, each the slide size plus its margin (1331×748 px)', () => {
    const work = mkdtempSync(join(tmpdir(), 'triptych-deck-pdf-'));
    const out = join(work, 'dist');
    expect(runCli(['build', fixture('deck-book'), '--out', out]).status).toBe(0);
    const slides = readFileSync(join(out, 'irtysh-forts-deck/index.html'), 'utf8').match(/<section id=/g)?.length ?? 0;
    expect(slides).toBe(14);
    const pdf = join(work, 'deck.pdf');
    // The documented command, through npm, as a user runs it.
    const run = spawnSync('npm', ['run', '--silent', 'deck:pdf', '--', join(out, 'irtysh-forts-deck'), '--out', pdf], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${pdf}  14 pages`);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(bytes)).toBe(slides);
    // 1331 × 748 CSS px = 998.25 × 561 pt (reveal.js: floor(1280 × 1.04) × floor(720 × 1.04)).
    const boxes = bytes.toString('latin1').match(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g) ?? [];
    expect(boxes).toHaveLength(slides);
    for (const box of boxes) {
      const [, w, h] = /([\d.]+) ([\d.]+)\]$/.exec(box)!;
      expect(Math.round((Number(w) * 4) / 3)).toBe(1331);
      expect(Math.round((Number(h) * 4) / 3)).toBe(748);
    }
  });

  describe('handouts, from the same print', () => {
    const work = mkdtempSync(join(tmpdir(), 'triptych-deck-handout-'));
    const out = join(work, 'dist');
    let slides = 0;
    beforeAll(() => {
      expect(runCli(['build', fixture('deck-book'), '--out', out]).status).toBe(0);
      slides = readFileSync(join(out, 'irtysh-forts-deck/index.html'), 'utf8').match(/<section id=/g)?.length ?? 0;
    });
    // A4 in points: 595 × 842 (the sheet is 793.7 × 1122.5 CSS px).
    const a4 = { short: 595, long: 842 };
    const cases = [
      ['notes', 'each slide on an A4 page with its notes below it', (n: number) => n, [a4.short, a4.long]],
      ['4', 'four slides an A4 page, landscape', (n: number) => Math.ceil(n / 4), [a4.long, a4.short]],
      ['6', 'six slides an A4 page', (n: number) => Math.ceil(n / 6), [a4.short, a4.long]],
    ] as const;
    for (const [layout, what, pagesFor, [width, height]] of cases) {
      it(`--handout ${layout}: ${what}`, () => {
        const pdf = join(work, `handout-${layout}.pdf`);
        const run = spawnSync('npm', ['run', '--silent', 'deck:pdf', '--', join(out, 'irtysh-forts-deck'), '--handout', layout, '--out', pdf], { cwd: projectRoot, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        const bytes = readFileSync(pdf);
        const pages = pagesFor(slides);
        expect(pageCount(bytes)).toBe(pages);
        expect(run.stdout).toContain(`${pdf}  ${pages} pages`);
        for (const box of bytes.toString('latin1').match(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g) ?? []) {
          const [, w, h] = /([\d.]+) ([\d.]+)\]$/.exec(box)!;
          expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([width, height]);
        }
      });
    }
  });

  it('refuses a handout layout it does not know, with the usage line', () => {
    const run = spawnSync('npm', ['run', '--silent', 'deck:pdf', '--', fixture('deck-book'), '--handout', '3'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--handout notes|2|4|6');
  });

  it('refuses a folder that holds no deck, with a usage line and status 2', () => {
    const run = spawnSync('npm', ['run', '--silent', 'deck:pdf', '--', '/nonexistent-deck'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run deck:pdf');
  });
});
