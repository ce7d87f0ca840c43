/** The en catalogue's part `core` (the same keys as zh-CN's): Words the base element and the shared tables and charts show: units, kinds, section and column names, states, errors. Loaded before any element renders. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'core'> = {
  lang: 'en',

  listSeparator: ', ',

  sentenceEnd: '.',

  colon: ': ',

  root: '(root)',

  units: { 元: 'yuan', 万元: '10k yuan', 亿元: '100m yuan' },

  unitCaption: (unit) => `Unit: ${unit}`,

  money: (amount, unit) => `${amount} (${unit})`,

  percent: (value) => `${value}%`,

  kind: { 'final-accounts': 'final accounts', budget: 'budget' },

  sections: {
    accountSummary: 'Income and expenditure overview',
    fiscalAppropriation: 'Fiscal appropriation expenditure',
    functionalBreakdown: 'General public budget appropriation expenditure by function',
    governmentFundExpenditure: 'Government fund budget appropriation expenditure',
    stateCapitalExpenditure: 'State capital operating budget appropriation expenditure',
    threePublicExpenses: "'Three public' expenses",
    basicExpenditure: 'Basic expenditure from general public budget appropriations',
    otherMatters: 'Other important matters',
    glossary: 'Glossary',
    incomeTable: 'Income by function',
    expenditureTable: 'Expenditure by function',
    appropriationTable: 'Fiscal appropriation income and expenditure',
    basicExpenditureTable: 'Basic expenditure by economic class (general public budget)',
    governmentFundTable: 'Government fund appropriation income and expenditure',
    stateCapitalTable: 'State capital operation appropriation income and expenditure',
  },
  budgetSections: {
    accountSummary: 'Income and expenditure budget overview',
    fiscalAppropriation: 'Fiscal appropriation expenditure budget',
    incomeTable: 'Income budget',
    expenditureTable: 'Expenditure budget',
    appropriationTable: 'Fiscal appropriation income and expenditure budget',
    basicExpenditureTable: 'Basic expenditure budget by economic class (general public budget)',
    governmentFundTable: 'Government fund budget expenditure by function',
    stateCapitalTable: 'State capital operating budget expenditure by function',
  },

  columns: {
    amount: 'total',
    fiscalAppropriation: 'fiscal appropriations',
    superiorSubsidy: 'subsidies from higher authorities',
    institutionIncome: 'public institution revenue',
    operatingIncome: 'business operation revenue',
    affiliateRemittance: 'remittances from affiliated units',
    otherIncome: 'other income',
    basic: 'basic expenditure',
    project: 'project expenditure',
    remittanceToSuperior: 'remittances to higher authorities',
    operating: 'business operation expenditure',
    affiliateSubsidy: 'subsidies to affiliated units',
    generalPublicBudget: 'general public budget appropriations',
    governmentFund: 'government fund appropriations',
    stateCapital: 'state capital operating appropriations',
    openingBalance: 'opening balance',
    income: 'income of the year',
    expenditure: 'expenditure of the year',
    closingBalance: 'closing balance',
    personnel: 'personnel expenses',
    publicUse: 'public-use expenses',
  },

  element: {
    year: (year) => `${year}`,
    title: (year, department, section) => `${isolate(department)}: ${section}, ${year}`,
    loading: 'Loading the data…',
    errorTitle: 'This data cannot be shown',
    errorCitizen: 'This part of the published accounts cannot be shown at the moment. Please try again later, or contact the publishing department.',
    sectionAbsentCitizen: 'These published accounts do not include this part.',
    noDataTitle: 'No data yet',
    noDataCitizen: 'No published accounts have been given to show here yet.',
    technicalDetails: 'Technical details (for the site editor)',
    moreProblems: (count) => `${count} more problem${count === 1 ? '' : 's'} not listed.`,
    warningsSummary: (count) => `Data check: ${count} note${count === 1 ? '' : 's'}`,
    warningsIntro: 'The published figures disagree as follows. The page shows the published figures unchanged.',
    rounding: 'rounding difference',
    mismatch: 'mismatch',
    notice: 'Note',
    zeroRows: (count) => `${count} more line${count === 1 ? '' : 's'} with an amount of 0, collapsed`,
    downloadCsv: 'Download CSV',
    downloadCsvFor: (caption) => `Download CSV: ${isolate(caption)}`,
    downloadJson: 'Download data (JSON)',
    csvCode: 'Code',
    amountWithUnit: (label, unit) => `${label} (${unit})`,
    ofWhich: 'of which: ',
    computed: 'computed',
    computedDescription: 'computed from the published figures, not itself published',
    notPublished: 'not published (left blank in the table)',
    derived: 'not published; the sum of the items below',
    item: 'Item',
    amount: (unit) => `Amount (${unit})`,
    share: 'Share',
    total: 'Total',
    chartMarks: (chart) => `${chart}: data points, browse with the arrow keys`,
    markValue: (label, money, share) => `${isolate(label)}: ${money}, ${share}`,
    current: 'Selected: ',
    noChartData: 'There is no non-zero data to draw.',
    change: (p) =>
      p.direction === 'unchanged'
        ? `${p.subject} was unchanged from ${p.previousYear}`
        : `${p.subject} ${p.direction === 'increase' ? 'rose' : 'fell'} by ${p.money} from ${p.previousYear}` +
          (p.percent ? ` (${p.direction === 'increase' ? '+' : '−'}${p.percent})` : ''),
    completionBar: (rate) => `${rate} of budget`,
    loaded: (title) => `Loaded: ${isolate(title)}`,
    notApplicable: 'not applicable',
    chartType: { composition: '100% stacked bar chart', bars: 'bar chart', groupedBars: 'grouped bar chart' },
    chartDescription: (p) =>
      `${p.type}: ${isolate(p.title)}. ${p.marks} data points${p.series > 1 ? ` in ${p.series} series` : ''}${p.range ? `, values from ${p.range}` : ''}.`,
    chartRange: (low, high) => `${low} to ${high}`,
    chartKeys: (series) =>
      series
        ? 'Left and right arrows move between the points of a series, up and down arrows between series, Enter goes to the row in the table.'
        : 'Arrow keys move between the points, Enter goes to the row in the table.',
    skipToTable: 'Skip to data table',
    checkMark: 'data check',
    checkDescription: 'the data check found a difference, see the data-check note',
    checkPlace: (table, row) => `${isolate(table)}, row “${isolate(row)}”`,
    otherParts: (count) => `${count} others`,
  },

  tables: {
    blank: 'left blank in the published table',
    name: 'Class',
    total: 'Total',
  },
};
