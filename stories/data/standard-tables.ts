/**
 * The two hand-transcribed fixtures the standard-table stories show
 * (收入决算表, 支出决算表, 表八 / 表九 …): a 决算 with all nine tables and a 预算.
 * Each call gives a fresh copy.
 */
import type { Disclosure } from '../../components/core/disclosure/index.js';
import planningJson from '../../test/fixtures/putuo-planning-resources-2024.json';
import budgetJson from '../../test/fixtures/putuo-district-office-2025-budget.json';

/** 上海市普陀区规划和自然资源局 2024 部门决算: all nine tables, 表八 / 表九 published empty. */
export const planningResources = (): Disclosure => structuredClone(planningJson) as unknown as Disclosure;
/** 上海市普陀区人民政府办公室 2025 部门预算 (元). */
export const districtOfficeBudget = (): Disclosure => structuredClone(budgetJson) as unknown as Disclosure;

/** The planning-resources disclosure with a government fund table that has figures (opening + income − expenditure = closing). */
export const withGovernmentFundRows = (): Disclosure => {
  const disclosure = planningResources();
  disclosure.governmentFundTable = {
    total: { openingBalance: '10.00', income: '120.50', expenditure: '100.50', basic: '0.00', project: '100.50', closingBalance: '30.00' },
    rows: [
      {
        code: '212',
        name: '城乡社区支出',
        openingBalance: '10.00',
        income: '120.50',
        expenditure: '100.50',
        basic: '0.00',
        project: '100.50',
        closingBalance: '30.00',
        children: [{ code: '21208', name: '国有土地使用权出让收入安排的支出', income: '120.50', expenditure: '100.50', project: '100.50', closingBalance: '20.00' }],
      },
    ],
  };
  return disclosure;
};

/**
 * The planning-resources disclosure (with the government fund rows above) whose published totals do not add up,
 * so that each standard table shows its "数据核对" note: 收入决算表's 合计 0.10 over its rows and sources, 支出决算表's
 * 基本支出 合计 0.10 over its rows, and the government fund table's closing balance 0.01 off opening + income − expenditure.
 */
export const withTableMismatches = (): Disclosure => {
  const disclosure = withGovernmentFundRows();
  disclosure.incomeTable!.total!.amount = '9746.60';
  disclosure.expenditureTable!.total!.basic = '5377.74';
  disclosure.governmentFundTable!.total!.closingBalance = '30.01';
  return disclosure;
};
