/**
 * BibLaTeX's `langid` and `language` name a language the way babel and polyglossia do (`ngerman`,
 * `british`); CSL's `language` is a BCP 47 tag, which citeproc-js reads (a title not in English is
 * not title-cased) and the outputs use for `lang`. The names are babel's
 * (https://ctan.org/pkg/babel, its language list), as pandoc maps them.
 */
const tags: Readonly<Record<string, string>> = {
  american: 'en-US', usenglish: 'en-US', english: 'en', british: 'en-GB', ukenglish: 'en-GB', canadian: 'en-CA', australian: 'en-AU', newzealand: 'en-NZ',
  german: 'de', ngerman: 'de', austrian: 'de-AT', naustrian: 'de-AT', swissgerman: 'de-CH', nswissgerman: 'de-CH',
  french: 'fr', francais: 'fr', acadian: 'fr-CA', canadien: 'fr-CA', spanish: 'es', catalan: 'ca', galician: 'gl', basque: 'eu',
  italian: 'it', portuguese: 'pt', portuges: 'pt', brazil: 'pt-BR', brazilian: 'pt-BR', dutch: 'nl', afrikaans: 'af',
  russian: 'ru', ukrainian: 'uk', belarusian: 'be', bulgarian: 'bg', serbian: 'sr-Latn', serbianc: 'sr-Cyrl', croatian: 'hr', slovene: 'sl', slovenian: 'sl',
  polish: 'pl', czech: 'cs', slovak: 'sk', hungarian: 'hu', magyar: 'hu', romanian: 'ro', greek: 'el', latin: 'la', turkish: 'tr',
  swedish: 'sv', danish: 'da', norsk: 'nb', norwegian: 'nb', nynorsk: 'nn', icelandic: 'is', finnish: 'fi', estonian: 'et', latvian: 'lv', lithuanian: 'lt',
  hebrew: 'he', arabic: 'ar', persian: 'fa', farsi: 'fa', hindi: 'hi', chinese: 'zh', japanese: 'ja', korean: 'ko', vietnamese: 'vi', thai: 'th', mongolian: 'mn',
};

/** The BCP 47 tag of a babel language name (any case); undefined for a name it does not know. */
export function babelLanguage(name: string): string | undefined {
  return tags[name.trim().toLowerCase()];
}
