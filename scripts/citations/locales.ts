/** Which bundled CSL locale (templates/csl/) a book's `lang` selects. */

/**
 * The CSL locales bundled (templates/csl/), each selected by a book whose `lang` is that tag, or whose
 * language subtag is the one listed (`de`, `de-AT` → `de-DE`; `pt-BR` → `pt-BR`; `zh-Hant` → `zh-TW`);
 * any other language gets `en-US`.
 */
export const bundledLocales: Readonly<Record<string, string>> = {
  en: 'en-US', ru: 'ru-RU', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', pt: 'pt-PT', nl: 'nl-NL',
  pl: 'pl-PL', uk: 'uk-UA', zh: 'zh-CN', ja: 'ja-JP', 'pt-br': 'pt-BR', 'zh-tw': 'zh-TW', 'zh-hant': 'zh-TW', 'zh-hk': 'zh-TW',
};

/** The bundled CSL locale for a book's `lang` (see `bundledLocales`). */
export function localeFor(lang: string): string {
  const [language = '', ...rest] = lang.toLowerCase().split('-');
  const region = rest.find((part) => part.length === 2 || part.length === 4);
  return bundledLocales[region ? `${language}-${region}` : language] ?? bundledLocales[`${language}-${rest[0] ?? ''}`] ?? bundledLocales[language] ?? 'en-US';
}

