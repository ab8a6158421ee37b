/**
 * A book without `lang` is English, as in pandoc; `lang-missing` warns only when its text plainly
 * is not (scripts/manuscript/language-guess.ts). The samples are real prose: pandoc's manual, the
 * flagship, and the openings of the Russian and German Wikipedia articles on the Dzungar Khanate,
 * retold.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessEnglish } from '../scripts/manuscript/language-guess.ts';
import { projectRoot } from '../scripts/resources.ts';
import { runCli } from './helpers/cli.ts';

const russian = 'Джунгарское ханство было последней кочевой империей Центральной Азии. Его правители из рода Чорос вели долгую борьбу с Русским государством за земли на юге Сибири, и русские остроги на Енисее и Иртыше не раз подвергались нападениям.';
const german = 'Das Khanat der Dsungaren war das letzte große Steppenreich Zentralasiens. Seine Herrscher aus dem Haus Choros stritten lange mit dem Russischen Reich um die Länder im Süden Sibiriens, und die russischen Festungen am Jenissei und am Irtysch wurden mehrmals angegriffen.';

function bookWith(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'triptych-lang-'));
  writeFileSync(join(dir, 'book.md'), `---\ntitle: A book\n---\n\n# One\n\n${body}\n`);
  return dir;
}

describe('a book without `lang`', () => {
  it('is English without a word when its text is English: pandoc’s manual, the flagship', () => {
    const manual = execFileSync('git', ['--git-dir', '/work/.mirror/jgm+pandoc/repo', 'show', 'HEAD:MANUAL.txt'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(guessEnglish(manual)).toEqual({ english: true });
    expect(guessEnglish(readFileSync(join(projectRoot, 'manuscript/chapters/01-background.md'), 'utf8'))).toEqual({ english: true });
  });

  it('says too little to tell in a few words, and is left English', () => {
    expect(guessEnglish('Ein Buch.')).toEqual({ english: true });
  });

  it('gets `lang-missing` at its front matter when its text is Russian, or German', () => {
    for (const [text, why] of [[russian, /\d+% of its letters are not Latin/], [german, /\d+% of its words are English’s commonest/]] as const) {
      const run = runCli(['check', bookWith(text)]);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/book\.md:2:1: warning: The book front matter has no `lang`, so the book is taken to be in English/);
      expect(run.stderr).toMatch(why);
      expect(run.stderr).toMatch(/\[lang-missing\]/);
    }
  });

  it('gets no warning once `lang` is given', () => {
    const dir = bookWith(russian);
    writeFileSync(join(dir, 'book.md'), readFileSync(join(dir, 'book.md'), 'utf8').replace('title: A book', 'title: A book\nlang: ru'));
    expect(runCli(['check', dir]).stderr).not.toMatch(/lang-missing/);
  });
});
