/**
 * Fill patterns, so that colour is never the only thing telling two series
 * apart: series n gets colour n and pattern n, in the chart and in its legend.
 * The patterns survive forced-colours mode, where every colour is replaced.
 */
import { svg, type SVGTemplateResult } from 'lit';

export { SERIES_COUNT, seriesOf } from './layout.js';

/**
 * The pattern of each series that has one (series 1 is plain colour): diagonal hatching, dots, a cross, horizontal
 * and vertical lines, each on a 6 × 6 tile. One template for the whole <defs>, its ids bound: one template
 * instance per chart, not one per pattern and shape.
 */
const PATTERN_SERIES = [2, 3, 4, 5, 6] as const;

function patternId(prefix: string, series: number): string {
  return `${prefix}-pattern-${series}`;
}

/** The <defs> with every pattern, once per chart. */
export function patternDefs(prefix: string): SVGTemplateResult {
  const [two, three, four, five, six] = PATTERN_SERIES.map((series) => patternId(prefix, series));
  return svg`<defs>
    <pattern id=${two} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" class="pattern-ink" stroke-width="1" /></pattern>
    <pattern id=${three} width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1" class="pattern-ink" stroke="none" /></pattern>
    <pattern id=${four} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0,0 L6,6 M6,0 L0,6" class="pattern-ink" stroke-width="0.8" /></pattern>
    <pattern id=${five} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0,3 H6" class="pattern-ink" stroke-width="1" /></pattern>
    <pattern id=${six} width="6" height="6" patternUnits="userSpaceOnUse"><path d="M3,0 V6" class="pattern-ink" stroke-width="1" /></pattern>
  </defs>`;
}

/** A filled rectangle of series `series`: its colour, then its pattern over it (one template either way). Geometry in SVG user units or percentages. */
export function seriesRect(prefix: string, series: number, x: string, y: string, width: string, height: string): SVGTemplateResult {
  return (PATTERN_SERIES as readonly number[]).includes(series)
    ? svg`<rect class=${`series-${series}`} x=${x} y=${y} width=${width} height=${height} /><rect x=${x} y=${y} width=${width} height=${height} fill=${`url(#${patternId(prefix, series)})`} />`
    : svg`<rect class=${`series-${series}`} x=${x} y=${y} width=${width} height=${height} />`;
}
