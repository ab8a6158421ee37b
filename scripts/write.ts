/**
 * The only code that touches the output directory. It writes every artifact into a fresh sibling
 * directory, then swaps it in with two renames, so a failed or killed build never leaves a
 * half-written output: the previous directory stays as it was until the new one is complete.
 * Durability comes before the swap, in one batch: every file and directory of the staging
 * directory is fsynced at once (the file system commits concurrent fsyncs together, where one
 * after each file waited for a journal commit each), then the swap is made and the parent
 * directory fsynced, so after a crash the output is the old directory or the whole new one.
 * A swap interrupted between its two renames is finished by the next run (`recover`). Because the
 * swap deletes the previous directory whole, it refuses one that is not Triptych's
 * (output-refusal.ts), and marks every directory it writes as Triptych's.
 */
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Artifact } from './manuscript/types.ts';
import { outputMarker, outputMarkerText, outputRefusal } from './output-refusal.ts';

export interface Written {
  path: string;
  bytes: number;
}

const staging = (out: string, tag: string) => join(dirname(out), `.${basename(out)}.triptych-${tag}-${process.pid}`);

/**
 * The output written as it is made: `add` writes artifacts into the staging directory (so a build
 * can drop each renderer's strings before the next renderer runs: at 50× the page and deck texts
 * are ~30 MB of heap), `commit` swaps the directory in, `abandon` removes it (a later stage failed).
 */
export interface StagedOutput {
  add(artifacts: readonly Artifact[]): Promise<Written[]>;
  commit(): Promise<Written[]>;
  abandon(): Promise<void>;
}

export async function stageOutput(outDir: string): Promise<StagedOutput> {
  const out = resolve(outDir);
  // The build checks first and reports a refusal as a diagnostic; reaching here with one is a bug.
  const refusal = await outputRefusal(outDir);
  if (refusal) throw new Error(`\`stageOutput\` was called for a directory it must not replace: ${refusal}`);
  await recover(out);
  await mkdir(dirname(out), { recursive: true });
  const next = staging(out, 'next');
  await rm(next, { recursive: true, force: true });
  // Not `recursive`: its parent was just made, and Node 20's recursive mkdir spins forever on ENOENT
  // where a directory cannot be made at all (`--out /proc/x`).
  await mkdir(next);
  // Every file and directory written, to be fsynced before the swap.
  const toSync = new Set<string>([next]);
  await writeFile(join(next, outputMarker), [outputMarkerText]);
  toSync.add(join(next, outputMarker));
  const written: Written[] = [];
  return {
    async add(artifacts) {
      const added: Written[] = [];
      for (const artifact of artifacts) {
        const target = join(next, artifact.path);
        for (let dir = dirname(target); dir.length > next.length && !toSync.has(dir); dir = dirname(dir)) toSync.add(dir);
        await mkdir(dirname(target), { recursive: true });
        const pieces = artifact.parts ?? [artifact.data];
        await writeFile(target, pieces);
        toSync.add(target);
        const bytes = pieces.reduce((sum, piece) => sum + (typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength), 0);
        added.push({ path: join(out, artifact.path), bytes });
      }
      written.push(...added);
      return added;
    },
    async commit() {
      const old = staging(out, 'old');
      const existed = await exists(out);
      try {
        await Promise.all([...toSync].map(syncPath));
        if (existed) await rename(out, old);
        await rename(next, out);
        await syncPath(dirname(out));
      } catch (error) {
        // Not swapped (an unwritable parent, say): put the old directory back and drop the new one.
        if (existed && !(await exists(out)) && (await exists(old))) await rename(old, out);
        await rm(next, { recursive: true, force: true });
        throw error;
      }
      if (existed) await rm(old, { recursive: true, force: true });
      return written;
    },
    async abandon() {
      await rm(next, { recursive: true, force: true });
    },
  };
}

/**
 * Why writing `out` failed, when the file system refused it (no permission, a read-only or full
 * disk, a file where a directory must go): the author's machine, not our code, so a message (what,
 * why, what to do) rather than a crash. Undefined for anything else.
 */
export function writeFailure(out: string, error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !fileSystemRefusals.has(code)) return undefined;
  return `The output directory \`${out}\` cannot be written (${(error as Error).message}): the build wrote nothing there; check that the directory and its parent are writable and the disk has room, or choose another with \`--out\``;
}

const fileSystemRefusals = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENAMETOOLONG', 'ELOOP', 'EMFILE', 'ENFILE', 'ENOENT']);

const writeSlice = 1 << 20;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Writes `pieces` one after the other into a file (fsynced later, with the others, by `commit`).
 * A long text is written in slices: `writeFile` would encode the whole of it into one buffer first
 * (at 50× the deck's 8 MB, alongside the text). A slice never ends between the two halves of a
 * surrogate pair.
 */
async function writeFile(path: string, pieces: ReadonlyArray<Uint8Array | string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (const data of pieces) {
      if (typeof data !== 'string' || data.length <= writeSlice) {
        if (data.length > 0) await handle.writeFile(data);
        continue;
      }
      for (let start = 0; start < data.length; ) {
        let end = Math.min(start + writeSlice, data.length);
        if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1))) end--;
        await handle.writeFile(data.slice(start, end));
        start = end;
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * fsyncs a file, or a directory (its entries: the names of the files in it). A system that cannot
 * open a directory for that (Windows: EISDIR, EPERM) keeps the files' own fsync, as before.
 */
async function syncPath(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // A directory some file systems will not fsync (EINVAL, EBADF): its files are synced.
    if (!['EINVAL', 'EBADF', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Finishes a swap that a killed run left half-done, and removes its abandoned staging directories.
 * A staging directory whose process is still running belongs to a build of the same output going
 * on beside this one: it is left alone (deleting it made that build exit 0 with files missing).
 */
async function recover(out: string): Promise<void> {
  const parent = dirname(out);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const prefix = `.${basename(out)}.triptych-`;
  for (const name of names.filter((n) => n.startsWith(prefix)).sort()) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    const path = join(parent, name);
    if (name.startsWith(`${prefix}old-`) && !(await exists(out))) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
}

/** Whether a process with this id exists (signal 0 checks without signalling; EPERM: it exists, not ours). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
