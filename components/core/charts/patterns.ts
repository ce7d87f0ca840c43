/**
 * Fill patterns, so that colour is never the only thing telling two series
 * apart: series n gets colour n and pattern n, in the chart and in its legend.
 * The patterns survive forced-colours mode, where every colour is replaced.
 */
import { svg, type SVGTemplateResult } from 'lit';

export { SERIES_COUNT, seriesOf } from './layout.js';
const PATTERN_SHAPES: Record<number, SVGTemplateResult> = {
  2: svg`<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" class="pattern-ink" stroke-width="1" />`,
  3: svg`<circle cx="3" cy="3" r="1" class="pattern-ink" stroke="none" />`,
  4: svg`<path d="M0,0 L6,6 M6,0 L0,6" class="pattern-ink" stroke-width="0.8" />`,
  5: svg`<path d="M0,3 H6" class="pattern-ink" stroke-width="1" />`,
  6: svg`<path d="M3,0 V6" class="pattern-ink" stroke-width="1" />`,
};

function patternId(prefix: string, series: number): string {
  return `${prefix}-pattern-${series}`;
}

/** The <defs> with every pattern, once per chart. */
export function patternDefs(prefix: string): SVGTemplateResult {
  return svg`<defs>
    ${Object.entries(PATTERN_SHAPES).map(
      ([series, shape]) =>
        svg`<pattern id=${patternId(prefix, Number(series))} width="6" height="6" patternUnits="userSpaceOnUse">${shape}</pattern>`,
    )}
  </defs>`;
}

/** A filled rectangle of series `series`: its colour, then its pattern over it. Geometry in SVG user units or percentages. */
export function seriesRect(prefix: string, series: number, x: string, y: string, width: string, height: string): SVGTemplateResult {
  const pattern = PATTERN_SHAPES[series]
    ? svg`<rect x=${x} y=${y} width=${width} height=${height} fill=${`url(#${patternId(prefix, series)})`} />`
    : svg``;
  return svg`<rect class=${`series-${series}`} x=${x} y=${y} width=${width} height=${height} />${pattern}`;
}
