/**
 * Locales: one catalogue per language, and the number formatting that goes
 * with it. zh-CN is the default; en is complete. No DOM here: an element
 * resolves its language from the page (see core/element) and passes the tag in.
 */
import { groupDigits, type MoneyUnit } from '../money.js';
import { zhCN } from './zh-CN.js';
import { en } from './en.js';

export type Catalogue = typeof zhCN;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Text in every supported locale. */
export type LocalisedText = Record<Locale, string>;

const CATALOGUES: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

/**
 * Maps a BCP 47 tag (from a `lang` attribute, `LANG` or `--lang`) to a
 * supported locale: any English tag to en, anything else (zh, zh-Hans,
 * zh-CN, zh-TW, an unknown or empty tag) to the default zh-CN.
 */
export function normaliseLocale(tag: string | null | undefined): Locale {
  const lowered = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  return lowered === 'en' || lowered.startsWith('en-') ? 'en' : DEFAULT_LOCALE;
}

export function catalogueFor(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** Builds a text in every locale from one function of the catalogue. */
export function localise(build: (catalogue: Catalogue) => string): LocalisedText {
  return { 'zh-CN': build(zhCN), en: build(en) };
}

/** A published figure with thousands separators, digits untouched ("9337400" → "9,337,400"). */
export function formatAmount(amount: string): string {
  return groupDigits(amount);
}

/** An amount with its unit in words of the locale ("933.74万元", "933.74 (10k yuan)"). */
export function formatMoney(amount: string, unit: MoneyUnit, locale: Locale): string {
  const catalogue = catalogueFor(locale);
  return catalogue.money(formatAmount(amount), catalogue.units[unit]);
}

/** Percent points with the sign of the locale ("90.3%"). */
export function formatPercent(value: string, locale: Locale): string {
  return catalogueFor(locale).percent(value);
}

/** Joins items as a list in the locale ("甲、乙", "a, b"). */
export function formatList(items: readonly string[], locale: Locale): string {
  return items.join(catalogueFor(locale).listSeparator);
}
