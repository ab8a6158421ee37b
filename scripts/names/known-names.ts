/**
 * Every form under which the book knows a person or a place: its `name` and its `aliases`, each
 * with the language an alias declares. `name-variant` compares prose words with their words;
 * `remark-foreign-names` tags the forms in another language.
 */
import type { Alias, Book } from '../manuscript/schema.ts';

export interface NameForm {
  form: string;
  /** The `people` or `places` id. */
  id: string;
  kind: 'person' | 'place';
  /** The alias's BCP 47 tag; absent for the book's own spellings. */
  lang?: string;
}

export function knownForms(book: Book): NameForm[] {
  const forms: NameForm[] = [];
  const add = (id: string, kind: NameForm['kind'], name: string, aliases: readonly Alias[]) => {
    forms.push({ form: name, id, kind });
    for (const alias of aliases) {
      if (typeof alias === 'string') forms.push({ form: alias, id, kind });
      else forms.push({ form: alias.name, id, kind, ...(alias.lang ? { lang: alias.lang } : {}) });
    }
  };
  for (const person of book.people) add(person.id, 'person', person.name, person.aliases);
  for (const place of book.places) add(place.id, 'place', place.name, place.aliases);
  return forms;
}

/** A word: letters (any script) with inner apostrophes or combining marks, e.g. `O’Brien`, `Tséreng`. */
export const wordPattern = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;

/** The words of every form, lower-cased, each with the form it comes from. */
export function nameWords(forms: readonly NameForm[]): Map<string, NameForm> {
  const words = new Map<string, NameForm>();
  for (const form of forms) {
    for (const [word] of form.form.matchAll(wordPattern)) {
      const key = word.toLocaleLowerCase('und');
      if (!words.has(key)) words.set(key, form);
    }
  }
  return words;
}
