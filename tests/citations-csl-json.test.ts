/**
 * The bundled styles and locales ship in citeproc's JSON form (`scripts/citations/csl-json.ts`):
 * each must be exactly what citeproc makes of its XML today, so that an edited `.csl` or a
 * citeproc update cannot leave a stale twin behind; and an engine given the JSON must write what
 * one given the XML writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { cslJson, cslJsonName } from '../scripts/citations/csl-json.ts';
import { bundledCslFiles, bundledStyles, localeSource, localeXml } from '../scripts/citations/style.ts';
import { projectRoot } from '../scripts/resources.ts';
import { localeFor } from '../scripts/citations/locales.ts';
import { wordLanguages } from '../scripts/i18n/words.ts';

const csl = (name: string) => readFileSync(join(projectRoot, 'templates/csl', name), 'utf8');

describe('bundled CSL in JSON form', () => {
  it.each(bundledCslFiles())('%s has a JSON twin equal to a fresh conversion (regenerate: npx tsx scripts/citations/generate-csl-json.ts)', (file) => {
    expect(csl(cslJsonName(file))).toBe(`${cslJson(csl(file))}\n`);
  });

  it('covers both bundled styles and every bundled locale', () => {
    expect(bundledCslFiles()).toEqual([
      'chicago-author-date.csl', 'chicago-fullnote-bibliography.csl',
      ...['en-US', 'ru-RU', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'nl-NL', 'pl-PL', 'uk-UA', 'zh-CN', 'ja-JP', 'pt-BR', 'zh-TW'].map((locale) => `locales-${locale}.xml`),
    ]);
  });

  it('bundles a locale for every language with interface words', () => {
    for (const lang of wordLanguages) expect(localeFor(lang).split('-')[0], lang).toBe(lang);
  });

  it('gives no locale that is not bundled', () => {
    expect(localeSource('sv-SE')).toBeUndefined();
    expect(localeSource('de-CH')).toBeUndefined();
    expect(localeSource('de-DE')?.startsWith('{')).toBe(true);
    expect(localeSource('ru-RU')?.startsWith('{')).toBe(true);
  });

  it.each(Object.values(bundledStyles).flatMap((file) => ['en-US', 'ru-RU'].map((locale) => [file, locale])))('%s in %s: the same citations and bibliography from JSON as from XML', (file, locale) => {
    const item = { id: 'a', type: 'book', title: 'The Steppe', author: [{ family: 'Perdue', given: 'Peter C.' }], issued: { 'date-parts': [[2005]] }, publisher: 'Belknap' };
    const run = (style: string, retrieve: (lang: string) => string | undefined) => {
      const engine = new CSL.Engine({ retrieveLocale: (lang) => retrieve(lang) ?? false, retrieveItem: () => item }, style, locale);
      engine.updateItems(['a']);
      const [, updates] = engine.processCitationCluster({ citationID: 'c1', citationItems: [{ id: 'a', locator: '12', label: 'page' }], properties: { noteIndex: 1 } }, [], []);
      return [updates, engine.makeBibliography()];
    };
    const fromXml = run(csl(file), localeXml);
    expect(run(csl(cslJsonName(file)), localeSource)).toEqual(fromXml);
  });
});
