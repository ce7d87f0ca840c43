import { css } from 'lit';

/** What only <appropriation-summary> needs: the income and expenditure sides, side by side when there is room. */
export const appropriationSummaryStyles = css`
  .sides {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  .side {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }
  @container (min-width: 64rem) {
    .sides {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    }
  }
  /* One column on paper, in block flow (a heading stays with its table: core/element/styles.ts, print). */
  @media print {
    .sides,
    .side {
      display: block;
    }
    .sides > * + *,
    .side > * + * {
      margin-block-start: 0.5rem;
    }
  }
`;
