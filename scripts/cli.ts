/**
 * `triptych <command> [dir] [options]`: arguments → the command (cli/run-*.ts) → exit code.
 * Nothing else lives here: the commands and options are tables (cli/commands.ts, cli/options.ts),
 * the help is made from them (cli/help.ts), the exit codes are cli/exit-codes.ts.
 */
import { parseArgs } from 'node:util';
import { formatInternalError } from './diagnostics/internal-error.ts';
import { initTemplates, type InitTemplate } from './init/init.ts';
import { packageInfo } from './package-info.ts';
import { colourEnabled, styles } from './cli/colour.ts';
import { commands, defaultDir, isCommand, type CommandName } from './cli/commands.ts';
import { exitCode } from './cli/exit-codes.ts';
import { commandHelp, mainHelp } from './cli/help.ts';
import { options, type OptionName } from './cli/options.ts';
import { progressLine, silentProgress } from './cli/progress.ts';
import { runDev } from './cli/run-dev.ts';
import { runInit } from './cli/run-init.ts';
import { runPipeline } from './cli/run-pipeline.ts';
import { sourceDateEpochProblem } from './cli/source-date-epoch.ts';
import type { Terminal } from './cli/terminal.ts';

const terminal: Terminal = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  styles: styles(colourEnabled(process.stderr)),
  // Only on a terminal: in a log or a pipe, a line rewritten in place is noise.
  progress: () => (process.stderr.isTTY ? progressLine(process.stderr) : silentProgress),
};

/** Every option but `--version` and `--help` belongs to some commands only (options.ts). */
const global = { version: { type: 'boolean', short: 'v' }, help: options.help } as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, tokens: true, options: { ...options, ...global } });
  const [command, ...rest] = positionals;
  if (command === undefined) {
    if (values.version) return print(`${packageInfo().version}\n`);
    if (values.help) return print(`${mainHelp(packageInfo().version)}\n`);
    return misuse('no command given');
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return print(`${mainHelp(packageInfo().version)}\n`);
    return isCommand(topic) ? print(`${commandHelp(topic)}\n`) : misuse(`\`${topic}\` is not a command`);
  }
  if (!isCommand(command)) return misuse(`\`${command}\` is not a command`);
  if (values.help) return print(`${commandHelp(command)}\n`);
  if (values.version) return print(`${packageInfo().version}\n`);
  const allowed: readonly string[] = commands[command].options;
  const foreign = tokens.find((token) => token.kind === 'option' && token.name !== 'help' && !allowed.includes(token.name));
  if (foreign?.kind === 'option') return misuse(`\`${foreign.rawName}\` is not an option of \`${command}\``, command);
  if (rest.length > 1) return misuse(`one ${command === 'init' ? 'folder' : 'manuscript (a directory or a Markdown file)'} at a time (also given: ${rest.slice(1).map((arg) => `\`${arg}\``).join(', ')})`, command);
  const dir = rest[0] ?? defaultDir(command);
  const value = <N extends OptionName>(name: N) => values[name] ?? (options[name] as { default?: unknown }).default;
  const format = String(value('format'));
  if (format !== 'text' && format !== 'json') return misuse(`--format is \`text\` or \`json\`, not \`${format}\``, command);
  const template = String(value('template'));
  if (!(initTemplates as readonly string[]).includes(template)) return misuse(`--template is ${initTemplates.map((name) => `\`${name}\``).join(' or ')}, not \`${template}\``, command);
  switch (command) {
    case 'init':
      return runInit(dir, template as InitTemplate, value('force') === true, terminal);
    case 'dev':
      return runDev(dir, String(value('host')), values.port, terminal);
    case 'build':
    case 'check': {
      if (command === 'check' && value('rules') === true) {
        const { formatRuleList, ruleRows } = await import('./checks/rule-list.ts');
        return print(`${format === 'json' ? JSON.stringify(ruleRows(), null, 2) : formatRuleList()}\n`);
      }
      const problem = command === 'build' ? sourceDateEpochProblem(process.env['SOURCE_DATE_EPOCH']) : undefined;
      if (problem) {
        terminal.err(`triptych: ${problem}\n`);
        return exitCode.usage;
      }
      return runPipeline({ command, dir, out: String(value('out')), format, timings: value('timings') === true }, terminal);
    }
  }
}

function print(text: string): number {
  terminal.out(text);
  return exitCode.ok;
}

/** A usage error: what was wrong first, then the help of the command (or the general one). */
function misuse(reason: string, command?: CommandName): number {
  terminal.err(`triptych: ${reason}\n\n${command ? commandHelp(command) : mainHelp(packageInfo().version)}\n`);
  return exitCode.usage;
}

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.exitCode = misuse(error.message);
      return;
    }
    process.stderr.write(formatInternalError(error, debug));
    process.exitCode = exitCode.usage;
  },
);
