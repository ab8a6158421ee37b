/**
 * `triptych dev` only: a file whose metadata has not changed since it was last read is not read
 * again; its text is the very string of the last read. At 50× a rebuild read all 351 files again
 * (~10 ms, and 5 MB of new strings that every collection during the rebuild then copied), and the
 * memos after it (parse, checks) compare texts, which is immediate when they are one string.
 *
 * When is it safe to believe the metadata? A write changes the file's ctime (which no program can
 * set back) and its mtime, unless it lands within the timestamp's granularity of the last write:
 * nanoseconds on ext4, btrfs or tmpfs, but a second or two on some file systems (HFS+, FAT,
 * network mounts), where an edit that keeps the size could look unchanged. So, as Git does with
 * its "racily clean" entries: the text is reused only if the file's mtime was at least
 * `settleMs` older than the moment it was read; a file read soon after it was written (the one
 * just edited) is read again on every rebuild until it has settled. Device, inode, size, mtime and
 * ctime must all be the same; anything else, or a stat that fails, reads the file.
 *
 * A one-shot build never enables it.
 */
import { readFileSync, type BigIntStats } from 'node:fs';

/** How much older than its read a file's last write must be for its metadata to be believed (see above). */
let settleNs = 2000n * 1_000_000n;

interface Seen {
  stamp: string;
  text: string;
  /** Whether the text was read well after the file's last write (see above). */
  settled: boolean;
}

let seen: Map<string, Seen> | undefined;

/** Turns the cache on for this process (idempotent). `settleMs`: for the tests. */
export function enableReadCache(options: { settleMs?: number } = {}): void {
  seen ??= new Map();
  if (options.settleMs !== undefined) settleNs = BigInt(options.settleMs) * 1_000_000n;
}

/** The UTF-8 text of `path`, whose metadata is `stat` (read with `bigint: true`). */
export function readText(path: string, stat: BigIntStats): string {
  if (!seen) return readFileSync(path, 'utf8');
  const stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  const last = seen.get(path);
  if (last && last.settled && last.stamp === stamp) return last.text;
  const readAt = BigInt(Date.now()) * 1_000_000n;
  const text = readFileSync(path, 'utf8');
  seen.set(path, { stamp, text, settled: stat.mtimeNs + settleNs < readAt && stat.ctimeNs + settleNs < readAt });
  return text;
}
