/**
 * Comments that excuse a line or a stretch of the text from some rules, in the convention of
 * ESLint and markdownlint, which unified-message-control follows for remark-lint:
 *
 *   <!-- triptych-disable-next-line date-unmatched -->   the line after the comment
 *   … 1791 … <!-- triptych-disable-line date-unmatched -->   the comment's own line
 *   <!-- triptych-disable date-unmatched date-order -->   from here to the matching `enable`
 *   <!-- triptych-enable date-unmatched -->              (or to the end of the file)
 *
 * No rule id means every rule; ids are separated by spaces or commas. In the front matter the same
 * words go in a YAML comment (`# triptych-disable-next-line event-unused`). `enable` only ends a
 * `disable`: it does not turn on a rule that `checks:` or the preset leaves off.
 *
 * Written here rather than taken from unified-message-control (5.0.0), whose model this follows:
 * that package silently drops every message that falls in a "gap" between positioned nodes (our
 * plugins split text nodes into parts that carry no position, so real messages would vanish),
 * throws on an unknown keyword (an author's typo would become an internal error), reports unknown
 * rules without a rule id or severity, knows no "next line", and cannot refuse to excuse a rule
 * that protects the outputs. What remains is a small list of marks and a lookup.
 */
import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { Parser } from 'yaml';
import { closest } from '../citations/closest.ts';
import { report } from '../diagnostics/report.ts';
import { ruleById } from './index.ts';

const keywords = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
type Keyword = (typeof keywords)[number];

/** Rule ids, or `undefined` for every rule. */
type Rules = ReadonlySet<string> | undefined;

interface Toggle {
  at: Point;
  disable: boolean;
  rules: Rules;
}

export interface Excuses {
  /** Whether `message` (of a rule that may be excused) falls where a comment excuses its rule. */
  excuses(message: VFileMessage): boolean;
}

/** Reads the comments of `file` (its Markdown `tree`, if any, and its YAML front matter), reporting those that name no rule. */
export function readExcuses(file: VFile, tree: Root | undefined): Excuses {
  const toggles: Toggle[] = [];
  const lines = new Map<number, Rules[]>();
  const mark = (keyword: Keyword, rules: Rules, start: Point, end: Point) => {
    if (keyword === 'disable' || keyword === 'enable') toggles.push({ at: start, disable: keyword === 'disable', rules });
    else {
      const line = keyword === 'disable-line' ? start.line : end.line + 1;
      lines.set(line, [...(lines.get(line) ?? []), rules]);
    }
  };
  const read = (text: string, start: Point, end: Point) => {
    const marker = parseMarker(text);
    if (marker) apply(file, marker, start, end, mark);
  };
  if (tree) {
    visit(tree, 'html', (node: Html) => {
      const comment = /^<!--([\s\S]*)-->$/.exec(node.value.trim());
      if (comment && node.position) read(comment[1]!, node.position.start, node.position.end);
    });
  }
  for (const comment of frontMatterComments(file)) read(comment.text, comment.start, comment.end);
  toggles.sort((a, b) => before(a.at, b.at) ? -1 : before(b.at, a.at) ? 1 : 0);

  const covers = (rules: Rules, ruleId: string) => rules === undefined || rules.has(ruleId);
  return {
    excuses(message) {
      const place = message.place;
      const point = place && 'start' in place ? place.start : place;
      if (!point || !message.ruleId) return false;
      if ((lines.get(point.line) ?? []).some((rules) => covers(rules, message.ruleId!))) return true;
      let disabled = false;
      for (const toggle of toggles) {
        if (before(point, toggle.at)) break;
        if (covers(toggle.rules, message.ruleId)) disabled = toggle.disable;
      }
      return disabled;
    },
  };
}

interface Marker {
  keyword: string;
  ids: string[];
}

/** `triptych-disable-next-line a, b` → its keyword and ids; `undefined` for any other comment. */
function parseMarker(text: string): Marker | undefined {
  const match = /^\s*triptych-([\w-]*)([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  return { keyword: match[1]!, ids: match[2]!.split(/[\s,]+/).filter((id) => id !== '') };
}

function apply(file: VFile, marker: Marker, start: Point, end: Point, mark: (keyword: Keyword, rules: Rules, start: Point, end: Point) => void): void {
  const place = { start, end };
  const keyword = keywords.find((known) => known === marker.keyword);
  if (!keyword) {
    const near = closest(marker.keyword, keywords);
    report(file, `\`triptych-${marker.keyword}\` is not a Triptych comment, so it excuses nothing; ${near ? `did you mean \`triptych-${near}\`? ` : ''}write \`triptych-disable-next-line\`, \`triptych-disable-line\`, or \`triptych-disable\` … \`triptych-enable\`, then the rule ids`, place, 'rule-unknown', 'warning');
    return;
  }
  if (marker.ids.length === 0) {
    mark(keyword, undefined, start, end);
    return;
  }
  const rules = new Set<string>();
  for (const id of marker.ids) {
    const rule = ruleById.get(id);
    if (!rule) {
      const near = closest(id, [...ruleById.keys()]);
      report(file, `Unknown rule \`${id}\` in a \`triptych-${keyword}\` comment: no rule has this id, so nothing is excused; ${near ? `did you mean \`${near}\`? ` : ''}\`triptych check --rules\` lists every rule`, place, 'rule-unknown', 'warning');
    } else if (rule.locked) {
      report(file, `\`${id}\` cannot be excused by a comment: it keeps the outputs valid and safe, so what it reports stays an error; fix that instead, and remove \`${id}\` from the comment`, place, 'rule-locked', 'warning');
    } else rules.add(id);
  }
  if (rules.size > 0) mark(keyword, rules, start, end);
}

/** The comments in the YAML front matter at the top of `file`, with their positions. */
function frontMatterComments(file: VFile): Array<{ text: string; start: Point; end: Point }> {
  const source = String(file.value);
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open || !source.includes('triptych-')) return [];
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*\r?$/m.exec(rest);
  const yaml = close ? rest.slice(0, close.index) : rest;
  const toPoint = location(file).toPoint;
  const comments: Array<{ text: string; start: Point; end: Point }> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        const start = toPoint(open[0].length + token.offset);
        const end = toPoint(open[0].length + token.offset + token.source.length);
        if (start && end) comments.push({ text: token.source.replace(/^#/, ''), start, end });
      }
      for (const [key, child] of Object.entries(value)) if (key !== 'source') walk(child);
    }
  };
  walk([...new Parser().parse(yaml)]);
  return comments;
}

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
