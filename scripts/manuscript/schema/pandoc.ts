/**
 * The metadata keys pandoc and Quarto authors already write, in the forms those tools accept
 * (https://pandoc.org/MANUAL.html#metadata-variables, https://quarto.org/docs/journals/authors.html),
 * beside the manuscript format's own. Each is only read here; normalize-book.ts maps it onto the
 * model (`author` → `authors`, `date` → `published`, `abstract` → `description`…).
 */
import { z } from 'zod';
import { identifierProblem } from '../identifier.ts';

const text = z.string().min(1);

/** One text or a list of them (`keywords`, `css`, `institute`). */
export const TextList = z.union([text, z.array(text)], { error: 'is neither text nor a list of texts' });

/** A name as text, or Quarto's `{given, family}` / `{literal}`. */
const Name = z.union(
  [text, z.strictObject({ given: z.string().optional(), family: z.string().optional(), literal: z.string().optional() })],
  { error: 'is neither text nor a mapping of `given` and `family` (or `literal`)' },
);

/** An affiliation as text, or Quarto's mapping (only its `name`, `department`, `city` and `country` are shown). */
const Affiliation = z.union(
  [
    text,
    z.strictObject({
      id: z.string().optional(),
      ref: z.string().optional(),
      name: z.string().optional(),
      department: z.string().optional(),
      address: z.string().optional(),
      city: z.string().optional(),
      region: z.string().optional(),
      country: z.string().optional(),
      'postal-code': z.union([z.string(), z.number()]).optional(),
      url: z.string().optional(),
    }),
  ],
  { error: 'is neither text nor a mapping with a `name`' },
);
const Affiliations = z.union([Affiliation, z.array(Affiliation)], { error: 'is neither an affiliation nor a list of them' });

/** One author: a name, or pandoc's and Quarto's mapping. */
export const AuthorEntry = z.union(
  [
    text,
    z.strictObject({
      name: Name,
      affiliation: Affiliations.optional(),
      affiliations: Affiliations.optional(),
      orcid: z.string().optional(),
      email: z.string().optional(),
      url: z.string().optional(),
    }),
  ],
  { error: 'is neither a name nor a mapping with a `name` (and `affiliation`, `orcid`, `email`)' },
);
export const Authors = z.union([AuthorEntry, z.array(AuthorEntry).min(1)], {
  error: 'is neither a name, a list of names, nor a list of `{name, affiliation, orcid, email}`',
});

/** An identifier as text: a `urn:uuid:` or an ISBN is checked (identifier.ts), anything else kept. */
const IdentifierText = text.superRefine((value, ctx) => {
  const problem = identifierProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** pandoc's `identifier` list: `- scheme: DOI` / `text: doi:10.234234.234/33`. */
export const IdentifierEntry = z.strictObject({ scheme: z.string().optional(), text }).superRefine((entry, ctx) => {
  const problem = identifierProblem(entry.text, entry.scheme);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['text'] });
});
export const Identifiers = z.union([IdentifierText, z.array(z.union([IdentifierText, IdentifierEntry], { error: 'is neither text nor a `{scheme, text}` mapping' })).min(1)], {
  error: 'is neither text nor a list of `{scheme, text}`',
});

/** A date as written: YAML reads a bare `2024` as a number. */
export const DateValue = z.union([text, z.number().int()], { error: 'is not a date (write `YYYY-MM-DD`)' });

/** Quarto's `copyright`: text, or `{holder, year, statement}`. */
export const Copyright = z.union(
  [
    text,
    z.strictObject({ holder: z.string().optional(), year: z.union([z.string(), z.number().int()]).optional(), statement: z.string().optional() }),
  ],
  { error: 'is neither text nor a mapping of `holder` and `year` (or `statement`)' },
);

/** A licence as text, or Quarto's `{text, type, url}`. */
export const License = z.union([text, z.strictObject({ text: z.string().optional(), type: z.string().optional(), url: z.string().optional() })], {
  error: 'is neither text nor a mapping of `text`, `type` and `url`',
});

/** The pandoc and Quarto keys, as `book.md` accepts them. */
export const pandocFields = {
  author: Authors.optional().describe('pandoc’s and Quarto’s name for `authors`'),
  date: DateValue.optional().describe('pandoc’s and Quarto’s name for `published`; `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or a date in words'),
  abstract: z.string().optional().describe('pandoc’s abstract (Markdown): the `description` when there is none'),
  rights: z.string().optional().describe('pandoc’s name for `license`'),
  copyright: Copyright.optional().describe('Quarto’s copyright: the `license` when there is none'),
  keywords: TextList.optional().describe('keywords or subjects'),
  subject: TextList.optional().describe('pandoc’s EPUB subjects: added to `keywords`'),
  publisher: z.string().optional().describe('the publisher: EPUB `dc:publisher`'),
  institute: TextList.optional().describe('institutes, for the title page and slide'),
  'toc-title': z.string().optional().describe('the heading of the table of contents'),
  'cover-image': z.string().optional().describe('a cover image instead of the drawn one, relative to the book'),
  'title-slide-attributes': z
    .record(z.string().regex(/^data-[\w-]+$/, 'a `data-…` attribute of reveal.js (`data-background-image`)'), z.union([z.string(), z.number()]))
    .optional()
    .describe('the deck’s title slide’s reveal.js attributes (`data-background-image`, `data-background-size`…), as pandoc and Quarto take them'),
};
