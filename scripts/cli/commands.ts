/** The commands, their arguments and which options each takes (options.ts); help.ts prints them. */
import { existsSync } from 'node:fs';
import type { OptionName } from './options.ts';

export interface CommandSpec {
  summary: string;
  /** What `dir` means for this command, and its default. */
  dir: string;
  options: readonly OptionName[];
  /** More about the command, for its `--help`. */
  details?: string;
}

const bookDir = 'the book’s folder, which holds its `book.md`, or a Markdown file, read as the `book.md` of its folder (default: `.` when it holds `book.md`, else `manuscript`)';

export const commands = {
  init: {
    summary: 'start a new book: book.md, a sample chapter, a bibliography, .gitignore and a CI workflow',
    dir: 'the folder to create the book in (default: `.`); it must be empty or new',
    options: ['template', 'force'],
    details: 'Then `triptych build <dir>` writes its EPUB, page and deck. The workflow (.github/workflows/book.yml) checks and builds the book on GitHub Actions and keeps the three outputs as artifacts.',
  },
  check: {
    summary: 'run every check and write nothing',
    dir: bookDir,
    options: ['format', 'timings', 'rules', 'debug'],
    details: 'With `--rules`, it lists the rules (as JSON with `--format json`) and reads no book.',
  },
  build: {
    summary: 'check the manuscript, then write the EPUB, the page and the deck',
    dir: bookDir,
    options: ['out', 'format', 'timings', 'debug'],
    details: 'A build with errors writes nothing. SOURCE_DATE_EPOCH, when set, dates the EPUB’s files instead of `published`.',
  },
  dev: {
    summary: 'serve the page and the deck, rebuilt and reloaded on every save',
    dir: bookDir,
    options: ['port', 'host', 'debug'],
    details: 'It writes nothing to disk; Ctrl-C stops it (exit status 0).',
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

/** `dir` when the command line gives none: the working directory if it is a book, else `manuscript`. */
export function defaultDir(command: CommandName): string {
  if (command === 'init') return '.';
  return existsSync('book.md') ? '.' : 'manuscript';
}
