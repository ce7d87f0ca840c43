import { css } from 'lit';

/**
 * Styles every disclosure element shares. Every colour, font and spacing is a
 * `--disclosure-*` custom property with a default on :host, so a theme (a
 * plain CSS file in themes/) restyles all elements without reaching into the
 * shadow root. Forced colours, reduced motion, print and narrow containers
 * are handled here once.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--disclosure-color-text, #1f2328);
    --_muted: var(--disclosure-color-muted, #57606a);
    --_background: var(--disclosure-color-background, #ffffff);
    --_surface: var(--disclosure-color-surface, #f4f6f8);
    --_border: var(--disclosure-color-border, #c9d1d9);
    --_accent: var(--disclosure-color-accent, #0b5cad);
    --_focus: var(--disclosure-color-focus, #0b5cad);
    --_warning: var(--disclosure-color-warning, #7a4d00);
    --_warning-background: var(--disclosure-color-warning-background, #fff8e5);
    --_error: var(--disclosure-color-error, #a40e26);
    --_error-background: var(--disclosure-color-error-background, #fff0f0);
    --_bar-track: var(--disclosure-color-bar-track, #e3e8ee);
    --_series-1: var(--disclosure-chart-color-1, #0b5cad);
    --_series-2: var(--disclosure-chart-color-2, #b35900);
    --_series-3: var(--disclosure-chart-color-3, #1a7f37);
    --_series-4: var(--disclosure-chart-color-4, #8250df);
    --_series-5: var(--disclosure-chart-color-5, #bf3989);
    --_series-6: var(--disclosure-chart-color-6, #57606a);
    --_pattern-ink: var(--disclosure-chart-pattern-color, rgba(255, 255, 255, 0.45));
    --_radius: var(--disclosure-radius, 4px);
    --_space: var(--disclosure-spacing, 0.75rem);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    /* A theme's scheme for the element's own scrollbars and controls; unset, the page's (inherited). */
    color-scheme: var(--disclosure-color-scheme);
    color: var(--_text);
    background: var(--_background);
    font-family: var(--disclosure-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: var(--disclosure-font-size, 1rem);
    /* Every text size derives from the one token: small text (notes, legends, chart labels) is 14 px at the default 16 px. */
    --_text-small: calc(var(--disclosure-font-size, 1rem) * 0.875);
    line-height: 1.5;
    /* A long unbroken token in a name (a URL, a code) wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--disclosure-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    color: var(--disclosure-color-heading, var(--_text));
    /* A theme's rule under the heading (formal.css): a custom property reaches every element, inside the report too. */
    border-bottom: var(--disclosure-heading-rule, none);
    padding-bottom: var(--disclosure-heading-rule-gap, 0);
  }
  .subheading {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }

  /* A section that is all zero says so in one sentence instead of drawing empty axes. */
  .zero-statement {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  /* States */
  /* The content wrapper (busy while loading) lays out as if it were not there. */
  .content {
    display: contents;
  }
  .error-title {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 700;
    color: inherit;
  }
  .check-mark {
    margin-inline-start: 0.25rem;
    color: var(--_warning);
  }
  .loading {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    padding: var(--_space);
    color: var(--_error);
    background: var(--_error-background);
    border: 1px solid currentColor;
    border-left-width: 4px;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* No data given (yet): a neutral note, not an error's colours. */
  .error.no-data {
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_border);
  }
  .error p {
    margin: 0 0 0.25rem;
  }
  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error-details {
    margin-top: 0.5rem;
    font-size: var(--_text-small);
  }
  .error-details summary {
    cursor: pointer;
  }
  .error-details summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error code,
  .warnings code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: inherit;
  }

  /* Data-check note (validator warnings) */
  .warnings {
    font-size: var(--_text-small);
    color: var(--_warning);
    background: var(--_warning-background);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
  }
  .warnings summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .warnings ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  /* A link to the row a difference is on: the note's own colour, underlined (not the browser's link blue, unreadable on dark notes). */
  .warnings a.check-link {
    color: inherit;
    text-decoration: underline;
  }
  .warnings li {
    overflow-wrap: anywhere;
  }

  /* Tables */
  .table-scroll {
    /* Positioned, so the visually hidden text inside a wide table stays inside the region it scrolls in. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    /* Its width, for the caption below (100cqi). */
    container-type: inline-size;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0 0 0.375rem;
    caption-side: top;
  }
  /* A table wider than the screen scrolls in its region; its caption stays in view. */
  .caption-text {
    display: inline-block;
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
  }
  th,
  td {
    /* A cell's data text keeps its own direction and cannot reorder the next cell. */
    unicode-bidi: isolate;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    /* A column header breaks between words ("Number", not "Numb|er"): its column is at least as wide as its longest word. */
    overflow-wrap: break-word;
    background: var(--_surface);
    font-weight: 600;
    text-align: start;
    border-bottom-width: 2px;
  }
  tbody th,
  tfoot th {
    text-align: start;
  }
  tbody th {
    font-weight: normal;
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  td.number {
    /* Figures are always laid out left to right, with tabular numerals so the decimal points of a column line up. */
    direction: ltr;
    font-variant-numeric: tabular-nums;
  }
  /* The "(计算值)" mark and a cross-check's ⚠ are boxes of their own under the figure: they never push
     the figure out of the column's alignment (every figure of a column has the same decimals, table.ts). */
  td.number .mark,
  td.number .check-mark {
    display: block;
    margin-inline-start: 0;
    line-height: 1.2;
  }
  /* Data text drawn in a chart (labels, figures) is isolated too. */
  svg text {
    unicode-bidi: isolate;
  }
  thead th.number {
    /* Headers may wrap ("Amount (10k yuan)"), so that narrow screens keep every column in view. */
    text-align: end;
    white-space: normal;
  }
  tr.total th,
  tr.total td,
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_border);
  }
  tr.subtotal th,
  tr.subtotal td {
    font-weight: 600;
  }
  /* A total's figures are emboldened with a stroke, not a bolder face: bold digits are wider than regular
     ones and would leave the column's decimal alignment. */
  tr.total td.number .figure,
  tfoot td.number .figure {
    font-weight: normal;
    -webkit-text-stroke: 0.04em currentColor;
  }
  tr.subtotal td.number .figure {
    font-weight: normal;
    -webkit-text-stroke: 0.025em currentColor;
  }
  /* Nested rows step in by --_indent per level (narrower in a narrow container, below). */
  table {
    --_indent-start: 0.5rem;
    --_indent: 1.25rem;
    /* The toggle's width and its margin (.toggle below; 44 px wide on a coarse pointer or in a narrow container). */
    --_toggle-room: 1.75rem;
  }
  tr[data-level='1'] {
    --_level: 1;
  }
  tr[data-level='2'] {
    --_level: 2;
  }
  tr[data-level='3'] {
    --_level: 3;
  }
  tr[data-level='4'] {
    --_level: 4;
  }
  tr[data-level='1'] > th,
  tr[data-level='2'] > th,
  tr[data-level='3'] > th,
  tr[data-level='4'] > th {
    padding-inline-start: calc(var(--_indent-start) + var(--_level) * var(--_indent));
  }
  /*
   * A row header with a toggle hangs its text: a label that wraps (a long 类 name in a phone's narrow
   * column) continues under its own first line, not under the toggle.
   */
  tr > th:has(> .toggle) {
    padding-inline-start: calc(var(--_indent-start) + var(--_level, 0) * var(--_indent) + var(--_toggle-room));
    text-indent: calc(-1 * var(--_toggle-room));
  }
  tr > th:has(> .toggle) > * {
    text-indent: 0;
  }
  /* A row without a toggle among rows that have one (a 项 under its 款) keeps the same room: its label lines up
     with its siblings' and sits inside its parent's, on a phone too, where the toggle is 44 px wide. (Not the
     column headers, nor a tree without toggles.) */
  table[role='treegrid']:has(.toggle) :is(tbody, tfoot) th[scope='row']:not(:has(> .toggle)) {
    padding-inline-start: calc(var(--_indent-start) + var(--_level, 0) * var(--_indent) + var(--_toggle-room));
  }
  /*
   * A table that scrolls sideways (a phone held sideways, a tablet: seven columns in 600 px) keeps its row
   * headers in view, as a spreadsheet's frozen first column: while it scrolls (scroll-regions.ts marks its
   * wrapper a region then) they stick at the start of the region, on the element's background, with a line
   * at their edge. Above the narrow layout a row header is never squeezed below 11em (a 类 name on two
   * lines, not five: a table that needs it scrolls). That width does not depend on the scrolling, or
   * marking the region would resize the table it was measured from.
   */
  @container (width > 30rem) {
    th[scope='row'] {
      min-inline-size: 11em;
    }
  }
  @media screen {
    .table-scroll[role='region'] thead th:first-child,
    .table-scroll[role='region'] th[scope='row'] {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      box-shadow: inset -1px 0 var(--_border);
    }
    .table-scroll[role='region'] th[scope='row'] {
      background: var(--_background);
    }
    /* A selected row keeps its tint and its bar at the start (the cue besides colour), and the edge line. */
    .table-scroll[role='region'] tr[data-selected] > th[scope='row'] {
      background: var(--disclosure-color-selected, #e8f1fb);
      box-shadow:
        inset 4px 0 0 var(--_focus),
        inset -1px 0 var(--_border);
    }
    /* A glossary term's definition opening in a row header stays above the next rows' headers. */
    .table-scroll[role='region'] th[scope='row']:has(dfn.term:is(:hover, :focus)) {
      z-index: 2;
    }
  }
  tr[data-selected] > th,
  tr[data-selected] > td {
    background: var(--disclosure-color-selected, #e8f1fb);
  }
  th:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .toggle {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    margin-inline-end: 0.25rem;
    padding: 0;
    vertical-align: middle;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* The toggle's triangle, drawn by CSS: an inline SVG in each of thousands of row headers costs more to clone than the row. */
  .toggle::before {
    content: '';
    width: 10px;
    height: 10px;
    background: currentColor;
    clip-path: polygon(30% 10%, 80% 50%, 30% 90%);
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  tr.zero-rows td {
    color: var(--_muted);
    font-style: italic;
  }
  .code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.375rem;
    /* A classification code is one token (2080505): never split across lines. */
    white-space: nowrap;
  }
  .note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .mark {
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-start: 0.125rem;
  }

  /* Charts: d3 computes, Lit renders. The picture is role="img"; marks sit in
     an overlay that keyboard users walk with the arrow keys. */
  .chart {
    display: grid;
    /* One column as wide as the element: what is inside a chart may not widen it (or the page) with larger text. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
    margin: 0;
    min-width: 0;
  }
  .chart-title {
    font-weight: 600;
  }
  .chart-stack {
    display: grid;
  }
  .chart-stack > svg {
    grid-area: 1 / 1;
    width: 100%;
    overflow: visible;
  }
  /* Figures written after the bars go in the room kept at the end (frame.ts, valueRoom): the picture spans the rest. */
  .chart-stack {
    --_value-room: var(--_value-room-wide, 0px);
  }
  .chart-stack > svg[role='img'] {
    width: calc(100% - var(--_value-room));
  }
  .chart-summary {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .chart-current {
    margin: 0;
    min-height: 1.5em;
    font-size: var(--_text-small);
  }
  .mark-target {
    fill: transparent;
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  /* A mark shows that it can be chosen: an outline under the pointer; a selected mark has a ring in the focus colour. */
  .mark-target:hover {
    stroke: var(--_muted);
    stroke-width: 2px;
  }
  .mark-target[data-selected] {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  /* The focused mark: a double ring, dark outside and light inside, whatever the colour of the mark
     under it and of the background around it (2.4.7 / 1.4.11: one of the two rings always contrasts ≥ 3:1). */
  .mark-target:focus-visible {
    stroke: #000000;
    stroke-width: 6px;
  }
  .focus-inner {
    display: none;
    fill: none;
    stroke: #ffffff;
    stroke-width: 2px;
    pointer-events: none;
  }
  .mark-target:focus-visible + .focus-inner {
    display: inline;
  }
  /* A selected row: a bar at its start as well as the tint. */
  tr[data-selected] > th {
    box-shadow: inset 4px 0 0 var(--_focus);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
    font-size: var(--_text-small);
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .legend .swatch {
    flex: none;
    align-self: center;
    border: 1px solid var(--_text);
  }
  .legend .value {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .series-1 { fill: var(--_series-1); }
  .series-2 { fill: var(--_series-2); }
  .series-3 { fill: var(--_series-3); }
  .series-4 { fill: var(--_series-4); }
  .series-5 { fill: var(--_series-5); }
  .series-6 { fill: var(--_series-6); }
  .pattern-ink {
    stroke: var(--_pattern-ink);
    fill: var(--_pattern-ink);
  }
  .segment-gap {
    stroke: var(--_background);
    stroke-width: 2px;
  }
  .bar-track {
    fill: var(--_bar-track);
  }
  .bar-value {
    fill: var(--_accent);
  }
  .rate {
    display: block;
  }
  .completion-bar {
    display: block;
    width: 6rem;
    max-width: 100%;
    margin-top: 0.25rem;
    margin-inline-start: auto;
  }
  .bar-reference {
    stroke: var(--_text);
    stroke-width: 2px;
  }

  /* A glossary term: dotted underline (not colour alone); its definition as a box on hover and keyboard focus. */
  dfn.term {
    position: relative;
    font-style: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  dfn.term:focus-visible {
    outline: 2px solid var(--disclosure-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  dfn.term:hover::after,
  dfn.term:focus::after {
    content: attr(data-definition);
    /* Shown, not spoken: the definition is the term's description already, and not part of its name (or of its
       row header's). Where the alternative-text syntax is not known, the line above stands. */
    content: attr(data-definition) / '';
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 10;
    inline-size: max-content;
    /* No wider than the room on its side of the term (glossary.ts sets it as the definition opens). */
    max-inline-size: min(24rem, 80vw, var(--_term-room, 80vw));
    margin-block-start: 0.25rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid currentColor;
    border-radius: var(--disclosure-radius, 4px);
    background: var(--disclosure-color-background, #fff);
    color: var(--disclosure-color-text, #1b1b1b);
    font-size: var(--_text-small);
    font-weight: normal;
    line-height: 1.5;
    white-space: normal;
    text-align: start;
  }
  dfn.term[data-open-end]:hover::after,
  dfn.term[data-open-end]:focus::after {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  dfn.term[data-dismissed]::after {
    content: none;
  }
  @media (forced-colors: active) {
    dfn.term:hover::after,
    dfn.term:focus::after {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  /* The chart's screen-reader section is out of the layout, so focusing its link never moves what follows. */
  .chart-intro {
    position: absolute;
    z-index: 1;
  }
  .skip-link:focus {
    display: inline-block;
    padding: 0.125rem 0.375rem;
    background: var(--_background);
  }
  /* "跳到数据表": hidden until focused. */
  .skip-link:not(:focus) {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip-link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .skip-link {
    color: var(--_accent);
  }
  .warnings a:focus-visible,
  .breadcrumb [tabindex='-1']:focus-visible,
  .chart-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Open data: "下载 CSV" under each table, "下载数据（JSON）" at the end. */
  .table-actions,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: calc(-0.5 * var(--_space));
  }
  .downloads {
    margin-top: 0;
  }
  .download {
    font: inherit;
    font-size: var(--_text-small);
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  .download:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Touch: toggles, buttons and chart marks are at least 44 × 44 px on a coarse pointer. */
  @media (pointer: coarse) {
    .toggle,
    .download {
      min-width: 44px;
      min-height: 44px;
    }
    table {
      --_toggle-room: calc(44px + 0.25rem);
    }
  }

  @container (max-width: 30rem) {
    /* Narrow: the figures after the bars are shorter (the amount only; the table and the marks' names have the rest). */
    .chart-stack {
      --_value-room: var(--_value-room-narrow, var(--_value-room-wide, 0px));
    }
    .bar-text .wide-only {
      display: none;
    }
    th,
    td {
      padding: 0.3rem 0.3rem;
    }
    /* Narrow: toggles and buttons big enough for a finger, whatever the pointer. */
    .toggle,
    .download {
      min-width: 44px;
      min-height: 44px;
    }
    table {
      --_toggle-room: calc(44px + 0.25rem);
    }
    /*
     * A table of more than three columns reflows: each row reads as its
     * label, then its figures as label–value pairs (the column header comes
     * from data-label). The table, its rows and cells keep their elements
     * and roles (Chromium keeps table semantics for a <table> laid out as
     * grid/flex); the column headers are hidden visually only, so screen
     * readers still hear each cell's row and column header. The generated
     * label has empty alternative text (content: … / ""): not heard twice.
     */
    table[data-reflow] {
      display: block;
    }
    table[data-reflow] > caption {
      display: block;
    }
    table[data-reflow] > thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    table[data-reflow] > tbody,
    table[data-reflow] > tfoot {
      display: block;
    }
    table[data-reflow] tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      border-bottom: 1px solid var(--_border);
      padding-block: 0.25rem;
    }
    table[data-reflow] tr > th,
    table[data-reflow] tr > td {
      display: block;
      border-bottom: 0;
    }
    table[data-reflow] tr > td[data-label] {
      display: flex;
      justify-content: flex-end;
      align-items: baseline;
      gap: 0.75rem;
      padding-block: 0.125rem;
      padding-inline-start: calc(var(--_indent-start) + var(--_indent));
      text-align: end;
      white-space: normal;
    }
    table[data-reflow] tr > td[data-label]::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      flex: 0 1 auto;
      min-width: 0;
      /* The label at the start, the figure (and its bar) at the end. */
      margin-inline-end: auto;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: normal;
      text-align: start;
    }
    table[data-reflow] td[data-label=''] {
      display: none;
    }
    /*
     * A figure the document does not give (an empty cell: absent, never 0) is no line of the card: an empty
     * label–value pair reads as a missing number. The cell stays in the table for a screen reader, saying why
     * it is blank (未公布 / 不适用).
     */
    table[data-reflow] tr > td[data-label]:has(> .blank-reason:only-child) {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table[data-reflow] tr.total,
    table[data-reflow] tfoot tr {
      border-top: 2px solid var(--_border);
    }
    table[data-reflow] tr.total > *,
    table[data-reflow] tfoot tr > * {
      border-top: 0;
    }
    table[data-reflow] td > .rate {
      display: inline;
    }
    table[data-reflow] td .completion-bar {
      display: inline-block;
      vertical-align: middle;
      width: 3rem;
      margin: 0 0 0 0.375rem;
    }
    table {
      --_indent-start: 0.25rem;
      --_indent: 0.75rem;
    }
    .heading {
      font-size: 1.1em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .animate {
      transition: width 200ms ease-out, x 200ms ease-out;
    }
  }

  @media (forced-colors: active) {
    .series-1, .series-2, .series-3, .series-4, .series-5, .series-6, .bar-value {
      fill: CanvasText;
    }
    /* A background is forced to Canvas: the triangle keeps the button's text colour. */
    .toggle::before {
      forced-color-adjust: none;
      background: ButtonText;
    }
    .bar-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pattern-ink,
    .segment-gap {
      stroke: Canvas;
      fill: Canvas;
    }
    .mark-target:focus-visible,
    .mark-target[data-selected] {
      stroke: Highlight;
    }
    .focus-inner {
      stroke: Canvas;
    }
    .bar-reference {
      stroke: CanvasText;
    }
    .bar-value {
      stroke: CanvasText;
    }
    tr[data-selected] > th,
    tr[data-selected] > td {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    tr[data-selected] > th,
    .table-scroll[role='region'] tr[data-selected] > th[scope='row'] {
      box-shadow: inset 6px 0 0 Highlight;
    }
    .check-mark {
      color: CanvasText;
    }
    .legend .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .error,
    .warnings {
      border-color: CanvasText;
    }
  }

  /*
   * Print: every element prints cleanly. Toggles, download buttons and focus
   * marks are hidden; tables keep their header row on each page and never
   * split a row; charts keep their fill patterns (black-and-white legible).
   * The element shows every row of a hierarchy and opens the data-check note
   * while printing (see print.ts).
   */
  @media print {
    :host {
      container-type: normal;
    }
    /* Block flow on paper: Chromium keeps a heading with what follows it (break-after: avoid) between blocks, not
       between the rows of a grid. The grid's gap becomes a margin between the blocks of .content (which lays out as
       if it were not there: the grid's items are its children). The sticky row headers of a scrolling table are
       screen only (above). */
    .base {
      display: block;
    }
    .content > * + * {
      margin-block-start: var(--_space);
    }
    .table-scroll {
      overflow: visible;
    }
    /* No toggle on paper, so no room kept for one. */
    table {
      --_toggle-room: 0px;
    }
    .chart-current,
    .mark-overlay,
    .toggle,
    .table-actions,
    .downloads {
      display: none !important;
    }
    *:focus,
    *:focus-visible {
      outline: none !important;
    }
    tr[data-selected] > th,
    tr[data-selected] > td {
      background: none;
    }
    table {
      break-inside: auto;
    }
    thead {
      display: table-header-group;
      break-after: avoid;
    }
    /* A caption and header row never end a page without a row under them. */
    tbody > tr:first-child {
      break-before: avoid;
    }
    tfoot {
      display: table-row-group;
    }
    tr,
    th,
    td {
      break-inside: avoid;
    }
    caption,
    .heading,
    .subheading {
      break-after: avoid;
    }
    .chart {
      break-inside: avoid;
    }
    * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }

  /* The remark the document prints under a table (说明：…), as published. */
  .remark {
    margin: 0;
    font-size: var(--_text-small);
    color: var(--_muted);
  }
  /* A note the document prints with a table (注：本表反映…). */
  .table-note {
    margin: 0.5em 0 0;
    font-size: var(--_text-small);
    color: var(--_muted);
  }
  /* Prose keeps a readable line length (--disclosure-measure, about 45 characters of Chinese); tables and charts take the full width. */
  .chart-summary,
  .summary,
  .table-note,
  .remark,
  .includes dd {
    max-inline-size: var(--disclosure-measure, 45em);
  }
`;
