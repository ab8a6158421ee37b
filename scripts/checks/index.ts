/**
 * The registry of content checks, run in this order after parsing. Each check lives in its own
 * file and documents its rule ids; `parseRules` are the ids reported while loading and parsing.
 */
import type { Manuscript } from '../manuscript/types.ts';
import type { Check, RuleDoc } from './types.ts';
import { runMemoized, type CheckMemo } from './check-memo.ts';
import { bibliographyCheck } from './bibliography.ts';
import { citationsCheck } from './citations.ts';
import { datesCheck } from './dates.ts';
import { namesCheck } from './names.ts';
import { rawHtmlCheck } from './raw-html.ts';
import { slidesCheck } from './slides.ts';

export const checks: readonly Check[] = [bibliographyCheck, citationsCheck, datesCheck, namesCheck, rawHtmlCheck, slidesCheck];

/** Rules reported by the load and parse stages (front matter, paths, directives). */
export const parseRules: readonly RuleDoc[] = [
  { id: 'book-missing', severity: 'error', summary: 'the directory has no `book.md`; create it or pass the right directory' },
  { id: 'yaml-syntax', severity: 'error', summary: 'front matter that is not valid YAML; fix the syntax at the position shown' },
  { id: 'front-matter-type', severity: 'error', summary: 'front matter that is not a mapping; write `key: value` lines' },
  { id: 'front-matter-missing', severity: 'error', summary: 'a required field (e.g. `title`) is absent; add it' },
  { id: 'front-matter-invalid', severity: 'error', summary: 'a field has the wrong type or value (bad `lang`, ISBN checksum, date…); correct it' },
  { id: 'front-matter-unknown-key', severity: 'warning', summary: 'a key the format does not know (often a typo); fix or remove it' },
  { id: 'file-missing', severity: 'error', summary: 'a chapter, bibliography, style or image path that does not exist, or is a directory; fix the path' },
  { id: 'path-outside', severity: 'error', summary: 'a path that leaves the manuscript directory (`../`, absolute, symlink out); move the file inside' },
  { id: 'path-remote', severity: 'error', summary: 'a URL where a file is expected; nothing is fetched, so download it into the manuscript' },
  { id: 'file-too-large', severity: 'error', summary: 'a Markdown file over 2 MB, a manuscript over 8 MB, or an image over 16 MB; split or shrink it' },
  { id: 'line-too-long', severity: 'error', summary: 'a line of Markdown over 16,384 characters, which would make parsing crawl; break it into paragraphs' },
  { id: 'encoding-invalid', severity: 'error', summary: 'a Markdown or bibliography file that is not UTF-8 (saved as Windows-1251 or Latin-1, say); save it again as UTF-8' },
  { id: 'character-invalid', severity: 'error', summary: 'an invisible control character or noncharacter that XML, and so the EPUB, does not allow (U+0000–U+001F but tab and line breaks, U+FFFE, U+FFFF); delete it' },
  { id: 'image-alt-missing', severity: 'error', summary: 'an image without alt text; describe what it shows in `![…](…)`' },
  { id: 'image-type', severity: 'error', summary: 'an image that is not PNG, JPEG, GIF, WebP or SVG (by its bytes), or an SVG that is not well-formed XML; convert it' },
  { id: 'image-unsafe', severity: 'error', summary: 'an SVG image that holds a script, an event handler, a `javascript:` link, entities declared in its document type, or loads anything from outside itself (a URL, another file, an `@import`); export it again without them' },
  { id: 'css-invalid', severity: 'error', summary: 'a stylesheet (`deck.css`) that does not parse, an `@import` that names no file or imports itself; fix it at the position shown' },
  { id: 'css-unsafe', severity: 'error', summary: 'a stylesheet rule that runs script in some browser (`expression()`, `behavior`, `-moz-binding`, a `javascript:` URL); remove it (remote `@import` and `url()` are `path-remote`)' },
  { id: 'chapter-duplicate-id', severity: 'error', summary: 'two chapters with the same id; give one a distinct `id:`' },
  { id: 'directive-unknown', severity: 'error', summary: 'a `::name` or `:::name` directive Triptych does not know; check its spelling' },
];

/** Rules reported by `build` about its output directory (output-refusal.ts, pipeline/index.ts). */
export const outputRules: readonly RuleDoc[] = [
  { id: 'out-refused', severity: 'error', summary: '`--out` names a directory a build must not replace (the manuscript or a folder holding it, the working directory, a file, a symbolic link, a folder with files Triptych did not write); choose a new or empty directory' },
  { id: 'out-unwritable', severity: 'error', summary: 'the file system refused to write the output (no permission, read-only or full disk, a file where a directory must go); the previous output is kept; fix the directory or choose another' },
];

export const allRules: readonly RuleDoc[] = [...parseRules, ...checks.flatMap((check) => check.rules), ...outputRules];

/** Runs every check; with a memo (`triptych dev`), unchanged chapters keep their last results (check-memo.ts). */
export async function runChecks(manuscript: Manuscript, memo?: CheckMemo): Promise<void> {
  if (memo) await runMemoized(manuscript, memo, runAll);
  else await runAll(manuscript);
}

async function runAll(manuscript: Manuscript): Promise<void> {
  for (const check of checks) await check.run(manuscript);
}
