/**
 * The rules of templates/pandoc-classes.css (`span.smallcaps`, `span.underline`) for the classes the
 * book uses, for each output to append to its stylesheet: a book that uses none ships none, and no
 * stylesheet carries a selector nothing matches (EPUBCheck's CSS-025 under `-u`). Spans on slides
 * count too: they are only in the slide blocks' mdast, which the book does not render.
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Span } from '../../manuscript/nodes.ts';
import { template } from '../../resources.ts';
import type { ChapterHast } from './book-to-hast.ts';

export function pandocClassStyles(chapters: readonly ChapterHast[]): string {
  const rules = new Map<string, string>();
  for (const line of template('pandoc-classes.css').split('\n')) {
    const name = /^span\.([\w-]+) \{/.exec(line)?.[1];
    if (name) rules.set(name, line);
  }
  const used = new Set<string>();
  for (const { section, slideBlocks } of chapters) {
    visit(section, 'element', (node: Element) => {
      const classes = node.tagName === 'span' ? node.properties['className'] : undefined;
      if (Array.isArray(classes)) for (const name of classes) used.add(String(name));
    });
    for (const blocks of slideBlocks.values()) {
      for (const block of blocks) {
        visit(block, 'span', (node: Span) => {
          for (const name of node.attributes.classes) used.add(name);
        });
      }
    }
  }
  return [...rules].filter(([name]) => used.has(name)).map(([, rule]) => `${rule}\n`).join('');
}
