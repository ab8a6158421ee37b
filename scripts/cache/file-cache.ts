/**
 * A store of bytes across runs, in the user's cache directory (`userCacheBase`: where an installed
 * Triptych keeps its code caches; `TRIPTYCH_CACHE_DIR` moves it, empty turns it off). An entry is
 * named by the caller's key, a hash of everything that decides its bytes, so no later change of
 * an input can find an old entry: the entry for new inputs has another name. Each entry also
 * carries its key and a SHA-256 of its bytes, so a truncated or corrupted file, or one copied under
 * another name, is detected when read: it counts as missing, and the caller's fresh bytes replace it.
 *
 * The cache is an optimisation, never a dependency: an unreadable directory reads as empty and a
 * failed write is ignored; writes are atomic (temporary file + rename), so a concurrent run reads
 * the old entry or the new one, never half. Entries are small and few (one per distinct input),
 * so nothing is pruned.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userCacheBase } from '../bundle/run-bundle.mjs';

/** Raised when the entry format changes: older entries then fail their check and are replaced. */
const magic = 'triptych-cache 1\n';

export interface FileCache {
  /** The entry's bytes, or undefined when it is missing, unreadable or fails its check. */
  get(key: string): Uint8Array | undefined;
  put(key: string, bytes: Uint8Array): void;
  /** The entry's file (for tests that corrupt it). */
  path(key: string): string;
}

/** The store of one kind of entry (`raster`), or undefined when caching is off. Read at each call: tests move it. */
export function fileCache(kind: string, env: NodeJS.ProcessEnv = process.env): FileCache | undefined {
  const base = userCacheBase(env);
  if (base === undefined) return undefined;
  const dir = join(base, kind);
  const path = (key: string) => join(dir, `${key}.bin`);
  return {
    path,
    get(key) {
      let data: Buffer;
      try {
        data = readFileSync(path(key));
      } catch {
        return undefined;
      }
      const header = `${magic}${key}\n`;
      const sumEnd = header.length + 65;
      if (data.length < sumEnd || data.toString('latin1', 0, header.length) !== header) return undefined;
      const bytes = data.subarray(sumEnd);
      return data.toString('latin1', header.length, sumEnd - 1) === sha256(bytes) ? new Uint8Array(bytes) : undefined;
    },
    put(key, bytes) {
      const target = path(key);
      const temporary = `${target}.${process.pid}`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${key}\n${sha256(bytes)}\n`, 'latin1'), bytes]));
        renameSync(temporary, target);
      } catch {
        // A read-only or full cache directory: the next run draws again.
        rmSync(temporary, { force: true });
      }
    },
  };
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The entry `key` of `kind`, or `make()`'s bytes, kept for the next run; just `make()` when caching is off. */
export async function cachedBytes(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const cache = fileCache(kind);
  const cached = cache?.get(key);
  if (cached) return cached;
  const bytes = await make();
  cache?.put(key, bytes);
  return bytes;
}

/** A file's bytes, hashed once per process while its size and mtime stay as they were (fonts, part of keys). */
const fileHashes = new Map<string, { stamp: string; hash: string }>();

export function fileHash(path: string): string {
  const info = statSync(path);
  const stamp = `${info.size}:${info.mtimeMs}`;
  const known = fileHashes.get(path);
  if (known?.stamp === stamp) return known.hash;
  const hash = sha256(readFileSync(path));
  fileHashes.set(path, { stamp, hash });
  return hash;
}
