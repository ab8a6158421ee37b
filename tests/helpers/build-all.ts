/** Builds a manuscript (a directory or a Markdown file) through the real CLI into a fresh directory, and reads the three outputs. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runCli, type CliRun } from './cli.ts';

export interface BuiltBook {
  run: CliRun;
  out: string;
  epubPath: string;
  pagePath: string;
  deckPath: string;
  page: string;
  deck: string;
  /** The EPUB's entries as text, by name. */
  epub: Map<string, string>;
  /** Every chapter document of the EPUB, joined. */
  chapters: string;
}

export function buildAll(target: string, options: { cwd?: string } = {}): BuiltBook {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-all-')), 'dist');
  const run = runCli(['build', target, '--out', out], options);
  if (run.status !== 0) throw new Error(`build of ${target} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  const names = readdirSync(out);
  const epubName = names.find((name) => name.endsWith('.epub'))!;
  const pageName = names.find((name) => name.endsWith('.html'))!;
  const deckName = names.find((name) => name.endsWith('-deck'))!;
  const decoder = new TextDecoder();
  const epub = new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(join(out, epubName))))).map(([name, data]) => [name, decoder.decode(data)]));
  const chapters = [...epub].filter(([name]) => /OEBPS\/ch\d+\.xhtml$/.test(name)).map(([, text]) => text).join('\n');
  return {
    run,
    out,
    epubPath: join(out, epubName),
    pagePath: join(out, pageName),
    deckPath: join(out, deckName, 'index.html'),
    page: readFileSync(join(out, pageName), 'utf8'),
    deck: readFileSync(join(out, deckName, 'index.html'), 'utf8'),
    epub,
    chapters,
  };
}
