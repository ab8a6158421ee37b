/**
 * Every command-line option, once: what `parseArgs` reads (type, default) and what `--help` prints
 * (the value's placeholder, what it does, its default), so the help cannot drift from the parser.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** `parseArgs`' default, printed in the help. */
  default?: string | boolean;
  /** The default in words, when it is not a fixed value. */
  defaultText?: string;
  /** The value's placeholder in the help, e.g. `<dir>`. */
  value?: string;
  help: string;
}

export const options = {
  out: { type: 'string', default: 'dist', value: '<dir>', help: 'where the outputs go; each build replaces this directory whole' },
  format: { type: 'string', default: 'text', value: '<text|json>', help: 'diagnostics as text on stderr, or as JSON on stdout, the data the API returns' },
  timings: { type: 'boolean', default: false, help: 'print the time each stage took, and the peak memory, on stderr' },
  rules: { type: 'boolean', default: false, help: 'list every rule instead: its severity, its presets, what turns it on, whether it is locked' },
  port: { type: 'string', value: '<n>', defaultText: '4321, or a free one if taken', help: 'the port to serve on; 0: any free port' },
  host: { type: 'string', default: '127.0.0.1', value: '<addr>', help: 'the address to listen on; beyond loopback, other machines can read the manuscript' },
  template: { type: 'string', default: 'book', value: '<book|history>', help: '`history` adds a timeline, places, people and the history checks' },
  force: { type: 'boolean', default: false, help: 'write into a folder that is not empty; files already there are kept, never replaced' },
  debug: { type: 'boolean', default: false, help: 'print the stack of an internal error' },
  help: { type: 'boolean', short: 'h', default: false, help: 'show this help' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof options;
