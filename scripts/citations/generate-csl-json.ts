/**
 * Writes the JSON form (`csl-json.ts`) of every bundled style and locale next to it in
 * `templates/csl/`. Run after adding or updating a bundled file:
 * `npx tsx scripts/citations/generate-csl-json.ts`. `tests/citations-csl-json.test.ts` fails
 * while a JSON file differs from a fresh conversion of its XML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../resources.ts';
import { cslJson, cslJsonName } from './csl-json.ts';
import { bundledCslFiles } from './style.ts';

for (const file of bundledCslFiles()) {
  const dir = join(projectRoot, 'templates/csl');
  writeFileSync(join(dir, cslJsonName(file)), `${cslJson(readFileSync(join(dir, file), 'utf8'))}\n`);
  process.stdout.write(`templates/csl/${cslJsonName(file)}\n`);
}
