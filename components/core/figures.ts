/**
 * The derived figures every element shows, each worked out by one rule, here
 * (no lit, no DOM): completion rates, totals that are published or summed,
 * and year-on-year changes. Shares are `Formatter.share`.
 */
import { isZero, maxDecimalPlaces, percentOf, sumOf } from './money.js';

/** A completion rate (完成率) in percent points, and whether the library computed it (else it is published). */
export interface CompletionRate {
  points: string;
  computed: boolean;
}

/**
 * The completion rate of `actual` against `budget`, by one rule everywhere:
 * the published rate with its published digits when there is one; else
 * actual ÷ budget, rounded once (half up) to two decimals and marked as
 * computed (7800 of 7800 is "100.00"); `no-budget` when the budget is 0;
 * undefined when a figure is missing.
 */
export function completionRate(actual: string | undefined, budget: string | undefined, published?: string): CompletionRate | 'no-budget' | undefined {
  if (published !== undefined) return { points: published, computed: false };
  if (actual === undefined || budget === undefined) return undefined;
  if (isZero(budget)) return 'no-budget';
  return { points: percentOf(actual, budget, 2)!, computed: true };
}

/**
 * The exact sum of the lines, with as many decimals as the most precise line, only when every line has a figure:
 * a blank is not 0, so a sum of the figures that happen to be there would be a guess. Undefined for a blank line
 * or no lines.
 */
export function sumOfEvery(amounts: readonly (string | undefined)[]): string | undefined {
  if (amounts.length === 0 || amounts.some((amount) => amount === undefined)) return undefined;
  return sumOf(amounts as readonly string[]).toFixed(maxDecimalPlaces(amounts as readonly string[]));
}

/** A total as published, else the exact sum of its lines with as many decimals as the most precise line; `computed` says which. */
export function publishedOrSum(published: string | undefined, amounts: readonly string[]): { amount: string; computed: boolean } {
  if (published !== undefined) return { amount: published, computed: false };
  return { amount: sumOf(amounts).toFixed(maxDecimalPlaces(amounts)), computed: true };
}
