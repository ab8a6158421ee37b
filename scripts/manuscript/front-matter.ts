/**
 * Front matter: YAML 1.2 (the `yaml` package) with a `LineCounter`, validated by a zod schema,
 * then mapped to the model by the kind's `normalize` (the book's turns pandoc's and Quarto's keys
 * into ours: schema/normalize-book.ts). Every problem becomes a positioned message: a YAML syntax
 * error at its own line and column, a schema issue at the value it concerns
 * (`doc.getIn(path, true).range`), an unknown key or another tool's key (warnings) at the key.
 * `locate()` is kept so that later checks can point into the front matter too.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, parseDocument, visit as visitYaml, type Document, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import type { z } from 'zod';
import { report, type Severity } from '../diagnostics/report.ts';

export type Path = ReadonlyArray<string | number>;

/** What `normalize` may do besides returning the model: report at a place in the front matter. */
export interface NormalizeContext {
  report(path: Path, reason: string, ruleId: string, severity?: Severity, part?: 'value' | 'key'): void;
}

/** One kind of front matter (the book's, a chapter's): its schema and how it becomes the model. */
export interface FrontMatterKind<S extends z.ZodType, T> {
  /** `book` or `chapter`, as messages name it. */
  what: string;
  schema: S;
  /**
   * Keys that belong to other tools (LaTeX's `mainfont`, Quarto's `format`), each with a sentence
   * saying whose it is: a warning (`front-matter-ignored`), not an unknown key.
   */
  otherTools?: (key: string) => string | undefined;
  /** The model from the validated data; problems found here go through `context`. */
  normalize(data: z.output<S>, context: NormalizeContext): T;
}

export interface FrontMatter<T> {
  data: T;
  /** The position of the value at `path` (or of its key), falling back to the nearest ancestor. */
  locate(path: Path, part?: 'value' | 'key'): Position;
}

/** Where the YAML text starts inside the file: 1-based line of its first character, and offset. */
export interface YamlOrigin {
  line: number;
  offset: number;
}

export function parseFrontMatter<S extends z.ZodType, T>(file: VFile, yaml: string, origin: YamlOrigin, kind: FrontMatterKind<S, T>): FrontMatter<T> | undefined {
  const { what, schema } = kind;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const at = (offset: number): Position['start'] => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: origin.line + line - 1, column: col, offset: origin.offset + offset };
  };
  const span = (range: readonly [number, number, number?] | null | undefined): Position =>
    range ? { start: at(range[0]), end: at(range[1]) } : { start: at(0), end: at(0) };

  // A tag yaml cannot resolve (`!custom`) is only a warning to it, and the value is read as if
  // untagged; the author meant something by it, so it is an error here.
  const unresolved = doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (doc.errors.length > 0 || unresolved.length > 0) {
    for (const error of [...doc.errors, ...unresolved]) {
      report(
        file,
        `The ${what} front matter is not valid YAML: ${firstLine(error.message)}; fix the YAML syntax at this point (quote values that contain \`: \` or start with a special character)`,
        span(error.pos),
        'yaml-syntax',
      );
    }
    return undefined;
  }

  const locate = (path: Path, part: 'value' | 'key' = 'value'): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      if (part === 'key' && depth === path.length && depth > 0) {
        const parent = prefix.length === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
        const key = findKey(parent, prefix[prefix.length - 1]);
        if (key) return span(key.range);
      }
      const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
      if (node && typeof node === 'object' && 'range' in node) return span((node as YamlNode).range);
    }
    return span(null);
  };

  // An alias whose anchor is missing parses, but throws when turned into data; so does an alias
  // cycle. Both are the author's YAML mistakes, reported at the alias.
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    let place = locate([]);
    visitYaml(doc, {
      Alias(_key, node) {
        if (node.resolve(doc) === undefined && node.range) {
          place = span(node.range);
          return visitYaml.BREAK;
        }
        return undefined;
      },
    });
    const message = firstLine((error as Error).message);
    // yaml's own words for a bomb of nested aliases (billion laughs): no anchor is missing there.
    const advice = /alias count/i.test(message)
      ? 'aliases that expand to more than 100 copies are refused, so that a few lines cannot make a huge document; write the values out, or use fewer aliases'
      : 'define the anchor (`&name`) before the alias (`*name`), or quote a value that starts with `*`';
    report(file, `The ${what} front matter is not valid YAML: ${message}; ${advice}`, place, 'yaml-syntax');
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report(file, `The ${what} front matter is not a mapping of keys to values; write \`key: value\` lines between the \`---\` fences`, locate([]), 'front-matter-type');
    return undefined;
  }

  let result = schema.safeParse(raw);
  // Unknown keys are warnings: report them, drop them and validate again. At the top level, a key
  // another tool reads is said to be that tool's, not a typo.
  const unknown = result.success ? [] : result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  if (unknown.length > 0) {
    for (const issue of unknown) {
      for (const key of issue.keys) {
        const path = [...issue.path.map(toPathKey), key];
        const owner = path.length === 1 ? kind.otherTools?.(key) : undefined;
        report(
          file,
          owner
            ? `The ${what} front-matter key \`${key}\` ${owner}, so Triptych ignores it; it does no harm here: keep it for that tool, or remove it`
            : `Unknown ${what} front-matter key \`${key}\`: it is not part of the manuscript format and is ignored; check its spelling against the README’s front-matter reference or remove it`,
          locate(path, 'key'),
          owner ? 'front-matter-ignored' : 'front-matter-unknown-key',
          'warning',
        );
        deleteAt(raw, path);
      }
    }
    result = schema.safeParse(raw);
  }
  if (!result.success) {
    for (const found of result.error.issues) {
      const { issue, path } = deepestIssue(found);
      const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
      report(file, describeIssue(issue, path, what, missing, valueAt(raw, path)), locate(path), missing ? 'front-matter-missing' : 'front-matter-invalid');
    }
    return undefined;
  }
  const context: NormalizeContext = {
    report: (path, reason, ruleId, severity = 'error', part = 'value') => report(file, reason, locate(path, part), ruleId, severity),
  };
  return { data: kind.normalize(result.data as z.output<S>, context), locate };
}

