/**
 * The terms of a bundled CSL locale (`templates/csl/locales-*.xml`; CSL 1.0.2 §Terms,
 * https://docs.citationstyles.org/en/stable/specification.html#terms): what citeproc prints for
 * `page`, `and`, `et-al`… in the book's language, for the places that format citations without it
 * (the deck's short labels). Read once per locale.
 */
import type { Element, ElementContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { localeXml } from './style.ts';

export type TermForm = 'long' | 'short' | 'symbol';

export interface LocaleTerms {
  /** The term's text: its `<single>` or `<multiple>` form when it has them. */
  term(name: string, form?: TermForm, plural?: boolean): string | undefined;
}

const read = new Map<string, LocaleTerms>();

export function localeTerms(locale: string): LocaleTerms {
  let terms = read.get(locale);
  if (!terms) read.set(locale, (terms = parseTerms(localeXml(locale) ?? localeXml('en-US')!)));
  return terms;
}

function parseTerms(xml: string): LocaleTerms {
  const table = new Map<string, { single: string; multiple: string }>();
  const walk = (node: Element) => {
    if (node.name === 'term' && typeof node.attributes['name'] === 'string') {
      const part = (name: string) => node.children.find((child): child is Element => child.type === 'element' && child.name === name);
      const single = part('single');
      const multiple = part('multiple');
      const text = toString(single ?? node);
      table.set(`${node.attributes['name']}/${node.attributes['form'] ?? 'long'}`, { single: text, multiple: multiple ? toString(multiple) : text });
    }
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  for (const child of fromXml(xml).children) if (child.type === 'element') walk(child);
  return {
    term(name, form = 'long', plural = false) {
      const found = table.get(`${name}/${form}`) ?? (form === 'symbol' ? table.get(`${name}/short`) : undefined) ?? (form !== 'long' ? table.get(`${name}/long`) : undefined);
      return found && (plural ? found.multiple : found.single);
    },
  };
}

function toString(node: Element): string {
  return node.children.map((child: ElementContent) => (child.type === 'text' ? child.value : child.type === 'element' ? toString(child) : '')).join('');
}
