/**
 * The composition bars' layout, without markup (no lit, no DOM): d3-hierarchy
 * computes, composition.ts renders. View models build it.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import { isZero, maxDecimalPlaces, sumOf, toDecimal } from '../money.js';
import type { Formatter } from '../format.js';
import type { Catalogue } from '../locale/index.js';
import { seriesOf } from './layout.js';

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
export const COMPOSITION_TOP = 8;

/** The smallest width a non-zero part gets on the bar, in percent, so that it stays visible and focusable. */
export const MIN_SEGMENT_PERCENT = 1.5;

/** Lays out the non-zero parts on a 0–100 bar; shares are exact decimals rounded once for display. */
export function layoutComposition(parts: readonly CompositionPart[], format: Formatter, catalogue: Catalogue, top = COMPOSITION_TOP): CompositionSegment[] {
  let drawn: (CompositionPart & { grouped?: readonly CompositionPart[] })[] = parts.filter((part) => !isZero(part.amount));
  if (drawn.length > top + 1) {
    // A large breakdown: the largest parts (in order of amount), then the rest as one segment whose amount is their exact sum.
    const byAmount = [...drawn].sort((a, b) => toDecimal(b.amount).cmp(toDecimal(a.amount)));
    const rest = byAmount.slice(top);
    const amount = sumOf(rest.map((part) => part.amount)).toFixed(maxDecimalPlaces(rest.map((part) => part.amount)));
    drawn = [...byAmount.slice(0, top), { key: 'other', label: catalogue.element.otherParts(rest.length), amount, grouped: rest }];
  }
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
    const share = format.share(part.amount, total) ?? '';
    const money = format.money(part.amount);
    const markLabel = catalogue.element.markValue(part.label, money, share) + (part.grouped ? `(${catalogue.element.computed})` : '');
    const segment = { ...part, x, width: widths[index]!, series: seriesOf(index), share, money, markLabel };
    x += widths[index]!;
    return segment;
  });
}
