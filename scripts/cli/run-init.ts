/** `triptych init`: makes the book, then says what it wrote and what to do next. */
import { relative, resolve } from 'node:path';
import { init, type InitTemplate } from '../init/init.ts';
import { exitCode } from './exit-codes.ts';
import type { Terminal } from './terminal.ts';

export async function runInit(dir: string, template: InitTemplate, force: boolean, terminal: Terminal): Promise<number> {
  const result = await init({ dir, template, force });
  if (!result.ok) {
    terminal.err(`triptych: ${result.reason}\n`);
    return exitCode.failed;
  }
  const shown = relative(process.cwd(), resolve(dir)) || '.';
  const lines = [
    `Created a ${template === 'history' ? 'history ' : ''}book in ${shown}/:`,
    ...result.created.map((path) => `  ${path}`),
    ...result.kept.map((path) => `  ${path} (already there: kept)`),
    '',
    'Next:',
    ...(shown === '.' ? [] : [`  cd ${shown}`]),
    '  triptych build    check the book, then write the EPUB, the page and the deck into dist/',
    '  triptych dev      see the page and the deck while you write, reloaded on every save',
    'On GitHub, .github/workflows/book.yml checks and builds the book on every push.',
  ];
  terminal.out(`${lines.join('\n')}\n`);
  return exitCode.ok;
}
