/**
 * Our remark plugins, in the order they run after remark-directive. One plugin per file (or
 * folder, scripts/syntax/<construct>/), each named after its export. pandoc's constructs first,
 * in an order that matters: simple and grid tables become tables before `Table:` captions are
 * looked for beside tables; raw blocks, line blocks and the `syntax-unsupported` finder read what
 * the table readers left. Citations before dates: a year inside `[@key, 1710]` is a locator, not
 * a date in the prose.
 */
import type { PluggableList } from 'unified';
import { remarkCitations } from './remark-citations.ts';
import { remarkDates } from './remark-dates.ts';
import { remarkPandocMath } from '../syntax/math/index.ts';
import { remarkEquationLabels } from '../syntax/equation-labels/index.ts';
import { remarkDefinitionList } from '../syntax/definition-list/index.ts';
import { remarkPandocScripts } from '../syntax/pandoc-scripts/index.ts';
import { remarkPandocNotes } from '../syntax/pandoc-notes/index.ts';
import { remarkFancyLists } from '../syntax/fancy-lists/index.ts';
import { remarkSimpleTables } from '../syntax/simple-tables/index.ts';
import { remarkGridTables } from '../syntax/grid-tables/index.ts';
import { remarkTableCaptions } from '../syntax/table-captions/index.ts';
import { remarkRawAttribute } from '../syntax/raw-attribute/index.ts';
import { remarkLineBlocks } from '../syntax/line-blocks/index.ts';
import { remarkUnsupportedSyntax } from '../syntax/unsupported/index.ts';

/** The plugins for a file; `letterLists: false` when its text has no `a.`/`iv)` list marker (fancy-lists/syntax.ts). */
export function markdownPluginsFor(needs: { letterLists: boolean }): PluggableList {
  return [
    remarkPandocMath,
    remarkEquationLabels,
    remarkDefinitionList,
    remarkPandocScripts,
    remarkPandocNotes,
    [remarkFancyLists, { letters: needs.letterLists }],
    remarkSimpleTables,
    remarkGridTables,
    remarkTableCaptions,
    remarkRawAttribute,
    remarkLineBlocks,
    remarkUnsupportedSyntax,
    remarkCitations,
    remarkDates,
  ];
}

export const markdownPlugins: PluggableList = markdownPluginsFor({ letterLists: true });
