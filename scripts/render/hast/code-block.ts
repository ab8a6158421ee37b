/**
 * A fenced code block as `<pre><code>`, highlighted at build time when its language is one
 * highlight.js knows (an unknown one stays plain, without a word: pandoc does the same), its lines
 * numbered with `.numberLines` (from `startFrom`, default 1) as pandoc's HTML writer numbers them.
 * A line's number is text hidden from screen readers, so the code reads (and copies) as written.
 * The block's other pandoc attributes go on `<pre>` as pandoc puts them (the id, classes but the
 * language, other keys as `data-*`), its language on `<code>`.
 */
import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import type { Code } from 'mdast';
import type { Highlighter } from '../../highlight/highlighter.ts';
import { attributesToProperties } from '../../syntax/pandoc-attributes/to-properties.ts';
import { codeAttributes } from './code-attributes.ts';

export function codeBlock(node: Code, highlighter: Highlighter | undefined): Element {
  const attributes = codeAttributes(node);
  const { language } = attributes;
  const highlighted = language ? highlighter?.highlight(node.value, language) : undefined;
  const content: ElementContent[] = highlighted ? (highlighted.children as ElementContent[]) : [{ type: 'text', value: node.value }];
  const numbered = attributes.classes.includes('numberLines') || attributes.classes.includes('number-lines');
  const start = Number.parseInt(attributes.pairs.find(([key]) => key === 'startFrom')?.[1] ?? '1', 10);
  const classes = attributes.classes.filter((name) => name !== language);
  const properties = attributesToProperties({ ...attributes, classes }, 'pre');
  const code = h('code', language ? { className: [`language-${language}`] } : {}, numbered ? numberLines(content, Number.isFinite(start) ? start : 1) : content);
  // A long line scrolls the block sideways: keyboard users reach it by Tab (WCAG 2.1.1; axe's scrollable-region-focusable).
  return h('pre', { ...properties, className: ['code', ...(highlighted ? ['highlighted'] : []), ...classes], tabIndex: 0 }, [code]);
}

/** Each line in a `<span class="code-line">` led by its number; spans that run over lines are cut at each line end. */
function numberLines(content: ElementContent[], start: number): ElementContent[] {
  const lines = splitLines(content);
  if (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines.flatMap((line, index) => [
    ...(index > 0 ? [{ type: 'text', value: '\n' } as Text] : []),
    h('span', { className: ['code-line'] }, [h('span', { className: ['line-number'], ariaHidden: 'true' }, String(start + index)), ...line]),
  ]);
}

function splitLines(content: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  const walk = (nodes: readonly ElementContent[], wrap: (node: ElementContent) => ElementContent): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        node.value.split('\n').forEach((part, index) => {
          if (index > 0) lines.push([]);
          if (part !== '') lines[lines.length - 1]!.push(wrap({ type: 'text', value: part }));
        });
      } else if (node.type === 'element') {
        walk(node.children, (child) => wrap({ ...node, children: [child] }));
      }
    }
  };
  walk(content, (node) => node);
  return lines;
}
