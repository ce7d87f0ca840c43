/**
 * Registers <disclosure-report> and the section elements it composes (under
 * their own tags; a tag already taken by the same class is left alone). Import
 * this file for its side effect; import disclosure-report.ts for the class alone.
 */
// The classes, not the other define files: each element's own define chunk keeps its registration.
import { DepartmentProfileElement } from '../department-profile/department-profile.js';
import { AccountSummaryElement } from '../account-summary/account-summary.js';
import { IncomeBreakdownElement } from '../income-breakdown/income-breakdown.js';
import { ExpenditureBreakdownElement } from '../expenditure-breakdown/expenditure-breakdown.js';
import { AppropriationSummaryElement } from '../appropriation-summary/appropriation-summary.js';
import { FunctionalBreakdownElement } from '../functional-breakdown/functional-breakdown.js';
import { BasicExpenditureElement } from '../basic-expenditure/basic-expenditure.js';
import { ThreePublicExpensesElement } from '../three-public-expenses/three-public-expenses.js';
import { FundAppropriationElement } from '../fund-appropriation/fund-appropriation.js';
import { OtherMattersElement } from '../other-matters/other-matters.js';
import { DisclosureGlossaryElement } from '../disclosure-glossary/disclosure-glossary.js';
import { DisclosureReportElement } from './disclosure-report.js';

DepartmentProfileElement.define('department-profile');
AccountSummaryElement.define('account-summary');
IncomeBreakdownElement.define('income-breakdown');
ExpenditureBreakdownElement.define('expenditure-breakdown');
AppropriationSummaryElement.define('appropriation-summary');
FunctionalBreakdownElement.define('functional-breakdown');
BasicExpenditureElement.define('basic-expenditure');
ThreePublicExpensesElement.define('three-public-expenses');
FundAppropriationElement.define('fund-appropriation');
OtherMattersElement.define('other-matters');
DisclosureGlossaryElement.define('disclosure-glossary');
DisclosureReportElement.define('disclosure-report');

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report': DisclosureReportElement;
  }
}

export { DisclosureReportElement };
