/**
 * The same work for pandoc: one Markdown file (the chapters concatenated, each under its title as a
 * level-1 heading with the chapter's id), the book's metadata as a pandoc YAML block, the same
 * bibliography (CSL-JSON, CSL-YAML or BibTeX: pandoc reads them as they are) and three jobs with
 * `--citeproc --mathml`: EPUB 3, a standalone self-contained page, a reveal.js deck. Images are
 * found from the book's folder and each chapter's (`--resource-path`), as Triptych finds them.
 *
 * Our Markdown is pandoc's where it matters: `[@key]` citations and `:::` fenced divs are the same
 * syntax; `:date[1710]{event=x}` becomes pandoc's bracketed span `[1710]{event=x}`; leaf
 * directives (`::map`) stay as plain paragraphs. pandoc draws no figures and checks nothing, so
 * the comparison favours pandoc.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

export interface PandocJob {
  name: string;
  args: string[];
}

export async function pandocJobs(dir: string, chapters: string[], outDir: string): Promise<PandocJob[]> {
  const book = splitFrontMatter(await readFile(join(dir, 'book.md'), 'utf8'));
  const meta = parseDocument(book.yaml, { version: '1.2' }).toJS() as Record<string, unknown>;
  const parts = [
    '---',
    `title: ${JSON.stringify(String(meta['title'] ?? 'Untitled'))}`,
    ...(meta['subtitle'] ? [`subtitle: ${JSON.stringify(String(meta['subtitle']))}`] : []),
    `author: ${JSON.stringify((meta['authors'] as string[] | undefined) ?? [])}`,
    `lang: ${JSON.stringify(String(meta['lang'] ?? 'en'))}`,
    ...(meta['published'] ? [`date: ${JSON.stringify(String(meta['published']))}`] : []),
    ...(meta['identifier'] ? [`identifier: ${JSON.stringify(String(meta['identifier']))}`] : []),
    ...(meta['nocite'] ? [`nocite: ${JSON.stringify(String(meta['nocite']))}`] : []),
    '---',
    '',
  ];
  for (const chapter of chapters) {
    const { yaml, body } = splitFrontMatter(await readFile(join(dir, chapter), 'utf8'));
    const chapterMeta = parseDocument(yaml, { version: '1.2' }).toJS() as Record<string, unknown>;
    const id = chapterMeta['id'] ? ` {#${String(chapterMeta['id'])}}` : '';
    parts.push(`# ${String(chapterMeta['title'] ?? chapter)}${id}`, '', body.replaceAll(':date[', '['), '');
  }
  const input = join(outDir, 'book.md');
  await writeFile(input, parts.join('\n'));
  const folders = [...new Set([dir, ...chapters.map((chapter) => dirname(join(dir, chapter)))])];
  const common = [input, '--citeproc', '--mathml', '--resource-path', folders.join(delimiter)];
  const bibliography = meta['bibliography'];
  for (const path of typeof bibliography === 'string' ? [bibliography] : Array.isArray(bibliography) ? bibliography : []) {
    common.push('--bibliography', join(dir, String(path)));
  }
  return [
    { name: 'epub3', args: [...common, '-t', 'epub3', '-o', join(outDir, 'book.epub')] },
    { name: 'html5', args: [...common, '-s', '-t', 'html5', selfContainedFlag(), '-o', join(outDir, 'book.html')] },
    { name: 'revealjs', args: [...common, '-s', '-t', 'revealjs', '-o', join(outDir, 'deck.html')] },
  ];
}

/** `--embed-resources` arrived in pandoc 2.19; 2.17 (Debian 12) spells it `--self-contained`. */
function selfContainedFlag(): string {
  const [major = 0, minor = 0] = pandocVersion().split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 19) ? '--embed-resources' : '--self-contained';
}

export function pandocVersion(): string {
  const first = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  return first.replace(/^pandoc(\.exe)?\s+/, '').trim();
}

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text };
}
