/**
 * TeX → MathML with temml (https://temml.org), below both the check that reports a formula temml
 * cannot read (`math-invalid`) and the renderer that writes the MathML. Loaded only by a book with math.
 */

/** What Triptych uses of temml. */
export interface MathEngine {
  renderToString(tex: string, options: import('temml').Options): string;
}

export async function loadMathEngine(): Promise<MathEngine> {
  return (await import('temml')).default;
}

/**
 * The MathML of `tex` (with its TeX in an `<annotation encoding="application/x-tex">`), or why temml
 * cannot read it: temml's message and the offset in the TeX where it stopped.
 */
export function texToMathml(engine: MathEngine, tex: string, display: boolean): { mathml: string } | { error: string; offset: number | undefined } {
  try {
    return { mathml: engine.renderToString(tex, { displayMode: display, annotate: true, xml: true, throwOnError: true }) };
  } catch (error) {
    const { message, position } = error as { message?: string; position?: unknown };
    return { error: String(message ?? error).split('\n')[0]!.replace(/^Temml parse error:/, '').trim(), offset: typeof position === 'number' ? position : undefined };
  }
}
