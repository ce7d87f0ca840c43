/**
 * A completion bar (bullet bar): actual against budget as a percentage. The
 * bar is decoration beside the figure, which is always written out in the
 * same cell, so it is hidden from assistive technology. Over 100 % (268 % is
 * real) the scale extends and a reference line marks 100 %.
 */
import { html, svg, type TemplateResult } from 'lit';
import { toDecimal } from '../money.js';

/** `rate` in percent points as a decimal string ("90.3", "268"). */
export function renderCompletionBar(rate: string): TemplateResult {
  // Geometry only: the figure shown is the published decimal string.
  const value = Math.max(0, toDecimal(rate).toNumber());
  const domainEnd = Math.max(100, value);
  const scale = (points: number) => (points / domainEnd) * 100;
  const reference = scale(100);
  return html`<svg class="completion-bar" width="100%" height="8" aria-hidden="true" focusable="false">
    <rect class="bar-track" x="0" y="0" width="100%" height="8" rx="2"></rect>
    <rect class="bar-value" x="0" y="0" width=${`${scale(value)}%`} height="8" rx="2"></rect>
    ${domainEnd > 100 ? svg`<line class="bar-reference" x1=${`${reference}%`} x2=${`${reference}%`} y1="-2" y2="10"></line>` : svg``}
  </svg>`;
}
