/** The elements `renderToString` and `disclosure-render` can pre-render, by tag. */
import { AccountSummaryElement } from '../account-summary/account-summary.js';
import { FunctionalBreakdownElement } from '../functional-breakdown/functional-breakdown.js';
import { ThreePublicExpensesElement } from '../three-public-expenses/three-public-expenses.js';
import { IncomeBreakdownElement } from '../income-breakdown/income-breakdown.js';
import { ExpenditureBreakdownElement } from '../expenditure-breakdown/expenditure-breakdown.js';
import { FundAppropriationElement } from '../fund-appropriation/fund-appropriation.js';
import { BasicExpenditureElement } from '../basic-expenditure/basic-expenditure.js';
import { AppropriationSummaryElement } from '../appropriation-summary/appropriation-summary.js';
import { DepartmentProfileElement } from '../department-profile/department-profile.js';
import { OtherMattersElement } from '../other-matters/other-matters.js';
import { DisclosureGlossaryElement } from '../disclosure-glossary/disclosure-glossary.js';
import { DisclosureReportElement } from '../disclosure-report/disclosure-report.js';

export const RENDERABLE_ELEMENTS = {
  'account-summary': AccountSummaryElement,
  'functional-breakdown': FunctionalBreakdownElement,
  'three-public-expenses': ThreePublicExpensesElement,
  'income-breakdown': IncomeBreakdownElement,
  'expenditure-breakdown': ExpenditureBreakdownElement,
  'fund-appropriation': FundAppropriationElement,
  'basic-expenditure': BasicExpenditureElement,
  'appropriation-summary': AppropriationSummaryElement,
  'department-profile': DepartmentProfileElement,
  'other-matters': OtherMattersElement,
  'disclosure-glossary': DisclosureGlossaryElement,
  'disclosure-report': DisclosureReportElement,
} as const satisfies Record<string, CustomElementConstructor>;

export type RenderableTag = keyof typeof RENDERABLE_ELEMENTS;
