/**
 * Which language a cited work is in, for tagging its words (work-parts.ts): its CSL-JSON
 * `language` in canonical BCP 47 form, when that is not the book's; and a letter of that
 * language's usual script, which a value must hold to be taken as written in it.
 */
import type { CslItem } from '../../manuscript/csl.ts';

/** The work's language when it is not the book's: its CSL `language`, canonical (`RU` → `ru`). */
export function workLanguage(item: CslItem, bookLang: string): string | undefined {
  const language = canonical(item['language']);
  const book = canonical(bookLang);
  if (!language) return undefined;
  if (!book) return language;
  // `en-US` in an `en` book is the book's language; `mn-Mong` in an `mn` (Cyrillic) book is not.
  const [a, b] = [new Intl.Locale(language).maximize(), new Intl.Locale(book).maximize()];
  return a.language === b.language && a.script === b.script ? undefined : language;
}

/** A letter of the language's usual script (`ru` → Cyrillic), or any letter when the script is unknown; one per language (each costs a compile). */
const scriptLetters = new Map<string, RegExp>();

export function scriptLetter(lang: string): RegExp {
  let letter = scriptLetters.get(lang);
  if (!letter) scriptLetters.set(lang, (letter = makeScriptLetter(lang)));
  return letter;
}

function makeScriptLetter(lang: string): RegExp {
  const script = new Intl.Locale(lang).maximize().script;
  // Unicode has no script `Hans`, `Jpan` or `Kore`: the scripts they are written in.
  const scripts = ({ Hans: ['Hani'], Hant: ['Hani'], Jpan: ['Hani', 'Hira', 'Kana'], Kore: ['Hang', 'Hani'] } as Record<string, string[]>)[script ?? ''] ?? (script ? [script] : []);
  try {
    if (scripts.length > 0) return new RegExp(`[${scripts.map((name) => `\\p{Script=${name}}`).join('')}]`, 'u');
  } catch {
    // A script the regular expressions do not know.
  }
  return /\p{L}/u;
}

/**
 * A BCP 47 tag in canonical form, or undefined for what is none. A CSL `language` is often a name
 * (`Russian`, from Zotero): a language subtag of five or more letters is taken for one and left out.
 */
function canonical(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    const [form] = Intl.getCanonicalLocales(tag.trim());
    return form && /^[a-z]{2,3}(-|$)/.test(form) ? form : undefined;
  } catch {
    return undefined;
  }
}

