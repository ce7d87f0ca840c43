/**
 * Exact money. Every amount in a disclosure is a decimal string stated in a
 * unit (元, 万元 or 亿元); every sum, conversion, share and change is computed
 * here on decimal.js and never on a JavaScript number.
 *
 * A published figure keeps its published digits: "933.74" is shown as
 * 933.74 and "1.6" as 1.6 (never 1.5999999 or 1.60). Derived figures (shares,
 * changes in percent) are rounded once, half up (四舍五入), at display.
 *
 * No DOM and no lit here: the CLI runs this module in Node.
 */
import DecimalBase from 'decimal.js';

/** What a Decimal can be made from or combined with. */
export type DecimalValue = string | number | Decimal;

/**
 * The part of decimal.js this library uses: decimal.js is bundled as
 * published, and this interface keeps the library's calls to the few methods
 * it needs, so that every use of decimal.js stays in this module.
 */
export interface Decimal {
  abs(): Decimal;
  cmp(other: DecimalValue): number;
  div(divisor: DecimalValue): Decimal;
  eq(other: DecimalValue): boolean;
  gt(other: DecimalValue): boolean;
  gte(other: DecimalValue): boolean;
  isFinite(): boolean;
  isInteger(): boolean;
  isNaN(): boolean;
  isNegative(): boolean;
  isPositive(): boolean;
  isZero(): boolean;
  lt(other: DecimalValue): boolean;
  lte(other: DecimalValue): boolean;
  minus(subtrahend: DecimalValue): Decimal;
  neg(): Decimal;
  plus(addend: DecimalValue): Decimal;
  times(factor: DecimalValue): Decimal;
  /** Plain notation with exactly `places` decimals (rounded half up), or all digits when omitted. */
  toFixed(places?: number): string;
  toNumber(): number;
  toString(): string;
  valueOf(): string;
}

/**
 * A Decimal constructor with room for every figure a consolidated disclosure
 * can hold: 200 significant digits means a sum of amounts is exact, whatever
 * their size (1e21 元 with cents still has 23 digits).
 */
export const Decimal = DecimalBase.clone({
  precision: 200,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
}) as unknown as new (value: DecimalValue) => Decimal;

/** The units an amount can be stated or shown in. */
export type MoneyUnit = '元' | '万元' | '亿元';
export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元'];

/** Powers of ten from 元: 万 = 10^4, 亿 = 10^8. */
const UNIT_EXPONENT: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** The canonical form of a decimal amount as published: digits, an optional point and digits. */
const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/** An unsigned decimal already in canonical form: no leading zeros, no sign (normaliseAmount returns it as it is). */
export const CANONICAL_UNSIGNED = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** True when `text` is a finite decimal in plain notation ("933.74", "0", "-12.5"). */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/**
 * Normalises a published amount to its canonical decimal string without
 * changing its digits: "-0" and "-0.00" become "0" and "0.00", leading zeros
 * go ("007" → "7"), trailing zeros stay ("1.60" stays "1.60"). A JSON number
 * is turned into the shortest decimal that prints as it (1e21 → "1000000000000000000000").
 * Returns undefined for anything that is not a finite decimal.
 */
export function normaliseAmount(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // String(n) is the shortest text that round-trips to n; Decimal turns its
    // exponent form (1e+21, 5e-7) into plain digits without changing them.
    return stripNegativeZero(new Decimal(String(value)).toFixed());
  }
  if (typeof value !== 'string') return undefined;
  // Most published amounts are already canonical ("933.74", "0"): one test, no copying.
  if (CANONICAL_UNSIGNED.test(value)) return value;
  if (!isDecimalText(value)) return undefined;
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const [whole, fraction] = unsigned.split('.') as [string, string | undefined];
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  const text = (negative ? '-' : '') + trimmedWhole + (fraction === undefined ? '' : `.${fraction}`);
  return stripNegativeZero(text);
}

