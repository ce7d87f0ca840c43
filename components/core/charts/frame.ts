/**
 * The frame every chart shares. The picture is one SVG with role="img", named
 * by the chart's title and described by a sentence generated from the data.
 * Over it lies an overlay SVG of the same size whose marks are focusable, each
 * with its value as its accessible name: the arrow keys walk them (see
 * marks.ts), and the focused one is also written out beside the chart.
 */
import { ref } from 'lit/directives/ref.js';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Catalogue } from '../locale/index.js';
import type { MarkCell, MarkNavigation } from './marks.js';
import { withDataLang } from '../element/data-lang.js';
import { DATA_LANG } from '../table/rows.js';

export interface ChartMark {
  /** Geometry in the picture's coordinates: x and width may be percentages ("12.5%"). */
  x: string;
  /** A number is px; a string may carry a unit ("2.875em": geometry that grows with the text size). */
  y: number | string;
  width: string;
  height: number | string;
  /** What a screen reader reads for the mark: its label and value. */
  label: string;
  /** The published data string in `label` (a name), marked lang="zh-CN" in the name screen readers read. */
  name?: string;
  selected?: boolean;
}

/** The screen-reader section before a chart, as Highcharts' accessibility module has it, and the link to its table. */
export interface ChartIntroOptions {
  id: string;
  title: string;
  summary: string;
  catalogue: Catalogue;
  type: 'composition' | 'bars' | 'groupedBars';
  marks: number;
  series: number;
  /** The lowest and highest value, formatted, when the chart has marks. */
  range?: [string, string];
  /** Id (in the same shadow root) of the table that holds the same data, when it is shown. */
  tableId?: string;
  /** Data strings in the summary, marked lang="zh-CN". */
  names?: readonly (string | undefined)[];
}

/** The id of the chart's screen-reader section. */
export const introId = (id: string) => `${id}-intro`;

/**
 * Before the chart: a section that screen readers read (chart type, title,
 * number of marks and series, range, the keys, the generated description) and
 * a "跳到数据表" link, visible when focused, that moves focus to the table with
 * the same data.
 */
export function renderChartIntro(options: ChartIntroOptions): TemplateResult {
  const { id, catalogue, tableId } = options;
  const words = catalogue.element;
  const range = options.range ? words.chartRange(options.range[0], options.range[1]) : '';
  return html`<div class="chart-intro" id=${introId(id)}>
    <p class="visually-hidden">${words.chartDescription({ type: words.chartType[options.type], title: options.title, marks: options.marks, series: options.series, range })}
      ${options.marks > 0 ? words.chartKeys(options.series > 1) : nothing} ${withDataLang(options.summary, options.names ?? [], catalogue.lang)}</p>
    ${tableId
      ? html`<a class="skip-link" href=${`#${tableId}`} @click=${(event: Event) => skipToTable(event, tableId)}>${words.skipToTable}</a>`
      : nothing}
  </div>`;
}

/** Follows a "跳到数据表" link inside the shadow root: focus goes to the table's first row header. */
function skipToTable(event: Event, tableId: string): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  const table = root.getElementById(tableId);
  const target = table?.querySelector<HTMLElement>('tbody th[scope="row"], tfoot th[scope="row"]');
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'nearest' });
  target.focus();
}

/**
 * The accessible names of the marks, with their data strings marked lang="zh-CN" when `lang` (the catalogue's) is
 * another language: the marks are labelled by these (hidden) spans.
 */
export function renderMarkNames(id: string, marks: readonly { label: string; name?: string }[], lang: string): TemplateResult {
  // Laid out but unseen and out of the reading order (aria-hidden; aria-labelledby still reads it): a name computed
  // from a `hidden` subtree has no layout, and Chromium then joins its inline pieces with spaces ("Basic , 2024").
  return html`<div class="mark-names visually-hidden" aria-hidden="true">
    ${marks.map((mark, index) => html`<span id=${`${id}-mark-${index}`}>${lang === DATA_LANG ? mark.label : nameParts(mark.label, mark.name)}</span>`)}
  </div>`;
}

/**
 * `label` with each occurrence of `name` in <span lang="zh-CN">, as withDataLang (element/data-lang.ts) marks one name,
 * but as the list of parts, not a template around them: one template instance less for each mark.
 */
