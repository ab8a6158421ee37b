/**
 * Makes `[Heading text]`, `[Heading text][]` and `[see this][Heading text]` references to the
 * heading when no link definition has that label (pandoc's `implicit_header_references`). micromark
 * only makes a reference of a label it knows to be defined (`parser.defined`), and knows it before
 * it reads any inline text; so CommonMark's two heading constructs are used through thin wrappers
 * that, once a heading is read, add its key (heading-key.ts) to the defined labels. The mdast side
 * (implicit-references.ts) then turns a reference that no definition answers into a link to the
 * heading. Headings are only those of the same file: a chapter's references see its own headings.
 */
import { headingAtx, setextUnderline } from 'micromark-core-commonmark';
import type { Construct, Event, Extension, Resolver, TokenizeContext } from 'micromark-util-types';
import { headingKey } from './heading-key.ts';

function registering(construct: Construct, textType: string): Construct {
  const resolve = (construct.resolve ?? construct.resolveTo)!;
  const recordKeys: Resolver = (events: Event[], context: TokenizeContext) => {
    const resolved = resolve(events, context);
    // The heading just read is at the end (a setext heading's resolver is handed every event).
    for (let index = resolved.length - 1; index >= 0; index--) {
      const [kind, token] = resolved[index]!;
      if (kind !== 'enter' || token.type !== textType) continue;
      const key = headingKey(context.sliceSerialize(token));
      if (key !== '' && !context.parser.defined.includes(key)) context.parser.defined.push(key);
      break;
    }
    return resolved;
  };
  const { name: _name, resolve: _resolve, resolveTo: _resolveTo, ...rest } = construct;
  return { ...rest, name: `pandoc${construct.name![0]!.toUpperCase()}${construct.name!.slice(1)}`, ...(construct.resolve ? { resolve: recordKeys } : { resolveTo: recordKeys }) };
}

const atxHeading = registering(headingAtx, 'atxHeadingText');
const setextHeading = registering(setextUnderline, 'setextHeadingText');

export function headingReferences(): Extension {
  return {
    flow: { 35: atxHeading, 45: setextHeading, 61: setextHeading },
    disable: { null: ['headingAtx', 'setextUnderline'] },
  };
}
