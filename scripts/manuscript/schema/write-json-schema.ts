/**
 * `npm run schema`: writes templates/book.schema.json from the zod schema (json-schema.ts). Run it
 * after changing a front-matter field; tests/json-schema.test.ts fails until the file is current.
 */
import { writeFileSync } from 'node:fs';
import { templatePath } from '../../resources.ts';
import { bookJsonSchemaText, jsonSchemaFile } from './json-schema.ts';

writeFileSync(templatePath(jsonSchemaFile), bookJsonSchemaText());
process.stdout.write(`templates/${jsonSchemaFile}\n`);
