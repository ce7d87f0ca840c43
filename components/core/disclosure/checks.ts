/**
 * Cross-checks (勾稽关系): the relations a published disclosure must satisfy,
 * checked exactly on decimal.js. A difference is reported as a warning with
 * the published and the computed figure, and classed as a rounding
 * difference (within n parts × half the last published digit) or a
 * mismatch. Nothing is ever corrected: the published figure is what is shown.
 */
import { localise, type Catalogue, type LocalisedText } from '../locale/index.js';
import { Decimal, halfUnitAt, isZero, maxDecimalPlaces, sumOf, toDecimal } from '../money.js';
import { CARRY_OVER_INCOME_KEYS, type Disclosure, type FunctionItem, type Line, type VehicleCategory } from './contract.js';
import { childPath } from './path.js';

export type WarningCode = 'sum' | 'completion-rate' | 'change' | 'change-percent' | 'code-prefix' | 'duplicate-code';

export interface DisclosureWarning {
  /** JSON path of the published figure that disagrees. */
  path: string;
  code: WarningCode;
  /** The figure as published. */
  published?: string;
  /** The figure the other published figures give. */
  computed?: string;
  /** published − computed. */
  difference?: string;
  /** The most the figures' own rounding can explain. */
  tolerance?: string;
  /** True for a rounding difference, false for a mismatch. */
  withinRounding?: boolean;
  message: LocalisedText;
}

/** What a figure is called in a message: a name from the catalogue's `figures`, or a function of the catalogue. */
type Label = keyof Catalogue['figures'] | ((catalogue: Catalogue) => string);

const labelIn = (label: Label, catalogue: Catalogue) => (typeof label === 'string' ? catalogue.figures[label] : label(catalogue));

/**
 * Checks that the figure published at `path` is the sum of `parts`, and
 * reports it when not. `exact` is for counts, which are never rounded: any
 * difference is a mismatch.
 */
type SumCheck = (path: string, published: string, publishedLabel: Label, computedLabel: Label, parts: readonly string[], exact?: boolean) => void;

