import { css } from 'lit';

/** What only <functional-breakdown> needs; everything shared is in core/element/styles.ts. */
export const functionalBreakdownStyles = css`
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_text-small);
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.5rem;
    color: var(--_muted);
  }
  .breadcrumb button {
    padding: 0;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .breadcrumb button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The chart's geometry is in em (functional-breakdown.ts): the pictures take the base text size. */
  svg[role='img'],
  .mark-overlay {
    font-size: var(--disclosure-font-size, 1rem);
  }
  .bar-label {
    font-size: var(--_text-small);
    fill: var(--_text);
  }
  /* The "其他 N 项" bar: the items' sum, in a quieter colour; cut with a break where it is longer than the scale. */
  .bar-grouped {
    fill: var(--_muted);
  }
  .bar-break line {
    stroke: var(--_background);
    stroke-width: 3px;
  }
  .bar-text {
    font-size: var(--_text-small);
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Touch: the breadcrumb's buttons are tall enough to hit. */
  @media (pointer: coarse) {
    .breadcrumb button {
      min-height: 44px;
    }
  }
  .chart-key,
  .chart-zero {
    margin: 0;
    font-size: var(--_text-small);
    color: var(--_muted);
  }
  tbody tr:not(.zero-rows) {
    cursor: default;
  }
  @media (forced-colors: active) {
    .bar-label,
    .bar-text {
      fill: CanvasText;
    }
    .bar-break line {
      stroke: Canvas;
    }
    .bar-grouped {
      fill: GrayText;
    }
    .breadcrumb button {
      color: LinkText;
    }
  }
`;
