/** The en catalogue's part `checks` (the same keys as zh-CN's): The cross-checks' warnings and the figures and rows they name: loaded with the checks' chunk, after first paint. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'checks'> = {
  figures: {
    incomeTotal: 'Total income',
    expenditureTotal: 'Total expenditure',
    yearEndBalance: 'Year-end balance',
    currentYearIncome: 'Income of the year',
    currentYearExpenditure: 'Expenditure of the year',
    incomeLines: 'the sum of the income lines',
    expenditureLines: 'the sum of the expenditure lines',
    expenditurePlusBalance: 'total expenditure plus the year-end balance',
    children: 'the sum of the items below it',
    basicPlusProject: 'basic plus project expenditure',
    functionalTotal: 'General public budget appropriation expenditure',
    functionalItems: 'the sum of the function classes',
    fundTotals: 'the sum of general public budget, government fund and state capital appropriation expenditure',
    fiscalAppropriationTotal: 'Total fiscal appropriation expenditure',
    fundItems: 'the sum of the items',
    threePublicTotal: 'Total "three public" expenses',
    threePublicParts: 'outbound travel plus official reception plus official vehicles',
    vehicles: 'Official vehicle purchase and operation',
    vehicleParts: 'purchase plus operation',
    basicExpenditureTotal: 'Total basic expenditure',
    personnelPlusPublicUse: 'personnel plus public-use expenses',
    expenditureParts: 'personnel, public-use and project expenditure added up',
    personnelOfLines: 'the expenditure lines\' personnel expenses added up',
    publicUseOfLines: 'the expenditure lines\' public-use expenses added up',
    projectOfLines: 'the expenditure lines\' project expenditure added up',
    procurementTotal: 'Total government procurement',
    procurementParts: 'goods plus works plus services',
    vehicleCount: 'Number of vehicles',
    vehicleCategories: 'the sum of the vehicle categories',
    completionRate: 'The published completion rate',
    completionComputed: 'actual against budget',
    change: 'The published change',
    changeComputed: 'this year minus the previous year',
    changePercent: 'The published percent change',
    changePercentComputed: 'the change against the previous year',
    expenditureGrandTotal: 'Total expenditure (grand total)',
    incomeTotalFigure: 'Total income',
    expenditureLinesPlusBalance: 'the expenditure lines plus the year-end balance',
    currentYearExpenditurePlusBalances: 'expenditure of the year plus surplus distribution plus the year-end balance',
    rows: 'the sum of the rows',
    incomeSources: 'the sum of the income sources',
    expenditureKinds: 'the sum of basic, project and the other expenditure columns',
    funds: 'general public budget plus government fund plus state capital appropriations',
    currentYearPlusBalance: 'the year\'s figure plus the year-end balance',
    incomePlusOpening: 'income of the year plus the opening balance',
    openingIncomeExpenditure: 'opening balance plus income minus expenditure',
    personnelClasses: 'wages and benefits plus subsidies to individuals and households',
    publicUseClasses: 'the other economic classes (goods and services, capital …)',
    economicRows: 'the sum of the economic classes',
    gradeCounts: 'the sum of the projects by grade',
    statedFigure: 'The figure in the explanation',
    tableFigure: 'the figure in the table',
    statedShare: 'The share in the explanation',
    shareComputed: 'the ratio of the two figures',
    statedChange: 'The change in the explanation',
    statedChangeComputed: 'this year minus the previous year',
    statedChangePercent: 'The percent change in the explanation',
    statedCompletion: 'The completion rate in the explanation',
  },

  warning: (p) =>
    `${p.publishedLabel} is ${p.published} but ${p.computedLabel} is ${p.computed}, a difference of ${p.difference}` +
    (p.withinRounding
      ? `, within rounding (±${p.tolerance}).`
      : p.tolerance === '0'
        ? ': the figures do not agree.'
        : `, beyond rounding (±${p.tolerance}): the figures do not agree.`),

  codeWarnings: {
    'code-prefix': (p) => `Code ${p.code} does not start with its parent's code ${p.parent}`,
    'duplicate-code': (p) => `Code ${p.code} appears more than once at this level`,
  },

  statedWarnings: {
    directions: { higher: 'an increase (above)', lower: 'a decrease (below)', same: 'no change' },
    direction: (p) => `The explanation states ${p.stated}, but the figures are ${p.current} against ${p.base}, which is ${p.actual}.`,
    reason: () => 'The explanation states a change or a difference from the budget but gives no reason.',
    ref: (p) => `The explanation points at ${p.ref}, where the data has no figure, so it cannot be checked.`,
  },

  rowNames: {
    total: 'Total',
    currentYearIncome: 'Income of the year',
    currentYearExpenditure: 'Expenditure of the year',
    openingBalance: 'Opening appropriation balance',
    closingBalance: 'Closing appropriation balance',
    grandTotal: 'Grand total',
  },

  cell: (table, row, column) => `${table}, row "${row}", ${column}`,
};
