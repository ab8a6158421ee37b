/**
 * A book-first lecture with one chapter brought over from a pandoc talk
 * (tests/fixtures/deck-mixed-modes: `::: slide` blocks in chapter 1, pandoc's habits.txt morning in
 * chapter 2, opening with a sentence before its first `##`). The talk's `##` headings start slides,
 * as pandoc's slide level makes them and as the book-first chapters' sections do; its opening
 * sentence shows on its chapter slide, as pandoc shows the content under a heading above the slide
 * level on that heading's title slide (README, "The deck"). A footnote in a `::: slide` block shows
 * at its slide's foot. Built by the CLI, opened in Chromium.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFile } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { revealReady, shownSlides, walkDeck } from './helpers/deck.ts';

let browser: Browser;
let deck: string;
let page: string;
let stderr: string;
beforeAll(async () => {
  browser = await launch();
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-mixed-')), 'dist');
  const run = runCli(['build', fixture('deck-mixed-modes'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  deck = join(out, 'daily-habits-deck/index.html');
  page = join(out, 'daily-habits.html');
  stderr = run.stderr;
});
afterAll(async () => browser?.close());

describe('a chapter written the pandoc way in a book-first lecture', () => {
  it('starts a slide at each of its `##` headings, its opening sentence on its chapter slide', async () => {
    const { page, context } = await openFile(browser, deck, { width: 1280, height: 720 });
    await revealReady(page);
    const shown = (await shownSlides(page)).map(({ id, h, v, text }) => [id, h, v, text]);
    expect(shown).toEqual([
      ['deck-title', 0, 0, 'Daily Habits Ada Fixture 2026'],
      ['deck-why', 1, 0, 'Chapter 1 Why habits'],
      ['what-a-habit-is', 1, 1, 'What a habit is A routine repeated until it needs no thought Cued by a time, a place or an act1 Cue, routine and reward: the loop that psychologists describe.'],
      ['why-they-matter', 1, 2, 'Why they matter Most of a morning runs on them'],
      ['deck-morning', 2, 0, 'In the morning The talk this chapter comes from had two slides for the morning.'],
      ['getting-up', 2, 1, 'Getting up Turn off alarm Get out of bed'],
      ['breakfast', 2, 2, 'Breakfast Eat eggs Drink coffee'],
    ]);
    await context.close();
  });

  it('shows a footnote cited in a `::: slide` block at the foot of its slide, with the number the book gives it', async () => {
    const html = readFileSync(deck, 'utf8');
    const slide = /<section id="what-a-habit-is"[\s\S]*?<\/section>/.exec(html)![0];
    const reference = /an act<sup><a href="#\/([^"]+)" class="footnote-ref" role="doc-noteref">1<\/a><\/sup>/.exec(slide);
    expect(reference).not.toBeNull();
    expect(slide).toContain(`<aside class="slide-footnotes" role="doc-footnote"><ol><li id="${reference![1]}" value="1"><p>Cue, routine and reward: the loop that psychologists describe.</p></li></ol></aside>`);
    // The book numbers the same note 1, and its speaker notes (the prose) carry no note mark.
    expect(readFileSync(page, 'utf8')).toMatch(/came before it\.<sup><a [^>]*>1<\/a><\/sup>/);
    expect(/<aside class="notes">[\s\S]*?<\/aside>/.exec(slide)![0]).not.toContain('<sup>');
  });

  it('overflows no slide at 1280×720 or 1920×1080, and warns of nothing', async () => {
    const problems: string[] = [];
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page, context, errors, requests } = await openFile(browser, deck, viewport);
      await revealReady(page);
      const walk = await walkDeck(page);
      problems.push(...walk.problems.map((p) => `${viewport.width}: ${p}`), ...errors, ...requests);
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(stderr).not.toMatch(/warning|error/);
  });
});
