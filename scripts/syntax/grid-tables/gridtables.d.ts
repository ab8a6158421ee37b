/** Types for Adobe's gridtables packages, which ship none (only what ./index.ts and the hast handler use). */
declare module '@adobe/micromark-extension-gridtables' {
  import type { Extension } from 'micromark-util-types';
  export const gridTables: Extension;
}

declare module '@adobe/mdast-util-gridtables/src/from-markdown.js' {
  import type { Extension } from 'mdast-util-from-markdown';
  export function gridTablesFromMarkdown(options: { processor: unknown }): Extension;
}

declare module '@adobe/mdast-util-gridtables/src/mdast2hast-handler.js' {
  import type { Handler } from 'mdast-util-to-hast';
  export default function gridTableHandler(options?: { noHeader?: boolean }): Handler;
}
