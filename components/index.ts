/**
 * The bundle's entry (dist/disclosure-elements.js): registers every element
 * and exports the public API for code that imports the bundle.
 */
export * from './core/disclosure/index.js';
export { convertAmount, percentOf, changeBetween, groupDigits, type MoneyUnit } from './core/money.js';
export { normaliseLocale, formatMoney, formatPercent, type Locale, type LocalisedText } from './core/locale/index.js';
