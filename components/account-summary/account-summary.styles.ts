import { css } from 'lit';

/** What only <account-summary> needs; everything shared is in core/element/styles.ts. */
export const accountSummaryStyles = css`
  .sides {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  .side,
  .appropriation {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }
  .changes {
    margin: 0;
  }
  @container (min-width: 48rem) {
    .sides:not([data-stacked]) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  /* One column on paper, in block flow (a heading stays with its table: core/element/styles.ts, print). */
  @media print {
    .sides,
    .side,
    .appropriation {
      display: block;
    }
    .sides > * + *,
    .side > * + * {
      margin-block-start: 0.5rem;
    }
  }
`;
