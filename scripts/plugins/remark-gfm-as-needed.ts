/**
 * remark-gfm, with two of its syntax extensions left out of a file that cannot use them. The
 * tree is the same as remark-gfm's (tests/parse-gfm.test.ts compares them on every fixture).
 *
 * Why: of micromark's time on the 50× manuscript, GFM took ~45%, almost all of it in two
 * constructs that are tried where they can never match: the email autolink literal is attempted
 * at the start of every word (each letter and digit is one of its start codes), the table at the
 * start of every paragraph line. A file whose text holds none of the characters such a construct
 * needs cannot contain one, so the construct is not loaded for it:
 *   - autolink literal: `x@` (an email, `mailto:`, `xmpp:`), `www.`, `http://`, `https://`
 *     (any case), as micromark-extension-gfm-autolink-literal reads them;
 *   - table: a `|`, or a delimiter cell without pipes (`:-`, `-:`: `a` over `:-` is a table).
 * The mdast side (mdast-util-gfm) is always loaded: its autolink transform also reads text that
 * character references and escapes produced (`www&#46;x`), which no raw-text test could predict.
 * The other constructs (footnotes, strikethrough, task lists) cost little and always load.
 * Order is remark-gfm's: micromark-extension-gfm combines the same five in this order.
 */
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/** Which of the optional constructs a file needs. */
export interface GfmNeeds {
  autolinkLiteral: boolean;
  table: boolean;
}

const autolinkLiteral = /[\w+\-.]@|www\.|https?:\/\//i;
const table = /\||:-|-:/;

export function gfmNeeds(source: string): GfmNeeds {
  return { autolinkLiteral: autolinkLiteral.test(source), table: table.test(source) };
}

export function remarkGfmAsNeeded(this: Processor, needs: GfmNeeds): undefined {
  const data = this.data();
  const syntax: Array<ReturnType<typeof gfmTable>> = [
    ...(needs.autolinkLiteral ? [gfmAutolinkLiteral()] : []),
    gfmFootnote(),
    // pandoc's strikeout is `~~x~~`; its `~x~` is a subscript (syntax/pandoc-scripts/).
    gfmStrikethrough({ singleTilde: false }),
    ...(needs.table ? [gfmTable()] : []),
    gfmTaskListItem(),
  ];
  (data.micromarkExtensions ??= []).push(...syntax);
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
  return undefined;
}
