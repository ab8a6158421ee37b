/** The mdast node Adobe's gridtables make (gridtables.d.ts types the packages). */
import type { Data, Parent } from 'mdast';

/** A grid table: `gtHeader`, `gtBody`, `gtFooter` of `gtRow`s of `gtCell`s (Adobe's mdast). */
export interface GridTable extends Parent {
  type: 'gridTable';
  data?: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    gridTable: GridTable;
  }
  interface RootContentMap {
    gridTable: GridTable;
  }
}
