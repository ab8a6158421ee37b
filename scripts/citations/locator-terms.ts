/**
 * The locator labels an author may write, in the book's language and in English: `S. 140` and
 * `Kap. 3` in a German book, `с. 140` and `гл. 3` in a Russian one, `p. 140` in any. The words are
 * the CSL locale's own terms (long, short and symbol forms, singular and plural; CSL 1.0.2,
 * https://docs.citationstyles.org/en/stable/specification.html#locators), read from the locale
 * bundled for the book's `lang` (`templates/csl/`), so the labels an author writes are the ones the
 * citation style prints. English is always understood; where the two disagree, the book's language
 * wins.
 */
import { template } from '../resources.ts';
import { locatorLabels } from './locator.ts';
import { localeFor } from './locales.ts';

export type LocatorTerms = ReadonlyArray<{ form: string; label: string }>;

const byLocale = new Map<string, LocatorTerms>();

/** Every written form a book in `lang` may use, longest first (so `pp.` wins over `p.`), lower-cased. */
export function locatorTerms(lang: string): LocatorTerms {
  const locale = localeFor(lang);
  let terms = byLocale.get(locale);
  if (!terms) byLocale.set(locale, (terms = collect(locale === 'en-US' ? [] : localeForms(template(`csl/locales-${locale}.xml`)))));
  return terms;
}

/** The English forms, then the locale's (which replace an English form they share). */
function collect(local: ReadonlyArray<{ form: string; label: string }>): LocatorTerms {
  const forms = new Map<string, string>();
  for (const [label, written] of Object.entries(locatorLabels)) for (const form of written) forms.set(form, label);
  for (const { form, label } of local) forms.set(form, label);
  return [...forms]
    .map(([form, label]) => ({ form, label }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/** `<term name="page" form="short"><single>S.</single><multiple>S.</multiple></term>` → `s.` → page. */
function localeForms(xml: string): Array<{ form: string; label: string }> {
  const out: Array<{ form: string; label: string }> = [];
  const names = new Set(Object.keys(locatorLabels));
  for (const match of xml.matchAll(/<term name="([a-z-]+)"([^>]*)>([\s\S]*?)<\/term>/g)) {
    const [, name, attributes, body] = match as unknown as [string, string, string, string];
    // `issue` is CSL's label for a number (`no.`); the locale's `issue` term is the same word.
    if (!names.has(name) || /form="verb/.test(attributes)) continue;
    const words = body.includes('<single>') ? [...body.matchAll(/<(?:single|multiple)>([^<]*)<\//g)].map((m) => m[1]!) : [body];
    for (const word of words) {
      const form = decode(word).replace(/\u00a0/g, ' ').trim().toLocaleLowerCase();
      if (form !== '' && !/\s{2,}/.test(form)) out.push({ form, label: name });
    }
  }
  return out;
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
