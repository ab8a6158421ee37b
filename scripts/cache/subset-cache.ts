/**
 * The EPUB's embedded font subsets (render/epub/embedded-font.ts) through the user's cache
 * (file-cache.ts): the same characters give the same subset, so a subset made once is read back on
 * later builds instead of loading harfbuzz and subsetting again. The key is a SHA-256 of everything
 * that decides the subset's bytes: the font file's bytes, the characters, the format, and the
 * versions of subset-font and of the harfbuzzjs it runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cachedBytes, fileHash, sha256 } from './file-cache.ts';

export function subsetCached(fontPath: string, text: string, format: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return cachedBytes('font', subsetKey(fontPath, text, format), make);
}

export function subsetKey(fontPath: string, text: string, format: string): string {
  return sha256(JSON.stringify([subsetterVersions(), fileHash(fontPath), format, text]));
}

let versions: string[] | undefined;

/** subset-font's version and that of the harfbuzzjs it resolves (its range allows updates of its own). */
function subsetterVersions(): string[] {
  if (!versions) {
    const subsetPackage = createRequire(import.meta.url).resolve('subset-font/package.json');
    let dir = dirname(createRequire(subsetPackage).resolve('harfbuzzjs'));
    while (!existsPackage(dir)) dir = dirname(dir);
    versions = [subsetPackage, join(dir, 'package.json')].map((path) => (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version);
  }
  return versions;
}

function existsPackage(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'harfbuzzjs' || dir === dirname(dir);
  } catch {
    return false;
  }
}
