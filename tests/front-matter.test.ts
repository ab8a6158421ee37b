/**
 * The foundation's specification: each broken front matter gives exactly one diagnostic at the
 * right line and column with its rule id, exit status 1 for errors, and nothing written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.ts';

const cases = [
  {
    name: 'yaml-syntax',
    spec: 'reports unparseable YAML at the point the parser stopped',
    line: 'tests/fixtures/yaml-syntax/book.md:7:23: error: The book front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML syntax at this point (quote values that contain `: ` or start with a special character) [yaml-syntax]',
  },
  {
    name: 'yaml-alias',
    spec: 'reports an alias without its anchor at the alias (found by fuzzing: it used to throw)',
    line: 'tests/fixtures/yaml-alias/book.md:2:8: error: The book front matter is not valid YAML: Unresolved alias (the anchor must be set before the alias): book-title; define the anchor (`&name`) before the alias (`*name`), or quote a value that starts with `*` [yaml-syntax]',
  },
  {
    name: 'missing-title',
    spec: 'reports a missing `title` at the start of the front matter',
    line: 'tests/fixtures/missing-title/book.md:2:1: error: Missing required book field `title`: the book cannot be built without it; add `title: …` to the front matter [front-matter-missing]',
  },
  {
    name: 'wrong-type',
    spec: 'reports a wrong type at the value',
    line: 'tests/fixtures/wrong-type/book.md:3:11: error: The book field `chapters` has the wrong type: expected a list, got text; write it as a list (`[a, b]` or one `- item` per line) [front-matter-invalid]',
  },
  {
    name: 'invalid-lang',
    spec: 'reports an invalid BCP 47 `lang` at the value',
    line: 'tests/fixtures/invalid-lang/book.md:4:7: error: The book field `lang` is not a valid BCP 47 language tag (e.g. `en`, `fr`, `pt-BR`, `sr-Latn`); correct the value [front-matter-invalid]',
  },
  {
    name: 'isbn-checksum',
    spec: 'reports an ISBN with a bad check digit, naming the right one',
    line: 'tests/fixtures/isbn-checksum/book.md:5:13: error: The book field `identifier` is an ISBN with a wrong check digit: `4` where the checksum gives `5` (copy the ISBN again from the book’s copyright page); correct the value [front-matter-invalid]',
  },
  {
    name: 'chapter-missing',
    spec: 'reports a chapter file that does not exist at its entry in `chapters`',
    line: 'tests/fixtures/chapter-missing/book.md:9:5: error: The chapter file `chapters/two.md` does not exist: the build needs it; check the path (it is relative to the folder of `book.md`) or create the file [file-missing]',
  },
] as const;

describe('triptych check on broken front matter', () => {
  for (const { name, spec, line } of cases) {
    it(`${spec} [${name}]`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'triptych-')), 'dist');
      const run = runCli(['build', fixture(name), '--out', out]);
      expect(run.stderr.split('\n').filter((l) => l.includes(': error: ') || l.includes(': warning: '))).toEqual([line]);
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      expect(existsSync(out)).toBe(false);
    });
  }

  it('warns about an unknown key at the key, and still succeeds', () => {
    const run = runCli(['check', fixture('unknown-key')]);
    expect(run.stderr).toContain(
      'tests/fixtures/unknown-key/book.md:7:1: warning: Unknown book front-matter key `subtitel`: it is not part of the manuscript format and is ignored; check its spelling against the README’s front-matter reference or remove it [front-matter-unknown-key]',
    );
    expect(run.status).toBe(0);
  });

  it('prints diagnostics as JSON with --format json', () => {
    const run = runCli(['check', fixture('invalid-lang'), '--format', 'json']);
    const parsed = JSON.parse(run.stdout) as { ok: boolean; diagnostics: Array<Record<string, unknown>> };
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toMatchObject([{ path: 'tests/fixtures/invalid-lang/book.md', line: 4, column: 7, severity: 'error', ruleId: 'front-matter-invalid' }]);
    expect(run.status).toBe(1);
  });

  it('reports a directory without book.md instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triptych-empty-'));
    const run = runCli(['check', dir]);
    expect(run.stderr).toMatch(/book\.md:1:1: error: No `book\.md` in .*\[book-missing\]/);
    expect(run.status).toBe(1);
  });

  it('reports a front matter fence that does not open or close it, once, where it is (not as missing fields)', () => {
    const book = readFileSync(join(fixture('minimal'), 'book.md'), 'utf8');
    const closing = 'chapters: [chapters/one.md]\n---\n';
    const cases: Array<[string, string]> = [
      [book.replace(closing, 'chapters: [chapters/one.md]\n\nSome text.\n'), 'book.md:1:1: error: The book front matter opened on line 1 is never closed'],
      [`\n\n${book}`, 'book.md:3:1: error: The book front matter starts on line 3, after blank lines'],
      [book.replace(closing, 'chapters: [chapters/one.md]\n----\n'), 'book.md:8:1: error: The book front matter is closed with `----` on line 8'],
      [book.replace(closing, 'chapters: [chapters/one.md]\n...\n'), 'book.md:8:1: error: The book front matter is closed with `...` on line 8'],
    ];
    for (const [text, expected] of cases) {
      const dir = join(mkdtempSync(join(tmpdir(), 'triptych-fence-')), 'm');
      cpSync(fixture('minimal'), dir, { recursive: true });
      writeFileSync(join(dir, 'book.md'), text);
      const run = runCli(['check', dir]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(expected);
      expect(run.stderr).toMatch(/\[yaml-syntax\]\n1 error, 0 warnings/);
    }
  });

  it('names what YAML made of a value no field takes, and refuses an unknown tag and an alias bomb for what they are', () => {
    const book = readFileSync(join(fixture('minimal'), 'book.md'), 'utf8');
    const bomb = ['x1: &a [y, y, y, y, y, y, y, y, y]', ...'abcdef'.split('').map((anchor, i) => `x${i + 2}: ${i < 5 ? `&${'bcdef'[i]} ` : ''}[${Array(9).fill(`*${anchor}`).join(', ')}]`)].join('\n');
    const cases: Array<[string, RegExp]> = [
      [book.replace('chapters: [chapters/one.md]', 'chapters: [chapters/one.md]\ndeck:\n  slideLevel: 1e400'), /`deck\.slideLevel` has the wrong type: expected a number, got an infinite number.*\[front-matter-invalid\]/],
      [book.replace('title: A book', 'title: !!binary aGVsbG8='), /book\.md:2:\d+: error: The book field `title` has the wrong type: expected text, got binary data \(`!!binary`\).*\[front-matter-invalid\]/],
      [book.replace('title: A book', 'title: !custom A book'), /book\.md:2:8: error: The book front matter is not valid YAML: Unresolved tag: !custom.*\[yaml-syntax\]/],
      [book.replace('chapters: [chapters/one.md]', `chapters: [chapters/one.md]\n${bomb}`), /Excessive alias count.*aliases that expand to more than 100 copies are refused.*\[yaml-syntax\]/],
    ];
    for (const [text, expected] of cases) {
      const dir = join(mkdtempSync(join(tmpdir(), 'triptych-yaml-')), 'm');
      cpSync(fixture('minimal'), dir, { recursive: true });
      writeFileSync(join(dir, 'book.md'), text);
      const run = runCli(['check', dir]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(expected);
    }
  });

  it('reports a chapter listed twice at its second entry in book.md', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-twice-')), 'm');
    cpSync(fixture('minimal'), dir, { recursive: true });
    const book = readFileSync(join(dir, 'book.md'), 'utf8');
    writeFileSync(join(dir, 'book.md'), book.replace('chapters: [chapters/one.md]', 'chapters: [chapters/one.md, ./chapters/one.md]'));
    const run = runCli(['check', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/book\.md:7:29: error: `chapters` lists `\.\/chapters\/one\.md` a second time \(first as entry 1\).*\[front-matter-invalid\]\n1 error, 0 warnings/);
  });

  it('exits 2 with the usage, and says first what was wrong with the command line', () => {
    const cases: Array<[string[], string]> = [
      [['publish'], 'triptych: `publish` is not a command'],
      [[], 'triptych: no command given'],
      [['build', 'a', 'b'], 'triptych: one manuscript (a directory or a Markdown file) at a time (also given: `b`)'],
      [['check', 'manuscript', '--format', 'xml'], 'triptych: --format is `text` or `json`, not `xml`'],
    ];
    for (const [args, reason] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(reason);
      expect(run.stderr).toContain('Usage: triptych');
    }
  });
});
