/**
 * A shared library of 5,000 entries (over 2 MB of BibTeX, generated: tests/helpers/library.ts), as
 * one author keeps for every book: a book citing a few dozen of them builds with one line about the
 * rest, and its citations and bibliography are the same as from those entries written as CSL-JSON.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../scripts/diagnostics/format.ts';
import { build } from '../scripts/pipeline/index.ts';
import { generateLibrary } from './helpers/library.ts';

function book(dir: string, bibliography: string, keys: readonly string[]): void {
  mkdirSync(join(dir, 'chapters'), { recursive: true });
  writeFileSync(join(dir, 'book.md'), `---\ntitle: A book from a shared library\nauthors: [Ada Author]\nlang: en\nidentifier: urn:uuid:7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b\npublished: 2026-11-25\nchapters: [chapters/one.md]\nbibliography: ${bibliography}\n---\n`);
  const paragraphs = keys.map((key, i) => (i % 3 === 0 ? `As @${key} [p. ${i + 3}] argues, the frontier moved.` : i % 3 === 1 ? `The trade grew [see @${key}, pp. ${i}–${i + 4}; also @${keys[(i + 7) % keys.length]}].` : `The embassies returned [-@${key}, chap. 2].`));
  writeFileSync(join(dir, 'chapters/one.md'), `---\ntitle: One\n---\n\n${paragraphs.join('\n\n')}\n`);
}

describe('a shared library', () => {
  it('builds a book citing 60 of 5,000 BibTeX entries with one line about the others, and the same page as from CSL-JSON', async () => {
    const library = generateLibrary(5000);
    expect(Buffer.byteLength(library.bibtex)).toBeGreaterThan(2 * 1024 * 1024);
    const keys = library.keys.filter((_, i) => i % 83 === 5).slice(0, 60);
    const root = mkdtempSync(join(tmpdir(), 'triptych-library-'));
    const pages: string[] = [];
    for (const [name, file, text] of [['bib', 'library.bib', library.bibtex], ['json', 'library.json', library.json]] as const) {
      const dir = join(root, name);
      book(dir, file, keys);
      writeFileSync(join(dir, file), text);
      const result = await build({ dir, out: join(root, `${name}-out`), formats: ['html'] });
      const messages = collect(result.files, dir).map((d) => `${d.path}:${d.line}:${d.column}: ${d.severity} [${d.ruleId}] ${d.message}`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(new RegExp(`^${file}:\\d+:\\d+: warning \\[citation-unused-entry\\] 4940 of its 5000 entries are never cited`));
      expect(result.ok).toBe(true);
      pages.push(readFileSync(join(root, `${name}-out`, 'a-book-from-a-shared-library.html'), 'utf8'));
    }
    expect(pages[0]).toContain('Müller, Jörg');
    expect(pages[0]!.match(/<li id="ref-/g)).toHaveLength(60);
    expect(pages[0]).toBe(pages[1]);
  }, 180_000);
});
