/**
 * Cross-checks (勾稽关系): the relations a published disclosure must satisfy,
 * checked exactly on decimal.js. A difference is reported as a warning with
 * the published and the computed figure, and classed as a rounding
 * difference (within n parts × half the last published digit) or a
 * mismatch. Nothing is ever corrected: the published figure is what is shown.
 */
import { localise as localiseText, sectionNames, type Catalogue, type LocalisedText } from '../locale/index.js';
import { convertAmount, Decimal, halfUnitAt, isZero, maxDecimalPlaces, sumOf, toDecimal, type MoneyUnit } from '../money.js';
import {
  CARRY_OVER_INCOME_KEYS,
  EXPENDITURE_LINE_PARTS,
  type Disclosure,
  type EconomicRow,
  type ExpenditureLine,
  type Explanation,
  type FunctionItem,
  type Line,
  type StatedFigure,
  type VehicleCategory,
} from './contract.js';
import { childPath, valueAtPath } from './path.js';

export type WarningCode =
  | 'sum'
  | 'completion-rate'
  | 'change'
  | 'change-percent'
  | 'code-prefix'
  | 'duplicate-code'
  /** The same figure in two tables differs. */
  | 'cross-table'
  /** Opening balance + income − expenditure ≠ closing balance. */
  | 'balance'
  /** A figure the 情况说明 states differs from the table's. */
  | 'stated-amount'
  /** A share the 情况说明 states differs from the tables' ratio. */
  | 'stated-share'
  /** A change, or a completion rate, the 情况说明 states differs from the figures. */
  | 'stated-change'
  /** 增加/减少, 大于/小于, 持平 in the 情况说明 disagrees with the figures. */
  | 'stated-direction'
  /** A change, or a difference from the budget, is stated without its reason. */
  | 'stated-reason'
  /** A stated figure points at a path where the disclosure has no figure. */
  | 'stated-ref';

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


/**
 * Every cross-check, in words, for the contract reference (docs/contract.md).
 * Keep it in step with the code below: each rule names the relation one
 * `sum(…)` / check call tests. (Only the docs generator imports this; the
 * browser bundle leaves it out.)
 */
export const CROSS_CHECKS: readonly { title: string; rules: readonly string[] }[] = [
  {
    title: '`accountSummary` (收入支出决算总表)',
    rules: [
      '`incomeTotal` (收入总计) = the sum of the top-level income lines.',
      '`currentYearIncome` (本年收入合计) = the income lines except `reserveFundUse`, `nonFiscalBalanceUse` and `priorYearBalance`; together with the rule above this is 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.',
      '`currentYearExpenditure` (本年支出合计) = the expenditure lines except `surplusDistribution` (结余分配).',
      '`expenditureGrandTotal` (支出总计) = `currentYearExpenditure` + 结余分配 + `yearEndBalance` (or, without `currentYearExpenditure`, the expenditure lines + `yearEndBalance`), and `expenditureGrandTotal` = `incomeTotal` (收入总计 = 支出总计).',
      'v1: `expenditureTotal` = the sum of the top-level expenditure lines, and `incomeTotal` = `expenditureTotal` + `yearEndBalance`.',
      'Every line with `children`: `amount` = the sum of the children, at every level, on both sides.',
      'A `blank` line (printed with its label and no amount) takes part in no sum: a blank is not 0.',
      'Each expenditure line with a `code` = the `expenditureTable` row of that code (`cross-table`; both are all funds, the year\'s expenditure).',
      'A 单位预算\'s expenditure line with `personnel` / `publicUse` / `project`, at every level: `amount` = their sum; each of `expenditureGrandTotalParts` = that column of the top-level lines (when there is no year-end balance, whose parts the table does not give). A blank part is in no sum: checked only when the published parts already exceed the whole.',
    ],
  },
  {
    title: '`incomeTable` (收入决算表) and `expenditureTable` (支出决算表)',
    rules: [
      'In every column, a row with children = the sum of its children, and the `total` row = the sum of the top-level rows (a column blank in every child is not checked).',
      'Each row and the `total` row: `amount` (本年收入合计) = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入; `amount` (本年支出合计) = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出 (the columns given).',
      '`incomeTable.total.amount` = `accountSummary.currentYearIncome`; `expenditureTable.total.amount` = `accountSummary.currentYearExpenditure` (`cross-table`).',
    ],
  },
  {
    title: '`appropriationTable` (财政拨款收入支出决算总表)',
    rules: [
      'Each expenditure row, 本年支出合计, 本年收入合计, 年初 and 年末财政拨款结转和结余 and 总计: `amount` (合计) = 一般公共预算 + 政府性基金 + 国有资本经营 (the columns given): the 财政拨款 total is the three funds.',
      'In every column, 本年支出合计 (`currentYearExpenditure`) = the sum of the expenditure rows, and a row with children = its children.',
      '收入 `incomeTotal` (总计) = 本年收入合计 + 年初财政拨款结转和结余; 支出 `expenditureTotal` (总计) = 本年支出合计 + 年末财政拨款结转和结余, in each column; the two 总计 are equal.',
      'Each fund: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, where all four are published (`balance`).',
      'The 一般公共预算 column of each 类 row = `functionalBreakdown`\'s item of that code, and its 本年支出合计 = `functionalBreakdown.total`; each fund\'s income = the `accountSummary` income line of that key; the 政府性基金 / 国有资本经营 本年支出合计 = the fund table\'s `total.expenditure` (`cross-table`).',
    ],
  },
  {
    title: '`functionalBreakdown` (一般公共预算财政拨款支出决算表), and `governmentFundExpenditure` / `stateCapitalExpenditure` when they have `items`',
    rules: [
      '`total` = the sum of the top-level items; `totalBasic` / `totalProject` = the sum of the items\' `basic` / `project`; `total` = `totalBasic` + `totalProject`.',
      'Each item with children: `amount` = the sum of the children, unless `amountDerived`.',
      'Each item: `amount` = `basic` + `project`.',
      'Each item: `completionRate` = `amount` ÷ (`budget`, else `adjustedBudget`) × 100.',
      '`totalBudget` (`totalAdjustedBudget`) = the sum of the `budget` (`adjustedBudget`) of the items at the lowest level (项), when every one has one; `totalCompletionRate` = `total` ÷ `totalBudget` (else `totalAdjustedBudget`) × 100.',
      'Each item\'s `code` starts with the code of its nearest ancestor that has one (`code-prefix`); no two siblings share a code (`duplicate-code`).',
    ],
  },
  {
    title: '`basicExpenditureTable` (一般公共预算财政拨款基本支出决算表)',
    rules: [
      'Each class with items (301 > 30101 …): every column = the sum of its items; each row with both: `amount` = `personnel` + `publicUse` (a budget\'s columns).',
      '`total.amount`, `total.personnel`, `total.publicUse` = the sum of the classes\' column, where the rows have it; `total.amount` = `total.personnel` + `total.publicUse`.',
      'A 决算 (no per-row 人员经费 / 公用经费 columns): 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助, 公用经费合计 = the other classes (302, 310 …).',
      'The basic total (合计, or 人员经费合计 + 公用经费合计) = `functionalBreakdown.totalBasic`, the same scope (一般公共预算财政拨款 基本支出) (`cross-table`). It is not compared with `expenditureTable`\'s 基本支出, which covers every fund and the use of balances (in the planning-resources 2024 决算: 5377.64 against 5364.75).',
    ],
  },
  {
    title: '`governmentFundTable` / `stateCapitalTable` (政府性基金 / 国有资本经营预算财政拨款收入支出决算表)',
    rules: [
      'In every column, a row with children = its children, and `total` = the sum of the top-level rows.',
      'Each row and `total`: 本年支出 `expenditure` = `basic` + `project`; `openingBalance` + `income` − `expenditure` = `closingBalance` where all four are published (`balance`).',
      'A table published empty (`rows: []`) has nothing to check.',
    ],
  },
  {
    title: '`threePublicExpenses` (“三公”经费)',
    rules: [
      '`total` = `outboundTravel.amount` + `officialReception.amount` + `officialVehicles.amount`; `officialVehicles.amount` = `purchase` + `operation`. A blank part is never 0: then only parts above the total are a mismatch.',
      '`previousYear` and `budget`: `total` = the three parts, and `officialVehicles` = `vehiclePurchase` + `vehicleOperation`.',
      '`completionRate.<part>` = this year\'s amount ÷ `budget.<part>` × 100; `change.<part>.amount` = this year − `previousYear.<part>`, `change.<part>.percent` = that ÷ `previousYear.<part>` × 100.',
    ],
  },
  {
    title: 'Tables in their own unit (`unit` on a section)',
    rules: [
      'Within a table every check is in its own unit. Between two tables in different units (`cross-table`, and `fiscalAppropriation.total` against the fund totals) the figures are converted exactly into the finer unit, and each may be off by half a unit of its own last printed digit.',
    ],
  },
  {
    title: '`fiscalAppropriation`, `basicExpenditure` (v1)',
    rules: [
      '`fiscalAppropriation.total` = `basic` + `project`; its completion rates = actual ÷ budget × 100; `total` = general public budget (`functionalBreakdown.total`, or its items\' sum) + `governmentFundExpenditure.total` + `stateCapitalExpenditure.total`, when all four are present.',
      '`basicExpenditure.total` = `personnel` + `publicUse`.',
    ],
  },
  {
    title: '`otherMatters` (其他重要事项)',
    rules: [
      '`procurement.total` = `goods` + `works` + `services`.',
      '`assets.vehicles.total` (and `plannedPurchases.vehicles.total`) = the sum of `byCategory[].count`; a category with children: `count` = the children\'s counts.',
      '`institutionalOperatingDetail.change` = `institutionalOperating` − `previousYear` (amount and percent).',
      '`performance.selfEvaluated.projects` = the projects by grade (优 + 良 + 合格 + 不合格).',
    ],
  },
  {
    title: 'Explanations (情况说明): every `explanation` and `explanations[]`, each of its `figures`',
    rules: [
      'Every path (`ref`, `of`, `previousRef`, `budgetRef`) leads to a figure of the disclosure (`stated-ref`).',
      'Units: the text\'s figures are in the figure\'s `unit` (else the disclosure\'s), a table\'s in its section\'s `unit` (else the disclosure\'s); every comparison converts exactly (no rounding) and the text is compared at its own precision.',
      '`amount` = the figure at `ref`; `previous` = the figure at `previousRef`; `budget` = the figure at `budgetRef` (`stated-amount`): every amount in the 情况说明 equals its table. When the text is the coarser ("9,101.68万元" against 91,016,775.35 元), it agrees when within half a unit of its own last digit; beyond that it is a mismatch.',
      '"share": `percent` = `ref` (or `amount`) ÷ `of` × 100 (`stated-share`): shares quoted in the text equal the tables\' shares.',
      '"change": with the previous year\'s figure, `change` = |this year − previous| and the direction words (增加 / 减少 / 持平) agree with the sign (`stated-direction`); `percent` = `change` ÷ previous × 100, the previous year being this year ∓ `change` when the text does not state it (`stated-change`); 持平 with a non-zero `change` is a `stated-direction` warning.',
      '"budget-comparison": the direction words (大于 / 小于 / 持平 预算) agree with actual − budget (`stated-direction`); `percent` (完成预算的 %) = actual ÷ budget × 100 (`stated-change`).',
      'A "change" or "budget-comparison" whose direction is higher or lower comes with its `reason`, or another figure of the same explanation of the same kind and direction gives one (`stated-reason`).',
      'A "budget-comparison" of `functionalBreakdown.total` (or of an item with children) that states its `budget` without `budgetRef`: that budget = the sum of the 年初预算 of the items below, when every one has one (`stated-amount`).',
    ],
  },
];

