/**
 * Where each entry of a JSON array, and each field of an entry, is written: one linear pass over
 * the text, made on the first message that needs a position. A general parser that keeps positions
 * (the `yaml` package reads JSON as YAML 1.2) spent seconds and gigabytes on a shared library of
 * tens of megabytes; this pass only tracks strings and nesting. The text is valid JSON
 * (`JSON.parse` read it first).
 */

export interface JsonSpan {
  start: number;
  end: number;
}

/** For a JSON text whose top level is an array: its elements' spans, and a field's value span inside one. */
export function jsonLocator(text: string): { element(index: number): JsonSpan | undefined; field(index: number, name: string): JsonSpan | undefined } {
  let elements: JsonSpan[] | undefined;
  const spans = () => (elements ??= topLevelElements(text));
  return {
    element: (index) => spans()[index],
    field(index, name) {
      const element = spans()[index];
      return element && text[element.start] === '{' ? memberValue(text, element, name) : undefined;
    },
  };
}

/** The end (exclusive) of the JSON value starting at `at`. */
function valueEnd(text: string, at: number): number {
  if (text[at] === '"') return stringEnd(text, at);
  if (text[at] !== '{' && text[at] !== '[') {
    const match = /[^,\]}\s]*/y;
    match.lastIndex = at;
    match.exec(text);
    return match.lastIndex;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const char = text[i];
    if (char === '"') i = stringEnd(text, i) - 1;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

const space = /[\s,:]*/y;

function skip(text: string, at: number): number {
  space.lastIndex = at;
  space.exec(text);
  return space.lastIndex;
}

function topLevelElements(text: string): JsonSpan[] {
  const out: JsonSpan[] = [];
  const open = /\s*/y.exec(text)?.[0].length ?? 0;
  if (text[open] !== '[') return out;
  let at = skip(text, open + 1);
  while (at < text.length && text[at] !== ']') {
    const end = valueEnd(text, at);
    out.push({ start: at, end });
    at = skip(text, end);
  }
  return out;
}

function memberValue(text: string, object: JsonSpan, name: string): JsonSpan | undefined {
  let at = skip(text, object.start + 1);
  while (at < object.end && text[at] === '"') {
    const keyEnd = stringEnd(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    const valueStart = skip(text, keyEnd);
    const end = valueEnd(text, valueStart);
    if (key === name) return { start: valueStart, end };
    at = skip(text, end);
  }
  return undefined;
}
