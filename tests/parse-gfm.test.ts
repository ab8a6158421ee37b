/**
 * The parse loads two GFM constructs (autolink literals, tables) only into files that can hold
 * them (scripts/plugins/remark-gfm-as-needed.ts). The tree must be exactly remark-gfm's, positions
 * and messages included: on every Markdown file of the fixtures and the flagship, and on the
 * edge cases of each construct's test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../scripts/pipeline/parse.ts';
import { markdownPlugins } from '../scripts/plugins/index.ts';
import { gfmNeeds } from '../scripts/plugins/remark-gfm-as-needed.ts';
import { remarkLeafDirectives } from '../scripts/plugins/remark-leaf-directives.ts';
import { remarkNestingBound } from '../scripts/plugins/remark-nesting-bound.ts';
import { remarkPandocSyntax } from '../scripts/plugins/remark-pandoc-syntax.ts';
import { remarkRestoreDirectives } from '../scripts/plugins/remark-restore-directives.ts';
import { projectRoot } from '../scripts/resources.ts';

// The same pipeline as parse.ts, with the whole of remark-gfm.
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false }).use(remarkNestingBound).use(remarkPandocSyntax).use(remarkLeafDirectives).use(remarkRestoreDirectives).use(markdownPlugins).freeze();

function parsedBoth(value: string, path = 'chapter.md') {
  const ours = new VFile({ path, value });
  const theirs = new VFile({ path, value });
  return {
    ours: { tree: parseMarkdown(ours), messages: ours.messages.map(String) },
    theirs: { tree: reference.runSync(reference.parse(theirs), theirs), messages: theirs.messages.map(String) },
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const cases: Record<string, string> = {
  'email autolink': 'Write to ada@example.com or mailto:ada@example.org, or xmpp:ada@example.net.',
  'email autolink after a dash, beside a citation': 'As [-@perdue2005] says; see a-@b.c too.',
  'www autolink, any case': 'See www.example.com and WWW.EXAMPLE.ORG and Www.x.io.',
  'protocol autolink, any case': 'See https://example.com/a?b and HTTP://EXAMPLE.ORG.',
  'autolink built by a character reference or an escape': 'See www&#46;example.com and www\\.example.org and ada&#64;example.com.',
  'citations with no autolink': 'As [@perdue2005, p. 12] and @forsyth1992 [chap. 2] show, in 1716.',
  'table with pipes': 'a | b\n--|--\n1 | 2\n',
  'table without pipes': 'a\n:-\n\nb\n-:\n\nc\n:-:\n',
  'table in a block quote': '> a | b\n> --|--\n> 1 | 2\n',
  'thematic break and setext heading, no table': 'a\n---\n\nb\n- :\n\n***\n',
  'footnote, strikethrough and task list': 'A note[^n] and ~~gone~~.\n\n[^n]: The note.\n\n- [ ] open\n- [x] done\n',
};

describe('parse: GFM constructs loaded as needed', () => {
  it('needs autolink literals and tables exactly where their characters are', () => {
    expect(gfmNeeds('Plain prose, [@key] and @key [p. 2], in 1716: a list - of things.')).toEqual({ autolinkLiteral: false, table: false });
    expect(gfmNeeds('x@y')).toEqual({ autolinkLiteral: true, table: false });
    expect(gfmNeeds('WWW.')).toEqual({ autolinkLiteral: true, table: false });
    expect(gfmNeeds('Https://')).toEqual({ autolinkLiteral: true, table: false });
    expect(gfmNeeds('a | b')).toEqual({ autolinkLiteral: false, table: true });
    expect(gfmNeeds('a\n-:')).toEqual({ autolinkLiteral: false, table: true });
  });

  for (const [name, value] of Object.entries(cases)) {
    it(`gives remark-gfm's tree: ${name}`, () => {
      const { ours, theirs } = parsedBoth(`---\ntitle: T\n---\n\n${value}`);
      expect(ours).toEqual(theirs);
    });
  }

  it("gives remark-gfm's tree and messages for every Markdown file of the fixtures and the flagship", () => {
    const files = [...markdownFiles(join(projectRoot, 'tests/fixtures')), ...markdownFiles(join(projectRoot, 'manuscript'))];
    expect(files.length).toBeGreaterThan(40);
    for (const path of files) {
      const { ours, theirs } = parsedBoth(readFileSync(path, 'utf8'), path);
      expect({ path, ...ours }).toEqual({ path, ...theirs });
    }
  });
});
