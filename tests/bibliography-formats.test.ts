/**
 * Bibliographies as authors keep them: BibTeX/BibLaTeX libraries exported from Zotero or JabRef,
 * CSL-JSON and CSL-YAML, several files at once; each problem at its place in the file, a shared
 * library's uncited entries in one line, `nocite`.
 */
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../scripts/diagnostics/format.ts';
import { check } from '../scripts/pipeline/index.ts';
import { loadManuscript } from '../scripts/pipeline/load.ts';
import { createCitationRenderer } from '../scripts/citations/renderer.ts';
import { toHtml } from 'hast-util-to-html';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, tsxLoader } from './helpers/cli.ts';

async function reported(dir: string): Promise<Array<[string, string, string, string]>> {
  const { files } = await check(dir);
  return collect(files, projectRoot).map((d) => [`${d.path}:${d.line}:${d.column}`, d.severity, d.ruleId, d.message]);
}

const at = (name: string, file: string, line: number, column: number) => `tests/fixtures/${name}/${file}:${line}:${column}`;

describe('bibliography formats', () => {
  it('reads a BibLaTeX library (the BibLaTeX manual’s examples) and a CSL-YAML file as one bibliography, LaTeX turned into text', async () => {
    const messages = await reported(fixture('bibtex-book'));
    expect(messages.map(([where, severity, rule]) => [where, severity, rule])).toEqual([
      [at('bibtex-book', 'biblatex-examples.bib', 26, 6), 'warning', 'citation-unused-entry'],
      [at('bibtex-book', 'biblatex-examples.bib', 174, 3), 'warning', 'bibliography-field-latex'],
    ]);
    expect(messages[0]![3]).toContain('84 of its 92 entries are never cited (`set`, `stdmodel`, `angenendt`, …)');
    expect(messages[1]![3]).toContain('The `title` of `kastenholz` holds LaTeX the BibTeX reader cannot read');

    const { manuscript } = await loadManuscript(fixture('bibtex-book'));
    const renderer = createCitationRenderer(manuscript!);
    const entries = renderer.bibliography().map((entry) => toHtml(entry));
    const text = entries.join('\n').replace(/<[^>]+>/g, '');
    // `Aks{\i}n, {\"O}zge and T{\"u}rkmen`: accents and dotless i as letters; `@string` journals expanded.
    expect(text).toContain('Aksın, Özge, Hayati Türkmen, Levent Artok, Bekir Çetinkaya');
    expect(text).toContain('J.\u00a0Organomet. Chem. 691 (13): 3027–36');
    // `\mkbibquote{…}` as quotation marks; `langid = {german}` keeps the German title in sentence case.
    expect(text).toContain('“‘Intention’ und ‘Intentionalität’ in der Scholastik, bei Brentano und Husserl.”');
    // crossref: the incollection takes its book’s title, editor, places and publisher.
    expect(text).toContain('In Space and Beyond: The Frontier Theme in Science Fiction, edited by Gary Westfahl, 55–65. Westport, Conn.; London: Greenwood.');
    // The YAML file's entries, its dates written as EDTF text; `nocite` lists one entry not cited.
    expect(text).toContain('Златкин, И. Я. 1964. История Джунгарского ханства, 1635–1758. Москва: Наука.');
    expect(text).toContain('Vizedom, Monika B., and Gabrielle L. Caffee, trans. 1960. The Rites of Passage.');
    expect(entries).toHaveLength(10);
  });

  it('reports a malformed BibTeX entry at its place and still reads the entries around it [bibliography-invalid]', async () => {
    const messages = await reported(fixture('bibtex-malformed'));
    expect(messages.map(([where, severity, rule]) => [where, severity, rule])).toEqual([
      [at('bibtex-malformed', 'library.bib', 12, 9), 'error', 'bibliography-invalid'],
      [at('bibtex-malformed', 'library.bib', 16, 10), 'error', 'bibliography-invalid'],
    ]);
    expect(messages[0]![3]).toContain('Malformed BibTeX entry `perdue2005`: expected `=`, found `{`');
    expect(messages[1]![3]).toContain('Malformed BibTeX entry `baddeley1919`: `@article` whose `{` is never closed');
    const { manuscript } = await loadManuscript(fixture('bibtex-malformed'));
    expect(manuscript!.bibliography!.entries.map((entry) => entry.id)).toEqual(['bergholz1993', 'courant1912']);
    expect(manuscript!.bibliography!.entries[1]!.title).toBe("L'Asie centrale aux XVIIe et XVIIIe siècles");
  });

  it('reports duplicate keys in one file and across files, an unknown type of a cited entry and an unknown `nocite` key, each at its place', async () => {
    const messages = await reported(fixture('bibtex-problems'));
    expect(messages.map(([where, severity, rule]) => [where, severity, rule])).toEqual([
      [at('bibtex-problems', 'book.md', 9, 10), 'error', 'citation-unknown-key'],
      [at('bibtex-problems', 'extra.json', 3, 11), 'error', 'citation-duplicate-entry'],
      [at('bibtex-problems', 'library.bib', 9, 1), 'warning', 'bibliography-type-unknown'],
      [at('bibtex-problems', 'library.bib', 15, 7), 'error', 'citation-duplicate-entry'],
      [at('bibtex-problems', 'library.bib', 29, 7), 'warning', 'citation-unused-entry'],
    ]);
    expect(messages[0]![3]).toContain('Unknown `nocite` key `cited-nowhere`: no entry in `library.bib` or `extra.json`');
    expect(messages[1]![3]).toContain('Duplicate bibliography id `courant1912`: `library.bib` (line 21) already has it');
    expect(messages[3]![3]).toContain('Duplicate bibliography id `bergholz1993`: entry 1 (line 2) already has it');
    // The uncited entry's unreadable `\unknowncommand` is not reported: this book does not list it.
    expect(messages[4]![3]).toContain('1 entry is never cited (`unused1`)');
  });

  it('lists every entry with `nocite: "@*"`, and then reports no uncited entry', async () => {
    const dir = copy('bibtex-book');
    writeFileSync(join(dir, 'book.md'), readBook(dir).replace('nocite: "@vizedom:related"', 'nocite: "@*"'));
    const messages = await reported(dir);
    expect(messages.filter(([, , rule]) => rule === 'citation-unused-entry')).toEqual([]);
    const { manuscript } = await loadManuscript(dir);
    expect(createCitationRenderer(manuscript!).bibliography()).toHaveLength(94);
  });

  it('reports each uncited entry with `bibliography-unused: list` [citation-unused-entry]', async () => {
    const dir = copy('bibtex-problems');
    writeFileSync(join(dir, 'book.md'), readBook(dir).replace('nocite:', 'bibliography-unused: list\nnocite:'));
    const messages = (await reported(dir)).filter(([, , rule]) => rule === 'citation-unused-entry');
    expect(messages.map(([where]) => where.replace(/^.*\//, ''))).toEqual(['library.bib:29:7']);
    expect(messages[0]![3]).toContain('Bibliography entry `unused1` is never cited');
  });

  it('refuses a bibliography in a format it does not read, at its place in `bibliography`', async () => {
    const dir = copy('bibtex-problems');
    writeFileSync(join(dir, 'refs.ris'), 'TY  - BOOK\nER  -\n');
    writeFileSync(join(dir, 'book.md'), readBook(dir).replace('bibliography: [library.bib, extra.json]', 'bibliography: [library.bib, refs.ris]'));
    const messages = await reported(dir);
    expect(messages[0]!.slice(1, 3)).toEqual(['error', 'front-matter-invalid']);
    expect(messages[0]![0]).toMatch(/book\.md:8:29$/);
    expect(messages[0]![3]).toContain('The bibliography `refs.ris` is in a format Triptych does not read');
  });

  it('loads the BibTeX parser only for a book that names a `.bib` file', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'triptych-lazy-')), 'loaded.mjs');
    writeFileSync(script, `import { createRequire } from 'node:module';\nimport { check } from ${JSON.stringify(join(projectRoot, 'scripts/pipeline/index.ts'))};\nawait check(process.argv[2]);\nconsole.log(Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('@citation-js')).length);\n`);
    const loaded = (dir: string) => Number(spawnSync(process.execPath, ['--import', tsxLoader, script, dir], { encoding: 'utf8' }).stdout.trim());
    expect(loaded(join(projectRoot, 'manuscript'))).toBe(0);
    expect(loaded(fixture('bibtex-book'))).toBeGreaterThan(0);
  });

  it('refuses a bibliography over 32 MB without reading it, and counts none towards the manuscript’s 8 MB [file-too-large]', async () => {
    const dir = copy('bibtex-problems');
    truncateSync(join(dir, 'library.bib'), 33 * 1024 * 1024);
    const messages = await reported(dir);
    expect(messages.map(([where, severity, rule]) => [where.replace(/^.*\//, ''), severity, rule])).toEqual([['library.bib:1:1', 'error', 'file-too-large']]);
    expect(messages[0]![3]).toContain('it is 33 MB, over the 32 MB a bibliography may have');
  });
});

function copy(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'triptych-bib-')), name);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

function readBook(dir: string): string {
  return readFileSync(join(dir, 'book.md'), 'utf8');
}
