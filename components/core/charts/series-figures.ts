/**
 * Chart value labels follow the tables' column rule (core/table/decimals.ts):
 * every figure of one chart series (the bars of one year, the segments of one
 * composition bar, the amounts or the completion rates of one level of bars)
 * shows the same number of decimals, the most any of its figures has. Only
 * zeros are added at the end: a published 12.345 keeps its three decimals,
 * "12.5" beside "3.40" shows "12.50", nothing is rounded (decimal strings
 * throughout, no floats). No lit, no DOM: view models use it.
 */
import type { Formatter } from '../format.js';
import { catalogueFor } from '../locale/index.js';
import { isolateFigure } from '../locale/bidi.js';
import { decimalsOf, padFigure } from '../table/decimals.js';

/** Each text padded with zeros to the most decimals any of them has ("12.5", "3.40" → "12.50", "3.40"); a text that is not a plain figure stays as it is. */
export function padSeries(texts: readonly string[]): string[] {
  const places = Math.max(0, ...texts.map((text) => decimalsOf(text) ?? 0));
  return texts.map((text) => padFigure(text, places));
}

/** One chart series' amounts under its display rule: `amount` ("1.60") and `money` (with the unit, "1.60万元") for any amount of the series. */
export function seriesFigures(format: Formatter, amounts: readonly string[]): { amount: (amount: string) => string; money: (amount: string) => string } {
  const places = Math.max(0, ...amounts.map((amount) => decimalsOf(format.amount(amount)) ?? 0));
  const amount = (published: string) => padFigure(format.amount(published), places);
  return { amount, money: (published) => isolateFigure(catalogueFor(format.locale).money(amount(published), format.unitLabel)) };
}
