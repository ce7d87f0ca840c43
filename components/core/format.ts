/**
 * Formats figures for one element's display: amounts converted exactly from
 * the disclosure's unit to the display unit and grouped, money with the unit
 * in the locale's words, shares and rates as percentages. No DOM.
 */
import { catalogueFor, formatAmount, formatPercent, type Locale } from './locale/index.js';
import { isolateFigure } from './locale/bidi.js';
import { convertAmount, percentOf, type Decimal, type MoneyUnit } from './money.js';

/** "0.800000" → "0.80", "0.000160" → "0.00016", "12" → "12": trailing zeros beyond 2 decimals removed. */
export function trimConversionZeros(amount: string): string {
  const match = /^(-?\d+)\.(\d{2}\d*?)0*$/.exec(amount);
  return match ? `${match[1]}.${match[2]}` : amount;
}

export class Formatter {
  constructor(
    /** The unit the disclosure states its amounts in. */
    readonly sourceUnit: MoneyUnit,
    /** The unit amounts are shown in. */
    readonly unit: MoneyUnit,
    readonly locale: Locale,
  ) {}

  /**
   * The same display for figures printed in another unit (a table with its
   * own `unit`, such as a budget's “三公” table in 万元 in a disclosure in 元):
   * they are converted exactly from that unit. Undefined or the same unit:
   * this formatter.
   */
  from(sourceUnit: MoneyUnit | undefined): Formatter {
    return sourceUnit === undefined || sourceUnit === this.sourceUnit ? this : new Formatter(sourceUnit, this.unit, this.locale);
  }

  /** The unit in the locale's words ("万元", "10k yuan"). */
  get unitLabel(): string {
    return catalogueFor(this.locale).units[this.unit];
  }

  /**
   * A published amount in the display unit, exact and grouped ("933.74",
   * "9,337,400"). Converted to a larger unit, the zeros the conversion adds at
   * the end are dropped down to 2 decimals (8000.00 万元 is "0.80" 亿元, not
   * "0.800000"); every significant digit stays. Tables then give each column
   * one number of decimals (core/table/decimals.ts).
   */
  amount(amount: string): string {
    const converted = convertAmount(amount, this.sourceUnit, this.unit);
    return formatAmount(this.sourceUnit === this.unit ? converted : trimConversionZeros(converted));
  }

  /**
   * An amount with its unit ("933.74万元", "933.74 (10k yuan)"), isolated
   * left to right (LRI … PDI, see locale/bidi.ts) so that no neighbouring
   * text, whatever its direction, can reorder it in a sentence.
   */
  money(amount: string): string {
    return isolateFigure(catalogueFor(this.locale).money(this.amount(amount), this.unitLabel));
  }

  /**
   * Percent points as published ("90.3%"). Not wrapped in isolation marks:
   * percentages also fill table cells, which are copied into spreadsheets;
   * digits with their % keep their order beside isolated data anyway.
   */
  percent(points: string): string {
    return formatPercent(points, this.locale);
  }

  /**
   * The share of a part in a whole, by the one rule for computed shares:
   * rounded once (half up) to exactly two decimals, like a computed
   * completion rate ("0.17%", "55.10%", "100.00%"); undefined when the whole is 0.
   */
  share(part: string | Decimal, whole: string | Decimal): string | undefined {
    const points = percentOf(part, whole, 2);
    return points === undefined ? undefined : this.percent(points);
  }
}
