/** The en catalogue's part `lines` (the same keys as zh-CN's): Labels of the standard lines of 收入支出决算总表: loaded by <account-summary> and with the cross-checks. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'lines'> = {
  lines: {
    fiscalAppropriation: 'Fiscal appropriations',
    generalPublicBudget: 'General public budget appropriations',
    governmentFund: 'Government fund budget appropriations',
    stateCapital: 'State capital operating budget appropriations',
    superiorSubsidy: 'Subsidies from higher authorities',
    institutionIncome: 'Public institution revenue',
    operatingIncome: 'Business operation revenue',
    affiliateRemittance: 'Remittances from affiliated units',
    otherIncome: 'Other income',
    reserveFundUse: 'Institution reserve fund used to cover the shortfall',
    nonFiscalBalanceUse: 'Non-appropriation balances used',
    priorYearBalance: 'Balances carried over from the previous year',
    basic: 'Basic expenditure',
    personnel: 'Wages and benefits',
    goodsAndServices: 'Goods and services',
    householdSubsidies: 'Subsidies to individuals and households',
    capital: 'Capital expenditure',
    project: 'Project expenditure',
    remittanceToSuperior: 'Remittances to higher authorities',
    operating: 'Business operation expenditure',
    affiliateSubsidy: 'Subsidies to affiliated units',
    surplusDistribution: 'Surplus distribution',
  },
};
