/**
 * Stage 2: Markdown → mdast. The processor is built once and reused for every file (Astro does the
 * same). The stages, in order:
 *   remark-parse        CommonMark
 *   remark-frontmatter  the `---` YAML block becomes a `yaml` node (kept, with its position)
 *   remark-gfm          tables, footnotes, strikethrough, autolinks (as needed: see remark-gfm-as-needed.ts)
 *   nesting bound       nothing nested deeper than limits.nestingDepth reaches a later stage
 *   pandoc syntax       `{#id .class}` attributes, `:::` fenced divs (`::: slide`), `[text]{.class}`
 *                       spans, `[Heading]` references (remark-pandoc-syntax.ts, scripts/syntax/)
 *   leaf directives     `::timeline`, `::map{chapter=…}`, `::glance`, `:date[…]{…}`
 *   our plugins         restore unknown text directives; pandoc's other constructs (sub/superscript,
 *                       inline notes, lists, tables, captions, raw content, line blocks:
 *                       plugins/index.ts); citations and dates become typed nodes
 */
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { parseFrontMatter, type FrontMatter, type FrontMatterKind } from '../manuscript/front-matter.ts';
import { report } from '../diagnostics/report.ts';
import { gfmNeeds, remarkGfmAsNeeded, type GfmNeeds } from '../plugins/remark-gfm-as-needed.ts';
import { remarkLeafDirectives } from '../plugins/remark-leaf-directives.ts';
import { remarkNestingBound } from '../plugins/remark-nesting-bound.ts';
import { remarkPandocSyntax } from '../plugins/remark-pandoc-syntax.ts';
import { remarkRestoreDirectives } from '../plugins/remark-restore-directives.ts';
import { markdownPluginsFor } from '../plugins/index.ts';
import { lettersNeeded } from '../syntax/fancy-lists/index.ts';
import { memoizeParse, shareFrozen } from './parse-cache.ts';

function createProcessor(needs: GfmNeeds, letterLists: boolean) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfmAsNeeded, needs)
    .use(remarkNestingBound)
    .use(remarkPandocSyntax)
    .use(remarkLeafDirectives)
    .use(remarkRestoreDirectives)
    .use(markdownPluginsFor({ letterLists }))
    .freeze();
}

/** One processor per set of needs (GFM's two, pandoc's letter lists: at most eight), each built on first use. */
const processors = new Map<string, ReturnType<typeof createProcessor>>();

function processorFor(file: VFile) {
  const source = String(file.value);
  const needs = gfmNeeds(source);
  const letterLists = lettersNeeded(source);
  const key = `${needs.autolinkLiteral}:${needs.table}:${letterLists}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(needs, letterLists)));
  return processor;
}

/**
 * `lang`: the book's language, which the plugins read words in (dates). For book.md it is not known
 * before its own front matter is read: a function then takes it from the syntax tree, whose `yaml`
 * node is there before any plugin runs.
 */
export function parseMarkdown(file: VFile, lang: string | ((syntax: Root) => string | undefined) = 'en'): Root {
  // `triptych dev` memoizes parses (parse-cache.ts), sharing the trees frozen; a build parses every file once anyway.
  return memoizeParse(typeof lang === 'string' ? `mdast:${lang}` : 'mdast', file, () => {
    const processor = processorFor(file);
    const syntax = processor.parse(file);
    const language = typeof lang === 'string' ? lang : lang(syntax);
    if (language !== undefined) file.data.lang = language;
    return processor.runSync(syntax, file);
  }, shareFrozen);
}

/** Reads the `yaml` node at the top of `tree` (if any) as front matter of `kind`, positioned in `file`. */
export function readFrontMatter<S extends z.ZodType, T>(file: VFile, tree: Root, kind: FrontMatterKind<S, T>): FrontMatter<T> | undefined {
  const { what } = kind;
  const first = tree.children[0];
  const yaml: Yaml | undefined = first?.type === 'yaml' ? first : undefined;
  const start = yaml?.position?.start;
  // The YAML text starts on the line after the opening `---` fence.
  const source = String(file.value);
  const offset = start?.offset !== undefined ? source.indexOf('\n', start.offset) + 1 : 0;
  return memoizeParse(
    `front-matter:${what}`,
    file,
    () => (yaml || !misplacedFence(file, source, what) ? parseFrontMatter(file, yaml?.value ?? '', { line: (start?.line ?? 0) + 1, offset }, kind) : undefined),
    (matter) => matter && { ...matter, data: structuredClone(matter.data) },
  );
}

/**
 * A `---` that was meant to open the front matter but did not: not closed by a `---` line of its
 * own (a `----` or YAML's `...` does not), or not on the first line. Without this, the YAML was read as
 * Markdown and the author got an error for every required field, at 1:1. Reports it and returns true.
 */
function misplacedFence(file: VFile, source: string, what: string): boolean {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !/^-{3,}\s*$/.test(lines[first]!)) return false;
  if (first > 0) {
    report(file, `The ${what} front matter starts on line ${first + 1}, after blank lines: a \`---\` block is front matter only on the very first line; delete the lines above it`, { line: first + 1, column: 1 }, 'yaml-syntax');
    return true;
  }
  if (lines[0]!.trim() !== '---') {
    report(file, `The ${what} front matter opens with \`${lines[0]!.trim()}\`: it opens, and closes, with a line of exactly three dashes; write \`---\``, { line: 1, column: 1 }, 'yaml-syntax');
    return true;
  }
  const close = lines.findIndex((line, index) => index > 0 && /^(-{3,}|\.{3})\s*$/.test(line));
  const closing = close < 0 ? undefined : lines[close]!.trim();
  report(
    file,
    closing === undefined
      ? `The ${what} front matter opened on line 1 is never closed: it ends with a line of exactly three dashes, \`---\`; add it after the last field`
      : `The ${what} front matter is closed with \`${closing}\` on line ${close + 1}: it closes with a line of exactly three dashes; write \`---\``,
    closing === undefined ? { line: 1, column: 1 } : { line: close + 1, column: 1 },
    'yaml-syntax',
  );
  return true;
}
