/**
 * Watches the manuscript directory and calls `onChange` once per burst of file events.
 *
 * One non-recursive `fs.watch` per directory, not `{ recursive: true }`: on Linux, Node 20's
 * recursive mode watches each file's inode, so the first save by rename (`sed -i`, vim, most
 * editors: write a temporary file, rename it over the old one) silently ends the watch on that
 * file. A directory watch (inotify on the directory) reports every later rename too. New
 * subdirectories are picked up on the next event.
 *
 * Editors save in several writes, so events are gathered for `settleMs` first; 10 ms merges a
 * save and is far below what a person notices.
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