/** Every cross-check of a validated disclosure. */
export function crossCheck(disclosure: Disclosure): DisclosureWarning[] {
  const warnings: DisclosureWarning[] = [];
  const sum: SumCheck = (...relation) => {
    const warning = checkSum(...relation);
    if (warning) warnings.push(warning);
  };
  const rate = (path: string, published: string | undefined, actual: string | undefined, budget: string | undefined) => {
    const warning = published === undefined || actual === undefined || budget === undefined ? undefined : checkRate(path, published, actual, budget);
    if (warning) warnings.push(warning);
  };

  const summary = disclosure.accountSummary;
  if (summary) {
    const base = 'accountSummary';
    const incomeAmounts = summary.income.map((line) => line.amount);
    const expenditureAmounts = summary.expenditure.map((line) => line.amount);
    if (summary.incomeTotal !== undefined) {
      sum(`${base}.incomeTotal`, summary.incomeTotal, 'incomeTotal', 'incomeLines', incomeAmounts);
    }
    if (summary.expenditureTotal !== undefined) {
      sum(`${base}.expenditureTotal`, summary.expenditureTotal, 'expenditureTotal', 'expenditureLines', expenditureAmounts);
    }
    if (summary.incomeTotal !== undefined && summary.expenditureTotal !== undefined && summary.yearEndBalance !== undefined) {
      sum(`${base}.incomeTotal`, summary.incomeTotal, 'incomeTotal', 'expenditurePlusBalance', [summary.expenditureTotal, summary.yearEndBalance]);
    }
    if (summary.currentYearIncome !== undefined) {
      const carryOvers: readonly string[] = CARRY_OVER_INCOME_KEYS;
      const lines = summary.income.filter((line) => !carryOvers.includes(line.key ?? ''));
      sum(`${base}.currentYearIncome`, summary.currentYearIncome, 'currentYearIncome', 'incomeLines', lines.map((line) => line.amount));
    }
    if (summary.currentYearExpenditure !== undefined) {
      const lines = summary.expenditure.filter((line) => line.key !== 'surplusDistribution');
      sum(`${base}.currentYearExpenditure`, summary.currentYearExpenditure, 'currentYearExpenditure', 'expenditureLines', lines.map((line) => line.amount));
    }
    checkLineChildren(summary.income, `${base}.income`, sum);
    checkLineChildren(summary.expenditure, `${base}.expenditure`, sum);
  }

  const appropriation = disclosure.fiscalAppropriation;
  if (appropriation) {
    const base = 'fiscalAppropriation';
    if (appropriation.basic !== undefined && appropriation.project !== undefined) {
      sum(`${base}.total`, appropriation.total, 'fiscalAppropriationTotal', 'basicPlusProject', [appropriation.basic, appropriation.project]);
    }
    const rates = appropriation.completionRate ?? {};
    const budget = appropriation.budget ?? appropriation.adjustedBudget ?? {};
    rate(`${base}.completionRate.total`, rates.total, appropriation.total, budget.total);
    rate(`${base}.completionRate.basic`, rates.basic, appropriation.basic, budget.basic);
    rate(`${base}.completionRate.project`, rates.project, appropriation.project, budget.project);
  }

  const functional = disclosure.functionalBreakdown;
  if (functional) {
    const base = 'functionalBreakdown';
    if (functional.total !== undefined) {
      sum(`${base}.total`, functional.total, 'functionalTotal', 'functionalItems', functional.items.map((item) => item.amount));
    }
    checkFunctionItems(functional.items, `${base}.items`, undefined, sum, rate, warnings);
    const governmentFund = disclosure.governmentFundExpenditure;
    const stateCapital = disclosure.stateCapitalExpenditure;
    if (appropriation && governmentFund && stateCapital) {
      const generalPublic = functional.total ?? sumOf(functional.items.map((item) => item.amount)).toFixed(maxDecimalPlaces(functional.items.map((item) => item.amount)));
      sum('fiscalAppropriation.total', appropriation.total, 'fiscalAppropriationTotal', 'fundTotals', [generalPublic, governmentFund.total, stateCapital.total]);
    }
  }
  for (const section of ['governmentFundExpenditure', 'stateCapitalExpenditure'] as const) {
    const fund = disclosure[section];
    if (fund?.items) {
      sum(`${section}.total`, fund.total, (c) => c.sections[section], 'fundItems', fund.items.map((item) => item.amount));
      checkFunctionItems(fund.items, `${section}.items`, undefined, sum, rate, warnings);
    }
  }

  const threePublic = disclosure.threePublicExpenses;
  if (threePublic) {
    const base = 'threePublicExpenses';
    const current = {
      total: threePublic.total,
      outboundTravel: threePublic.outboundTravel.amount,
      officialReception: threePublic.officialReception.amount,
      officialVehicles: threePublic.officialVehicles.amount,
    };
    sum(`${base}.total`, threePublic.total, 'threePublicTotal', 'threePublicParts', [current.outboundTravel, current.officialReception, current.officialVehicles]);
    const vehicles = threePublic.officialVehicles;
    sum(`${base}.officialVehicles.amount`, vehicles.amount, 'vehicles', 'vehicleParts', [vehicles.purchase, vehicles.operation]);
    for (const [name, amounts] of [['previousYear', threePublic.previousYear], ['budget', threePublic.budget]] as const) {
      if (!amounts) continue;
      const parts = [amounts.outboundTravel, amounts.officialReception, amounts.officialVehicles];
      if (parts.every((part) => part !== undefined)) {
        sum(`${base}.${name}.total`, amounts.total, 'threePublicTotal', 'threePublicParts', parts as string[]);
      }
      if (amounts.officialVehicles !== undefined && amounts.vehiclePurchase !== undefined && amounts.vehicleOperation !== undefined) {
        sum(`${base}.${name}.officialVehicles`, amounts.officialVehicles, 'vehicles', 'vehicleParts', [amounts.vehiclePurchase, amounts.vehicleOperation]);
      }
    }
    for (const part of ['total', 'outboundTravel', 'officialReception', 'officialVehicles'] as const) {
      rate(`${base}.completionRate.${part}`, threePublic.completionRate?.[part], current[part], threePublic.budget?.[part]);
      const change = threePublic.change?.[part];
      const previous = threePublic.previousYear?.[part];
      if (change && previous !== undefined) {
        warnings.push(...checkChange(`${base}.change.${part}`, change, current[part], previous));
      }
    }
  }

  const basic = disclosure.basicExpenditure;
  if (basic) {
    sum('basicExpenditure.total', basic.total, 'basicExpenditureTotal', 'personnelPlusPublicUse', [basic.personnel, basic.publicUse]);
  }

  const procurement = disclosure.otherMatters?.procurement;
  if (procurement && procurement.goods !== undefined && procurement.works !== undefined && procurement.services !== undefined) {
    sum('otherMatters.procurement.total', procurement.total, 'procurementTotal', 'procurementParts', [procurement.goods, procurement.works, procurement.services]);
  }
  const vehicleAssets = disclosure.otherMatters?.assets?.vehicles;
  if (vehicleAssets && vehicleAssets.byCategory.length > 0) {
    const base = 'otherMatters.assets.vehicles';
    checkVehicleCategories(vehicleAssets.total, `${base}.total`, vehicleAssets.byCategory, `${base}.byCategory`, 'vehicleCount', sum);
  }
  return warnings;
}

