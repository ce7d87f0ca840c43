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
export { upgradeEmbeds, observeEmbeds, EMBEDDABLE_TAGS } from './embed.js';
