/**
 * Watches the manuscript directory and calls `onChange` once per burst of file events.
 *
 * One non-recursive `fs.watch` per directory, not `{ recursive: true }`: on Linux, Node 20's
 * recursive mode watches each file's inode, so the first save by rename (`sed -i`, vim, most
 * editors: write a temporary file, rename it over the old one) silently ends the watch on that
 * file. A directory watch (inotify on the directory) reports every later rename too. New
 * subdirectories are picked up on the next event.
 *
 * Editors save in several writes, so events are gathered for `settleMs` first. Every ms of it is a
 * ms of reload latency, but a burst split in two costs a whole extra rebuild (rebuilds never
 * overlap) and can show a half-saved state (vim renames the file away before writing the new one:
 * `file-missing` for a moment). Measured on the shared 2-core machine at load ~4: the largest gap
 * between the events of one vim `:w` was 0–9 ms (15 saves; fsync in between), of one `sed -i`
 * 0.2–17 ms; Node's `writeFile` gives a single event. 10 ms is the smallest that merged every vim
 * save measured, so it stays.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

export interface WatchOptions {
  settleMs?: number;
}

/** Starts watching; returns the function that stops it. */
export function watchManuscript(dir: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): () => void {
  const settleMs = options.settleMs ?? 10;
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending];
      pending.clear();
      addDirectories(dir);
      onChange(paths);
    }, settleMs);
  };

  const addDirectories = (path: string) => {
    if (!watchers.has(path)) {
      try {
        const watcher = watch(path, (_event, name) => {
          const file = name === null ? '' : String(name);
          if (!ignored(file)) changed(relative(dir, join(path, file)));
        });
        watcher.on('error', () => forget(path));
        watchers.set(path, watcher);
      } catch {
        return; // removed meanwhile
      }
    }
    let entries: import('node:fs').Dirent[] = [];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      forget(path);
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !ignored(entry.name) && entry.name !== 'node_modules') addDirectories(join(path, entry.name));
    }
  };
  const forget = (path: string) => {
    watchers.get(path)?.close();
    watchers.delete(path);
  };

  addDirectories(dir);
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

/** Editor backups and swap files, and hidden files: never part of a manuscript. */
function ignored(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || name === '4913';
}
