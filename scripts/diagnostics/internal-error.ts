/**
 * What the CLI prints for an exception that escaped the pipeline: that is a bug in Triptych (a
 * manuscript problem is always a positioned message), so one line says so and how to report it;
 * the stack only with `--debug`.
 */
export function formatInternalError(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const head = `triptych: internal error (a bug in Triptych, not in your manuscript): ${message.split('\n')[0]}\n`;
  if (debug) return head + (error instanceof Error && error.stack ? `${error.stack}\n` : '');
  return `${head}Run again with --debug to see the stack, and report it with the manuscript that triggers it.\n`;
}
