/**
 * A progress line on stderr for a run that takes longer than a second: nothing for a quick run,
 * then `triptych: <stage>… 2.1 s`, rewritten in place as the stages go by and erased at the end, so
 * that only the report stays. Only on a terminal, and never with `--format json` (cli.ts decides).
 */
export interface ProgressStream {
  write(text: string): unknown;
}

export interface Progress {
  /** The stage now under way, e.g. `checking`. */
  stage(label: string): void;
  /** Erases the line, if it was shown. */
  done(): void;
}

export const silentProgress: Progress = { stage() {}, done() {} };

const erase = '\r\u001B[2K';

export function progressLine(stream: ProgressStream, options: { delayMs?: number; now?: () => number } = {}): Progress {
  const delay = options.delayMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let label = 'starting';
  let shown = false;
  const draw = () => {
    shown = true;
    stream.write(`${erase}triptych: ${label}… ${((now() - started) / 1000).toFixed(1)} s`);
  };
  // The build runs on this thread: the timer fires between its stages, which is when there is news.
  const timer = setInterval(() => {
    if (now() - started >= delay) draw();
  }, 250);
  timer.unref();
  return {
    stage(next) {
      label = next;
      if (now() - started >= delay) draw();
    },
    done() {
      clearInterval(timer);
      if (shown) stream.write(erase);
      shown = false;
    },
  };
}
