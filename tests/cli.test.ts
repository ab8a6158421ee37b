/**
 * The CLI's manners: `--version`, `--help` and `<command> --help` (every option with its default,
 * from the same table the parser reads), exit codes, colour only where it belongs (NO_COLOR,
 * FORCE_COLOR, a terminal), a progress line only for a long run on a terminal, and a book in the
 * working directory found without being named.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colourEnabled } from '../scripts/cli/colour.ts';
import { commands } from '../scripts/cli/commands.ts';
import { options, type OptionSpec } from '../scripts/cli/options.ts';
import { progressLine } from '../scripts/cli/progress.ts';
import { projectRoot } from '../scripts/resources.ts';
import { fixture, runCli } from './helpers/cli.ts';

const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const sgr = /\u001B\[\d+m/;
// The tests' own environment must not decide the colour.
const plain = { NO_COLOR: undefined, FORCE_COLOR: undefined };

describe('triptych --version and --help', () => {
  it('prints the version, with -v or --version, and exits 0', () => {
    for (const flag of ['--version', '-v']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('lists every command, the environment and the exit codes', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`triptych ${version}`);
    for (const command of Object.keys(commands)) expect(run.stdout).toMatch(new RegExp(`^  ${command} \\[dir\\]`, 'm'));
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'SOURCE_DATE_EPOCH']) expect(run.stdout).toContain(name);
    expect(run.stdout).toMatch(/^Exit status:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
  });

  it('gives each command a help page with each of its options and its default, also as `triptych help <command>`', () => {
    for (const [command, spec] of Object.entries(commands)) {
      const run = runCli([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: triptych ${command} \\[dir\\]`));
      for (const name of spec.options) {
        const option: OptionSpec = options[name];
        const line = run.stdout.split('\n').find((text) => text.startsWith(`  --${name}`));
        expect(line, `${command} --${name}`).toBeDefined();
        const fallback = option.defaultText ?? (option.type === 'string' ? option.default : undefined);
        if (fallback !== undefined) expect(line).toContain(`(default: ${fallback})`);
      }
    }
    expect(runCli(['help', 'init']).stdout).toBe(runCli(['init', '--help']).stdout);
  });

  it('refuses an option another command takes, and an unknown one, with exit status 2 and the command’s help', () => {
    const foreign = runCli(['build', fixture('minimal'), '--port', '3']);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr.split('\n')[0]).toBe('triptych: `--port` is not an option of `build`');
    expect(foreign.stderr).toContain('Usage: triptych build');
    const unknown = runCli(['check', fixture('minimal'), '--colour']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^triptych: Unknown option '--colour'/);
    expect(runCli(['init', 'x', '--template', 'novel']).stderr.split('\n')[0]).toBe('triptych: --template is `book` or `history`, not `novel`');
  });
});

describe('the exit status', () => {
  it('is 0 for a clean book, 1 for a book with errors, 2 for a usage error', () => {
    expect(runCli(['check', fixture('minimal')]).status).toBe(0);
    expect(runCli(['check', fixture('wrong-type')]).status).toBe(1);
    expect(runCli(['check', fixture('minimal'), 'another']).status).toBe(2);
  });
});

describe('colour', () => {
  it('is off when stderr is not a terminal, on with FORCE_COLOR, off with FORCE_COLOR=0', () => {
    const dir = fixture('wrong-type');
    expect(runCli(['check', dir], { env: plain }).stderr).not.toMatch(sgr);
    const forced = runCli(['check', dir], { env: { ...plain, FORCE_COLOR: '1' } }).stderr;
    expect(forced).toContain('\u001B[31m\u001B[1merror\u001B[22m\u001B[39m');
    // The text is the same once the styles are taken out.
    expect(forced.replace(/\u001B\[\d+m/g, '')).toBe(runCli(['check', dir], { env: plain }).stderr);
    expect(runCli(['check', dir], { env: { ...plain, FORCE_COLOR: '0' } }).stderr).not.toMatch(sgr);
  });

  it('never colours JSON', () => {
    expect(runCli(['check', fixture('wrong-type'), '--format', 'json'], { env: { ...plain, FORCE_COLOR: '1' } }).stdout).not.toMatch(sgr);
  });

  it('follows the terminal: on when it has colours, off with NO_COLOR or TERM=dumb, FORCE_COLOR first', () => {
    const tty = { isTTY: true, hasColors: (env?: NodeJS.ProcessEnv) => env?.['NO_COLOR'] === undefined && env?.['TERM'] !== 'dumb' };
    expect(colourEnabled(tty, {})).toBe(true);
    expect(colourEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colourEnabled(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('the progress line', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function watched() {
    let now = 0;
    const written: string[] = [];
    vi.useFakeTimers();
    const progress = progressLine({ write: (text: string) => written.push(text) }, { now: () => now });
    // The clock and the timers move together, a tenth of a second at a time.
    const advance = (ms: number) => {
      for (let step = 0; step < ms; step += 100) {
        now += 100;
        vi.advanceTimersByTime(100);
      }
    };
    return { progress, written, advance };
  }

  it('shows nothing for a run shorter than a second', () => {
    const { progress, written, advance } = watched();
    progress.stage('checking');
    advance(900);
    progress.stage('rendering');
    progress.done();
    expect(written).toEqual([]);
  });

  it('shows the stage and the time after a second, rewritten in place, and erases itself at the end', () => {
    const { progress, written, advance } = watched();
    progress.stage('checking');
    advance(1000);
    progress.stage('rendering');
    advance(500);
    progress.done();
    expect(written).toEqual([
      '\r\u001B[2Ktriptych: checking… 1.0 s',
      '\r\u001B[2Ktriptych: rendering… 1.0 s',
      '\r\u001B[2Ktriptych: rendering… 1.3 s',
      '\r\u001B[2Ktriptych: rendering… 1.5 s',
      '\r\u001B[2K',
    ]);
  });

  it('is not shown when stderr is not a terminal: a build’s stderr is only its report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'triptych-cli-')), 'out');
    const run = runCli(['build', join(projectRoot, 'manuscript'), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('the book’s folder', () => {
  it('is the working directory when it holds book.md', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'triptych-cli-')), 'book');
    cpSync(fixture('minimal'), dir, { recursive: true });
    const run = runCli(['build'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^dist\/a-book\.epub /);
  });
});

describe('the README’s CLI section', () => {
  it('names every command, every option and every exit status', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The CLI'), readme.indexOf('## Development'));
    for (const command of Object.keys(commands)) expect(section).toContain(`triptych ${command} [dir]`);
    for (const name of Object.keys(options)) expect(section, name).toContain(`--${name}`);
    for (const status of [0, 1, 2]) expect(section).toMatch(new RegExp(`^\\| \`${status}\` \\|`, 'm'));
  });
});
