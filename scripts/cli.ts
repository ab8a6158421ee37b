/**
 * `triptych build|check|dev [dir | file.md] [options]`: arguments → pipeline (or the dev server) → printed report → exit code.
 * Nothing else lives here. Exit status: 0 clean, 1 manuscript errors, 2 usage or internal error.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { collect, formatText, summary } from './diagnostics/format.ts';
import { formatInternalError } from './diagnostics/internal-error.ts';
import type { Timings } from './pipeline/index.ts';
import { allowCollections } from './memory.ts';

const usage = `Usage: triptych <command> [dir | file.md] [options]

Commands:
  build [dir]   check the manuscript, then write the EPUB, the page and the deck
  check [dir]   run every check and write nothing (--rules: list the rules instead)
  dev [dir]     serve the page and the deck on 127.0.0.1, rebuilt and reloaded on every save

Options:
  --out <dir>       output directory for build (default: dist)
  --format <fmt>    diagnostics as \`text\` (default) or \`json\`
  --timings         print the time each stage took
  --rules           check: list every rule, its severity, preset and what turns it on
  --port <n>        dev: port (default 4321, or a free one if taken; 0 = any free port)
  --host <addr>     dev: address to listen on (default 127.0.0.1; other values expose the manuscript)
  --debug           print the stack of an internal error
  -h, --help        show this help
dir defaults to \`manuscript\`; a Markdown file is read as the \`book.md\` of its folder.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'dist' },
      format: { type: 'string', default: 'text' },
      timings: { type: 'boolean', default: false },
      rules: { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, dir = 'manuscript', ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (command === 'dev' && rest.length === 0) return runDev(dir, values.host, values.port);
  const misuse =
    command === undefined ? 'no command given'
    : command !== 'build' && command !== 'check' && command !== 'dev' ? `\`${command}\` is not a command`
    : rest.length > 0 ? `one manuscript (a directory or a Markdown file) at a time (also given: ${rest.map((arg) => `\`${arg}\``).join(', ')})`
    : !['text', 'json'].includes(values.format) ? `--format is \`text\` or \`json\`, not \`${values.format}\``
    : undefined;
  if (misuse) {
    process.stderr.write(`triptych: ${misuse}\n\n${usage}\n`);
    return 2;
  }
  if (command === 'check' && values.rules) {
    const { formatRuleList, ruleRows } = await import('./checks/rule-list.ts');
    process.stdout.write(`${values.format === 'json' ? JSON.stringify(ruleRows(), null, 2) : formatRuleList()}\n`);
    return 0;
  }
  const epochProblem = command === 'build' ? sourceDateEpochProblem(process.env['SOURCE_DATE_EPOCH']) : undefined;
  if (epochProblem) {
    process.stderr.write(`triptych: ${epochProblem}\n`);
    return 2;
  }
  // V8 grows the heap after each full collection to as much as 4× what survived it, a choice made
  // for long-running programs. A build is one pass whose live set stays small (the book, its hast,
  // one output at a time) while it makes a great deal of short-lived garbage: at 50× the heap grew
  // to ~400 MB over ~110 MB alive. Growing it by half instead took the 50× build's peak RSS from
  // ~460 to ~365 MB, for ~4% more time at 50× (one more full collection on the flagship, ~20 ms,
  // lost in its noise; medians of 3 and 5, alternating). Set before the pipeline is
  // loaded, so that its code cache (scripts/bundle/) is made and checked under the same flags.
  // `triptych dev` keeps V8's default: its memos are meant to stay alive.
  setFlagsFromString('--heap-growing-percent=50');
  // The build also collects at two points where V8's own timing costs memory it never gives
  // back (memory.ts): the flag that allows it is set here, for the same reason.
  allowCollections();
  const pipeline = await import('./pipeline/index.ts');
  const result = command === 'build' ? await pipeline.build({ dir, out: values.out }) : await pipeline.check(dir);
  const diagnostics = collect(result.files, process.cwd());
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify({ ok: result.ok, diagnostics }, null, 2)}\n`);
  } else {
    if (diagnostics.length > 0) process.stderr.write(`${formatText(diagnostics)}\n${summary(diagnostics)}\n`);
    if (command === 'build' && 'outputs' in result) {
      for (const output of (result as import('./pipeline/index.ts').BuildResult).outputs) {
        process.stdout.write(`${relative(process.cwd(), output.path)}  ${formatBytes(output.bytes)}  ${Math.round(output.ms)} ms\n`);
      }
    }
    if (values.timings) process.stderr.write(`${formatTimings(result.timings)}peak RSS       ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(8)} MB\n`);
  }
  return result.ok ? 0 : 1;
}

/** `triptych dev`: runs until SIGINT or SIGTERM, then closes the server and exits 0. */
async function runDev(dir: string, host: string, port: string | undefined): Promise<number> {
  const portNumber = port === undefined ? 4321 : Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) {
    process.stderr.write(`triptych: --port must be a whole number from 0 to 65535, not \`${port}\`\n`);
    return 2;
  }
  const { startDev } = await import('./dev/dev.ts');
  const log = (text: string) => process.stderr.write(text);
  const server = await startDev({ dir, host, port: portNumber, fallbackPort: port === undefined, log });
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) log(`triptych: listening on ${host}, beyond loopback: other machines can read this manuscript\n`);
  process.stdout.write(`Serving ${server.url} (the page and the deck; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/**
 * `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/) dates the EPUB's
 * files; the spec asks a build to fail on a malformed value rather than ignore it. A zip can date
 * its files from 1980 to 2099 only (earlier dates are written as 1980).
 */
function sourceDateEpochProblem(value: string | undefined): string | undefined {
  const epoch = value?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) return `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (as \`git log -1 --format=%ct\` prints), not \`${epoch}\``;
  if (Number(epoch) >= Date.UTC(2100, 0, 1) / 1000) return `SOURCE_DATE_EPOCH \`${epoch}\` is after 2099, the last year a zip, and so an EPUB, can date its files`;
  return undefined;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function formatTimings(timings: Timings): string {
  return Object.entries(timings).map(([stage, ms]) => `${stage.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms\n`).join('');
}

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`triptych: ${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(formatInternalError(error, debug));
    process.exitCode = 2;
  },
);
