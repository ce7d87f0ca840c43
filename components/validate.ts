/**
 * `disclosure-elements/validate` (dist/lib/validate.js): the contract without
 * the elements, for pipelines, form editors and servers. parseDisclosure, the
 * cross-checks, the exact-money helpers and the types; it registers no element
 * and imports neither Lit nor the DOM (test/node/validate-entry.test.ts).
 */
export * from './core/disclosure/index.js';
export { convertAmount, percentOf, changeBetween, groupDigits, type MoneyUnit } from './core/money.js';
export { normaliseLocale, formatMoney, formatPercent, type Locale, type LocalisedText } from './core/locale/index.js';
