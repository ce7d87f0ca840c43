/**
 * The composition bars' layout, without markup (no lit, no DOM): d3-hierarchy
 * computes, composition.ts renders. View models build it.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import { isZero, sumOf, toDecimal } from '../money.js';
import type { Formatter } from '../format.js';
import type { Catalogue } from '../locale/index.js';
import { CHART_TOP, largestAndRest, seriesOf } from './layout.js';
import { padSeries, seriesFigures } from './series-figures.js';

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
  /** The amount with its unit, formatted ("1.6万元"). */
  money: string;
  /** The mark's accessible name ("基本支出：1.6万元，占0.17%"). */
  markLabel: string;
  /** The parts drawn together as one "其他 N 项" segment (their sum, computed): each of them is in the table. */
  grouped?: readonly CompositionPart[];
}

/** A bar of more than COMPOSITION_TOP + 1 parts draws the largest COMPOSITION_TOP and one "其他 N 项" segment for the rest. */
export const COMPOSITION_TOP = CHART_TOP;

/** The smallest width a non-zero part gets on the bar, in percent, so that it stays visible and focusable. */
export const MIN_SEGMENT_PERCENT = 1.5;

/** Lays out the non-zero parts on a 0–100 bar; shares are exact decimals rounded once for display. */
export function layoutComposition(parts: readonly CompositionPart[], format: Formatter, catalogue: Catalogue, top = COMPOSITION_TOP): CompositionSegment[] {
  let drawn: (CompositionPart & { grouped?: readonly CompositionPart[] })[] = parts.filter((part) => !isZero(part.amount));
  // A large breakdown: the largest parts (in order of amount), then the rest as one segment whose amount is their exact sum.
  const grouped = largestAndRest(drawn, (part) => part.amount, top);
  if (grouped) drawn = [...grouped.largest, { key: 'other', label: catalogue.element.otherParts(grouped.rest.length), amount: grouped.restAmount, grouped: grouped.rest }];
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
  // The bar's figures are one series: one number of decimals for its amounts, one for its shares (series-figures.ts).
  const figures = seriesFigures(format, drawn.map((part) => part.amount));
  const shares = padSeries(drawn.map((part) => format.share(part.amount, total) ?? ''));
  let x = 0;
  return drawn.map((part, index) => {
    const share = shares[index]!;
    const money = figures.money(part.amount);
    const markLabel = catalogue.element.markValue(part.label, money, share) + (part.grouped ? `(${catalogue.element.computed})` : '');
    const segment = { ...part, x, width: widths[index]!, series: seriesOf(index), share, money, markLabel };
    x += widths[index]!;
    return segment;
  });
}
