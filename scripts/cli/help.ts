/**
 * The help texts, made from the tables of commands (commands.ts) and options (options.ts): every
 * option with its default, every command with what its `dir` means, and the exit status.
 */
import { commands, type CommandName } from './commands.ts';
import { exitCodeHelp } from './exit-codes.ts';
import { options, type OptionName, type OptionSpec } from './options.ts';

const environment = `Environment:
  NO_COLOR            no colour (https://no-color.org); colour is used only when stderr is a terminal
  FORCE_COLOR         colour even when stderr is not a terminal (0 or false: none)
  SOURCE_DATE_EPOCH   build: dates the EPUB’s files (seconds since 1970) instead of \`published\``;

/** Two columns: the left padded to the widest entry. */
function columns(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 3;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

function optionRow(name: OptionName): [string, string] {
  const spec: OptionSpec = options[name];
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
  const fallback = spec.defaultText ?? (spec.type === 'string' && spec.default !== undefined ? String(spec.default) : undefined);
  return [flag, `${spec.help}${fallback === undefined ? '' : ` (default: ${fallback})`}`];
}

export function mainHelp(version: string): string {
  const rows = (Object.entries(commands) as Array<[CommandName, (typeof commands)[CommandName]]>).map(([name, spec]) => [`${name} [dir]`, spec.summary] as const);
  return `triptych ${version}: one Markdown manuscript → an EPUB 3, a standalone HTML page and a reveal.js deck, checked like code

Usage: triptych <command> [dir] [options]

Commands:
${columns([...rows, ['help [command]', 'show this help, or a command’s']])}

Options:
${columns([['-h, --help', 'show this help; `triptych <command> --help` shows the command’s options'], ['-v, --version', 'print the version']])}

${environment}

${exitCodeHelp}`;
}

export function commandHelp(name: CommandName): string {
  const spec = commands[name];
  const details = 'details' in spec ? `\n\n${spec.details}` : '';
  return `Usage: triptych ${name} [dir] [options]

${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.${details}

Arguments:
${columns([['dir', spec.dir]])}

Options:
${columns([...spec.options, 'help' as const].map(optionRow))}

${exitCodeHelp}`;
}
