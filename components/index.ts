/**
 * The bundle's entry (dist/disclosure-elements.js): registers every element,
 * upgrades the CMS-safe embed divs, and exports the public API for code that
 * imports the bundle.
 */
// Hydration support first: it must be in place before Lit's element class is defined.
import './hydrate.js';
import './account-summary/define.js';
import './functional-breakdown/define.js';
import './three-public-expenses/define.js';
import './income-breakdown/define.js';
import './expenditure-breakdown/define.js';
import './fund-appropriation/define.js';
import './basic-expenditure/define.js';
import './appropriation-summary/define.js';
import './department-profile/define.js';
import './other-matters/define.js';
import './disclosure-glossary/define.js';
import './disclosure-report/define.js';
import { observeEmbeds } from './embed.js';
import { crossCheck } from './core/disclosure/checks.js';
import { provideCrossChecks } from './core/element/disclosure-element.js';

// One file holds the checks and both catalogues (exported below): the elements take them from here, and still check after first paint.
provideCrossChecks(crossCheck);
observeEmbeds();

export * from './core/disclosure/index.js';
export { convertAmount, percentOf, changeBetween, groupDigits, type MoneyUnit } from './core/money.js';
export { normaliseLocale, formatMoney, formatPercent, type Locale, type LocalisedText } from './core/locale/index.js';
export { DisclosureElement, type DisclosureLoadDetail, type DisclosureErrorDetail, type DisclosureView, type DisclosureState } from './core/element/disclosure-element.js';
export { DisclosureLoadError, clearDisclosureCache, type LoadFailure } from './core/element/source.js';
export { AccountSummaryElement } from './account-summary/account-summary.js';
export { FunctionalBreakdownElement, type Fund } from './functional-breakdown/functional-breakdown.js';
export { ThreePublicExpensesElement } from './three-public-expenses/three-public-expenses.js';
export { IncomeBreakdownElement } from './income-breakdown/income-breakdown.js';
export { ExpenditureBreakdownElement } from './expenditure-breakdown/expenditure-breakdown.js';
export { FundAppropriationElement } from './fund-appropriation/fund-appropriation.js';
export { BasicExpenditureElement } from './basic-expenditure/basic-expenditure.js';
export { AppropriationSummaryElement } from './appropriation-summary/appropriation-summary.js';
export { DepartmentProfileElement } from './department-profile/department-profile.js';
export { OtherMattersElement } from './other-matters/other-matters.js';
export { DisclosureGlossaryElement } from './disclosure-glossary/disclosure-glossary.js';
export { DisclosureReportElement } from './disclosure-report/disclosure-report.js';
export { upgradeEmbeds, observeEmbeds, EMBEDDABLE_TAGS } from './embed.js';
