/**
 * Every slide's body fitted at build time (tests/fixtures/deck-overflow: a 1280×720 photograph, a
 * tall picture beside a point, 21 lines of code, a 12-row table, a 12-step list, a long quotation),
 * walked in Chromium at 1280×720 and 1920×1080: nothing leaves a slide, no text is under 24 px on a
 * 1280×720 screen, and what was split continues where it should.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFile, output } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { revealReady, walkDeck } from './helpers/deck.ts';

const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-fit-')), 'dist');
const deck = join(out, 'primes-deck/index.html');
let browser: Browser;

beforeAll(async () => {
  const run = runCli(['build', fixture('deck-overflow'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Diagnostic {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

describe('slides fitted at build time', () => {
  it('splits code by lines, a table by rows (header repeated) and a list by items (numbering kept)', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const ids = await page.$$eval('.reveal .slides section:not(.stack)', (s) => s.map((x) => x.id));
    expect(ids).toEqual([
      'deck-title', 'deck-counting-primes', 'a-photograph-fills-the-slide', 'a-point-and-a-tall-picture',
      'the-sieve-in-python', 'the-sieve-in-python-2', 'the-first-twelve-primes', 'the-first-twelve-primes-2',
      'steps-of-the-sieve', 'steps-of-the-sieve-2', 'euclids-proof', 'deck-sources',
    ]);
    const code = await page.$$eval('#the-sieve-in-python pre, #the-sieve-in-python-2 pre', (pres) => pres.map((p) => p.textContent ?? ''));
    // Every line, in order (the blank lines where the code is cut are left out).
    const written = /```python\n([\s\S]*?)\n```/.exec(readFileSync(join(fixture('deck-overflow'), 'book.md'), 'utf8'))![1]!;
    const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    expect(nonBlank(code.join('\n'))).toEqual(nonBlank(written));
    expect(code).toHaveLength(2);
    expect(code[0]).toContain('def primes_below(n):');
    const headers = await page.$$eval('#the-first-twelve-primes th, #the-first-twelve-primes-2 th', (th) => th.map((t) => t.textContent));
    expect(headers).toEqual(['n', 'prime', 'gap to the next', 'note', 'n', 'prime', 'gap to the next', 'note']);
    const rows = await page.$$eval('#the-first-twelve-primes tbody tr, #the-first-twelve-primes-2 tbody tr', (tr) => tr.length);
    expect(rows).toBe(12);
    const items = await page.$$eval('#steps-of-the-sieve li, #steps-of-the-sieve-2 li', (li) => li.length);
    expect(items).toBe(12);
    const start = await page.$eval('#steps-of-the-sieve-2 ol', (ol) => (ol as HTMLOListElement).start);
    const first = await page.$$eval('#steps-of-the-sieve li', (li) => li.length);
    expect(start).toBe(first + 1);
    await context.close();
  });

  it('fits a photograph and a tall picture into the space under the heading', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    for (const id of ['a-photograph-fills-the-slide', 'a-point-and-a-tall-picture']) {
      await page.evaluate((slideId) => {
        const reveal = (window as unknown as { Reveal: { getIndices(el: Element): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
        const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
        reveal.slide(h, v);
      }, id);
      await page.waitForTimeout(600);
      const box = await page.$eval(`#${id}`, (slide) => {
        const img = slide.querySelector('img')!.getBoundingClientRect();
        const frame = slide.querySelector('.slide-body')!.getBoundingClientRect();
        return { top: img.top - frame.top, bottom: frame.bottom - img.bottom, height: img.height, frame: frame.height };
      });
      expect(box.top, id).toBeGreaterThanOrEqual(0);
      expect(box.bottom, id).toBeGreaterThanOrEqual(-1);
      // It takes the room it is given: at least half of the body's height.
      expect(box.height / box.frame, id).toBeGreaterThan(0.5);
      await page.screenshot({ path: output(`deck-fit-${id}.png`) });
    }
    await context.close();
  });

  it('has nothing overflowing any slide and no text under 24 px, at 1280×720 and 1920×1080', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page, context, errors } = await openFile(browser, deck, viewport);
      await revealReady(page);
      const { visited, problems } = await walkDeck(page);
      expect(visited).toHaveLength(12);
      expect(problems, `${viewport.width}×${viewport.height}`).toEqual([]);
      expect(errors).toEqual([]);
      if (viewport.width === 1280) {
        for (const id of ['the-sieve-in-python', 'the-first-twelve-primes', 'euclids-proof']) {
          await page.evaluate((slideId) => {
            const reveal = (window as unknown as { Reveal: { getIndices(el: Element): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
            const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
            reveal.slide(h, v);
          }, id);
          await page.waitForTimeout(600);
          await page.screenshot({ path: output(`deck-fit-${id}.png`) });
        }
      }
      await context.close();
    }
  });

  it('warns `slide-overflow` at a block that fits at no legible size, and lets that slide scroll', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-deck-overflow-')), 'book');
    cpSync(fixture('deck-overflow'), dir, { recursive: true });
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    const quote = /^> .*$/m.exec(book)![0];
    writeFileSync(join(dir, 'book.md'), book.replace(quote, `${quote} ${quote.slice(2)}`));
    const run = runCli(['check', dir, '--format', 'json']);
    expect(run.status).toBe(0);
    const found = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.ruleId === 'slide-overflow');
    const line = book.split('\n').findIndex((l) => l.startsWith('> ')) + 1;
    expect(found.map((d) => [d.line, d.column])).toEqual([[line, 1]]);
    expect(found[0]!.message).toContain('“Euclid\'s proof”');
    const built = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist/primes-deck/index.html'), 'utf8')).toMatch(/<section id="euclids-proof"[^>]*>.*?<div class="slide-body scrollable">/s);
  });
});
