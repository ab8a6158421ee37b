/**
 * A build replaces its output directory whole (write.ts: a fresh directory swapped in, the old one
 * deleted), so `--out` must name a directory that holds nothing but Triptych's outputs. Pointed
 * elsewhere — at the manuscript, the working directory, a home directory, a file, a folder of
 * someone's documents — the swap would delete it all, which is what `triptych build m --out m`
 * and `--out .` used to do. Vite refuses, likewise, to empty an `outDir` outside its project
 * unless told to (https://vite.dev/config/build-options#build-emptyoutdir).
 *
 * A directory is Triptych's when it does not exist yet, is empty, holds the marker every build
 * writes (`outputMarker`), or — outputs written before the marker existed — holds only entries
 * shaped like outputs: `<name>.epub`, `<name>.html` and `<name>-deck/` with its `index.html`.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, parse, resolve } from 'node:path';
import { isWithin } from './manuscript/paths.ts';

/** Written into every output directory; its presence lets the next build replace the directory. */
export const outputMarker = '.triptych-output';
export const outputMarkerText = 'Written by Triptych. Every build replaces this whole directory: keep nothing else in it.\n';

/**
 * Why a build must not replace `outDir`, as a sentence (what, why, what to do), or undefined when it
 * may. `manuscriptDir`: the directory being built, which must not lie inside the output.
 */
export async function outputRefusal(outDir: string, manuscriptDir?: string): Promise<string | undefined> {
  const given = resolve(outDir);
  const out = await real(given);
  const shown = `\`${outDir || '.'}\``;
  const advice = 'choose a new or empty directory (the default is `dist`)';
  if (out === parse(out).root) return `The output directory ${shown} is the root of the file system: a build replaces its output directory whole; ${advice}`;
  if (isWithin(out, await real(homedir()))) return `The output directory ${shown} is your home directory or holds it: a build replaces its output directory whole; ${advice}`;
  if (manuscriptDir !== undefined && isWithin(out, await real(resolve(manuscriptDir)))) {
    return `The output directory ${shown} holds the manuscript: a build replaces its output directory whole, so the manuscript would be deleted; ${advice}`;
  }
  if (isWithin(out, await real(process.cwd()))) return `The output directory ${shown} is the working directory or holds it: a build replaces its output directory whole; ${advice}`;
  let entry;
  try {
    entry = await lstat(given);
  } catch {
    return undefined;
  }
  if (entry.isSymbolicLink()) return `The output directory ${shown} is a symbolic link: a build replaces the directory itself, not what the link points at; give the real directory's path, or ${advice}`;
  if (!entry.isDirectory()) return `The output directory ${shown} is a file: a build would delete it to make a directory; ${advice}`;
  const foreign = await foreignEntries(given);
  if (foreign.length === 0) return undefined;
  const listed = foreign.slice(0, 3).map((name) => `\`${name}\``).join(', ') + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : '');
  return `The output directory ${shown} holds files Triptych did not write (${listed}): a build replaces its output directory whole, so they would be deleted; ${advice}, or move them out`;
}

/** Entries of `dir` that no Triptych build wrote (none when the directory carries the marker). */
async function foreignEntries(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  if (names.includes(outputMarker)) return [];
  const foreign: string[] = [];
  for (const name of names.sort()) {
    const path = resolve(dir, name);
    const kind = await lstat(path);
    const output =
      (kind.isFile() && /\.(epub|html)$/.test(name)) ||
      (kind.isDirectory() && name.endsWith('-deck') && (await isFile(resolve(path, 'index.html'))));
    if (!output) foreign.push(name);
  }
  return foreign;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The path with symbolic links resolved as far as it exists (a new output directory does not, yet). */
async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(await real(parent), basename(path));
  }
}
