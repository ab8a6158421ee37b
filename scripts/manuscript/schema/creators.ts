/**
 * pandoc's and Quarto's `author` in its every form (a name, a list of names, a list of
 * `{name, affiliation, orcid, email, url}`, a Quarto name `{given, family}` and affiliation
 * mappings), as one list of creators. https://quarto.org/docs/journals/authors.html
 */
import type { z } from 'zod';
import type { NormalizeContext } from '../front-matter.ts';
import type { AuthorEntry, Authors } from './pandoc.ts';

export interface Creator {
  /** The name as displayed. */
  name: string;
  /** Each affiliation as one line of text (`Department, University, City`). */
  affiliations: string[];
  orcid: string | undefined;
  email: string | undefined;
  url: string | undefined;
}

type Entry = z.output<typeof AuthorEntry>;
type Affiliation = Exclude<Extract<Entry, object>['affiliation'], undefined>;

export function toCreators(value: z.output<typeof Authors> | undefined, key: string, context: NormalizeContext): Creator[] {
  if (value === undefined) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry, index) => {
    const path = Array.isArray(value) ? [key, index] : [key];
    if (typeof entry === 'string') return { name: entry.trim(), affiliations: [], orcid: undefined, email: undefined, url: undefined };
    const name = typeof entry.name === 'string' ? entry.name : (entry.name.literal ?? [entry.name.given, entry.name.family].filter(Boolean).join(' '));
    const affiliations = (['affiliation', 'affiliations'] as const).flatMap((field) =>
      list(entry[field]).flatMap((affiliation, at) => {
        const text = affiliationText(affiliation);
        if (text === undefined) {
          const place = Array.isArray(entry[field]) ? [...path, field, at] : [...path, field];
          context.report(place, 'This affiliation only refers (`ref`) to a list Triptych does not read: write the affiliation’s `name` here', 'front-matter-ignored', 'warning');
        }
        return text === undefined ? [] : [text];
      }),
    );
    if (name.trim() === '') context.report([...path, 'name'], 'An author’s `name` is empty; write the name as it should be displayed', 'front-matter-invalid');
    return { name: name.trim(), affiliations, orcid: entry.orcid, email: entry.email, url: entry.url };
  });
}

function list(value: Affiliation | undefined): Array<Exclude<Affiliation, unknown[]>> {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function affiliationText(affiliation: Exclude<Affiliation, unknown[]>): string | undefined {
  if (typeof affiliation === 'string') return affiliation;
  const parts = [affiliation.department, affiliation.name, affiliation.city, affiliation.country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
