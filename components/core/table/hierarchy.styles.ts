import { css } from 'lit';

/** What the classified tables (core/table/hierarchy.ts) add to the shared styles: the published remark under the table. */
export const hierarchyStyles = css`
  .remark {
    margin: 0;
    font-size: var(--_text-small);
    color: var(--_muted);
  }
`;
