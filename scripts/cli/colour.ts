/**
 * Colour in the terminal, as Node decides it for its own output
 * (https://nodejs.org/api/tty.html#writestreamgetcolordepthenv): `FORCE_COLOR` wins (`0` or
 * `false` turns colour off, anything else on, even into a file or a pipe); otherwise colour only
 * on a terminal, and not when `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
 */
import { plainStyles, type Styles } from '../diagnostics/format.ts';

export interface Stream {
  isTTY?: boolean;
  hasColors?: (env?: NodeJS.ProcessEnv) => boolean;
}

export function colourEnabled(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (!stream.isTTY) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.hasColors?.(env) ?? env['TERM'] !== 'dumb';
}

const sgr = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;

/** ANSI styles (SGR codes) when `enabled`, plain text otherwise. */
export function styles(enabled: boolean): Styles {
  return enabled ? { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39) } : plainStyles;
}
