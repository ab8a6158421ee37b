/**
 * Our remark plugins, in the order they run after remark-directive. One plugin per file, each
 * named after its export. Citations before dates: a year inside `[@key, 1710]` is a locator, not
 * a date in the prose.
 */
import type { PluggableList } from 'unified';
import { remarkCitations } from './remark-citations.ts';
import { remarkDates } from './remark-dates.ts';
import { remarkPandocMath } from '../syntax/math/index.ts';
import { remarkDefinitionList } from '../syntax/definition-list/index.ts';

export const markdownPlugins: PluggableList = [remarkPandocMath, remarkDefinitionList, remarkCitations, remarkDates];