/** Children of a line sum to the line (economic classes to 基本支出, 财政拨款 parts to 财政拨款收入 …). */
function checkLineChildren(lines: readonly Line[], path: string, sum: SumCheck): void {
  lines.forEach((line, index) => {
    const linePath = childPath(path, index);
    if (!line.children || line.children.length === 0) return;
    sum(childPath(linePath, 'amount'), line.amount, (c) => lineLabel(line, c), 'children', line.children.map((child) => child.amount));
    checkLineChildren(line.children, childPath(linePath, 'children'), sum);
  });
}

function lineLabel(line: Line, catalogue: Catalogue): string {
  const standard = line.key !== undefined ? (catalogue.lines as Record<string, string>)[line.key] : undefined;
  return line.label ?? standard ?? line.key ?? '';
}

function itemLabel(item: FunctionItem): string {
  return item.code ? `${item.code} ${item.name}` : item.name;
}

/** 款 sum to 类 and 项 to 款; basic + project = amount; completion agrees with budget; codes nest and do not repeat. */
function checkFunctionItems(
  items: readonly FunctionItem[],
  path: string,
  parentCode: string | undefined,
  sum: SumCheck,
  rate: (path: string, published: string | undefined, actual: string | undefined, budget: string | undefined) => void,
  warnings: DisclosureWarning[],
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const itemPath = childPath(path, index);
    if (item.code !== undefined) {
      const code = item.code;
      if (parentCode !== undefined && !code.startsWith(parentCode)) {
        warnings.push({ path: childPath(itemPath, 'code'), code: 'code-prefix', message: localise((c) => c.codeWarnings['code-prefix']({ code, parent: parentCode })) });
      }
      if (seen.has(code)) {
        warnings.push({ path: childPath(itemPath, 'code'), code: 'duplicate-code', message: localise((c) => c.codeWarnings['duplicate-code']({ code })) });
      }
      seen.add(code);
    }
    if (item.children && item.children.length > 0 && !item.amountDerived) {
      sum(childPath(itemPath, 'amount'), item.amount, () => itemLabel(item), 'children', item.children.map((child) => child.amount));
    }
    if (item.basic !== undefined && item.project !== undefined) {
      sum(childPath(itemPath, 'amount'), item.amount, () => itemLabel(item), 'basicPlusProject', [item.basic, item.project]);
    }
    rate(childPath(itemPath, 'completionRate'), item.completionRate, item.amount, item.budget ?? item.adjustedBudget);
    if (item.children) checkFunctionItems(item.children, childPath(itemPath, 'children'), item.code ?? parentCode, sum, rate, warnings);
  });
}

/** `totalPath` is the published count (`….vehicles.total`, or a category's `count`); `listPath` the categories it is split into (`byCategory`, or `children`). */
function checkVehicleCategories(
  total: number,
  totalPath: string,
  categories: readonly VehicleCategory[],
  listPath: string,
  label: Label,
  sum: SumCheck,
): void {
  sum(totalPath, String(total), label, 'vehicleCategories', categories.map((category) => String(category.count)), true);
  categories.forEach((category, index) => {
    if (category.children && category.children.length > 0) {
      const categoryPath = childPath(listPath, index);
      checkVehicleCategories(category.count, childPath(categoryPath, 'count'), category.children, childPath(categoryPath, 'children'), () => category.label, sum);
    }
  });
}

/**
 * published = Σ parts, within rounding: each non-zero part can be off by half
 * its last published digit, so n such parts allow n × that half.
 */
