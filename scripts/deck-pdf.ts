/**
 * `npm run deck:pdf`: prints a built lecture deck to PDF (deck-pdf/print-deck.ts).
 *
 *   npm run deck:pdf -- dist/<slug>-deck [--out <file.pdf>] [--handout notes|2|4|6]
 *
 * Without `--handout`, one page per slide. `--handout notes`: each slide on an A4 page with its
 * speaker notes below it; `--handout 2|4|6`: that many slides on an A4 page. The PDF goes to
 * `<slug>-deck.pdf` (`<slug>-deck-notes.pdf`, `<slug>-deck-4up.pdf`…) in the working directory
 * unless `--out` says otherwise; never into dist/, whose bytes must not change (Chromium stamps a
 * PDF with the time it was made). Exit status: 0 written, 2 usage or failure.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { handoutLayouts, type HandoutLayout } from './deck-pdf/handout.ts';
import { printDeck } from './deck-pdf/print-deck.ts';

export { printDeck, type PrintedDeck } from './deck-pdf/print-deck.ts';

const usage = 'usage: npm run deck:pdf -- <dist/slug-deck> [--out file.pdf] [--handout notes|2|4|6]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, handout: { type: 'string' } } });
  const dir = positionals[0];
  const handout = values.handout;
  if (!dir || positionals.length > 1 || !existsSync(dir) || !statSync(dir).isDirectory() || (handout !== undefined && !handoutLayouts.includes(handout as HandoutLayout))) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const deckDir = resolve(dir);
  const suffix = handout === undefined ? '' : handout === 'notes' ? '-notes' : `-${handout}up`;
  const out = resolve(values.out ?? `${basename(deckDir)}${suffix}.pdf`);
  const { pages } = await printDeck(deckDir, out, handout as HandoutLayout | undefined);
  console.log(`${out}  ${pages} pages`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`deck:pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