function stripNegativeZero(text: string): string {
  return /^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** The number of digits after the point as published ("933.74" → 2, "1.6" → 1, "0" → 0). */
export function decimalPlaces(amount: string): number {
  const point = amount.indexOf('.');
  return point < 0 ? 0 : amount.length - point - 1;
}

/**
 * Amounts already parsed, by their text. A disclosure's figures are read again
 * and again (its cross-checks, shares, sums, every re-render); a Decimal never
 * changes, so one parse serves them all. Emptied when it gets large.
 */
const parsedAmounts = new Map<string, Decimal>();
const PARSED_AMOUNTS_LIMIT = 20_000;

/** The exact decimal value of an amount string. */
export function toDecimal(amount: string | Decimal): Decimal {
  if (typeof amount !== 'string') return amount;
  let value = parsedAmounts.get(amount);
  if (value === undefined) {
    value = new Decimal(amount);
    if (parsedAmounts.size >= PARSED_AMOUNTS_LIMIT) parsedAmounts.clear();
    parsedAmounts.set(amount, value);
  }
  return value;
}

/** The exact sum of amounts, as a decimal. */
export function sumOf(amounts: readonly (string | Decimal)[]): Decimal {
  return amounts.reduce<Decimal>((total, amount) => total.plus(toDecimal(amount)), new Decimal(0));
}

/** True when the amount is exactly zero ("0", "0.00"). */
export function isZero(amount: string | Decimal): boolean {
  // Plain digits (every amount the validator returns) are zero exactly when no digit is 1–9: no parse needed.
  if (typeof amount === 'string' && PLAIN_DECIMAL.test(amount)) return !NON_ZERO_DIGIT.test(amount);
  return toDecimal(amount).isZero();
}

/** A decimal written with plain digits ("933.74", "-0.50", "0"), no exponent. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const NON_ZERO_DIGIT = /[1-9]/;

/**
 * Converts an amount exactly between 元, 万元 and 亿元. Units differ by powers
 * of ten, so the result is exact and keeps the published precision, moved by
 * the shift: "933.74" 万元 → "9337400" 元; "9337400" 元 → "933.7400" 万元 (exact
 * to the yuan, as published); "1.60" 万元 → "0.000160" 亿元. Nothing is rounded.
 */
export function convertAmount(amount: string, from: MoneyUnit, to: MoneyUnit): string {
  if (from === to) return amount;
  const shift = UNIT_EXPONENT[from] - UNIT_EXPONENT[to];
  const converted = toDecimal(amount).times(powerOfTen(shift));
  // Keep at least the published precision moved by the shift, so "0.00" 万元 is "0" 元, and "1.60" 万元 → "0.000160" 亿元.
  const places = Math.max(0, decimalPlaces(amount) - shift);
  return stripNegativeZero(converted.toFixed(places));
}

/**
 * A share of a whole in percent points, rounded once (half up) to `places`
 * digits. Undefined when the whole is zero: a share of nothing is not 0 %.
 */
export function percentOf(part: string | Decimal, whole: string | Decimal, places = 2): string | undefined {
  const base = toDecimal(whole);
  if (base.isZero()) return undefined;
  return stripNegativeZero(toDecimal(part).div(base).times(100).toFixed(places));
}

/** The exact change from `previous` to `current`, and the percent change when the previous figure is not zero. */
export function changeBetween(
  current: string,
  previous: string,
  places = 2,
): { amount: string; percent: string | undefined; direction: 'increase' | 'decrease' | 'unchanged' } {
  const difference = toDecimal(current).minus(toDecimal(previous));
  const direction = difference.isZero() ? 'unchanged' : difference.isPositive() ? 'increase' : 'decrease';
  const placesOfAmount = Math.max(decimalPlaces(current), decimalPlaces(previous));
  return {
    amount: stripNegativeZero(difference.toFixed(placesOfAmount)),
    percent: percentOf(difference, previous, places),
    direction,
  };
}

/**
 * Groups the integer digits of a decimal string in threes ("1234567.5" →
 * "1,234,567.5") without touching the digits. Both supported locales use a
 * comma: a space would be read out by screen readers as two numbers.
 */
export function groupDigits(amount: string, separator = ','): string {
  const negative = amount.startsWith('-');
  const unsigned = negative ? amount.slice(1) : amount;
  const [whole, fraction] = unsigned.split('.') as [string, string | undefined];
  // A loop, not the usual look-ahead regex (quadratic in the digits): linear in the length.
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let index = grouped.length; index < whole.length; index += 3) grouped += separator + whole.slice(index, index + 3);
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** Reverses `groupDigits`: the exact decimal string that a formatted figure shows. */
export function ungroupDigits(text: string, separator = ','): string {
  return text.split(separator).join('');
}

/** Rounds an amount half up to `places` digits for display, keeping it a decimal string. */
export function roundAmount(amount: string | Decimal, places: number): string {
  return stripNegativeZero(toDecimal(amount).toFixed(places));
}

/** The larger number of published decimals among the amounts given. */
export function maxDecimalPlaces(amounts: readonly string[]): number {
  return amounts.reduce((most, amount) => Math.max(most, decimalPlaces(amount)), 0);
}

/** Half a unit in the last place at `places` decimals: the most a figure rounded there can be off. */
export function halfUnitAt(places: number): Decimal {
  return toDecimal(`5e${-(places + 1)}`);
}

/** 10 to an integer power, exactly ("1e-4" parses without any arithmetic). */
function powerOfTen(exponent: number): Decimal {
  return toDecimal(`1e${exponent}`);
}
