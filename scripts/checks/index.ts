/**
 * The registry of content checks, run in this order after parsing. Each check lives in its own
 * file and documents its rule ids; `parseRules` are the ids reported while loading and parsing.
 */
import type { Manuscript } from '../manuscript/types.ts';
import type { Check, RuleDoc } from './types.ts';
import { runMemoized, type CheckMemo } from './check-memo.ts';
import { bibliographyCheck } from './bibliography.ts';
import { citationsCheck } from './citations.ts';
import { crossReferencesCheck } from './crossrefs.ts';
import { datesCheck } from './dates.ts';
import { languageCheck } from './language.ts';
import { linksCheck } from './links.ts';
import { namesCheck } from './names.ts';
import { rawHtmlCheck } from './raw-html.ts';
import { slidesCheck } from './slides.ts';
import { mathCheck } from './math.ts';

export const checks: readonly Check[] = [languageCheck, bibliographyCheck, citationsCheck, crossReferencesCheck, datesCheck, linksCheck, namesCheck, rawHtmlCheck, slidesCheck, mathCheck];

/** Rules reported by the load and parse stages (front matter, paths, directives, pandoc syntax, bounds). */
export const parseRules: readonly RuleDoc[] = [
  { id: 'book-missing', severity: 'error', locked: true, summary: 'the directory has no `book.md`; create it or pass the right directory' },
  { id: 'yaml-syntax', severity: 'error', locked: true, summary: 'front matter that is not valid YAML; fix the syntax at the position shown' },
  { id: 'front-matter-type', severity: 'error', locked: true, summary: 'front matter that is not a mapping; write `key: value` lines' },
  { id: 'front-matter-missing', severity: 'error', locked: true, summary: 'a required field (e.g. `title`) is absent; add it' },
  { id: 'front-matter-invalid', severity: 'error', locked: true, summary: 'a field has the wrong type or value (bad `lang`, ISBN checksum, date…); correct it' },
  { id: 'front-matter-unknown-key', severity: 'warning', summary: 'a key the format does not know (often a typo); fix or remove it' },
  { id: 'front-matter-ignored', severity: 'warning', summary: 'a key that belongs to another tool (LaTeX’s `mainfont`, Quarto’s `format`, R Markdown’s `output`…), a synonym given beside the key it duplicates (`date` beside `published`), or `date: today`; Triptych ignores it: keep it for that tool, or remove it' },
  { id: 'lang-missing', severity: 'warning', summary: 'the book has no `lang`, so it is taken to be English (`en`), as in pandoc, but its text does not read as English (most letters not Latin, or few of English’s commonest words); add `lang:` with the book’s language' },
  { id: 'file-missing', severity: 'error', locked: true, summary: 'a chapter, bibliography, style or image path that does not exist, or is a directory; fix the path' },
  { id: 'path-outside', severity: 'error', locked: true, summary: 'a path that leaves the manuscript directory (`../`, absolute, symlink out); move the file inside' },
  { id: 'path-remote', severity: 'error', locked: true, summary: 'a URL where a file is expected; nothing is fetched, so download it into the manuscript' },
  { id: 'file-too-large', severity: 'error', locked: true, summary: 'a Markdown file over 2 MB, a manuscript over 8 MB, or an image over 16 MB; split or shrink it' },
  { id: 'line-too-long', severity: 'error', locked: true, summary: 'a line of Markdown over 16,384 characters, which would make parsing crawl; break it into paragraphs' },
  { id: 'encoding-invalid', severity: 'error', locked: true, summary: 'a Markdown or bibliography file that is not UTF-8 (saved as Windows-1251 or Latin-1, say); save it again as UTF-8' },
  { id: 'character-invalid', severity: 'error', locked: true, summary: 'an invisible control character or noncharacter that XML, and so the EPUB, does not allow (U+0000–U+001F but tab and line breaks, U+FFFE, U+FFFF); delete it' },
  { id: 'image-alt-missing', severity: 'error', locked: true, summary: 'an image without alt text; describe what it shows in `![…](…)`' },
  { id: 'image-type', severity: 'error', locked: true, summary: 'an image that is not PNG, JPEG, GIF, WebP or SVG (by its bytes), or an SVG that is not well-formed XML; convert it' },
  { id: 'image-unsafe', severity: 'error', locked: true, summary: 'an SVG image that holds a script, an event handler, a `javascript:` link, entities declared in its document type, or loads anything from outside itself (a URL, another file, an `@import`); export it again without them' },
  { id: 'cover-image-type', severity: 'error', locked: true, summary: 'a `cover-image` that is not a JPEG or PNG (by its bytes), the formats stores and readers take for a cover; export it as JPEG or PNG' },
  { id: 'cover-image-size', severity: 'warning', summary: 'a `cover-image` under 1400 px on its short side (Apple Books’ minimum) or far from a height 1.6 times the width (Amazon KDP’s 1600 × 2560); use a larger or recropped image' },
  { id: 'css-invalid', severity: 'error', locked: true, summary: 'an author’s style sheet (`css`, `deck.css`) that does not parse, or an `@import` that names no file, imports itself or asks for a layer or `supports()`; fix it at the position shown' },
  { id: 'css-unsafe', severity: 'error', locked: true, summary: 'a style sheet rule that runs script in some browser (`expression()`, `behavior`, `-moz-binding`, a `javascript:` URL), or hides a URL from these checks (a name written with escapes, a `var()` inside `image-set()`); remove it (a remote `@import` or `url()` is `path-remote`)' },
  { id: 'css-url-type', severity: 'error', locked: true, summary: 'a style sheet’s `url()` to a file that is neither an image nor a font (by its bytes), the only files the outputs carry for a style sheet; name an image or a font' },
  { id: 'font-type', severity: 'error', locked: true, summary: 'a `fonts` file that is not a TrueType, OpenType, WOFF or WOFF2 font (by its bytes); use the font’s own file' },
  { id: 'chapter-duplicate-id', severity: 'error', locked: true, summary: 'two chapters with the same id; give one a distinct `id:`' },
  { id: 'directive-unknown', severity: 'error', summary: 'a `::name` directive Triptych does not know (`::timeline`, `::map`, `::glance` are); check its spelling (a `:::` fenced div may have any class)' },
  { id: 'div-unclosed', severity: 'warning', summary: 'a `:::` fenced div with no closing `:::` line; it runs to the end of what holds it (the file, a list item, a block quote), as in pandoc: close it where it should end' },
  { id: 'raw-dropped', severity: 'warning', summary: 'raw content for another output format (`{=latex}`, `{=openxml}`…) or raw TeX (a paragraph of `\\newpage`, `\\vspace{…}`, a `\\begin{…}` environment); pandoc leaves it out of HTML, and Triptych out of every output, with this warning: keep it for pandoc, or write it in Markdown' },
  { id: 'syntax-unsupported', severity: 'warning', summary: 'a pandoc construct Triptych does not render yet (a grid table whose lines do not line up, simple and multiline tables inside a list or a block quote); its text is kept, its layout is not: line it up, or write a pipe table' },
  { id: 'nesting-too-deep', severity: 'error', locked: true, summary: 'blocks or inlines nested more than 100 levels deep (block quotes, lists, divs, spans, emphasis, links inside one another); no book needs it, and parsing it takes time without bound: flatten it' },
];

