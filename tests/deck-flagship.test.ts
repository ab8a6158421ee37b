/**
 * The flagship's deck, as a lecturer gives it: notes made for speaking (no figure caption, no full
 * reference, no note number), a closing slide, nothing overflowing at 1280×720 or 1920×1080, and
 * screenshots to look at.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFile, output } from './helpers/browser.ts';
import { runCli } from './helpers/cli.ts';
import { revealReady, walkDeck } from './helpers/deck.ts';
import { projectRoot } from '../scripts/resources.ts';

const out = join(mkdtempSync(join(tmpdir(), 'triptych-deck-flagship-')), 'dist');
const deck = join(out, 'dzungar-russian-conflicts-deck/index.html');
let browser: Browser;

beforeAll(async () => {
  const run = runCli(['build', join(projectRoot, 'manuscript'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the flagship deck', () => {
  it('says no figure caption, no full reference and no note number in its notes', () => {
    const html = readFileSync(deck, 'utf8');
    const notes = [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => m[1]!);
    const text = notes.map((n) => n.replace(/<[^>]+>/g, '')).join('\n');
    expect(notes.length).toBeGreaterThan(30);
    // The figures' captions begin so ("Timeline of the events…", "The places named…"); their slides have no notes of them.
    expect(text).not.toMatch(/Timeline of the events|Hollow markers stand for|Natural Earth/);
    // A citation in the notes is the slides' short label: no CSL reference (a publisher, "Accessed", a URL) and no note mark.
    expect(text).not.toMatch(/Accessed|https?:\/\/|University Press|\bIn Wikipedia\b/);
    expect(html).not.toMatch(/<aside class="notes">[\s\S]*?data-footnote-ref[\s\S]*?<\/aside>/);
    expect(html).not.toMatch(/<aside class="notes">(?:(?!<\/aside>)[\s\S])*<span class="citation"/);
    const said = [...text.matchAll(/\((?:[^()]*?\b(?:\d{4}[a-z]?|n\.d\.)[^()]*?)\)/g)].length;
    expect(said).toBeGreaterThan(50);
  });

  it('ends the talk on a closing slide before the sources', () => {
    const html = readFileSync(deck, 'utf8');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!);
    const closing = ids.indexOf('deck-closing');
    expect(closing).toBeGreaterThan(0);
    expect(ids[closing + 1]).toBe('deck-sources');
    expect(html).toContain('<section id="deck-closing" class="closing-slide center"><h2>Questions?</h2></section>');
  });

  it('has nothing overflowing any slide and no text under 24 px, at 1280×720 and 1920×1080 (screenshots)', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page, context, errors, requests } = await openFile(browser, deck, viewport);
      await revealReady(page);
      const { visited, problems } = await walkDeck(page);
      expect(visited.length).toBeGreaterThan(40);
      expect(problems, `${viewport.width}×${viewport.height}`).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      if (viewport.width === 1280) {
        for (const id of ['deck-title', 'the-siege-of-yamyshev', 'deck-closing', 'deck-sources']) {
          await page.evaluate((slideId) => {
            const reveal = (window as unknown as { Reveal: { getIndices(el: Element): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
            const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
            reveal.slide(h, v);
          }, id);
          await page.waitForTimeout(600);
          await page.screenshot({ path: output(`deck-flagship-${id}.png`) });
        }
      }
      await context.close();
    }
  });
});
