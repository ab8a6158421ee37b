/**
 * EPUB test helpers: build a fixture's EPUB through the real CLI, read its entries, and run the
 * real EPUBCheck (Debian's jar; /usr/bin/epubcheck does not start here, see PITFALLS.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { runCli } from './cli.ts';

export interface BuiltEpub {
  path: string;
  bytes: Buffer;
  /** Entry name → bytes. */
  entries: Map<string, Uint8Array>;
  text(name: string): string;
}

export function buildEpub(dir: string, env: NodeJS.ProcessEnv = {}): BuiltEpub {
  const out = join(mkdtempSync(join(tmpdir(), 'triptych-epub-')), 'dist');
  const run = runCli(['build', dir, '--out', out], { env });
  if (run.status !== 0) throw new Error(`build of ${dir} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  const name = readdirSync(out).find((file) => file.endsWith('.epub'));
  if (!name) throw new Error(`no .epub in ${out}`);
  const path = join(out, name);
  const bytes = readFileSync(path);
  const entries = new Map(Object.entries(unzipSync(new Uint8Array(bytes))));
  const decoder = new TextDecoder();
  return {
    path,
    bytes,
    entries,
    text(entry) {
      const data = entries.get(entry);
      if (!data) throw new Error(`no ${entry} in the EPUB; it has ${[...entries.keys()].join(', ')}`);
      return decoder.decode(data);
    },
  };
}

/** Writes the EPUB's entries into a fresh directory (for Chromium to open them as files). */
export function unpack(epub: BuiltEpub): string {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-epub-unpacked-'));
  for (const [name, data] of epub.entries) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

export interface EpubCheckMessage {
  severity: string;
  ID: string;
  message: string;
  locations: Array<{ path: string; line: number; column: number }>;
}

/** EPUBCheck's messages for one book (fatal, error, warning, usage, info). */
export function epubcheck(path: string): { messages: EpubCheckMessage[]; checkerVersion: string } {
  const report = join(mkdtempSync(join(tmpdir(), 'triptych-epubcheck-')), 'report.json');
  const run = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', path, '--json', report], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { messages: EpubCheckMessage[]; checker: { checkerVersion: string } };
  return { messages: parsed.messages, checkerVersion: parsed.checker.checkerVersion };
}

/** "ERROR RSC-012 OEBPS/ch01.xhtml:3:10 Fragment identifier is not defined" — readable in a failed expectation. */
export function describeMessages(messages: readonly EpubCheckMessage[]): string[] {
  return messages.map((m) => `${m.severity} ${m.ID} ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(', ')} ${m.message}`);
}
