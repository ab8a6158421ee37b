/**
 * Every file a manuscript names must lie inside the manuscript directory: no `../` escape, no
 * absolute path, no symlink leading out, no URL. A refused path is a positioned message. A path
 * may be looked for in several folders in turn, as pandoc's resource path does
 * (https://pandoc.org/MANUAL.html#option--resource-path): the referring file's folder, then the
 * book's.
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/report.ts';

export type Resolved = { ok: true; path: string } | { ok: false; reason: 'outside' | 'missing' | 'remote' | 'not-file' };

/** Resolves `reference` from the directory `from` (default: the root); the result must lie inside `root`. */
export function resolveInside(root: string, reference: string, from: string = root): Resolved {
  // A scheme (`https:`), or a protocol-relative URL (`//host/x.png`), which a browser fetches too.
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return { ok: false, reason: 'remote' };
  if (isAbsolute(reference)) return { ok: false, reason: 'outside' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(reference);
  } catch {
    decoded = reference;
  }
  const target = resolve(from, decoded);
  if (!isWithin(root, target)) return { ok: false, reason: 'outside' };
  let real: string;
  try {
    // The native call (realpath(3)): the JavaScript one lstat()s every component, which at 50×
    // was ~2,000 calls on every `triptych dev` rebuild.
    real = realpathSync.native(target);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!isWithin(realpathSync.native(root), real)) return { ok: false, reason: 'outside' };
  // Every path a manuscript names is read as a file: a directory (`chapters: [chapters]`) or a
  // device would otherwise fail the read itself, reported as a bug in Triptych.
  if (!statSync(real).isFile()) return { ok: false, reason: 'not-file' };
  return { ok: true, path: target };
}

/** Whether `target` is `root` or lies inside it (both absolute). */
export function isWithin(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves `reference` from each folder of `from` in turn (default: the root) and reports a refusal
 * on `file` at `place`; returns the absolute path or undefined.
 */
export function resolveReported(
  root: string,
  reference: string,
  file: VFile,
  place: Position | undefined,
  what: string,
  from: string | readonly string[] = root,
): string | undefined {
  const folders = [...new Set(typeof from === 'string' ? [from] : from)];
  const results = folders.map((folder) => resolveInside(root, reference, folder));
  const found = results.find((result) => result.ok);
  if (found?.ok) return found.path;
  const result = results.find((candidate) => !candidate.ok && candidate.reason !== 'missing') ?? results[0]!;
  if (result.ok) return result.path;
  if (result.reason === 'missing' && folders.length > 1) {
    const tried = folders.map((folder) => `\`${relative(root, resolve(folder, reference)).split(sep).join('/')}\``).join(' nor ');
    report(file, `The ${what} \`${reference}\` does not exist: the build needs it, and it is at neither ${tried} (a path is looked for from the folder of \`${relativeName(file)}\`, then from the book’s); check the path or create the file`, place, 'file-missing');
  } else if (result.reason === 'missing') {
    report(file, `The ${what} \`${reference}\` does not exist: the build needs it; check the path (it is relative to the folder of \`${relativeName(file)}\`) or create the file`, place, 'file-missing');
  } else if (result.reason === 'not-file') {
    report(file, `The ${what} \`${reference}\` is a directory, not a file: the build reads it as a file; name the file inside it (paths are relative to the folder of \`${relativeName(file)}\`)`, place, 'file-missing');
  } else if (result.reason === 'remote') {
    report(file, `The ${what} \`${reference}\` is a URL: Triptych never fetches from the network, so builds stay offline and reproducible; download the file into the manuscript directory and refer to it by a relative path`, place, 'path-remote');
  } else {
    report(file, `The ${what} \`${reference}\` lies outside the manuscript directory: a manuscript may only use its own files, so that it cannot read anything else on the machine; move the file into the manuscript directory and use a relative path`, place, 'path-outside');
  }
  return undefined;
}

function relativeName(file: VFile): string {
  return file.basename ?? 'the book';
}
