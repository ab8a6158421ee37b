/**
 * mdast nodes our remark plugins add, registered in mdast's content maps so that `visit` and
 * `mdast-util-to-hast` handlers are typed. Every one keeps the `position` of its source text.
 */
import type { BlockContent, Data, Literal, Node, Parent, PhrasingContent } from 'mdast';

/** One cited work inside a citation: `[see @key, p. 12]` → prefix `see`, locator `12`, label `page`. */
export interface CitationItem {
  key: string;
  prefix?: string;
  locator?: string;
  label?: string;
  suffix?: string;
  /** `[-@key]`: the author is already named in the sentence. */
  suppressAuthor?: boolean;
  /** Where `@key` is written: messages about this item point here. */
  position?: import('unist').Position;
  /** Where the locator (label and value) is written. */
  locatorPosition?: import('unist').Position;
  /** Why the text after the key is not a valid locator (`[@a, pp.]`); reported as `citation-bad-locator`. */
  locatorProblem?: string;
}

export interface Citation extends Node {
  type: 'citation';
  /** `parenthetical` for `[@key]`, `narrative` for a bare `@key` in running text. */
  mode: 'parenthetical' | 'narrative';
  items: CitationItem[];
  /** The source text, e.g. `[@zlatkin1964, p. 63]`. */
  value: string;
  data?: Data;
}

/**
 * A cross-reference to a numbered figure, table, equation, section or code listing, written in the
 * citation syntax with a label prefix: pandoc-crossref's `@fig:map`, `[@fig:a; @fig:b]`, `@Fig:map`
 * (capitalised), `[-@fig:map]` (the number alone), or Quarto's `@fig-map`. The label is the `{#id}`
 * written on the target (`node.data.attributes.id`).
 */
export interface CrossReference extends Node {
  type: 'crossReference';
  mode: 'parenthetical' | 'narrative';
  items: CrossReferenceItem[];
  /** The source text, e.g. `[@fig:map]`. */
  value: string;
  data?: Data;
}

export interface CrossReferenceItem {
  /** As written, without `@`: `fig:map`, `Fig:map`, `fig-map`. */
  label: string;
  /** `@Fig:map`: the word starts with a capital. */
  capital: boolean;
  /** `[-@fig:map]`: the number without its word. */
  numberOnly: boolean;
  prefix?: string;
  suffix?: string;
  position?: import('unist').Position;
}

/** A date written in the prose (`9 February 1716`, `1710`), matched to the typed timeline. */
export interface DateMention extends Literal {
  type: 'dateMention';
  /** The text as written. */
  value: string;
  year: number;
  month?: number;
  day?: number;
  /** An explicit tie to an event: `:date[1710]{event=bikatun-raid}`. */
  event?: string;
  /** `:date[1634]{event=x flashback}`: a deliberate look back, exempt from `date-order`. */
  flashback?: boolean;
  /** Filled by the dates check: the event it matched, in that event's calendar. */
  resolved?: { event: string; calendar: 'julian' | 'gregorian' | 'anno-mundi'; gregorian?: { year: number; month: number; day: number } };
  data?: Data;
}

/**
 * Pandoc's attributes, `{#id .class key=value}` (pandoc's `Attr`): written after a heading, a fenced
 * code block's info, inline code, a link, an image, a bracketed span or on a fenced div's fence.
 * Kept raw on the node that carries them, at `node.data.attributes`, so that each consumer reads
 * what it needs (the deck a slide's `background-color`, cross-references an id's `fig:` prefix);
 * one function turns them into hast properties.
 */
export interface Attributes {
  id?: string;
  /** In order, without the dot. */
  classes: string[];
  /** `key=value` pairs in order, values unquoted. */
  pairs: Array<[string, string]>;
  /** Where the `{…}` is written. */
  position?: import('unist').Position;
}

/** A fenced div (pandoc's `fenced_divs`): `::: {.class #id key=value}` or `::: name` … `:::`. */
export interface Div extends Parent {
  type: 'div';
  attributes: Attributes;
  children: BlockContent[];
  data?: Data;
}

/** A bracketed span (pandoc's `bracketed_spans`): `[text]{.smallcaps}`. */
export interface Span extends Parent {
  type: 'span';
  attributes: Attributes;
  children: PhrasingContent[];
  data?: Data;
}

// On unist's `Data`, which mdast's extends: a few node types from other packages (the definition
// list's `defList`) are typed as plain unist nodes, and a walk over every node must read both fields.
declare module 'unist' {
  interface Data {
    /** Pandoc attributes written on the node (see `Attributes`). */
    attributes?: Attributes;
    /** What mdast-util-to-hast adds to the element it makes (its own augmentation is on mdast's `Data`). */
    hProperties?: import('hast').Properties | undefined;
  }
}

declare module 'mdast' {
  interface BlockContentMap {
    div: Div;
  }
  interface PhrasingContentMap {
    citation: Citation;
    crossReference: CrossReference;
    dateMention: DateMention;
    span: Span;
  }
  interface RootContentMap {
    citation: Citation;
    crossReference: CrossReference;
    dateMention: DateMention;
    div: Div;
    span: Span;
  }
}
