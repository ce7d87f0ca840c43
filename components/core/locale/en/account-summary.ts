/** The en catalogue's part `accountSummary` (the same keys as zh-CN's): <account-summary>. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'accountSummary'> = {
  accountSummary: {
    section: { 'final-accounts': 'Income and expenditure, final accounts', budget: 'Income and expenditure, budget' },
    income: 'Income',
    expenditure: 'Expenditure',
    incomeTable: (unit) => `Income (${unit})`,
    expenditureTable: (unit) => `Expenditure (${unit})`,
    currentYearIncome: 'Income of the year',
    currentYearExpenditure: 'Expenditure of the year',
    incomeTotal: 'Total income',
    expenditureTotal: 'Total expenditure',
    yearEndBalance: 'Year-end balance carried forward',
    incomeChart: 'Income by source',
    expenditureChart: 'Expenditure by type',
    appropriationTitle: 'Fiscal appropriation expenditure',
    appropriationTable: (unit) => `Fiscal appropriation expenditure (${unit})`,
    actual: (kind) => (kind === 'budget' ? 'Budget' : 'Actual'),
    budget: 'Initial budget',
    adjustedBudget: 'Adjusted budget',
    completionRate: 'Completion',
    appropriationTotal: 'Total fiscal appropriation expenditure',
    previousYear: 'Previous year',
    summaryTotal: (year, side, total) => `In ${year}, total ${side.toLowerCase()} was ${total}`,
    summarySubtotal: (year, total) => `In ${year}, expenditure of the year was ${total}`,
    summaryAll: (label) => `, all of it ${isolate(label.toLowerCase())}`,
    summaryLargest: (label, money, share) => `, of which ${isolate(label.toLowerCase())} ${money}, ${share}`,
    summaryRest: (count) => `; ${count} other line${count === 1 ? ' was' : 's were'} 0`,
    summaryNoTotal: (year, side) => `The ${year} total ${side.toLowerCase()} is not published`,
    summaryBlank: (count) => `; ${count} line${count === 1 ? ' has' : 's have'} no published amount`,
    summaryEnd: '.',
  },
};
