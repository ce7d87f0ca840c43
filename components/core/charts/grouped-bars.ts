/**
 * A grouped bar chart: for each group (a “三公” part, say) one horizontal bar
 * per series (this year, last year, budget …), all on one scale, each bar
 * labelled directly: its series before it (HTML), its value right after the
 * bar's end (SVG text in the chart's font, so a short bar has its figure next
 * to it, not at the far edge). The HTML copy of each value stays in the last
 * column, transparent: it reserves the width the longest bar's figure needs
 * and keeps the figures in the reading order for screen readers. The series' names on every row
 * make a legend unnecessary; colour and pattern (patterns.ts) tell the series
 * apart as well. An element adds `groupedBarsStyles` (grouped-bars.styles.ts)
 * to its styles.
 *
 * Layout (layoutGroupedBars in layout.ts, built by the view model): a CSS
 * grid of equal rows (BAR_ROW em each, tall enough that a bar's row is a
 * 44 px touch target): one for a group's label (two lines fit), then one per
 * bar. The bar column takes the width the chart has: bars scale with it. The picture (role="img", named by the title, described by the
 * summary) and the overlay of focusable marks (see marks.ts) are two SVGs
 * laid over the bar column from the first bar's row, with their geometry in
 * em, so they line up with the HTML labels at any font size. Numbers appear
 * here for geometry only: every figure shown is the caller's formatted text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Catalogue } from '../locale/index.js';
import type { MarkCell, MarkNavigation } from './marks.js';
import { renderChartIntro, renderMarkNames } from './frame.js';
import { withDataLang } from '../element/data-lang.js';
import { patternDefs, seriesRect } from './patterns.js';
import { BAR_ROW as ROW, type GroupedBarsLayout } from './layout.js';

export type { BarGroup, GroupedBar, GroupedBarsLayout } from './layout.js';
export { layoutGroupedBars } from './layout.js';

export interface GroupedBarsOptions {
  /** Unique within the element's shadow root; prefixes the ids inside. */
  id: string;
  title: string;
  /** The data-generated summary: the picture's accessible description, also shown. */
  summary: string;
  /** The bars laid out (layoutGroupedBars, in the view model). */
  layout: GroupedBarsLayout;
  catalogue: Catalogue;
  navigation: MarkNavigation;
  /** The lowest and highest value, formatted. */
  range?: [string, string];
  /** Id of the table with the same data (the skip link and `aria-details`). */
  tableId?: string;
  /** Data strings in the summary and the labels (marked lang="zh-CN"). */
  names?: readonly (string | undefined)[];
}

/** Bar thickness, in em of the chart's font (rows are BAR_ROW em). */
const BAR = 1.5;

export function renderGroupedBars(options: GroupedBarsOptions): TemplateResult {
  const { id, title, summary, catalogue, navigation } = options;
  const { groups, placed, rows } = options.layout;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const em = (rows: number) => `${rows * ROW}em`;
  const focused = placed[navigation.focusedIndex(id) ?? -1]?.bar;
  // Where each mark stands: its group (along a series) and its series (across the group), for the arrow keys.
  const grid: MarkCell[] = groups.flatMap((group, groupIndex) => group.bars.map((bar) => ({ group: groupIndex, series: bar.series })));
  const series = new Set(grid.map((cell) => cell.series)).size;
  const on = navigation.overlay(id, placed.length, grid);
  // A group's label is marked zh-CN in a mark's name only when it is a published (Chinese) name, not the element's
  // own word ("Official travel abroad").
  const dataNames = options.names ?? [];
  const nameOf = (bar: (typeof placed)[number]['bar']) => {
    const label = groups.find((group) => group.bars.includes(bar))?.label;
    return label !== undefined && dataNames.includes(label) ? label : undefined;
  };
  return html`${renderChartIntro({
      id,
      title,
      summary,
      catalogue,
      type: series > 1 ? 'groupedBars' : 'bars',
      marks: placed.length,
      series,
      range: options.range,
      tableId: options.tableId,
      names: options.names,
    })}<figure class="chart grouped-bars" part="chart" data-chart-id=${id}>
    <figcaption class="chart-title" id=${titleId}>${title}</figcaption>
    <div class="bars">
      <div class="bars-plot" @keydown=${on.keydown} @focusin=${on.focusin} @focusout=${on.focusout} @click=${on.click}>
        <svg role="img" aria-labelledby=${titleId} aria-describedby=${summaryId} aria-details=${options.tableId ?? nothing} width="100%" height=${em(rows)} focusable="false">
          ${patternDefs(id)}
          ${placed.map(
            ({ bar, row, length }) => svg`<line class="bars-baseline" x1="0.5" x2="0.5" y1=${em(row)} y2=${em(row + 1)}></line>
              ${seriesRect(id, bar.series, '0', `${row * ROW + (ROW - BAR) / 2}em`, `${length}%`, `${BAR}em`)}
              <text class="bars-text" x=${`${length}%`} dx="0.375em" y=${`${(row + 0.5) * ROW}em`} dominant-baseline="central">${bar.value}</text>`,
          )}
        </svg>
        <svg class="mark-overlay" role="group" aria-label=${catalogue.element.chartMarks(title)} width="100%" height=${em(rows)}>
          ${placed.map(({ row }, index) => {
            // The hit area is the bar's whole row, across the bar column: at least 44 × 44 px (layout.ts, BAR_ROW); then its focus
            // ring. x and width stay bindings: as static attributes they would come first, and the DOM would differ in attribute order.
            const [x, y, width, height] = ['0', `${row * ROW}em`, '100%', `${ROW}em`];
            return svg`<rect class="mark-target" role="img" aria-label=${placed[index]!.bar.label} aria-labelledby=${`${id}-mark-${index}`}
              data-chart=${id} data-index=${index} tabindex=${navigation.tabIndex(id, index, placed.length)}
              x=${x} y=${y} width=${width} height=${height}></rect><rect class="focus-inner" aria-hidden="true" x=${x} y=${y} width=${width} height=${height}></rect>`;
          })}
        </svg>
      </div>
      ${groups.map(
        (group) => html`<span class="bars-group" lang=${(options.names ?? []).includes(group.label) ? 'zh-CN' : nothing}>${group.label}</span>
          ${group.bars.map((bar) => html`<span class="bars-series">${bar.seriesLabel}</span><span class="bars-value">${bar.value}</span>`)}`,
      )}
    </div>
    ${renderMarkNames(id, placed.map(({ bar }) => ({ label: bar.label, name: nameOf(bar) })), catalogue.lang)}
    <p class="chart-current" aria-hidden="true">${focused ? `${catalogue.element.current}${focused.label}` : nothing}</p>
    <p class="chart-summary" id=${summaryId}>${withDataLang(summary, options.names ?? [], catalogue.lang)}</p>
  </figure>`;
}
