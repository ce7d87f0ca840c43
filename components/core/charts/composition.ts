/**
 * A composition chart: one 100 % bar whose segments are the parts of a whole
 * (income by source, expenditure by type), with a legend that labels each
 * part directly with its amount and share. d3-hierarchy lays the parts out
 * along the bar (a one-level partition); Lit renders the SVG. A tiny share (1.6 of 933.74 is 0.17 %) keeps a visible
 * minimum width and its label; a single part reads as the whole. A large
 * breakdown draws its largest COMPOSITION_TOP parts and one "其他 N 项"
 * segment for the rest (their exact sum, marked computed); every part stays
 * in the element's table.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Catalogue } from '../locale/index.js';
import type { CompositionSegment } from './composition-layout.js';
import type { MarkNavigation } from './marks.js';
import { renderChartFrame } from './frame.js';
import { patternDefs, seriesRect } from './patterns.js';
import { toDecimal } from '../money.js';

export { COMPOSITION_TOP, MIN_SEGMENT_PERCENT, layoutComposition, type CompositionPart, type CompositionSegment } from './composition-layout.js';

export interface CompositionChartOptions {
  /** Id of the chart within the element, unique per shadow root. */
  id: string;
  title: string;
  /** The data-generated summary: the chart's accessible description, also shown. */
  summary: string;
  segments: readonly CompositionSegment[];
  catalogue: Catalogue;
  navigation: MarkNavigation;
  /** Id of the table with the same data (the skip link and `aria-details`). */
  tableId?: string;
  /** Published (Chinese) names among the parts' labels, marked lang="zh-CN". */
  names?: readonly string[];
  /** Said after the summary when no segment is drawn; default: there is no non-zero data. */
  empty?: string;
}

const BAR_HEIGHT = 28;

export function renderCompositionChart(options: CompositionChartOptions): TemplateResult {
  const { id, title, summary, segments, catalogue, navigation } = options;
  const names = options.names ?? [];
  // The range, for the screen-reader section: the smallest and the largest part (by amount, exactly).
  const sorted = [...segments].sort((a, b) => toDecimal(a.amount).cmp(toDecimal(b.amount)));
  return renderChartFrame({
    type: 'composition',
    range: sorted.length > 0 ? [sorted[0]!.money, sorted[sorted.length - 1]!.money] : undefined,
    tableId: options.tableId,
    names,
    id,
    title,
    summary: segments.length === 0 ? `${summary} ${options.empty ?? catalogue.element.noChartData}` : summary,
    height: BAR_HEIGHT,
    catalogue,
    navigation,
    // Segments meet at a thin gap in the background colour, so that a boundary shows without colour or pattern (as in
    // Datawrapper's stacked bars); the patterns stay, subtle, as the legend's second cue besides colour.
    picture: svg`${patternDefs(id)}${segments.map((segment) =>
      seriesRect(id, segment.series, `${segment.x}%`, '0', `${segment.width}%`, String(BAR_HEIGHT)),
    )}${segments.slice(1).map((segment) => svg`<line class="segment-gap" x1=${`${segment.x}%`} x2=${`${segment.x}%`} y1="0" y2=${BAR_HEIGHT}></line>`)}`,
    marks: segments.map((segment) => ({ x: `${segment.x}%`, y: 1.5, width: `${segment.width}%`, height: BAR_HEIGHT - 3, label: segment.markLabel, name: names.includes(segment.label) ? segment.label : undefined })),
    after:
      segments.length === 0
        ? nothing
        : html`<ul class="legend" part="legend">
            ${segments.map(
              (segment) => html`<li>
                <svg class="swatch" width="16" height="16" aria-hidden="true" focusable="false">
                  ${seriesRect(id, segment.series, '0', '0', '16', '16')}
                </svg>
                <span class="label" lang=${names.includes(segment.label) ? 'zh-CN' : nothing}>${segment.label}</span>
                <span class="value">${segment.money} · ${segment.share}${segment.grouped ? html`<span class="mark">(${catalogue.element.computed})</span>` : nothing}</span>
              </li>`,
            )}
          </ul>`,
  });
}
