/**
 * calibre's converter (Debian `calibre`, https://manual.calibre-ebook.com/generated/en/ebook-convert.html),
 * the nearest thing to a Kindle converter that runs here: `ebook-convert book.epub book.azw3`
 * writes Kindle Format 8, and converting that back (to EPUB or PDF) shows what a Kindle path made
 * of the book. Headless: Qt's offscreen platform; its PDF output (Qt WebEngine) as root needs
 * Chromium's sandbox off (PITFALLS.md). About 5–20 s a conversion.
 */
import { spawnSync } from 'node:child_process';

export function ebookConvert(input: string, output: string): void {
  const run = spawnSync('ebook-convert', [input, output], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', QTWEBENGINE_CHROMIUM_FLAGS: '--no-sandbox' },
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`ebook-convert ${input} ${output} failed (${run.status}):\n${run.stdout.slice(-3000)}${run.stderr.slice(-3000)}`);
}
