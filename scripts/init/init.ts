/**
 * `triptych init`: a new book from a scaffold in templates/init/ (`common/` for every book, then
 * the template's own folder), as `npm create` and `quarto create` make a project. A path segment
 * written `_name` becomes `.name` (npm leaves `.gitignore` out of a package, so it ships as
 * `_gitignore`), and `{{key}}` in a text file is filled in: the schema's address, a fresh
 * identifier, today's date, the package that made the book.
 *
 * It never replaces a file: a folder that is not empty is refused, unless `force`, and then the
 * files already there are kept. A new folder is written whole or not at all (a sibling staging
 * folder renamed into place).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { packageInfo } from '../package-info.ts';
import { templatePath } from '../resources.ts';
import { schemaReference } from './schema-reference.ts';

export const initTemplates = ['book', 'history'] as const;
export type InitTemplate = (typeof initTemplates)[number];

export interface InitOptions {
  dir: string;
  template: InitTemplate;
  force: boolean;
  /** The book's `published` date; default: today (UTC). */
  today?: string;
}

export type InitResult = { ok: true; created: string[]; kept: string[] } | { ok: false; reason: string };

/** Copied as they are; every other file is text, with its `{{key}}`s filled in. */
const binaryFile = /\.(png|jpe?g|gif|webp)$/i;

export async function init(options: InitOptions): Promise<InitResult> {
  const dir = resolve(options.dir);
  const shown = `\`${options.dir}\``;
  const existing = await entries(dir);
  if (existing === 'file') return { ok: false, reason: `${shown} is a file, not a folder: give \`triptych init\` a new or empty folder` };
  // An empty git repository (only `.git`) is an empty folder for a new book, as for `npm create vite`.
  const occupied = existing?.filter((name) => name !== '.git') ?? [];
  if (occupied.length > 0 && !options.force) {
    const listed = occupied.sort().slice(0, 3).map((name) => `\`${name}\``).join(', ') + (occupied.length > 3 ? ` and ${occupied.length - 3} more` : '');
    return { ok: false, reason: `${shown} is not empty (it holds ${listed}): \`triptych init\` starts a book in a new or empty folder; choose another, or pass --force to add the book's files beside them (files already there are kept)` };
  }
  const files = await scaffold(options.template, dir, options.today ?? new Date().toISOString().slice(0, 10));
  if (existing === undefined) {
    // Staged beside the target and renamed into place: a failure leaves no half-made book.
    const staging = join(dirname(dir), `.triptych-tmp-init-${process.pid}`);
    try {
      for (const [path, data] of files) await put(join(staging, path), data);
      await mkdir(dirname(dir), { recursive: true });
      await rename(staging, dir);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return { ok: true, created: [...files.keys()], kept: [] };
  }
  const created: string[] = [];
  const kept: string[] = [];
  for (const [path, data] of files) {
    if (await exists(join(dir, path))) kept.push(path);
    else {
      await put(join(dir, path), data);
      created.push(path);
    }
  }
  return { ok: true, created, kept };
}

/** The scaffold's files: the path in the new book → its bytes, in a stable order. */
async function scaffold(template: InitTemplate, dir: string, today: string): Promise<Map<string, Buffer>> {
  const { name, version } = packageInfo();
  const values: Record<string, string> = {
    schema: schemaReference(dir),
    identifier: `urn:uuid:${randomUUID()}`,
    published: today,
    package: `${name}@${version}`,
    version,
  };
  const files = new Map<string, Buffer>();
  for (const part of ['common', template]) {
    const root = templatePath(`init/${part}`);
    for (const source of await walk(root)) {
      const path = relative(root, source).split(/[\\/]/).map((segment) => segment.replace(/^_/, '.')).join('/');
      const data = await readFile(source);
      files.set(path, binaryFile.test(path) ? data : Buffer.from(fill(data.toString('utf8'), values, source)));
    }
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

function fill(text: string, values: Record<string, string>, source: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`\`${source}\` asks for \`{{${key}}}\`, which \`init\` does not know`);
    return value;
  });
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else found.push(path);
  }
  return found;
}

/** The folder's entries; undefined when it does not exist; `file` when it is not a folder. */
async function entries(dir: string): Promise<string[] | 'file' | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) return 'file';
  } catch {
    return undefined;
  }
  return readdir(dir);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function put(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data, { flag: 'wx' });
}