/** What a figure is called in a message: a name from the catalogue's `figures`, or a function of the catalogue. */
type Label = keyof Catalogue['figures'] | ((catalogue: Catalogue) => string);

const labelIn = (label: Label, catalogue: Catalogue) => (typeof label === 'string' ? catalogue.figures[label] : label(catalogue));

/**
 * Checks that the figure published at `path` is the sum of `parts`, and
 * reports it when not. `exact` is for counts, which are never rounded: any
 * difference is a mismatch.
 */
type SumCheck = (path: string, published: string, publishedLabel: Label, computedLabel: Label, parts: readonly string[], exact?: boolean) => void;

/**
 * The catalogue the messages of the running check name things from: a budget's
 * tables are 预算表 (支出预算总表), a final account's 决算表. Set by `crossCheck`
 * for its (synchronous) run; each message keeps the view it was made with, as
 * its texts are built later, when first read.
 */
let messageView = (catalogue: Catalogue): Catalogue => catalogue;
function localise(build: (catalogue: Catalogue) => string): LocalisedText {
  const view = messageView;
  return localiseText((catalogue) => build(view(catalogue)));
}
const budgetView = (catalogue: Catalogue): Catalogue => ({ ...catalogue, sections: sectionNames(catalogue, 'budget') });

/** Every cross-check of a validated disclosure. */
export function crossCheck(disclosure: Disclosure): DisclosureWarning[] {
  const previous = messageView;
  messageView = disclosure.kind === 'budget' ? budgetView : (catalogue) => catalogue;
  try {
    return allChecks(disclosure);
  } finally {
    messageView = previous;
  }
}

