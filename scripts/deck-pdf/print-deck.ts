/**
 * Prints a built lecture deck to PDF through Chromium, using reveal.js's own print view
 * (`?print-pdf`, https://revealjs.com/pdf-export/): one page per slide (the slide size plus its
 * margin, backgrounds kept, speaker notes left out), or a handout laid out from the same pages
 * (handout.ts): each slide with its notes below it, or 2, 4 or 6 slides a sheet. Debian's
 * /usr/bin/chromium through playwright-core (CHROMIUM_PATH overrides it); any request that is not
 * `file:` is refused: the deck must print offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { layOutHandout, sheetPlan, type HandoutLayout } from './handout.ts';

export interface PrintedDeck {
  path: string;
  pages: number;
}

export async function printDeck(deckDir: string, out: string, handout?: HandoutLayout): Promise<PrintedDeck> {
  const index = join(deckDir, 'index.html');
  if (!existsSync(index)) throw new Error(`\`${index}\` does not exist; build the deck first (\`npm run build\`) and pass its folder`);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // The viewport is the slide size, so reveal.js computes the print layout for 1280×720.
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const refused: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    await page.goto(`${pathToFileURL(index).href}?print-pdf`, { waitUntil: 'load' });
    // reveal.js moves every slide into a `.pdf-page` and then fires `pdf-ready`.
    await page.waitForFunction(() => document.querySelectorAll('.reveal .pdf-page').length > 0, undefined, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
    if (refused.length > 0) throw new Error(`the deck asked for the network (${refused.join(', ')}); a deck must work offline`);
    const slides = await page.evaluate(() => document.querySelectorAll('.reveal .pdf-page').length);
    if (handout) {
      await page.evaluate(layOutHandout, sheetPlan(handout));
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
    return { path: out, pages: handout ? pdfPages(out) : slides };
  } finally {
    await browser.close();
  }
}

/** Pages in a PDF Chromium wrote (`/Type /Page` objects; it writes no object streams, so each is in the clear). */
function pdfPages(path: string): number {
  const bytes = readFileSync(path);
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
