/**
 * Edits a file of a manuscript copy in place, for the dev tests: `editor(dir)(path, change)` reads
 * the file, applies `change` and writes it back, failing the test if the edit changes nothing (an
 * edit that silently misses its target would make an incremental-vs-fresh comparison vacuous).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export function editor(dir: string): (path: string, change: (text: string) => string) => void {
  return (path, change) => {
    const file = join(dir, path);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after, `the edit of ${path} changes it`).not.toBe(before);
    writeFileSync(file, after);
  };
}