function checkSum(path: string, published: string, publishedLabel: Label, computedLabel: Label, parts: readonly string[], exact = false): DisclosureWarning | undefined {
  const computed = sumOf(parts);
  const difference = toDecimal(published).minus(computed);
  if (difference.isZero()) return undefined;
  const places = maxDecimalPlaces([published, ...parts]);
  const roundedParts = Math.max(1, parts.filter((part) => !isZero(part)).length);
  const tolerance = exact ? new Decimal(0) : halfUnitAt(places).times(roundedParts);
  return warning(path, 'sum', published, publishedLabel, computed.toFixed(places), computedLabel, difference.toFixed(places), tolerance.toFixed(), difference.abs().lte(tolerance));
}

/**
 * A stated completion rate (percent points) against actual / budget × 100.
 * Within rounding: half the rate's last digit, plus what half the last digit
 * of the actual and of the budget can move the ratio.
 */
function checkRate(path: string, published: string, actual: string, budget: string): DisclosureWarning | undefined {
  const base = toDecimal(budget);
  if (base.isZero()) return undefined;
  const ratePlaces = maxDecimalPlaces([published]);
  // The published rate is the exact ratio rounded to its own digits: no warning.
  // Checked without dividing (|rate × budget − 100 × actual| ≤ half a digit × budget),
  // since a consolidated disclosure has thousands of rates and most agree.
  const scaledDifference = toDecimal(published).times(base).minus(toDecimal(actual).times(100));
  if (scaledDifference.abs().lte(halfUnitAt(ratePlaces).times(base.abs()))) return undefined;
  const rateExact = toDecimal(actual).div(base).times(100);
  const difference = toDecimal(published).minus(rateExact);
  const half = halfUnitAt(maxDecimalPlaces([actual, budget]));
  const tolerance = halfUnitAt(ratePlaces).plus(new Decimal(100).times(half.div(base).plus(toDecimal(actual).times(half).div(base.times(base)))));
  const shownPlaces = Math.max(2, ratePlaces);
  return warning(path, 'completion-rate', published, 'completionRate', rateExact.toFixed(shownPlaces), 'completionComputed', difference.toFixed(shownPlaces), tolerance.toFixed(shownPlaces + 2), difference.abs().lte(tolerance));
}

/** A stated change (amount and percent) against this year minus the previous year. */
function checkChange(path: string, change: { amount: string; percent?: string }, current: string, previous: string): DisclosureWarning[] {
  const found: DisclosureWarning[] = [];
  const places = maxDecimalPlaces([change.amount, current, previous]);
  const computed = toDecimal(current).minus(toDecimal(previous));
  const difference = toDecimal(change.amount).minus(computed);
  const tolerance = halfUnitAt(places).times(2);
  if (!difference.isZero()) {
    found.push(warning(childPath(path, 'amount'), 'change', change.amount, 'change', computed.toFixed(places), 'changeComputed', difference.toFixed(places), tolerance.toFixed(), difference.abs().lte(tolerance)));
  }
  const base = toDecimal(previous);
  if (change.percent !== undefined && !base.isZero()) {
    const percentExact = computed.div(base).times(100);
    const percentPlaces = Math.max(2, maxDecimalPlaces([change.percent]));
    const percentDifference = toDecimal(change.percent).minus(percentExact);
    const half = halfUnitAt(places);
    const percentTolerance = halfUnitAt(maxDecimalPlaces([change.percent])).plus(new Decimal(100).times(half.times(2).div(base.abs()).plus(computed.abs().times(half).div(base.times(base)))));
    if (percentDifference.abs().gt(halfUnitAt(maxDecimalPlaces([change.percent])))) {
      found.push(warning(childPath(path, 'percent'), 'change-percent', change.percent, 'changePercent', percentExact.toFixed(percentPlaces), 'changePercentComputed', percentDifference.toFixed(percentPlaces), percentTolerance.toFixed(percentPlaces + 2), percentDifference.abs().lte(percentTolerance)));
    }
  }
  return found;
}

function warning(
  path: string,
  code: WarningCode,
  published: string,
  publishedLabel: Label,
  computed: string,
  computedLabel: Label,
  difference: string,
  tolerance: string,
  withinRounding: boolean,
): DisclosureWarning {
  const signed = difference.startsWith('-') ? difference : `+${difference}`;
  return {
    path,
    code,
    published,
    computed,
    difference: signed,
    tolerance,
    withinRounding,
    message: localise((c) =>
      c.warning({ published, publishedLabel: labelIn(publishedLabel, c), computed, computedLabel: labelIn(computedLabel, c), difference: signed, tolerance, withinRounding }),
    ),
  };
}
