import { css } from 'lit';

/** What the classified tables (core/table/hierarchy.ts) add to the shared styles: what a figure includes. */
export const hierarchyStyles = css`
  /* What the document says a figure includes (人员经费 主要包括…). */
  .includes {
    margin: 0.75em 0 0;
    font-size: var(--_text-small);
  }
  .includes dt {
    font-weight: 600;
  }
  /* On paper a term never ends a page without what it includes under it. */
  @media print {
    .includes dt {
      break-after: avoid;
    }
  }
  .includes dd {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
`;
