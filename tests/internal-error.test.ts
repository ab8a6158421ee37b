/** A bug in Triptych prints one line and how to report it; the stack only with --debug. */
import { describe, expect, it } from 'vitest';
import { formatInternalError } from '../scripts/diagnostics/internal-error.ts';

describe('internal errors', () => {
  const bug = new TypeError('Cannot read properties of undefined (reading `x`)\nsecond line');

  it('prints one line naming it a bug, and how to report it, without a stack', () => {
    const text = formatInternalError(bug, false);
    expect(text.split('\n')[0]).toBe('triptych: internal error (a bug in Triptych, not in your manuscript): Cannot read properties of undefined (reading `x`)');
    expect(text).toContain('--debug');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('adds the stack with --debug', () => {
    expect(formatInternalError(bug, true)).toMatch(/\n\s+at /);
  });
});
