/**
 * The disclosures the stories (and the theme tests) show: the seed and the
 * synthetic disclosure as published, and variants made from them for the
 * cases a designer needs to see: large amounts, all zero, a cross-check
 * mismatch, an invalid document, a missing section. Every variant is a fresh
 * copy, made exactly (decimal.js, never JavaScript numbers).
 */
import type { Disclosure } from '../../components/core/disclosure/index.js';
import { Decimal } from '../../components/core/money.js';
import seedJson from './seed-2022.json';
import syntheticJson from './synthetic-2023.json';

/** The seed (2022 高新区党群工作部), as published. Its “三公” expenses are all 0. */
export const seed = (): Disclosure => structuredClone(seedJson) as unknown as Disclosure;
/** The synthetic disclosure (示例市教育局 2023): every section, non-zero. */
export const synthetic = (): Disclosure => structuredClone(syntheticJson) as unknown as Disclosure;

/** Static files the Storybook serves from stories/data (staticDirs), relative to the preview so any base path works. */
export const DATA_URLS = {
  seed: 'data/seed-2022.json',
  synthetic: 'data/synthetic-2023.json',
  notJson: 'data/not-json.txt',
  // No .json extension: the test runner's server answers a missing .json with 500, a static server with 404.
  missing: 'data/no-such-disclosure',
} as const;

/** Fields whose strings are text, codes or rates, never amounts. */
const NOT_AMOUNTS = new Set([
  'schemaVersion',
  'kind',
  'unit',
  'department',
  'key',
  'code',
  'label',
  'name',
  'note',
  'notes',
  'glossary',
  'percent',
  'completionRate',
  'coverage',
  'score',
  'personnelNote',
  'publicUseNote',
  'problems',
  'measures',
]);
const AMOUNT = /^-?\d+(?:\.\d+)?$/;

/** Calls `change` on every amount (a decimal string outside NOT_AMOUNTS) and stores what it returns. */
function mapAmounts(value: unknown, change: (amount: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapAmounts(item, change));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, NOT_AMOUNTS.has(key) ? item : typeof item === 'string' && AMOUNT.test(item) ? change(item) : mapAmounts(item, change)]),
    );
  }
  return value;
}

/** Every amount times `factor`, exactly, with its published decimals: sums still add up, rates are unchanged. */
export function scaleAmounts(disclosure: Disclosure, factor: string): Disclosure {
  return mapAmounts(disclosure, (amount) => {
    const places = amount.includes('.') ? amount.split('.')[1]!.length : 0;
    return new Decimal(amount).times(factor).toFixed(places);
  }) as Disclosure;
}

/**
 * The synthetic disclosure with every amount 100,000 times larger (12,100.00
 * 万元 becomes 1,210,000,000.00 万元, 121 亿元 … 12.1 万亿元): long figures,
 * digit grouping, and 亿元 as a sensible display unit.
 */
export const largeAmounts = (): Disclosure => {
  const large = scaleAmounts(synthetic(), '100000');
  large.department = { ...large.department, name: '示例省教育厅（汇总，金额放大）' };
  return large;
};

/** Every amount 0, rates and published percentages dropped (a rate of nothing is undefined). */
export function zeroAmounts(disclosure: Disclosure): Disclosure {
  const zero = mapAmounts(disclosure, (amount) => (amount.includes('.') ? `0.${'0'.repeat(amount.split('.')[1]!.length)}` : '0')) as Disclosure;
  const dropRates = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(dropRates);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      delete record.completionRate;
      delete record.percent;
      Object.values(record).forEach(dropRates);
    }
  };
  dropRates(zero);
  return zero;
}

/** The seed with every amount 0: a department that spent nothing. */
export const allZero = (): Disclosure => {
  const zero = zeroAmounts(seed());
  zero.department = { ...zero.department, name: '示例办公室（全部为零）' };
  return zero;
};

/**
 * The seed with published totals that don't add up, so each element shows its
 * data-check note (数据核对) with both figures: still rendered, nothing changed.
 */
export const withMismatch = (): Disclosure => {
  const disclosure = seed();
  disclosure.accountSummary!.incomeTotal = '933.75';
  disclosure.functionalBreakdown!.total = '933.75';
  disclosure.threePublicExpenses!.total = '0.01';
  return disclosure;
};

/** An invalid copy of the seed: the alert lists each problem with its JSON path. */
export const invalid = (): unknown => {
  const disclosure = seed() as unknown as Record<string, any>;
  disclosure.unit = '元 ';
  disclosure.accountSummary.income[1].amount = '1,234.5';
  disclosure.accountSummary.yearEndBalanse = disclosure.accountSummary.yearEndBalance;
  disclosure.functionalBreakdown.items[0].amount = 'abc';
  disclosure.threePublicExpenses.total = '-1';
  return disclosure;
};

/** A valid document with none of the sections: each element names the one it needs. */
export const withoutSections = (): Disclosure => {
  const { schemaVersion, kind, fiscalYear, unit, department } = seed();
  return { schemaVersion, kind, fiscalYear, unit, department };
};

/** Text that is not JSON (a truncated document), for the property or an inline child. */
export const NOT_JSON_TEXT = '{ "schemaVersion": 1, "kind": "final-accounts", ';
