/**
 * Prints a built lecture deck to PDF through Chromium, one page per slide, using reveal.js's own
 * print view (`?print-pdf`, https://revealjs.com/pdf-export/): the page size is the slide size
 * plus its margin, backgrounds are kept, speaker notes are left out.
 *
 *   npm run deck:pdf -- dist/<slug>-deck [--out <file.pdf>]
 *
 * The PDF goes to `<slug>-deck.pdf` in the working directory unless `--out` says otherwise; never
 * into dist/, whose bytes must not change (Chromium stamps a PDF with the time it was made).
 * Like the tests, it drives Debian's /usr/bin/chromium through playwright-core (CHROMIUM_PATH
 * overrides it) and refuses any request that is not `file:`: the deck must print offline.
 * Exit status: 0 written, 2 usage or failure.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

export interface PrintedDeck {
  path: string;
  pages: number;
}

export async function printDeck(deckDir: string, out: string): Promise<PrintedDeck> {
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
    const pages = await page.evaluate(() => document.querySelectorAll('.reveal .pdf-page').length);
    await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
    return { path: out, pages };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir || positionals.length > 1 || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error('usage: npm run deck:pdf -- <dist/slug-deck> [--out file.pdf]');
    process.exitCode = 2;
    return;
  }
  const deckDir = resolve(dir);
  const out = resolve(values.out ?? `${basename(deckDir)}.pdf`);
  const { pages } = await printDeck(deckDir, out);
  console.log(`${out}  ${pages} pages`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`deck:pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
