/**
 * The JSON Schema of the front matter (templates/book.schema.json), for editors: generated from the
 * zod schema, committed current, and — read by a JSON Schema validator (ajv, draft-07) — it accepts
 * the flagship's `book.md` and every `init` scaffold's, and rejects a front matter of the wrong type
 * at the field concerned.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init, initTemplates } from '../scripts/init/init.ts';
import { bookJsonSchemaText } from '../scripts/manuscript/schema/json-schema.ts';
import { projectRoot, templatePath } from '../scripts/resources.ts';
import { fixture } from './helpers/cli.ts';

const committed = readFileSync(templatePath('book.schema.json'), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(committed) as object);

/** The front matter of a `book.md`, read as Triptych reads it (YAML 1.2: a bare date stays a string). */
function frontMatter(path: string): unknown {
  const match = /^---\n([^]*?)\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`no front matter in ${path}`);
  return parse(match[1] ?? '', { version: '1.2' });
}

describe('the front matter’s JSON Schema', () => {
  it('is the committed file, current with the zod schema (else run `npm run schema` and commit it)', () => {
    expect(committed).toBe(bookJsonSchemaText());
  });

  it('accepts the flagship’s book.md', () => {
    expect(validate(frontMatter(join(projectRoot, 'manuscript/book.md'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the book.md of every scaffold `triptych init` writes', async () => {
    for (const template of initTemplates) {
      const dir = join(mkdtempSync(join(tmpdir(), 'triptych-schema-')), 'book');
      expect((await init({ dir, template, force: false })).ok).toBe(true);
      expect(validate(frontMatter(join(dir, 'book.md'))), `${template}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects a field of the wrong type, at that field (chapters given as text, not a list)', () => {
    expect(validate(frontMatter(join(fixture('wrong-type'), 'book.md')))).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual(['/chapters must be array']);
  });

  it('rejects a misspelt key and a value outside a list of choices, as `triptych check` does', () => {
    const book = frontMatter(join(projectRoot, 'manuscript/book.md')) as Record<string, unknown>;
    expect(validate({ ...book, titel: 'x' })).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: 'titel' });
    expect(validate({ ...book, calendar: 'lunar' })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/calendar');
  });
});
