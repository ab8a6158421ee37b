/** Where a command prints: its two streams, the styles stderr shows, and the progress line. */
import type { Styles } from '../diagnostics/format.ts';
import type { Progress } from './progress.ts';

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Colour for stderr, or plain text (colour.ts). */
  styles: Styles;
  /** A progress line for a long run (progress.ts); made on demand, since JSON output never shows one. */
  progress(): Progress;
}
