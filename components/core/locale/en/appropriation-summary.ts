/** The en catalogue's part `appropriationSummary` (the same keys as zh-CN's): <appropriation-summary>. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'appropriationSummary'> = {
  appropriationSummary: {
    section: { 'final-accounts': 'fiscal appropriation income and expenditure', budget: 'fiscal appropriation budget' },
    income: 'Fiscal appropriation income',
    expenditure: 'Fiscal appropriation expenditure',
    incomeTable: (unit) => `Fiscal appropriation income (${unit})`,
    expenditureTable: (unit) => `Fiscal appropriation expenditure (${unit})`,
    item: 'Item',
    numbered: (index, label) => `${index + 1}. ${label}`,
    actual: { 'final-accounts': 'Final accounts', budget: 'Budget' },
    funds: {
      'final-accounts': { generalPublicBudget: 'General public budget', governmentFund: 'Government fund budget', stateCapital: 'State capital operating budget' },
      budget: { generalPublicBudget: 'General public budget', governmentFund: 'Government fund budget', stateCapital: 'State capital operating budget' },
    },
    currentYearIncome: 'Income of the year',
    currentYearExpenditure: 'Expenditure of the year',
    openingBalance: 'Balance brought forward',
    closingBalance: 'Balance carried forward',
    incomeTotal: { 'final-accounts': 'Grand total', budget: 'Total income' },
    expenditureTotal: { 'final-accounts': 'Grand total', budget: 'Total expenditure' },
  },
};
