/**
 * pandoc's `definition_lists` (https://pandoc.org/MANUAL.html#extension-definition_lists): a term
 * on one line, then one or more definitions, each starting with `:` or `~` (indented up to two
 * spaces, then a space or tab), whose further lines and blocks are indented; compact (no blank
 * line between term and definition) or loose. micromark-extension-definition-list reads the `:`
 * form on micromark 4 (PHP Markdown Extra's, which pandoc's extends), lazy lines included, and
 * mdast-util-definition-list makes `defList`, `defListTerm` and `defListDescription` nodes.
 *
 * The `~` marker is what it lacks, and its start state checks for a colon inside: so the construct
 * is wrapped to show it a colon where the text has a tilde, and to consume the tilde itself, with
 * the same wrapping where it looks for the next definition. (`~~~` stays a code fence: the marker
 * must be followed by a space.)
 */
import { defListFromMarkdown } from 'mdast-util-definition-list';
import { defList } from 'micromark-extension-definition-list';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

const colon = 58;
const tilde = 126;

const original = (defList.document as Record<number, Construct>)[colon]!;

const pandocDefList: Construct = {
  ...original,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    // While true, the colon the construct is shown is the tilde of the text.
    let shown = false;
    const real = (code: Code): Code => (shown && code === colon ? tilde : code);
    const wrapped: Effects = {
      ...effects,
      consume(code) {
        const actual = real(code);
        shown = false;
        effects.consume(actual);
      },
    };
    const start = original.tokenize.call(this, wrapped, (code) => ok(real(code)), (code) => nok(real(code)));
    return (code) => {
      if (code !== tilde) return start(code);
      shown = true;
      return start(colon);
    };
  },
  continuation: {
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      // The next definition is looked for with the original construct: give it this one.
      const wrapped: Effects = { ...effects, attempt: (construct, onOk, onNok) => effects.attempt(construct === original ? pandocDefList : construct, onOk, onNok) };
      return original.continuation!.tokenize.call(this, wrapped, ok, nok);
    },
  },
};

export function remarkDefinitionList(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ document: { [colon]: pandocDefList, [tilde]: pandocDefList } });
  (data.fromMarkdownExtensions ??= []).push(defListFromMarkdown);
  return undefined;
}