function nameParts(label: string, name: string | undefined): string | (string | TemplateResult)[] {
  if (!name || !label.includes(name)) return label;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (let found = label.indexOf(name); found >= 0; found = label.indexOf(name, at)) {
    if (found > at) parts.push(label.slice(at, found));
    parts.push(html`<span lang="zh-CN">${name}</span>`);
    at = found + name.length;
  }
  if (at < label.length) parts.push(label.slice(at));
  return parts;
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
  /** What kind of chart it is, for the screen-reader section. */
  type?: 'composition' | 'bars';
  /** The lowest and highest value, formatted. */
  range?: [string, string];
  /** Id of the table with the same data (the skip link and `aria-details`). */
  tableId?: string;
  /** Data strings in the summary (marked lang="zh-CN"). */
  names?: readonly (string | undefined)[];
  /**
   * Room kept free at the picture's end for the figures written after the
   * bars (lengths, e.g. "9.5em"; `narrow`: in a narrow container, where the
   * figures are shorter): the picture's geometry spans the rest, so no figure
   * runs past the chart. The focusable marks still span the whole width.
   */
  valueRoom?: { wide: string; narrow: string };
}

export function renderChartFrame(options: ChartFrameOptions): TemplateResult {
  const { id, title, summary, height, picture, marks, catalogue, navigation } = options;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const focused = navigation.focusedIndex(id);
  const focusedMark = focused === undefined ? undefined : marks[focused];
  const on = navigation.overlay(id, marks.length);
  return html`${renderChartIntro({
      id,
      title,
      summary,
      catalogue,
      type: options.type ?? 'bars',
      marks: marks.length,
      series: 1,
      range: options.range,
      tableId: options.tableId,
      names: options.names,
    })}<figure class="chart" part="chart" data-chart-id=${id}>
    <figcaption class="chart-title" id=${titleId}>${title}</figcaption>
    ${options.before ?? nothing}
    ${marks.length === 0
      ? nothing
      : html`<div class="chart-stack" ${ref(valueRoomOf(options.valueRoom))} @keydown=${on.keydown} @focusin=${on.focusin} @focusout=${on.focusout} @click=${on.click}>
            <svg role="img" aria-labelledby=${titleId} aria-describedby=${summaryId} aria-details=${options.tableId ?? nothing} width="100%" height=${height} focusable="false">
              ${picture}
            </svg>
            <svg class="mark-overlay" role="group" aria-label=${catalogue.element.chartMarks(title)} width="100%" height=${height}>
              ${marks.map(
                // One template per mark: the target, then the light middle ring of its focus ring (shown by CSS when the target is focused); its listeners are delegated to the
                // HTML wrapper above (an SVG element with focus listeners would be a tab stop of its own in Chromium).
                (mark, index) => svg`<rect class="mark-target" role="img" aria-label=${mark.label} aria-labelledby=${`${id}-mark-${index}`}
                  data-chart=${id} data-index=${index} tabindex=${navigation.tabIndex(id, index, marks.length)}
                  ?data-selected=${mark.selected}
                  x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height}></rect><rect class="focus-inner" aria-hidden="true" x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height}></rect>`,
              )}
            </svg>
          </div>
          ${renderMarkNames(id, marks, catalogue.lang)}`}
    ${options.after ?? nothing}
    ${marks.length === 0 ? nothing : html`<p class="chart-current" aria-hidden="true">${focusedMark ? `${catalogue.element.current}${focusedMark.label}` : nothing}</p>`}
    <p class="chart-summary" id=${summaryId}>${withDataLang(summary, options.names ?? [], catalogue.lang)}</p>
  </figure>`;
}

/** Re-exported for charts that lay their own marks out. */
export type { MarkCell };

/**
 * Sets the chart's room for its figures (custom properties) on the element through the CSSOM once it is
 * rendered: a `style` attribute, even one written by Lit's styleMap on first render, is inline style a strict
 * CSP (`style-src-attr 'none'`) refuses.
 */
function valueRoomOf(room: { wide: string; narrow: string } | undefined) {
  return (element: Element | undefined) => {
    if (!(element instanceof HTMLElement)) return;
    if (room) {
      element.style.setProperty('--_value-room-wide', room.wide);
      element.style.setProperty('--_value-room-narrow', room.narrow);
    } else {
      element.style.removeProperty('--_value-room-wide');
      element.style.removeProperty('--_value-room-narrow');
    }
  };
}