function allChecks(disclosure: Disclosure): DisclosureWarning[] {
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
    // A `blank` line (printed without an amount) is in no sum: a blank is not 0.
    const incomeAmounts = summary.income.map((line) => line.amount).filter(isPresent);
    const expenditureAmounts = summary.expenditure.map((line) => line.amount).filter(isPresent);
    const carryOvers: readonly string[] = CARRY_OVER_INCOME_KEYS;
    const surplusAmounts = summary.expenditure.filter((line) => line.key === 'surplusDistribution').map((line) => line.amount).filter(isPresent);
    // 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (+ 用事业基金弥补收支差额): checked as
    // 收入总计 = all the income lines, and 本年收入合计 = the lines without the carry-overs (below), as in v1.
    if (summary.incomeTotal !== undefined) {
      sum(`${base}.incomeTotal`, summary.incomeTotal, 'incomeTotal', 'incomeLines', incomeAmounts);
    }
    if (summary.expenditureTotal !== undefined) {
      // v1: the expenditure lines' sum, without the year-end balance.
      sum(`${base}.expenditureTotal`, summary.expenditureTotal, 'expenditureTotal', 'expenditureLines', expenditureAmounts);
    }
    if (summary.incomeTotal !== undefined && summary.expenditureTotal !== undefined && summary.yearEndBalance !== undefined) {
      sum(`${base}.incomeTotal`, summary.incomeTotal, 'incomeTotal', 'expenditurePlusBalance', [summary.expenditureTotal, summary.yearEndBalance]);
    }
    if (summary.expenditureGrandTotal !== undefined) {
      // The documents' 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, and = 收入总计.
      const balance = summary.yearEndBalance !== undefined ? [summary.yearEndBalance] : [];
      if (summary.currentYearExpenditure !== undefined) {
        sum(`${base}.expenditureGrandTotal`, summary.expenditureGrandTotal, 'expenditureGrandTotal', 'currentYearExpenditurePlusBalances', [summary.currentYearExpenditure, ...surplusAmounts, ...balance]);
      } else {
        sum(`${base}.expenditureGrandTotal`, summary.expenditureGrandTotal, 'expenditureGrandTotal', 'expenditureLinesPlusBalance', [...expenditureAmounts, ...balance]);
      }
      if (summary.incomeTotal !== undefined) {
        sum(`${base}.expenditureGrandTotal`, summary.expenditureGrandTotal, 'expenditureGrandTotal', 'incomeTotalFigure', [summary.incomeTotal]);
      }
    }
    if (summary.currentYearIncome !== undefined) {
      const lines = summary.income.filter((line) => !carryOvers.includes(line.key ?? ''));
      sum(`${base}.currentYearIncome`, summary.currentYearIncome, 'currentYearIncome', 'incomeLines', lines.map((line) => line.amount).filter(isPresent));
    }
    if (summary.currentYearExpenditure !== undefined) {
      const lines = summary.expenditure.filter((line) => line.key !== 'surplusDistribution');
      sum(`${base}.currentYearExpenditure`, summary.currentYearExpenditure, 'currentYearExpenditure', 'expenditureLines', lines.map((line) => line.amount).filter(isPresent));
    }
    // A 单位预算's 财务收支预算总表: each line's 人员经费 + 公用经费 + 项目支出 = its amount (at every level), and each
    // column's top-level lines = 支出总计's figure of it. A blank cell is in no sum (checked only when the parts
    // already exceed the whole, sumCheckable).
    const checkParts = (lines: readonly ExpenditureLine[], path: string) =>
      lines.forEach((line, index) => {
        const given = EXPENDITURE_LINE_PARTS.map((part) => line[part]).filter(isPresent);
        const name = (c: Catalogue) => line.label ?? (line.key ? ((c.lines as Record<string, string>)[line.key] ?? line.key) : '');
        if (line.amount !== undefined && given.length > 0 && sumCheckable(line.amount, given, given.length === EXPENDITURE_LINE_PARTS.length)) {
          sum(`${path}[${index}].amount`, line.amount, (c) => `${c.sections.accountSummary} ${line.code ?? ''} ${name(c)}`.replace(/\s+/g, ' ').trim(), 'expenditureParts', given);
        }
        if (line.children) checkParts(line.children, `${path}[${index}].children`);
      });
    checkParts(summary.expenditure, `${base}.expenditure`);
    const grandParts = summary.expenditureGrandTotalParts;
    // 支出总计 includes 年末结转和结余, whose parts the table does not give: the columns are checked only without one.
    const balance = summary.yearEndBalance !== undefined && !isZero(summary.yearEndBalance);
    for (const part of EXPENDITURE_LINE_PARTS) {
      const whole = grandParts?.[part];
      const column = summary.expenditure.map((line) => line[part]).filter(isPresent);
      if (whole === undefined || column.length === 0 || balance) continue;
      const complete = summary.expenditure.every((line) => line[part] !== undefined);
      if (sumCheckable(whole, column, complete)) sum(`${base}.expenditureGrandTotalParts.${part}`, whole, (c) => `${c.figures.expenditureTotal} ${c.columns[part]}`, `${part}OfLines`, column);
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
    for (const [field, column] of [['totalBasic', 'basic'], ['totalProject', 'project']] as const) {
      const published = functional[field];
      const parts = functional.items.map((item) => item[column]).filter(isPresent);
      if (published !== undefined && parts.length > 0) {
        sum(`${base}.${field}`, published, (c) => c.cell(c.sections.functionalBreakdown, c.rowNames.total, c.columns[column]), 'functionalItems', parts);
      }
    }
    if (functional.total !== undefined && functional.totalBasic !== undefined && functional.totalProject !== undefined) {
      sum(`${base}.total`, functional.total, 'functionalTotal', 'basicPlusProject', [functional.totalBasic, functional.totalProject]);
    }
    // The whole table's 年初预算 = the 项' budgets (the lowest level), when every one has one; its 完成率 = total ÷ that budget.
    for (const field of ['totalBudget', 'totalAdjustedBudget'] as const) {
      const column = field === 'totalBudget' ? 'budget' : 'adjustedBudget';
      const leaves = leavesOf(functional.items).map((item) => item[column]);
      const published = functional[field];
      if (published !== undefined && leaves.length > 0 && leaves.every(isPresent)) {
        sum(`${base}.${field}`, published, (c) => c.cell(c.sections.functionalBreakdown, c.rowNames.total, c.functionalBreakdown[column]), 'functionalItems', leaves as string[]);
      }
    }
    const wholeActual = functional.total ?? sumOf(functional.items.map((item) => item.amount)).toFixed(maxDecimalPlaces(functional.items.map((item) => item.amount)));
    rate(`${base}.totalCompletionRate`, functional.totalCompletionRate, wholeActual, functional.totalBudget ?? functional.totalAdjustedBudget);
    checkFunctionItems(functional.items, `${base}.items`, undefined, sum, rate, warnings);
    const governmentFund = disclosure.governmentFundExpenditure;
    const stateCapital = disclosure.stateCapitalExpenditure;
    if (appropriation && governmentFund && stateCapital) {
      const generalPublic = functional.total ?? sumOf(functional.items.map((item) => item.amount)).toFixed(maxDecimalPlaces(functional.items.map((item) => item.amount)));
      const into = unitOf(disclosure, 'fiscalAppropriation');
      const funds = [[generalPublic, 'functionalBreakdown'], [governmentFund.total, 'governmentFundExpenditure'], [stateCapital.total, 'stateCapitalExpenditure']] as const;
      sum('fiscalAppropriation.total', appropriation.total, 'fiscalAppropriationTotal', 'fundTotals', funds.map(([value, section]) => convertAmount(value, unitOf(disclosure, section), into)));
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
    // A part the table leaves blank (因公出国 or 公务用车 in some budgets) is not published, never 0: the sum is
    // checked only when every part is published; with a blank part, only published parts that exceed the
    // total are a mismatch (a blank can hold nothing below 0).
    const given = [current.outboundTravel, current.officialReception, current.officialVehicles].filter(isPresent);
    if (sumCheckable(threePublic.total, given, given.length === 3)) sum(`${base}.total`, threePublic.total, 'threePublicTotal', 'threePublicParts', given);
    const vehicles = threePublic.officialVehicles;
    const vehicleParts = [vehicles.purchase, vehicles.operation].filter(isPresent);
    if (vehicles.amount !== undefined && sumCheckable(vehicles.amount, vehicleParts, vehicleParts.length === 2)) sum(`${base}.officialVehicles.amount`, vehicles.amount, 'vehicles', 'vehicleParts', vehicleParts);
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
      const now = current[part];
      if (change && previous !== undefined && now !== undefined) {
        warnings.push(...checkChange(`${base}.change.${part}`, change, now, previous));
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
  const plannedVehicles = disclosure.otherMatters?.assets?.plannedPurchases?.vehicles;
  if (plannedVehicles && plannedVehicles.byCategory.length > 0) {
    const base = 'otherMatters.assets.plannedPurchases.vehicles';
    checkVehicleCategories(plannedVehicles.total, `${base}.total`, plannedVehicles.byCategory, `${base}.byCategory`, 'vehicleCount', sum);
  }

  checkOtherMatters(disclosure, sum, warnings);
  checkTables(disclosure, sum, warnings);
  checkExplanations(disclosure, warnings);
  return warnings;
}

const isPresent = (value: string | undefined): value is string => value !== undefined;

/** The columns of each table by function class, and which of them add up to which. */
const INCOME_PARTS = ['fiscalAppropriation', 'superiorSubsidy', 'institutionIncome', 'operatingIncome', 'affiliateRemittance', 'otherIncome'] as const;
const EXPENDITURE_PARTS = ['basic', 'project', 'remittanceToSuperior', 'operating', 'affiliateSubsidy'] as const;
const FUND_PARTS = ['generalPublicBudget', 'governmentFund', 'stateCapital'] as const;
const FUND_FLOW_COLUMNS = ['openingBalance', 'income', 'expenditure', 'basic', 'project', 'closingBalance'] as const;
const ECONOMIC_COLUMNS = ['amount', 'personnel', 'publicUse'] as const;
/** 决算: the economic classes that are 人员经费 (工资福利支出, 对个人和家庭的补助); the others are 公用经费. */
const PERSONNEL_CLASSES = ['301', '303'];

type Column = keyof Catalogue['columns'];
type Row = { code?: string; name: string; children?: Row[] } & Partial<Record<Column, string>>;
type TableSection = 'incomeTable' | 'expenditureTable' | 'appropriationTable' | 'basicExpenditureTable' | 'governmentFundTable' | 'stateCapitalTable';

const rowName = (row: { code?: string; name: string }) => (row.code ? `${row.code} ${row.name}` : row.name);
const cellLabel = (section: TableSection, row: string | ((c: Catalogue) => string), column: Column): Label => (c) =>
  c.cell(c.sections[section], typeof row === 'string' ? row : row(c), c.columns[column]);

/**
 * A table by function (or economic) class: in every column, a row with
 * children is the sum of its children, and the 合计 row the sum of the
 * top-level rows; a column blank in every child is not checked (a blank is
 * not a 0). Each row's `total` column is the sum of its `parts` columns.
 */
function checkRowTable(
  section: TableSection,
  rows: readonly Row[],
  rowsPath: string,
  total: Partial<Record<Column, string>> | undefined,
  totalPath: string,
  columns: readonly Column[],
  partsOf: readonly [Column, readonly Column[]][],
  sum: SumCheck,
  totalName: (c: Catalogue) => string = (c) => c.rowNames.total,
): void {
  // A blank cell is not 0. A column the table leaves blank throughout is not published at all: it is in no sum.
  // Within the columns it publishes, a sum with a blank part is checked one way only: parts that already exceed
  // the whole are a mismatch, as the “三公” table's are (a blank can hold nothing below 0).
  const published = new Set<Column>();
  const note = (row: Partial<Record<Column, string>>) => {
    for (const column of columns) if (row[column] !== undefined) published.add(column);
    for (const [, parts] of partsOf) for (const part of parts) if (row[part] !== undefined) published.add(part);
  };
  const noteAll = (list: readonly Row[]) =>
    list.forEach((row) => {
      note(row);
      if (row.children) noteAll(row.children);
    });
  noteAll(rows);
  if (total) note(total);
  const columnSum = (whole: string | undefined, path: string, label: Label, children: readonly Row[], column: Column, computed: Label) => {
    const parts = children.map((child) => child[column]).filter(isPresent);
    if (whole !== undefined && parts.length > 0 && sumCheckable(whole, parts, parts.length === children.length)) sum(path, whole, label, computed, parts);
  };
  const rowParts = (row: Partial<Record<Column, string>>, path: string, name: string | ((c: Catalogue) => string)) => {
    for (const [whole, parts] of partsOf) {
      const wholeAmount = row[whole];
      const publishedParts = parts.filter((part) => published.has(part));
      const given = publishedParts.map((part) => row[part]).filter(isPresent);
      const computed: Label = whole === 'amount' && parts[0] === 'fiscalAppropriation' ? 'incomeSources' : whole === 'expenditure' ? 'basicPlusProject' : parts[0] === 'generalPublicBudget' ? 'funds' : parts[0] === 'personnel' ? 'personnelPlusPublicUse' : 'expenditureKinds';
      if (wholeAmount !== undefined && given.length > 0 && sumCheckable(wholeAmount, given, given.length === publishedParts.length)) sum(childPath(path, whole), wholeAmount, cellLabel(section, name, whole), computed, given);
    }
  };
  const visit = (list: readonly Row[], path: string) => {
    list.forEach((row, index) => {
      const rowPath = childPath(path, index);
      rowParts(row, rowPath, rowName(row));
      if (row.children && row.children.length > 0) {
        for (const column of columns) columnSum(row[column], childPath(rowPath, column), cellLabel(section, rowName(row), column), row.children, column, 'children');
        visit(row.children, childPath(rowPath, 'children'));
      }
    });
  };
  visit(rows, rowsPath);
  if (total) {
    rowParts(total, totalPath, totalName);
    for (const column of columns) columnSum(total[column], childPath(totalPath, column), cellLabel(section, totalName, column), rows, column, 'rows');
  }
}

/** Two tables' figures for the same thing: equal, or within what rounding each can explain (two rounded figures). */
function checkSame(path: string, published: string, publishedLabel: Label, other: string, otherLabel: Label, units?: readonly [MoneyUnit, MoneyUnit]): DisclosureWarning | undefined {
  if (units && units[0] !== units[1]) {
    // Printed in different units (万元 against 元): compared exactly in the finer unit; each figure may be off by half its own last digit.
    const [unit, otherUnit] = units;
    const finer = EXPONENT[unit] <= EXPONENT[otherUnit] ? unit : otherUnit;
    const difference = toDecimal(convertAmount(published, unit, finer)).minus(toDecimal(convertAmount(other, otherUnit, finer)));
    if (difference.isZero()) return undefined;
    const tolerance = halfUnitIn(published, unit, finer).plus(halfUnitIn(other, otherUnit, finer));
    const inUnit = (value: Decimal) => convertAmount(value.toFixed(), finer, unit);
    return warning(path, 'cross-table', published, publishedLabel, convertAmount(other, otherUnit, unit), otherLabel, inUnit(difference), inUnit(tolerance), difference.abs().lte(tolerance));
  }
  const difference = toDecimal(published).minus(toDecimal(other));
  if (difference.isZero()) return undefined;
  const places = maxDecimalPlaces([published, other]);
  const tolerance = halfUnitAt(places).times(2);
  return warning(path, 'cross-table', published, publishedLabel, toDecimal(other).toFixed(places), otherLabel, difference.toFixed(places), tolerance.toFixed(), difference.abs().lte(tolerance));
}

/** Rows by code, top level only (the 类), for comparing tables. */
function byCode<T extends { code?: string }>(rows: readonly T[]): Map<string, [T]> {
  const map = new Map<string, [T]>();
  rows.forEach((row) => {
    if (row.code !== undefined && !map.has(row.code)) map.set(row.code, [row]);
  });
  return map;
}

/** The first line with this key, at any depth, and its path. */
function findLine(lines: readonly Line[], key: string, path: string): [Line, string] | undefined {
  for (const [index, line] of lines.entries()) {
    const linePath = childPath(path, index);
    if (line.key === key) return [line, linePath];
    const found = line.children ? findLine(line.children, key, childPath(linePath, 'children')) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The tables of 表二 … 表九: within each table, and between them. */
function checkTables(disclosure: Disclosure, sum: SumCheck, warnings: DisclosureWarning[]): void {
  // The same figure in two tables, each in its table's unit (`unit` of the section, else the disclosure's).
  const same = (path: string, published: string, publishedLabel: Label, other: string, otherLabel: Label, otherSection: string) => {
    const found = checkSame(path, published, publishedLabel, other, otherLabel, [unitOf(disclosure, path), unitOf(disclosure, otherSection)]);
    if (found) warnings.push(found);
  };
  const summary = disclosure.accountSummary;

  const income = disclosure.incomeTable;
  if (income) {
    checkRowTable('incomeTable', income.rows as Row[], 'incomeTable.rows', income.total, 'incomeTable.total', ['amount', ...INCOME_PARTS], [['amount', INCOME_PARTS]], sum);
    if (income.total && summary?.currentYearIncome !== undefined) {
      same('incomeTable.total.amount', income.total.amount, cellLabel('incomeTable', (c) => c.rowNames.total, 'amount'), summary.currentYearIncome, (c) => `${c.sections.accountSummary} ${c.figures.currentYearIncome}`, 'accountSummary');
    }
  }

  const expenditure = disclosure.expenditureTable;
  if (expenditure) {
    checkRowTable('expenditureTable', expenditure.rows as Row[], 'expenditureTable.rows', expenditure.total, 'expenditureTable.total', ['amount', ...EXPENDITURE_PARTS], [['amount', EXPENDITURE_PARTS]], sum);
    if (expenditure.total && summary?.currentYearExpenditure !== undefined) {
      same('expenditureTable.total.amount', expenditure.total.amount, cellLabel('expenditureTable', (c) => c.rowNames.total, 'amount'), summary.currentYearExpenditure, (c) => `${c.sections.accountSummary} ${c.figures.currentYearExpenditure}`, 'accountSummary');
    }
    // 总表's expenditure by function class against 支出决算表's 类 rows (both: all funds, the year's expenditure).
    if (summary) {
      const rows = byCode(expenditure.rows);
      summary.expenditure.forEach((line, index) => {
        const match = line.code !== undefined ? rows.get(line.code) : undefined;
        if (!match || line.amount === undefined) return;
        const [row] = match;
        same(`accountSummary.expenditure[${index}].amount`, line.amount, (c) => `${c.sections.accountSummary} ${line.code} ${line.label ?? ''}`.trim(), row.amount, cellLabel('expenditureTable', rowName(row), 'amount'), 'expenditureTable');
      });
    }
  }

  const appropriation = disclosure.appropriationTable;
  if (appropriation) {
    const base = 'appropriationTable';
    const fundColumns = ['amount', ...FUND_PARTS] as const;
    checkRowTable('appropriationTable', appropriation.expenditure as Row[], `${base}.expenditure`, appropriation.currentYearExpenditure, `${base}.currentYearExpenditure`, fundColumns, [['amount', FUND_PARTS]], sum, (c) => c.rowNames.currentYearExpenditure);
    for (const field of ['income', 'openingBalance', 'closingBalance', 'expenditureTotal'] as const) {
      const row = appropriation[field];
      const parts = row ? FUND_PARTS.map((part) => row[part]).filter(isPresent) : [];
      if (row?.amount !== undefined && parts.length > 0) {
        const name = (c: Catalogue) => (field === 'income' ? c.rowNames.currentYearIncome : field === 'expenditureTotal' ? c.rowNames.grandTotal : c.rowNames[field]);
        sum(`${base}.${field}.amount`, row.amount, cellLabel('appropriationTable', name, 'amount'), 'funds', parts);
      }
    }
    // 总计 (income) = 本年收入合计 + 年初财政拨款结转和结余; 总计 (expenditure) = 本年支出合计 + 年末; both 总计 agree.
    if (appropriation.incomeTotal !== undefined && appropriation.income.amount !== undefined) {
      const opening = appropriation.openingBalance?.amount;
      sum(`${base}.incomeTotal`, appropriation.incomeTotal, cellLabel('appropriationTable', (c) => c.rowNames.grandTotal, 'amount'), 'incomePlusOpening', [appropriation.income.amount, ...(opening !== undefined ? [opening] : [])]);
    }
    const grand = appropriation.expenditureTotal;
    const current = appropriation.currentYearExpenditure;
    if (grand && current) {
      for (const column of fundColumns) {
        const published = grand[column];
        const closing = appropriation.closingBalance?.[column];
        if (published !== undefined && current[column] !== undefined) {
          sum(`${base}.expenditureTotal.${column}`, published, cellLabel('appropriationTable', (c) => c.rowNames.grandTotal, column), 'currentYearPlusBalance', [current[column]!, ...(closing !== undefined ? [closing] : [])]);
        }
      }
    }
    if (grand?.amount !== undefined && appropriation.incomeTotal !== undefined) {
      sum(`${base}.expenditureTotal.amount`, grand.amount, cellLabel('appropriationTable', (c) => c.rowNames.grandTotal, 'amount'), 'incomeTotalFigure', [appropriation.incomeTotal]);
    }
    // Each fund: 年初 + 本年收入 − 本年支出 = 年末, where all four are published.
    for (const fund of FUND_PARTS) {
      const opening = appropriation.openingBalance?.[fund];
      const incomeOfYear = appropriation.income[fund];
      const spent = current?.[fund];
      const closing = appropriation.closingBalance?.[fund];
      if (opening !== undefined && incomeOfYear !== undefined && spent !== undefined && closing !== undefined) {
        const found = checkBalance(`${base}.closingBalance.${fund}`, closing, cellLabel('appropriationTable', (c) => c.rowNames.closingBalance, fund), opening, incomeOfYear, spent);
        if (found) warnings.push(found);
      }
    }
    // Against the other tables: the general public budget column is 表五; the income by fund is the 总表's.
    const functional = disclosure.functionalBreakdown;
    if (functional) {
      const items = byCode(functional.items);
      appropriation.expenditure.forEach((row, index) => {
        const match = row.code !== undefined ? items.get(row.code) : undefined;
        if (!match || row.generalPublicBudget === undefined) return;
        const [item] = match;
        if (item.amountDerived) return;
        same(`${base}.expenditure[${index}].generalPublicBudget`, row.generalPublicBudget, cellLabel('appropriationTable', rowName(row), 'generalPublicBudget'), item.amount, (c) => `${c.sections.functionalBreakdown} ${itemLabel(item)}`, 'functionalBreakdown');
      });
      if (current?.generalPublicBudget !== undefined && functional.total !== undefined) {
        same(`${base}.currentYearExpenditure.generalPublicBudget`, current.generalPublicBudget, cellLabel('appropriationTable', (c) => c.rowNames.currentYearExpenditure, 'generalPublicBudget'), functional.total, 'functionalTotal', 'functionalBreakdown');
      }
    }
    if (summary) {
      for (const fund of FUND_PARTS) {
        const published = appropriation.income[fund];
        const found = findLine(summary.income, fund, 'accountSummary.income');
        if (published !== undefined && found && found[0].amount !== undefined) {
          same(`${base}.income.${fund}`, published, cellLabel('appropriationTable', (c) => c.rowNames.currentYearIncome, fund), found[0].amount, (c) => `${c.sections.accountSummary} ${c.lines[fund]}`, 'accountSummary');
        }
      }
    }
    for (const [fund, section] of [['governmentFund', 'governmentFundTable'], ['stateCapital', 'stateCapitalTable']] as const) {
      const table = disclosure[section];
      const published = current?.[fund];
      if (table?.total?.expenditure !== undefined && published !== undefined) {
        same(`${base}.currentYearExpenditure.${fund}`, published, cellLabel('appropriationTable', (c) => c.rowNames.currentYearExpenditure, fund), table.total.expenditure, cellLabel(section, (c) => c.rowNames.total, 'expenditure'), section);
      }
    }
  }

  for (const section of ['governmentFundTable', 'stateCapitalTable'] as const) {
    const table = disclosure[section];
    if (!table) continue;
    checkRowTable(section, table.rows as Row[], `${section}.rows`, table.total, `${section}.total`, FUND_FLOW_COLUMNS, [['expenditure', ['basic', 'project']]], sum);
    const balance = (row: Partial<Record<Column, string>>, path: string, name: string | ((c: Catalogue) => string)) => {
      if (row.openingBalance !== undefined && row.income !== undefined && row.expenditure !== undefined && row.closingBalance !== undefined) {
        const found = checkBalance(childPath(path, 'closingBalance'), row.closingBalance, cellLabel(section, name, 'closingBalance'), row.openingBalance, row.income, row.expenditure);
        if (found) warnings.push(found);
      }
    };
    const visit = (rows: readonly Row[], path: string) =>
      rows.forEach((row, index) => {
        balance(row, childPath(path, index), rowName(row));
        if (row.children) visit(row.children, childPath(childPath(path, index), 'children'));
      });
    visit(table.rows as Row[], `${section}.rows`);
    if (table.total) balance(table.total, `${section}.total`, (c) => c.rowNames.total);
  }

  const economic = disclosure.basicExpenditureTable;
  if (economic) {
    const base = 'basicExpenditureTable';
    checkRowTable('basicExpenditureTable', economic.rows as Row[], `${base}.rows`, undefined, `${base}.total`, ECONOMIC_COLUMNS, [['amount', ['personnel', 'publicUse']]], sum);
    const total = economic.total;
    if (total) {
      for (const column of ECONOMIC_COLUMNS) {
        const parts = economic.rows.map((row) => row[column]).filter(isPresent);
        if (total[column] !== undefined && parts.length > 0) sum(`${base}.total.${column}`, total[column]!, cellLabel('basicExpenditureTable', (c) => c.rowNames.total, column), 'economicRows', parts);
      }
      if (total.amount !== undefined && total.personnel !== undefined && total.publicUse !== undefined) {
        sum(`${base}.total.amount`, total.amount, cellLabel('basicExpenditureTable', (c) => c.rowNames.total, 'amount'), 'personnelPlusPublicUse', [total.personnel, total.publicUse]);
      }
      // 决算: no per-row 人员经费 / 公用经费 columns; 人员经费合计 = 301 + 303, 公用经费合计 = the other classes.
      const hasColumns = economic.rows.some((row) => row.personnel !== undefined || row.publicUse !== undefined);
      if (!hasColumns && economic.rows.every((row) => row.code !== undefined && row.amount !== undefined)) {
        const isPersonnel = (row: EconomicRow) => PERSONNEL_CLASSES.includes(row.code!);
        if (total.personnel !== undefined) {
          sum(`${base}.total.personnel`, total.personnel, cellLabel('basicExpenditureTable', (c) => c.rowNames.total, 'personnel'), 'personnelClasses', economic.rows.filter(isPersonnel).map((row) => row.amount!));
        }
        if (total.publicUse !== undefined) {
          sum(`${base}.total.publicUse`, total.publicUse, cellLabel('basicExpenditureTable', (c) => c.rowNames.total, 'publicUse'), 'publicUseClasses', economic.rows.filter((row) => !isPersonnel(row)).map((row) => row.amount!));
        }
      }
      // The same scope (一般公共预算财政拨款 基本支出) in 表五's 合计 row, and in v1's basicExpenditure.
      const whole = total.amount ?? (total.personnel !== undefined && total.publicUse !== undefined ? sumOf([total.personnel, total.publicUse]).toFixed(maxDecimalPlaces([total.personnel, total.publicUse])) : undefined);
      const wholePath = total.amount !== undefined ? `${base}.total.amount` : `${base}.total.personnel`;
      const functionalBasic = disclosure.functionalBreakdown?.totalBasic;
      if (whole !== undefined && functionalBasic !== undefined) {
        same(wholePath, whole, (c) => `${c.sections.basicExpenditureTable} ${c.columns.personnel} + ${c.columns.publicUse}`, functionalBasic, (c) => c.cell(c.sections.functionalBreakdown, c.rowNames.total, c.columns.basic), 'functionalBreakdown');
      }
    }
  }
}

/** 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余. */
function checkBalance(path: string, closing: string, label: Label, opening: string, income: string, expenditure: string): DisclosureWarning | undefined {
  const computed = toDecimal(opening).plus(toDecimal(income)).minus(toDecimal(expenditure));
  const difference = toDecimal(closing).minus(computed);
  if (difference.isZero()) return undefined;
  const places = maxDecimalPlaces([closing, opening, income, expenditure]);
  const tolerance = halfUnitAt(places).times(3);
  return warning(path, 'balance', closing, label, computed.toFixed(places), 'openingIncomeExpenditure', difference.toFixed(places), tolerance.toFixed(), difference.abs().lte(tolerance));
}

/** 机关运行经费's change, and the performance grades. */
function checkOtherMatters(disclosure: Disclosure, sum: SumCheck, warnings: DisclosureWarning[]): void {
  const other = disclosure.otherMatters;
  const detail = other?.institutionalOperatingDetail;
  if (other?.institutionalOperating !== undefined && detail?.change && detail.previousYear !== undefined) {
    warnings.push(...checkChange('otherMatters.institutionalOperatingDetail.change', detail.change, other.institutionalOperating, detail.previousYear));
  }
  const performance = other?.performance;
  const grades = performance?.grades;
  if (performance?.selfEvaluated && grades) {
    const counts = [grades.excellent, grades.good, grades.pass, grades.fail].filter((count): count is number => count !== undefined).map(String);
    const projects = String(performance.selfEvaluated.projects);
    // A grade not stated is not 0: with one missing, only counts above the whole are a mismatch.
    if (counts.length > 0 && sumCheckable(projects, counts, counts.length === 4)) sum('otherMatters.performance.selfEvaluated.projects', projects, 'fundItems', 'gradeCounts', counts, true);
  }
}

/**
 * Every explanation in the disclosure, with its path. The walk keeps the path as a stack of steps and writes it
 * only for an explanation found: a large disclosure's thousands of items cost no path string each.
 */
function explanationsOf(value: unknown, steps: (string | number)[] = [], found: [Explanation, string][] = []): [Explanation, string][] {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      steps.push(index);
      explanationsOf(item, steps, found);
      steps.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (child === null || typeof child !== 'object') continue;
      if (key === 'explanation') withParts(child as Explanation, pathOf([...steps, key]), found);
      else if (key === 'explanations' && Array.isArray(child)) child.forEach((item, index) => withParts(item as Explanation, pathOf([...steps, key, index]), found));
      else {
        steps.push(key);
        explanationsOf(child, steps, found);
        steps.pop();
      }
    }
  }
  return found;
}

const pathOf = (steps: readonly (string | number)[]) => steps.reduce<string>((path, step) => childPath(path, step), '');

/** An explanation and its sub-headed parts (五(一)…(三)), each with its path. */
function withParts(explanation: Explanation, path: string, found: [Explanation, string][]): void {
  found.push([explanation, path]);
  explanation.parts?.forEach((part, index) => withParts(part, childPath(childPath(path, 'parts'), index), found));
}

/** The unit the figures of a section are printed in: its own `unit`, else the disclosure's. */
function unitOf(disclosure: Disclosure, pathOrSection: string): MoneyUnit {
  const section = /^[A-Za-z]+/.exec(pathOrSection)?.[0] ?? '';
  const value = (disclosure as unknown as Record<string, unknown>)[section];
  const unit = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { unit?: MoneyUnit }).unit : undefined;
  return unit ?? disclosure.unit;
}

/** Powers of ten from 元. */
const EXPONENT: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** Half a unit in the last printed digit of `value` (in `unit`), expressed in `into`. */
function halfUnitIn(value: string, unit: MoneyUnit, into: MoneyUnit): Decimal {
  return halfUnitAt(maxDecimalPlaces([value])).times(toDecimal(`1e${EXPONENT[unit] - EXPONENT[into]}`));
}

/**
 * The narrative against the tables: each figure an explanation states is
 * compared with the table figure it points at; shares, changes and
 * completion rates with the ratio of the figures; the direction words with
 * the sign; and a change or a difference from the budget must give its reason.
 */
function checkExplanations(disclosure: Disclosure, warnings: DisclosureWarning[]): void {
  for (const [explanation, path] of explanationsOf(disclosure)) {
    const figures = explanation.figures ?? [];
    figures.forEach((figure, index) => {
      const figurePath = childPath(childPath(path, 'figures'), index);
      warnings.push(...checkStatedFigure(disclosure, figure, figurePath));
      // A change (or a difference from the budget) needs its reason; one reason in the same explanation for a
      // change of the same kind and direction covers it (“其中：公务接待费减少…，主要原因是…” explains the total too).
      const moves = (candidate: StatedFigure) => candidate.kind === figure.kind && candidate.direction === figure.direction;
      if ((figure.kind === 'change' || figure.kind === 'budget-comparison') && (figure.direction === 'higher' || figure.direction === 'lower')) {
        if (!figures.some((candidate) => moves(candidate) && candidate.reason?.trim())) {
          warnings.push({ path: childPath(figurePath, 'reason'), code: 'stated-reason', message: localise((c) => c.statedWarnings.reason()) });
        }
      }
    });
  }
}

/** The function items without children under an item, or under a whole table. */
function leavesOf(items: readonly FunctionItem[]): FunctionItem[] {
  return items.flatMap((item) => (item.children && item.children.length > 0 ? leavesOf(item.children) : [item]));
}

/**
 * The budget of the figure at `ref`, summed from the 年初预算 of the items
 * below it, when every one of them has one: `functionalBreakdown.total`, or
 * an item's `amount` (the narrative gives each 项's budget; the 类 and the
 * whole are their sums).
 */
function budgetBelow(disclosure: Disclosure, ref: string): { leaves: string[] } | undefined {
  const functional = disclosure.functionalBreakdown;
  if (!functional) return undefined;
  let items: readonly FunctionItem[] | undefined;
  if (ref === 'functionalBreakdown.total') items = functional.items;
  else if (ref.startsWith('functionalBreakdown.items[') && ref.endsWith('.amount')) {
    const item = valueAtPath(disclosure, ref.slice(0, -'.amount'.length)) as FunctionItem | undefined;
    items = item?.children && item.children.length > 0 ? item.children : undefined;
  }
  if (!items) return undefined;
  const leaves = leavesOf(items).map((item) => item.budget);
  return leaves.length > 0 && leaves.every(isPresent) ? { leaves: leaves as string[] } : undefined;
}

function checkStatedFigure(disclosure: Disclosure, figure: StatedFigure, path: string): DisclosureWarning[] {
  const found: DisclosureWarning[] = [];
  /** The unit the text states its amounts in ("9,101.68万元"). */
  const textUnit = figure.unit ?? disclosure.unit;
  /** The figure at a path as the table prints it, with its table's unit, or a warning that there is none. */
  const resolveAsPrinted = (field: 'ref' | 'of' | 'previousRef' | 'budgetRef'): [string, MoneyUnit] | undefined => {
    const ref = figure[field];
    if (ref === undefined) return undefined;
    const value = valueAtPath(disclosure, ref);
    // A percent keeps its value whatever the unit; an amount is in its section's unit.
    const unit = /(?:Rate|percent|Share|coverage)$/.test(ref) ? textUnit : unitOf(disclosure, ref);
    if (typeof value === 'string') return [value, unit];
    if (typeof value === 'number') return [String(value), unit];
    found.push({ path: childPath(path, field), code: 'stated-ref', message: localise((c) => c.statedWarnings.ref({ ref })) });
    return undefined;
  };
  /** The figure at a path, converted exactly into the text's unit. */
  const resolve = (field: 'of' | 'previousRef' | 'budgetRef', printed = resolveAsPrinted(field)): string | undefined =>
    printed && convertAmount(printed[0], printed[1], textUnit);
  /**
   * A stated figure against the table's, exactly across units: the text
   * states the table's figure at the text's own precision, so a difference
   * within half a unit of the text's last digit (when the text is the
   * coarser) is agreement; beyond it, a mismatch.
   */
  const stated = (field: 'amount' | 'previous' | 'budget', value: string | undefined, printed: [string, MoneyUnit] | undefined) => {
    if (value === undefined || printed === undefined) return;
    const [table, tableUnit] = printed;
    const finer = EXPONENT[textUnit] <= EXPONENT[tableUnit] ? textUnit : tableUnit;
    const difference = toDecimal(convertAmount(value, textUnit, finer)).minus(toDecimal(convertAmount(table, tableUnit, finer)));
    if (difference.isZero()) return;
    const textHalf = halfUnitIn(value, textUnit, finer);
    const tolerance = textHalf.gt(halfUnitIn(table, tableUnit, finer)) ? textHalf : new Decimal(0);
    if (difference.abs().lte(tolerance)) return;
    const places = maxDecimalPlaces([value, table]);
    const [computed, shown] =
      tableUnit === textUnit ? [toDecimal(table).toFixed(places), difference.toFixed(places)] : [convertAmount(table, tableUnit, textUnit), convertAmount(difference.toFixed(), finer, textUnit)];
    found.push(warning(childPath(path, field), 'stated-amount', value, 'statedFigure', computed, 'tableFigure', shown, convertAmount(tolerance.toFixed(), finer, textUnit), false));
  };
  const refPrinted = resolveAsPrinted('ref');
  stated('amount', figure.amount, refPrinted);
  const current = figure.amount ?? (refPrinted && convertAmount(refPrinted[0], refPrinted[1], textUnit));

  if (figure.kind === 'share') {
    const whole = resolve('of');
    if (figure.percent !== undefined && current !== undefined && whole !== undefined) {
      const rate = checkRate(childPath(path, 'percent'), figure.percent, current, whole);
      if (rate) found.push({ ...rate, code: 'stated-share', message: relabel(rate, 'statedShare', 'shareComputed') });
    }
  }

  if (figure.kind === 'change') {
    const previousPrinted = resolveAsPrinted('previousRef');
    const previousRefValue = resolve('previousRef', previousPrinted);
    stated('previous', figure.previous, previousPrinted);
    let previous = figure.previous ?? previousRefValue;
    if (previous === undefined && current !== undefined && figure.change !== undefined && (figure.direction === 'higher' || figure.direction === 'lower')) {
      // Not stated: the previous year's figure the text implies (this year ∓ the change), to check its percent against.
      previous = (figure.direction === 'higher' ? toDecimal(current).minus(toDecimal(figure.change)) : toDecimal(current).plus(toDecimal(figure.change))).toFixed(maxDecimalPlaces([current, figure.change]));
    } else if (previous !== undefined && current !== undefined) {
      const signed = figure.change === undefined ? undefined : figure.direction === 'lower' ? `-${figure.change}` : figure.change;
      if (signed !== undefined) {
        for (const change of checkChange(path, { amount: signed }, current, previous)) {
          found.push({ ...change, path: childPath(path, 'change'), code: 'stated-change', message: relabel(change, 'statedChange', 'statedChangeComputed') });
        }
      }
      found.push(...checkDirection(path, figure, current, previous));
    }
    if (previous !== undefined && figure.percent !== undefined && figure.change !== undefined && !toDecimal(previous).isZero()) {
      const rate = checkRate(childPath(path, 'percent'), figure.percent, figure.change, previous);
      if (rate) found.push({ ...rate, code: 'stated-change', message: relabel(rate, 'statedChangePercent', 'changePercentComputed') });
    }
    if (figure.change !== undefined && figure.direction === 'same' && !toDecimal(figure.change).isZero()) {
      found.push(directionWarning(path, 'same', figure.change, '0'));
    }
  }

  if (figure.kind === 'budget-comparison') {
    const budgetPrinted = resolveAsPrinted('budgetRef');
    const budgetRefValue = resolve('budgetRef', budgetPrinted);
    stated('budget', figure.budget, budgetPrinted);
    const budget = figure.budget ?? budgetRefValue;
    // A whole's budget stated in the text against the sum of its items' budgets.
    const below = figure.budget !== undefined && figure.budgetRef === undefined && figure.ref !== undefined ? budgetBelow(disclosure, figure.ref) : undefined;
    if (below && figure.budget !== undefined) {
      const sumWarning = checkSum(childPath(path, 'budget'), figure.budget, 'statedFigure', 'children', below.leaves);
      if (sumWarning) found.push({ ...sumWarning, code: 'stated-amount' });
    }
    if (budget !== undefined && current !== undefined) {
      found.push(...checkDirection(path, figure, current, budget));
      if (figure.percent !== undefined) {
        const rate = checkRate(childPath(path, 'percent'), figure.percent, current, budget);
        if (rate) found.push({ ...rate, code: 'stated-change', message: relabel(rate, 'statedCompletion', 'completionComputed') });
      }
    }
  }

  return found;
}


/** The stated direction against the sign of current − base. */
function checkDirection(path: string, figure: StatedFigure, current: string, base: string): DisclosureWarning[] {
  if (figure.direction === undefined) return [];
  const sign = toDecimal(current).cmp(toDecimal(base));
  const actual = sign > 0 ? 'higher' : sign < 0 ? 'lower' : 'same';
  return actual === figure.direction ? [] : [directionWarning(path, figure.direction, current, base, actual)];
}

function directionWarning(path: string, stated: 'higher' | 'lower' | 'same', current: string, base: string, actual: 'higher' | 'lower' | 'same' = current === base ? 'same' : 'higher'): DisclosureWarning {
  return {
    path: childPath(path, 'direction'),
    code: 'stated-direction',
    withinRounding: false,
    message: localise((c) => c.statedWarnings.direction({ stated: c.statedWarnings.directions[stated], actual: c.statedWarnings.directions[actual], current, base })),
  };
}

/** A rate warning's message with other labels (the same figures, said of the explanation). */
function relabel(rate: DisclosureWarning, publishedLabel: Label, computedLabel: Label): LocalisedText {
  return localise((c) =>
    c.warning({
      published: rate.published!,
      publishedLabel: labelIn(publishedLabel, c),
      computed: rate.computed!,
      computedLabel: labelIn(computedLabel, c),
      difference: rate.difference!,
      tolerance: rate.tolerance!,
      withinRounding: rate.withinRounding!,
    }),
  );
}

/** Children of a line sum to the line (economic classes to 基本支出, 财政拨款 parts to 财政拨款收入 …). */
function checkLineChildren(lines: readonly Line[], path: string, sum: SumCheck): void {
  lines.forEach((line, index) => {
    const linePath = childPath(path, index);
    if (!line.children || line.children.length === 0) return;
    const parts = line.children.map((child) => child.amount).filter(isPresent);
    if (line.amount !== undefined && parts.length > 0) sum(childPath(linePath, 'amount'), line.amount, (c) => lineLabel(line, c), 'children', parts);
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
/**
 * Whether a sum of parts can be checked against its whole: when every part is published (`complete`), or, with a
 * part blank (not published, never 0), when the published parts already exceed the whole, whatever the blank holds.
 */
function sumCheckable(whole: string, given: readonly string[], complete: boolean): boolean {
  return complete || sumOf(given).gt(toDecimal(whole));
}

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
