/**
 * Footnotes and numbered captions on the slides of a talk written the pandoc way
 * (tests/fixtures/deck-pandoc-notes: pandoc's manual's footnote, inline-note and table examples):
 * each slide shows the notes it cites at its foot with the book's numbers, a numbered table keeps
 * the book's number, and every slide still fits. Built by the CLI and opened in Chromium from
 * file://; screenshots at 1280×720 go to tests/output/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openFile, output } from './helpers/browser.ts';
import { fixture, runCli } from './helpers/cli.ts';
import { currentSlideId, revealReady, walkDeck } from './helpers/deck.ts';

let browser: Browser;
let deck: string;
let page: string;
let stderr: string;
beforeAll(async () => {
  browser = await launch();
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-notes-')), 'dist');
  const run = runCli(['build', join(fixture('deck-pandoc-notes'), 'notes.md'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  deck = join(out, 'notes-and-tables-deck/index.html');
  page = join(out, 'notes-and-tables.html');
  stderr = run.stderr;
});
afterAll(async () => browser?.close());

/** The slide's notes as the room sees them: number and text, and where they sit against the slide's body and box. */
async function footOf(slideId: string) {
  const { page: tab, context } = await openFile(browser, `${deck}#/${slideId}`, { width: 1280, height: 720 });
  await revealReady(tab);
  const seen = await tab.evaluate((id) => {
    const slide = document.getElementById(id)!;
    const notes = slide.querySelector('aside.slide-footnotes');
    const body = slide.querySelector('.slide-body')!.getBoundingClientRect();
    const box = document.querySelector('.reveal .slides')!.getBoundingClientRect();
    const foot = notes?.getBoundingClientRect();
    const references = [...slide.querySelectorAll('a.footnote-ref')].map((a) => ({ number: a.textContent, target: decodeURIComponent(a.getAttribute('href')!.replace(/^#\//, '')) }));
    return {
      notes: [...(notes?.querySelectorAll('li') ?? [])].map((li) => [(li as HTMLLIElement).value, li.id, (li.textContent ?? '').replace(/\s+/g, ' ').trim()] as const),
      references,
      // Each reference's note is on this slide.
      targetsHere: references.every(({ target }) => document.getElementById(target)?.closest('section') === slide),
      below: foot !== undefined && foot.top >= body.bottom - 1,
      inside: foot !== undefined && foot.bottom <= box.bottom + 1 && foot.left >= box.left - 1 && foot.right <= box.right + 1,
    };
  }, slideId);
  return { seen, tab, context };
}

describe('footnotes on a talk’s slides (pandoc’s manual, “Footnotes” and “inline_notes”)', () => {
  it('shows the notes a slide cites at its foot, below its body and inside the slide, numbered as the book numbers them', async () => {
    const { seen, tab, context } = await footOf('footnotes');
    expect(seen.references.map(({ number }) => number)).toEqual(['1', '2', '3']);
    expect(seen.notes.map(([value, , text]) => [value, text])).toEqual([
      [1, 'Here is the footnote.'],
      [2, 'Here’s one with multiple blocks. Subsequent paragraphs are indented to show that they belong to the previous footnote.'],
      [3, 'Inline notes are easier to write, since you don’t have to pick an identifier and move down to type the note.'],
    ]);
    expect(seen).toMatchObject({ targetsHere: true, below: true, inside: true });
    // The page numbers the same notes 1, 2, 3.
    expect(readFileSync(page, 'utf8')).toMatch(/Here is an inline note\.<sup><a [^>]*>3<\/a><\/sup>/);
    await tab.screenshot({ path: output('deck-talk-footnotes-1280x720.png') });
    // Following a reference keeps the room on this slide (reveal.js goes to the slide holding the note).
    await tab.click('a.footnote-ref >> nth=0');
    await tab.waitForTimeout(200);
    expect(await currentSlideId(tab)).toBe('footnotes');
    await context.close();
  });

  it('splits a long list with notes so each part shows the notes of its own points, numbered on through the chapter', async () => {
    const first = await footOf('a-long-list-with-notes');
    expect(first.seen.notes.map(([value]) => value)).toEqual([4, 5, 6]);
    expect(first.seen).toMatchObject({ targetsHere: true, below: true, inside: true });
    await first.context.close();
    const html = readFileSync(deck, 'utf8');
    const part = /<section id="a-long-list-with-notes-part-2"[\s\S]*?<\/section>/.exec(html)![0];
    expect(part).toContain('Visby, on Gotland');
    expect(part).not.toContain('slide-footnotes');
  });

  it('leaves no reference without its note anywhere in the deck', () => {
    const html = readFileSync(deck, 'utf8');
    const targets = [...html.matchAll(/href="#\/([^"]+)" class="footnote-ref"/g)].map((match) => match[1]!);
    expect(targets).toHaveLength(8);
    for (const id of targets) expect(html).toContain(`<li id="${id}"`);
    // No footnote is left as the text it was written as.
    expect(html).not.toMatch(/\[\^\w+\]/);
  });

  it('numbers a note cited from a slide’s title, and shows it at that slide’s foot, with a body or without', async () => {
    const { seen, tab, context } = await footOf('the-steelyard');
    expect(seen.references).toEqual([{ number: '7', target: expect.stringMatching(/fn-steelyard$/) }]);
    expect(seen.notes.map(([value, , text]) => [value, text])).toEqual([[7, 'Named in the list above; its slide cites this note from its title.']]);
    expect(seen).toMatchObject({ targetsHere: true, below: true, inside: true });
    expect(await tab.evaluate(() => document.querySelector('#the-steelyard h2 a.footnote-ref')?.textContent)).toBe('7');
    await context.close();
    const html = readFileSync(deck, 'utf8');
    const titleOnly = /<section id="questions"[\s\S]*?<\/section>/.exec(html)![0];
    expect(titleOnly).toMatch(/<h2>Questions<sup><a href="#\/[^"]*fn-questions" class="footnote-ref" role="doc-noteref">8<\/a><\/sup><\/h2>/);
    expect(titleOnly).toContain('A slide that is all title, its note at its foot.');
  });
});

describe('a numbered table on a talk’s slide (pandoc’s manual, “simple_tables” and “table_captions”)', () => {
  it('numbers its caption and the reference to it as the page does', async () => {
    const html = readFileSync(deck, 'utf8');
    expect(html).toContain('<table id="tbl:simple"><caption>Table\u00a01: Demonstration of simple table syntax.</caption>');
    expect(html).toContain('<a href="#/tbl:simple" class="cross-reference">Table\u00a01</a> has four columns');
    const book = readFileSync(page, 'utf8');
    expect(book).toContain('<caption>Table\u00a01: Demonstration of simple table syntax.</caption>');
    const { page: tab, context } = await openFile(browser, `${deck}#/a-numbered-table`, { width: 1280, height: 720 });
    await revealReady(tab);
    expect(await tab.$eval('#a-numbered-table caption', (caption) => caption.textContent)).toBe('Table\u00a01: Demonstration of simple table syntax.');
    await tab.screenshot({ path: output('deck-talk-table-1280x720.png') });
    await context.close();
  });
});

describe('the talk as a whole', () => {
  it('overflows no slide at 1280×720 or 1920×1080, and warns of nothing', async () => {
    const problems: string[] = [];
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page: tab, context, errors, requests } = await openFile(browser, deck, viewport);
      await revealReady(tab);
      const walk = await walkDeck(tab);
      problems.push(...walk.problems.map((p) => `${viewport.width}: ${p}`), ...errors, ...requests);
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(stderr).not.toMatch(/warning|error/);
  });

  it('has no axe-core violation on the slides with notes and with the table', async () => {
    const found: string[] = [];
    for (const id of ['footnotes', 'a-long-list-with-notes', 'a-numbered-table']) {
      const { page: tab, context } = await openFile(browser, `${deck}#/${id}`, { width: 1280, height: 720 });
      await revealReady(tab);
      for (const v of await axe(tab)) found.push(`${id}: ${v.id} [${v.impact}] (${v.help}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it('never shows a slide’s notes in the book as anything but the book’s own footnotes', () => {
    const book = readFileSync(page, 'utf8');
    expect(book).not.toContain('slide-footnotes');
    expect(book.match(/Here is the footnote\./g)).toHaveLength(1);
  });
});
