import { css } from 'lit';

/**
 * Styles of the grouped bar chart (grouped-bars.ts), for the elements that
 * draw one. The grid's rows are all 3.25em of the chart's font (BAR_ROW in
 * layout.ts), the same em the SVG geometry uses, so labels and bars stay in
 * line at any font size, and each bar's row is a 44 px touch target. A
 * group's label spans the columns and sits at the bottom of its row (a long
 * label wraps upwards within it). The plot starts on row 2, the first
 * group's first bar, and overflows its row downwards over the bar column,
 * which takes all the width the chart has.
 */
export const groupedBarsStyles = css`
  /* The series labels take at most 40 % of the width and wrap between words (larger text on a phone), the figures never wrap,
     and the bars take what is left. */
  .bars {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0.5rem, 1fr) max-content;
    grid-auto-rows: 3.25em;
    align-items: center;
    column-gap: 0.75em;
    font-size: var(--_text-small);
    line-height: 1.25;
  }
  .bars-plot {
    grid-column: 2;
    grid-row: 2;
    align-self: start;
    display: grid;
  }
  .bars-plot > svg {
    grid-area: 1 / 1;
    overflow: visible;
  }
  .bars-group {
    grid-column: 1 / -1;
    align-self: end;
    padding-bottom: 0.125em;
    font-weight: 600;
  }
  .bars-series {
    grid-column: 1;
    color: var(--_muted);
    overflow-wrap: break-word;
  }
  /* Very large text in a narrow element (a phone at 200 %): a label's long words break anywhere rather than push
     the figures off the screen. */
  @container (max-width: 14rem) {
    .bars-series {
      overflow-wrap: anywhere;
    }
  }
  .bars-value {
    grid-column: 3;
    text-align: end;
    font-variant-numeric: tabular-nums;
    /* Drawn next to its bar (.bars-text); this copy keeps the column's width and the reading order. */
    color: transparent;
    user-select: none;
  }
  .bars-text {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .bars-baseline {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  @media (forced-colors: active) {
    .bars-baseline {
      stroke: CanvasText;
    }
    .bars-text {
      fill: CanvasText;
    }
    .bars-value {
      forced-color-adjust: none;
      color: transparent;
    }
  }
`;