/**
 * A value that may be written several ways (pandoc's `author`: text, a list, a list of mappings)
 * fails as a union. The branch that got furthest into the value says best what is wrong (`[1].name`
 * is not text); when none got past the value's own type, the union's message lists the forms.
 */
function deepestIssue(issue: z.core.$ZodIssue, prefix: Path = []): { issue: z.core.$ZodIssue; path: Path } {
  const path = [...prefix, ...issue.path.map(toPathKey)];
  if (issue.code !== 'invalid_union') return { issue, path };
  let best: { issue: z.core.$ZodIssue; path: Path } | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = deepestIssue(inner, path);
      if (candidate.path.length > path.length && (!best || candidate.path.length > best.path.length)) best = candidate;
    }
  }
  return best ?? { issue, path };
}

function describeIssue(issue: z.core.$ZodIssue, path: Path, what: string, missing: boolean, value: unknown): string {
  const name = path.length > 0 ? `\`${formatPath(path)}\`` : `the ${what} front matter`;
  if (missing) {
    return `Missing required ${what} field ${name}: the ${what} cannot be built without it; add \`${String(path[path.length - 1])}: …\` to the front matter`;
  }
  if (issue.code === 'invalid_type') {
    const expected = typeNames[issue.expected] ?? issue.expected;
    return `The ${what} field ${name} has the wrong type: expected ${expected}, got ${describeValue(value)}; write it as ${expected}${issue.expected === 'array' ? ' (`[a, b]` or one `- item` per line)' : ''}`;
  }
  return `The ${what} field ${name} ${lowerFirst(issue.message)}; correct the value`;
}

const typeNames: Record<string, string> = {
  array: 'a list',
  object: 'a mapping of keys to values',
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing (null)';
  // YAML reads `1e400` or `.inf` as infinity, which is a number only in name.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'not-a-number (`.nan`)' : 'an infinite number';
  // `!!binary` makes bytes (a Uint8Array), `!!timestamp` a date: values of a kind no field takes.
  if (value instanceof Uint8Array) return 'binary data (`!!binary`)';
  if (value instanceof Date) return 'a timestamp (`!!timestamp`)';
  if (typeof value === 'object') return 'a mapping';
  return typeNames[typeof value] ?? typeof value;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function formatPath(path: Path): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function toPathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function findKey(parent: unknown, key: string | number | undefined): YamlNode | undefined {
  if (!isMap(parent)) return undefined;
  for (const item of parent.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key;
  }
  return undefined;
}

function valueAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function deleteAt(root: unknown, path: Path): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) delete (node as Record<string | number, unknown>)[path[path.length - 1]!];
}

export type { Document };
