import { css } from 'lit';

/** What only <three-public-expenses> needs; everything shared is in core/element/styles.ts, the chart's in core/charts/grouped-bars.styles.ts. */
export const threePublicExpensesStyles = css`
  .changes {
    margin: 0;
  }
  /* Seven columns at 320 px: the table scrolls in its region rather than squeezing the labels to a word a line. */
  th[scope='row'] {
    min-width: 7.5em;
  }
  .table-note {
    margin: -0.25rem 0 0;
    color: var(--_muted);
    font-size: var(--_text-small);
  }
`;
