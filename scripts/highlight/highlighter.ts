/**
 * Syntax highlighting at build time with lowlight (highlight.js's grammars, output as hast): the
 * outputs carry `<span class="hljs-…">` and run no script. Chosen over starry-night (TextMate
 * grammars, a WebAssembly regex engine and ~10× the bytes to load) for weight: a book loads
 * lowlight's core and only the grammars its fences name (languages.ts), when it has any.
 *
 * The grammars are CommonJS files named at run time, so they are `require`d: a bundler cannot hold
 * a module whose name it does not know, and the CLI's bundle runs in `vm.Script`, where `import()`
 * has no loader. highlight.js is therefore one of the package's run-time dependencies.
 */
import type { Root } from 'hast';
import { createRequire } from 'node:module';
import { embeddedLanguages, languageFiles } from './languages.ts';

export interface Highlighter {
  /** The code as highlighted hast, or undefined for a language highlight.js does not know. */
  highlight(code: string, language: string): Root | undefined;
}

/** The grammar file a fence's language names, if highlight.js has one. */
export function grammarFile(language: string): string | undefined {
  return languageFiles[language.toLowerCase()];
}

/** A highlighter for `languages` (as written on fences); undefined when highlight.js knows none of them. */
export async function loadHighlighter(languages: Iterable<string>): Promise<Highlighter | undefined> {
  const files = new Set<string>();
  const add = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const embedded of embeddedLanguages[file] ?? []) add(embedded);
  };
  for (const language of languages) {
    const file = grammarFile(language);
    if (file) add(file);
  }
  if (files.size === 0) return undefined;
  const { createLowlight } = await import('lowlight');
  const lowlight = createLowlight();
  for (const file of [...files].sort()) {
    // `file` comes from the generated table, never from the manuscript's text.
    const grammar = createRequire(import.meta.url)(`highlight.js/lib/languages/${file}`) as Parameters<typeof lowlight.register>[1];
    lowlight.register(file, grammar);
  }
  return {
    highlight(code, language) {
      const file = grammarFile(language);
      return file && files.has(file) ? lowlight.highlight(file, code) : undefined;
    },
  };
}