/** Rules reported by `build` about its output directory (output-refusal.ts, pipeline/index.ts). */
export const outputRules: readonly RuleDoc[] = [
  { id: 'out-refused', severity: 'error', locked: true, summary: '`--out` names a directory a build must not replace (the manuscript or a folder holding it, the working directory, a file, a symbolic link, a folder with files Triptych did not write); choose a new or empty directory' },
  { id: 'out-unwritable', severity: 'error', locked: true, summary: 'the file system refused to write the output (no permission, read-only or full disk, a file where a directory must go); the previous output is kept; fix the directory or choose another' },
];

/** Rules about the configuration of the rules themselves (rule-control.ts). */
export const controlRules: readonly RuleDoc[] = [
  { id: 'rule-unknown', severity: 'warning', summary: 'a rule id in `checks:` or in a `triptych-disable` comment that no rule has, or a `triptych-…` comment that is none of `disable`, `enable`, `disable-line`, `disable-next-line` (the message suggests the nearest); fix the spelling' },
  { id: 'rule-locked', severity: 'warning', summary: '`checks:` or a comment that turns off, or down to a warning, a rule that keeps the outputs valid or safe; it stays an error: fix what it reports instead' },
];

export const allRules: readonly RuleDoc[] = [...parseRules, ...checks.flatMap((check) => check.rules), ...outputRules, ...controlRules];

/** Every rule by its id. */
export const ruleById: ReadonlyMap<string, RuleDoc> = new Map(allRules.map((rule) => [rule.id, rule]));

/** Runs every check; with a memo (`triptych dev`), unchanged chapters keep their last results (check-memo.ts). */
export async function runChecks(manuscript: Manuscript, memo?: CheckMemo): Promise<void> {
  if (memo) await runMemoized(manuscript, memo, runAll);
  else await runAll(manuscript);
}

async function runAll(manuscript: Manuscript): Promise<void> {
  for (const check of checks) await check.run(manuscript);
}
