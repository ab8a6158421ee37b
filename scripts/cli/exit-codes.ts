/**
 * The exit status of every command, documented in `--help` and the README. A warning never fails a
 * run; a run that fails writes nothing (an earlier output or folder is left as it was).
 */
export const exitCode = {
  /** Done; there may be warnings. `dev`: stopped with Ctrl-C. */
  ok: 0,
  /** The manuscript has errors, or the output or `init` folder was refused: nothing was written. */
  failed: 1,
  /** A usage error (an unknown command or option, a bad value), or an internal error (a bug in Triptych). */
  usage: 2,
} as const;

export const exitCodeHelp = `Exit status:
  0  done (warnings allowed)
  1  the manuscript has errors, or the output or init folder was refused; nothing written
  2  usage error, or an internal error (a bug in Triptych; --debug prints its stack)`;
