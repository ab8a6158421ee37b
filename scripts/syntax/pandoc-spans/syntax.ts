/**
 * Pandoc's bracketed spans (`bracketed_spans`, https://pandoc.org/MANUAL.html#extension-bracketed_spans):
 * `[text]{.class key=value}` — a bracketed run of inlines followed at once by attributes — is a
 * span. It is a text construct at `]`, tried before CommonMark's link end: as in pandoc (whose
 * reader tries spans before links), `[text]{…}` is a span even where `[text]` is also a defined
 * reference. Its `[` is the `[` that would have opened a link (micromark's label starts), so
 * brackets balance as they do for links, a span may hold links and a link may hold spans, and
 * emphasis cannot cross its edges. `![text]{…}` is not a span (nor an image): it stays text.
 *
 * Hand-written: no micromark extension reads bracketed spans (see ../pandoc-attributes/syntax.ts).
 */
import { push, splice } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Code, Construct, Effects, Event, State, Token, TokenizeContext } from 'micromark-util-types';
import { factoryAttributes } from '../pandoc-attributes/syntax.ts';

/** The `]` token remembers the `[` token it closes. */
interface SpanEnd extends Token {
  _spanOpen?: Token;
}

export const spanEnd: Construct = { name: 'pandocSpanEnd', tokenize: tokenizeSpanEnd, resolveTo: resolveToSpan };

function tokenizeSpanEnd(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const starts = this._labelStarts;
  // Label starts that failed to close are of no use any more (as micromark's label end does).
  while (starts && starts.length > 0 && starts[starts.length - 1]!._balanced) starts.pop();
  const open = starts?.[starts.length - 1];
  return start;

  function start(code: Code): State | undefined {
    if (!open || open.type !== 'labelLink') return nok(code);
    const end: SpanEnd = effects.enter('pandocSpanEnd');
    end._spanOpen = open;
    effects.enter('pandocSpanMarker');
    effects.consume(code);
    effects.exit('pandocSpanMarker');
    effects.exit('pandocSpanEnd');
    return factoryAttributes(effects, done, nok, 'pandocSpanAttributes');
  }

  function done(code: Code): State | undefined {
    // This `[` is used up, as a link's is.
    starts!.pop();
    return ok(code);
  }
}

/** Wraps `[`, the inlines, `]` and the attributes in one `pandocSpan`. */
function resolveToSpan(events: Event[], context: TokenizeContext): Event[] {
  let close = events.length;
  while (close-- && events[close]![1].type !== 'pandocSpanEnd');
  const openToken = (events[close]![1] as SpanEnd)._spanOpen;
  let open = close;
  while (open-- && !(events[open]![0] === 'enter' && events[open]![1] === openToken));
  if (open < 0 || !openToken) throw new Error('`resolveToSpan`: no opening `[` for a span');
  // No longer a link's start: left as `labelLink`, the end-of-text resolver would make it text.
  openToken.type = 'pandocSpanOpen';
  const group: Token = { type: 'pandocSpan', start: { ...events[open]![1].start }, end: { ...events[events.length - 1]![1].end } };
  // `[` is four events: enter and exit of the label start and of its marker.
  let media: Event[] = [['enter', group, context], ...events.slice(open, open + 4)];
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null ?? [], events.slice(open + 4, close), context));
  media = push(media, events.slice(close));
  media = push(media, [['exit', group, context]]);
  splice(events, open, events.length - open, media);
  return events;
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pandocSpan: 'pandocSpan';
    /** The `[`: a label start that became a span's. */
    pandocSpanOpen: 'pandocSpanOpen';
    pandocSpanEnd: 'pandocSpanEnd';
    pandocSpanMarker: 'pandocSpanMarker';
    pandocSpanAttributes: 'pandocSpanAttributes';
  }
}
