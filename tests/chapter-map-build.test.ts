/**
 * A one-shot build lets each chapter's mdast go once the book is hast (render/index.ts,
 * `releaseSources`), before the deck draws its slide figures. A chapter map reads its chapter's
 * text: the deck's chapter map must still highlight the places the page's does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

const out = join(mkdtempSync(join(tmpdir(), 'triptych-chapter-map-')), 'dist');

/** The bold (highlighted) labels of the figure with this id, and whether its key has "in this chapter". */
function highlighted(html: string, id: string): { bold: string[]; key: boolean } {
  const start = html.search(new RegExp(`<figure [^>]*id="${id}"`));
  expect(start, id).toBeGreaterThanOrEqual(0);
  const figure = html.slice(start, html.indexOf('</figure>', start));
  const bold = [...figure.matchAll(/<text[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).sort();
  return { bold, key: figure.includes('in this chapter') };
}

beforeAll(() => {
  const run = runCli(['build', fixture('figures-book'), '--out', out]);
  expect(run.status, run.stderr).toBe(0);
});

describe('a chapter map in a one-shot build', () => {
  it('highlights the same places on the deck’s slide as on the page', () => {
    const page = highlighted(readFileSync(join(out, 'forts-on-the-irtysh.html'), 'utf8'), 'figure-map-yamyshev');
    const deck = highlighted(readFileSync(join(out, 'forts-on-the-irtysh-deck/index.html'), 'utf8'), 'figure-map-yamyshev-slide');
    expect(page.bold.length).toBeGreaterThan(0);
    expect(page.key).toBe(true);
    // The page also carries the phone's variant of the map (i21), which numbers the places it names:
    // the same places, named once, are highlighted on the slide.
    const names = (bold: string[]) => [...new Set(bold.filter((text) => !/^\d+$/.test(text)))];
    expect(names(deck.bold)).toEqual(names(page.bold));
    expect(deck.key).toBe(page.key);
  });
});
