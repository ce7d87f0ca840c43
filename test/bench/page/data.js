/**
 * The disclosures the benchmark renders. Built once when the page loads, never timed;
 * every run gets its own deep copy (structuredClone) so nothing is cached by identity.
 */
import seed from '../../../stories/data/seed-2022.json';
import synthetic2023 from '../../../stories/data/synthetic-2023.json';
import planning from '../../fixtures/putuo-planning-resources-2024.json';
import { syntheticConsolidated } from '../../../stories/data/synthetic-large.ts';
import { Decimal } from '../../../components/core/money.ts';

/** Consolidated sizes: 类 × 款 per 类 × 项 per 款. */
export const CONSOLIDATED = {
  fb100: { classes: 10, sectionsPerClass: 1, itemsPerSection: 10 },
  fb1000: { classes: 10, sectionsPerClass: 10, itemsPerSection: 10 },
  fb3000: { classes: 30, sectionsPerClass: 10, itemsPerSection: 10 },
  // 10,000 项 (+ 40 类 and 1,000 款 = 11,040 list items, under the validator's limit of 20,000).
  fb10000: { classes: 40, sectionsPerClass: 25, itemsPerSection: 10 },
};

export const datasets = {
  seed,
  synthetic2023,
  // The whole report: the hand-transcribed 2024 决算 of 普陀区规划和自然资源局, all nine tables.
  planning,
  ...Object.fromEntries(Object.entries(CONSOLIDATED).map(([id, size]) => [id, syntheticConsolidated(size)])),
};

/** How many 项 (leaves) a consolidated disclosure holds. */
export function leafCount(disclosure) {
  const count = (items) => items.reduce((n, item) => n + (item.children ? count(item.children) : 1), 0);
  return count(disclosure.functionalBreakdown.items);
}

const DEPARTMENTS = ['教育局', '卫生健康委员会', '民政局', '财政局', '交通运输局', '农业农村局', '文化和旅游局', '生态环境局', '住房和城乡建设局', '市场监督管理局'];

/**
 * `count` disclosures for <three-public-expenses>, derived from synthetic-2023.json:
 * different department names and years, non-zero amounts from a fixed pseudo-random
 * sequence, every sum, rate and change consistent (computed exactly with the library's
 * Decimal), so they validate without warnings.
 */
export function threePublicVariants(count) {
  let state = 7;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const cents = (min, max) => new Decimal(Math.floor(min * 100 + random() * (max - min) * 100)).div(100);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const money = (d) => d.toFixed(2);
  const parts = () => {
    const outboundTravel = cents(1, 40);
    const officialReception = cents(1, 30);
    const vehiclePurchase = cents(1, 60);
    const vehicleOperation = cents(5, 50);
    const officialVehicles = vehiclePurchase.plus(vehicleOperation);
    return { total: outboundTravel.plus(officialReception).plus(officialVehicles), outboundTravel, officialReception, officialVehicles, vehiclePurchase, vehicleOperation };
  };
  const text = (amounts) => Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, money(value)]));
  const variants = [];
  for (let i = 0; i < count; i++) {
    const current = parts();
    const previous = parts();
    const budget = Object.fromEntries(Object.entries(current).map(([key, value]) => [key, value.times(new Decimal(100 + int(0, 40)).div(100)).toDecimalPlaces(2)]));
    budget.officialVehicles = budget.vehiclePurchase.plus(budget.vehicleOperation);
    budget.total = budget.outboundTravel.plus(budget.officialReception).plus(budget.officialVehicles);
    const rate = (key) => current[key].div(budget[key]).times(100).toFixed(2);
    const change = (key) => {
      const amount = current[key].minus(previous[key]);
      return { amount: money(amount), percent: amount.div(previous[key]).times(100).toFixed(2) };
    };
    const keys = ['total', 'outboundTravel', 'officialReception', 'officialVehicles'];
    const disclosure = structuredClone(synthetic2023);
    disclosure.fiscalYear = 2019 + (i % 6);
    disclosure.department = { ...disclosure.department, name: `示例市${DEPARTMENTS[i % DEPARTMENTS.length]}（${i + 1}）` };
    disclosure.threePublicExpenses = {
      total: money(current.total),
      outboundTravel: { amount: money(current.outboundTravel), delegations: int(1, 6), persons: int(2, 30) },
      officialReception: { amount: money(current.officialReception), batches: int(5, 80), persons: int(20, 600) },
      officialVehicles: {
        amount: money(current.officialVehicles),
        purchase: money(current.vehiclePurchase),
        operation: money(current.vehicleOperation),
        purchasedCount: int(1, 3),
        fleetAtYearEnd: int(3, 20),
      },
      previousYear: text(previous),
      budget: text(budget),
      completionRate: Object.fromEntries(keys.map((key) => [key, rate(key)])),
      change: Object.fromEntries(keys.map((key) => [key, change(key)])),
    };
    variants.push(disclosure);
  }
  return variants;
}
