/**
 * A composition chart: one 100 % bar whose segments are the parts of a whole
 * (income by source, expenditure by type), with a legend that labels each
 * part directly with its amount and share. d3-hierarchy lays the parts out
 * along the bar (a one-level partition); Lit renders the SVG. A tiny share (1.6 of 933.74 is 0.17 %) keeps a visible
 * minimum width and its label; a single part reads as the whole.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { hierarchy, partition } from 'd3-hierarchy';
import type { Catalogue } from '../locale/index.js';
import { isZero, sumOf, toDecimal } from '../money.js';
import type { Formatter } from '../format.js';
import type { MarkNavigation } from './marks.js';
import { renderChartFrame } from './frame.js';
import { patternDefs, seriesOf, seriesRect } from './patterns.js';

export interface CompositionPart {
  key: string;
  label: string;
  /** Published amount in the disclosure's unit. */
  amount: string;
}

export interface CompositionSegment extends CompositionPart {
  /** Start and width on the bar, in percent of its length (geometry only, never shown as a figure). */
  x: number;
  width: number;
  series: number;
  /** The part's share of the whole, formatted ("0.17%"). */
  share: string;
}

/** The smallest width a non-zero part gets on the bar, in percent, so that it stays visible and focusable. */
export const MIN_SEGMENT_PERCENT = 1.5;

/** Lays out the non-zero parts on a 0–100 bar; shares are exact decimals rounded once for display. */
export function layoutComposition(parts: readonly CompositionPart[], format: Formatter): CompositionSegment[] {
  const drawn = parts.filter((part) => !isZero(part.amount));
  const total = sumOf(drawn.map((part) => part.amount));
  if (drawn.length === 0 || total.isZero()) return [];
  // Numbers appear only here, for pixel geometry; every figure shown comes from the decimal strings.
  const root = hierarchy<{ amount?: string; children?: readonly CompositionPart[] }>({ children: drawn }).sum((node) =>
    node.amount === undefined ? 0 : toDecimal(node.amount).toNumber(),
  );
  const natural = partition<typeof root.data>().size([100, 2]).round(false)(root).children!.map((leaf) => leaf.x1 - leaf.x0);
  const lifted = natural.map((width) => Math.max(width, MIN_SEGMENT_PERCENT));
  const liftedExtra = lifted.reduce((sum, width, index) => sum + (width - natural[index]!), 0);
  const shrinkable = natural.reduce((sum, width) => sum + (width > MIN_SEGMENT_PERCENT ? width : 0), 0);
  const widths = lifted.map((width, index) =>
    natural[index]! > MIN_SEGMENT_PERCENT && shrinkable > 0 ? width - (liftedExtra * natural[index]!) / shrinkable : width,
  );
  let x = 0;
  return drawn.map((part, index) => {
    const segment = { ...part, x, width: widths[index]!, series: seriesOf(index), share: format.share(part.amount, total) ?? '' };
    x += widths[index]!;
    return segment;
  });
}

export interface CompositionChartOptions {
  /** Id of the chart within the element, unique per shadow root. */
  id: string;
  title: string;
  /** The data-generated summary: the chart's accessible description, also shown. */
  summary: string;
  segments: readonly CompositionSegment[];
  format: Formatter;
  catalogue: Catalogue;
  navigation: MarkNavigation;
}

const BAR_HEIGHT = 28;

export function renderCompositionChart(options: CompositionChartOptions): TemplateResult {
  const { id, title, summary, segments, format, catalogue, navigation } = options;
  const markLabel = (segment: CompositionSegment) => catalogue.element.markValue(segment.label, format.money(segment.amount), segment.share);
  return renderChartFrame({
    id,
    title,
    summary: segments.length === 0 ? `${summary} ${catalogue.element.noChartData}` : summary,
    height: BAR_HEIGHT,
    catalogue,
    navigation,
    picture: svg`${patternDefs(id)}${segments.map((segment) =>
      seriesRect(id, segment.series, `${segment.x}%`, '0', `${segment.width}%`, String(BAR_HEIGHT)),
    )}`,
    marks: segments.map((segment) => ({ x: `${segment.x}%`, y: 1.5, width: `${segment.width}%`, height: BAR_HEIGHT - 3, label: markLabel(segment) })),
    after:
      segments.length === 0
        ? nothing
        : html`<ul class="legend" part="legend">
            ${segments.map(
              (segment) => html`<li>
                <svg class="swatch" width="16" height="16" aria-hidden="true" focusable="false">
                  ${seriesRect(id, segment.series, '0', '0', '16', '16')}
                </svg>
                <span class="label">${segment.label}</span>
                <span class="value">${format.money(segment.amount)} · ${segment.share}</span>
              </li>`,
            )}
          </ul>`,
  });
}
