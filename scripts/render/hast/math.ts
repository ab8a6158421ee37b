/**
 * TeX math as MathML, made at build time by temml (https://temml.org: TeX to MathML only, no
 * fonts or script to ship; KaTeX's MathML-only output is the other choice: 600 KB of module against 480 KB, and it is written for its HTML output).
 * Every formula keeps its TeX in `<annotation encoding="application/x-tex">` (MathML 3 §5.1), and
 * the browser or reading system lays the MathML out itself: EPUB 3.3 reading systems render MathML,
 * and screen readers speak it. temml's classes and inline styles are left out (they serve temml's
 * own style sheet, which is not shipped; the EPUB has no inline styles). A formula temml cannot
 * read is shown as its TeX in `<code>` (the `math-invalid` check has told the author).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Element as XastElement, ElementContent as XastContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import type { DisplayMath, InlineMath } from '../../syntax/math/index.ts';
import { texToMathml, type MathEngine } from '../../syntax/math/mathml.ts';

export const mathmlNamespace = 'http://www.w3.org/1998/Math/MathML';

export function mathElement(node: InlineMath | DisplayMath, engine: MathEngine | undefined): ElementContent {
  const display = node.type === 'displayMath';
  const result = engine ? texToMathml(engine, node.value, display) : undefined;
  if (!result || 'error' in result) return h('code', { className: ['math-source'] }, display ? `$$${node.value}$$` : `$${node.value}$`);
  const root = fromXml(result.mathml).children.find((child): child is XastElement => child.type === 'element');
  if (!root) return h('code', { className: ['math-source'] }, node.value);
  const math = toHast(root) as Element;
  math.properties['xmlns'] = mathmlNamespace;
  return math;
}

function toHast(node: XastContent): ElementContent | undefined {
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type !== 'element') return undefined;
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name !== 'class' && name !== 'style' && name !== 'xmlns' && typeof value === 'string') properties[name] = value;
  }
  const children = node.children.map(toHast).filter((child): child is ElementContent => child !== undefined);
  return { type: 'element', tagName: node.name, properties, children };
}
