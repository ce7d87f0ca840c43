/**
 * The frame every chart shares. The picture is one SVG with role="img", named
 * by the chart's title and described by a sentence generated from the data.
 * Over it lies an overlay SVG of the same size whose marks are focusable, each
 * with its value as its accessible name: the arrow keys walk them (see
 * marks.ts), and the focused one is also written out beside the chart.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Catalogue } from '../locale/index.js';
import type { MarkNavigation } from './marks.js';

export interface ChartMark {
  /** Geometry in the picture's coordinates: x and width may be percentages ("12.5%"). */
  x: string;
  /** A number is px; a string may carry a unit ("2.875em": geometry that grows with the text size). */
  y: number | string;
  width: string;
  height: number | string;
  /** What a screen reader reads for the mark: its label and value. */
  label: string;
  selected?: boolean;
}

export interface ChartFrameOptions {
  /** Unique within the element's shadow root; prefixes the ids inside. */
  id: string;
  title: string;
  summary: string;
  /** Height of the picture in px, or a length with a unit ("86.25em"); its width is the container's. */
  height: number | string;
  picture: SVGTemplateResult;
  marks: readonly ChartMark[];
  catalogue: Catalogue;
  navigation: MarkNavigation;
  /** Shown between the title and the picture (a breadcrumb, a key). */
  before?: TemplateResult | typeof nothing;
  /** Shown after the picture (a legend, a list of what was not drawn). */
  after?: TemplateResult | typeof nothing;
}

export function renderChartFrame(options: ChartFrameOptions): TemplateResult {
  const { id, title, summary, height, picture, marks, catalogue, navigation } = options;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const focused = navigation.focusedIndex(id);
  const focusedMark = focused === undefined ? undefined : marks[focused];
  return html`<figure class="chart" part="chart" data-chart-id=${id}>
    <figcaption class="chart-title" id=${titleId}>${title}</figcaption>
    ${options.before ?? nothing}
    ${marks.length === 0
      ? nothing
      : html`<div class="chart-stack">
            <svg role="img" aria-labelledby=${titleId} aria-describedby=${summaryId} width="100%" height=${height} focusable="false">
              ${picture}
            </svg>
            <svg class="mark-overlay" role="group" aria-label=${catalogue.element.chartMarks(title)} width="100%" height=${height}>
              ${marks.map((mark, index) => {
                const on = navigation.handlers(id, index, marks.length);
                return svg`<rect class="mark-target" role="img" aria-label=${mark.label}
                  data-chart=${id} data-index=${index} tabindex=${navigation.tabIndex(id, index, marks.length)}
                  ?data-selected=${mark.selected}
                  x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height}
                  @keydown=${on.keydown} @focus=${on.focus} @blur=${on.blur} @click=${on.click}></rect>`;
              })}
            </svg>
          </div>
          <p class="chart-current" aria-hidden="true">${focusedMark ? `${catalogue.element.current}${focusedMark.label}` : nothing}</p>`}
    ${options.after ?? nothing}
    <p class="chart-summary" id=${summaryId}>${summary}</p>
  </figure>`;
}
