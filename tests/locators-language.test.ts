/**
 * Locators in the book's language: the CSL locale's own terms (`S. 140`, `Kap. 3` in German;
 * `с. 140`, `гл. 3` in Russian; `p.`, `chap.` in French) are read beside the English ones, and the
 * style prints the book's terms.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocator } from '../scripts/citations/locator.ts';
import { locatorTerms } from '../scripts/citations/locator-terms.ts';
import { localeFor } from '../scripts/citations/locales.ts';
import { collect } from '../scripts/diagnostics/format.ts';
import { build } from '../scripts/pipeline/index.ts';
import { fixture } from './helpers/cli.ts';

const read = (text: string, lang: string) => {
  const { label, locator, suffix, problem } = parseLocator(text, locatorTerms(lang));
  return { label, locator, suffix, problem };
};

describe('locators in the book’s language', () => {
  it('picks the bundled CSL locale for a language tag', () => {
    expect(['de', 'de-AT', 'fr-CA', 'pt', 'pt-BR', 'zh', 'zh-Hant', 'zh-Hant-TW', 'uk', 'ja', 'ru', 'mn-Cyrl', 'en-GB'].map(localeFor)).toEqual([
      'de-DE', 'de-DE', 'fr-FR', 'pt-PT', 'pt-BR', 'zh-CN', 'zh-TW', 'zh-TW', 'uk-UA', 'ja-JP', 'ru-RU', 'en-US', 'en-US',
    ]);
  });

  it('reads German, Russian, French and Polish labels from their locales, and English ones in any book', () => {
    expect(read(', S. 140–145', 'de')).toMatchObject({ label: 'page', locator: '140–145' });
    expect(read(', Kap. 3 und passim', 'de')).toMatchObject({ label: 'chapter', locator: '3', suffix: 'und passim' });
    expect(read(', Bd. 2', 'de-AT')).toMatchObject({ label: 'volume', locator: '2' });
    expect(read(', s. v. Festung', 'de')).toMatchObject({ label: 'sub-verbo', locator: 'Festung' });
    expect(read(', с. 140', 'ru')).toMatchObject({ label: 'page', locator: '140' });
    expect(read(', гл. 4', 'ru')).toMatchObject({ label: 'chapter', locator: '4' });
    expect(read(', т. 1', 'ru')).toMatchObject({ label: 'volume', locator: '1' });
    expect(read(', chap. 2', 'fr')).toMatchObject({ label: 'chapter', locator: '2' });
    expect(read(', s. 12', 'pl')).toMatchObject({ label: 'page', locator: '12' });
    expect(read(', pp. 3–5', 'de')).toMatchObject({ label: 'page', locator: '3–5' });
    expect(read(', chap. 3', 'ru')).toMatchObject({ label: 'chapter', locator: '3' });
  });

  it('keeps another language’s labels unknown: `S. 140` in an English book is a bad locator', () => {
    expect(read(', S. 140', 'en').problem).toContain('`S.` is not a locator label Triptych knows');
    expect(read(', гл. 4', 'de').problem).toContain('`гл.` is not a locator label Triptych knows');
  });

  it.each([
    ['locators-de', 'die-sibirische-grenze.html', ['(Fischer 1768, Kap. 3)', '(vgl. Fischer 1768, 140–145)', '(Fischer 1768, Abschn. 12)', '(Müller 1732, Bd. 1, und passim)']],
    ['locators-ru', 'сибирская-граница.html', ['(Златкин 1964, гл. 4)', '(см. Златкин 1964, 140–145)', '(Бахрушин 1927, т. 1)']],
  ])('builds the %s fixture without a message, printing its own terms', async (name, page, expected) => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-locators-')), 'out');
    const result = await build({ dir: fixture(name), out, formats: ['html'] });
    expect(collect(result.files, process.cwd())).toEqual([]);
    const text = readFileSync(join(out, page), 'utf8').replace(/<[^>]+>/g, '');
    for (const citation of expected) expect(text).toContain(citation);
  });
});
