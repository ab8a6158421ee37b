/**
 * The names check: near-misses of known names in the prose, ids that refer to nothing, and names
 * in other languages tagged with `lang` in the outputs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { editDistance, variantThreshold } from '../scripts/names/edit-distance.ts';
import { isEnglishWord, scanQuestions } from '../scripts/names/english-words.ts';
import { slipFinder } from '../scripts/names/name-slips.ts';
import { fixture, runCli } from './helpers/cli.ts';

const ours = /\[(name-variant|name-undefined)\]$/;
const messages = (name: string) => runCli(['check', fixture(name)]).stderr.split('\n').filter((line) => ours.test(line));
const where = (line: string) => line.slice(0, line.indexOf(': ', line.indexOf(': ') + 2));

describe('editDistance (optimal string alignment)', () => {
  it('counts one substitution, insertion, deletion or adjacent swap as 1', () => {
    expect(editDistance('buccholz', 'buchholz')).toBe(1);
    expect(editDistance('bucholz', 'buchholz')).toBe(1);
    expect(editDistance('dondbu', 'dondub')).toBe(1);
    expect(editDistance('yamishev', 'yamyshev')).toBe(1);
    expect(editDistance('bukholz', 'buchholz')).toBe(2);
    expect(editDistance('бухолц', 'бухольц')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops early past the limit, returning limit + 1', () => {
    expect(editDistance('likharev', 'buchholz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('gives the same distances after comparing longer words (its rows are reused between calls)', () => {
    expect(editDistance('ivan dmitrievich buchholz', 'ivan dmitrievich bukholz')).toBe(2);
    expect(editDistance('dondbu', 'dondub')).toBe(1);
    expect(editDistance('bukholz', 'buchholz')).toBe(2);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('allows more slips in longer words', () => {
    expect([5, 8, 9, 12, 13].map(variantThreshold)).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('isEnglishWord', () => {
  const questions = ['baton', 'Baton', 'aa', 'zzzs', 'manlihood', 'buchholz', 'yamyshev', 'bato', 'atonx', 'aa\nzzzs'];
  const answers = [true, true, true, true, true, false, false, false, false, false];

  it('reads the word list as one word a line', () => {
    const text = readFileSync(wordListPath, 'utf8');
    expect(text).not.toContain('\r');
    expect(text.split('\n').every((word) => word === word.trim())).toBe(true);
  });

  it('answers the same by searching the list and, after many questions, from a set of its words', () => {
    // The first answers come from searching the text, the last ones from the Set.
    expect(questions.map(isEnglishWord)).toEqual(answers);
    for (let i = 0; i < scanQuestions; i++) isEnglishWord(`nonword${i}`);
    expect(questions.map(isEnglishWord)).toEqual(answers);
  });
});

describe('slipFinder', () => {
  const known = ['batur', 'buchholz', 'dondub', 'dzungar', 'dmitrievich'];
  const slipOf = slipFinder(known);

  it('finds the nearest known word within the threshold, and remembers it', () => {
    expect(slipOf('buccholz')).toBe('buchholz');
    expect(slipOf('buccholz')).toBe('buchholz');
    expect(slipOf('dondbu')).toBe('dondub');
    expect(slipOf('batun')).toBe('batur');
    expect(slipOf('dmitreivch')).toBe('dmitrievich');
  });

  it('does not take English words, longer or shorter forms of a name, or words too far off', () => {
    expect(slipOf('baton')).toBeUndefined();
    expect(slipOf('dzungaria')).toBeUndefined();
    expect(slipOf('dzunga')).toBeUndefined();
    expect(slipOf('bukholz')).toBeUndefined();
    expect(slipOf('buchholzen')).toBeUndefined();
  });

  it('skips by length only words no edit could bring within the threshold', () => {
    // Every known word and its one-letter slips, compared with a brute-force search over all words.
    const brute = (key: string) => {
      const limit = variantThreshold([...key].length);
      let best: { name: string; d: number } | undefined;
      for (const name of known) {
        const d = editDistance(key, name);
        if (d <= limit && (!best || d < best.d)) best = { name, d };
      }
      return best?.name;
    };
    const keys = known.flatMap((name) => [name.slice(1), `x${name}`, `${name.slice(0, -1)}q`, name.replace(/(.)(.)/, '$2$1'), `${name}xy`, name.slice(2)]);
    for (const key of keys.filter((k) => !known.some((n) => n.startsWith(k) || k.startsWith(n)) && !isEnglishWord(k))) {
      expect([key, slipOf(key)]).toEqual([key, brute(key)]);
    }
  });
});

describe('triptych check: names', () => {
  it('warns about a word one slip away from a known name, at the word, and not about declared forms, derived forms, English words or code [name-variant]', () => {
    const lines = messages('name-variant');
    expect(lines.map(where)).toEqual([
      'tests/fixtures/name-variant/chapters/one.md:6:19: warning',
      'tests/fixtures/name-variant/chapters/one.md:6:62: warning',
      'tests/fixtures/name-variant/chapters/one.md:6:82: warning',
    ]);
    expect(lines[0]).toBe(
      'tests/fixtures/name-variant/chapters/one.md:6:19: warning: `Buccholz` looks like a misspelling of `Buchholz` (in `Ivan Dmitrievich Buchholz`, the person `buchholz`), but is none of its declared forms: a stray spelling makes one person look like two; write the book’s form, or add `Buccholz` to the `aliases` of `buchholz` [name-variant]',
    );
    expect(lines[1]).toContain('`Dondbu` looks like a misspelling of `Dondub`');
    expect(lines[2]).toContain('`Yamishev` looks like a misspelling of `Yamyshev` (in `Yamyshev`, the place `yamyshev`)');
  });

  it('reports ids that refer to no person, place or chapter, where they are written [name-undefined]', () => {
    const run = runCli(['check', fixture('name-undefined')]);
    expect(run.stderr.split('\n').filter((line) => ours.test(line))).toEqual([
      'tests/fixtures/name-undefined/book.md:19:12: error: The event `siege` takes place at `yamishev`, which is not in `places`: the timeline and figures cannot show it; check the id’s spelling or add it to `places` [name-undefined]',
      'tests/fixtures/name-undefined/book.md:20:24: error: The event `siege` names the person `tseren-dondub`, which is not in `people`: the timeline and figures cannot show it; check the id’s spelling or add it to `people` [name-undefined]',
      'tests/fixtures/name-undefined/book.md:26:19: error: The glance lists the commander `bucholz`, which is not in `people`: the timeline and figures cannot show it; check the id’s spelling or add it to `people` [name-undefined]',
      'tests/fixtures/name-undefined/chapters/one.md:10:1: error: The map asks for the chapter `yamyshev`, which is not a chapter of this book: it would draw no places; use one of `siege` [name-undefined]',
    ]);
    expect(run.status).toBe(1);
  });
});

describe('triptych build: names in other languages', () => {
  it('wraps each declared alias with a `lang` in `<span lang>`, the longest form first, whole words only, never inside links', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-names-')), 'dist');
    const run = runCli(['build', fixture('name-foreign'), '--out', out]);
    expect(run.status).toBe(0);
    const page = readFileSync(join(out, 'foreign-names.html'), 'utf8');
    expect(page).toContain('Buchholz (<span lang="ru">Иван Дмитриевич Бухгольц</span>; in short <span lang="ru">Бухгольц</span>, not Бухгольцем)');
    expect(page).toContain('Likharev, <span lang="de">Licharew</span>\nin German, or Bukholz in English.');
    expect(page).toMatch(/<a href="https:\/\/example\.org\/Licharew"[^>]*>Licharew<\/a>/);
  });
});
