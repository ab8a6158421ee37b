/**
 * What a new book's `# yaml-language-server: $schema=…` line names: the JSON Schema of the front
 * matter this very Triptych ships (templates/book.schema.json). When the book's folder reaches
 * this package through Node's own `node_modules` search (the book's project installed it), a path
 * relative to the book, which follows the installed version; otherwise (run through `npx`, a
 * global install, this repository) the file of this version on the jsDelivr CDN, which serves every
 * published npm package.
 */
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { packageInfo } from '../package-info.ts';
import { projectRoot } from '../resources.ts';

export const schemaFile = 'templates/book.schema.json';

export function schemaReference(bookDir: string): string {
  const { name, version } = packageInfo();
  const book = resolve(bookDir);
  const searched = createRequire(join(book, 'book.md')).resolve.paths(name) ?? [];
  const found = searched.map((modules) => join(modules, name)).find((candidate) => existsSync(join(candidate, 'package.json')));
  if (found && realpathSync(found) === realpathSync(projectRoot)) return relative(book, join(found, schemaFile)).split(sep).join('/');
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/${schemaFile}`;
}
