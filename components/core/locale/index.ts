/**
 * Locales: one catalogue per language, and the number formatting that goes
 * with it. zh-CN is the default; en is complete. No DOM here: an element
 * resolves its language from the page (see core/element) and passes the tag in.
 *
 * The catalogues load on demand: this module imports neither. The elements
 * load the catalogue of their language (`loadCatalogue`, a dynamic import, so a
 * page in one language never downloads the other) before they render; the
 * Node and validation entries (core/disclosure/index.ts, validate.ts, the CLIs,
 * the pre-renderer) import `./all.js`, which registers both at once, so there
 * every text is there synchronously as before.
 */
import { groupDigits, type MoneyUnit } from '../money.js';
import type { zhCN } from './zh-CN.js';

export type Catalogue = typeof zhCN;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Text in every supported locale. Built by `localise`, each language's text is
 * worked out when it is first read (a getter), from that language's catalogue:
 * a message is never formatted in a language nobody shows, and reading a
 * language whose catalogue is not loaded throws an error saying so (in Node
 * and through the validation entry both are always loaded).
 */
export type LocalisedText = Readonly<Record<Locale, string>>;

const CATALOGUES: Partial<Record<Locale, Catalogue>> = {};
const LOADING: Partial<Record<Locale, Promise<Catalogue>>> = {};
/** The chunk of each catalogue (a dynamic import: the autoloader's build splits each into its own file). */
/** True in the one-file bundle (its build defines it), which registers both catalogues itself (./all.js) and has no chunks. */
const ONE_FILE = (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__;
const CATALOGUE_MODULES: Record<Locale, () => Promise<Catalogue>> = ONE_FILE
  ? { 'zh-CN': () => Promise.reject(new Error('zh-CN')), en: () => Promise.reject(new Error('en')) }
  : {
      'zh-CN': () => import('./zh-CN.js').then((module) => module.zhCN),
      en: () => import('./en.js').then((module) => module.en),
    };

/** Makes a catalogue available synchronously (core/locale/all.ts registers both). */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  CATALOGUES[locale] = catalogue;
}

/** Whether `catalogueFor(locale)` can answer now. */
export function hasCatalogue(locale: Locale): boolean {
  return CATALOGUES[locale] !== undefined;
}

/** Loads (once) and registers the catalogue of `locale`; resolves with it. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const loaded = CATALOGUES[locale];
  if (loaded) return Promise.resolve(loaded);
  let loading = LOADING[locale];
  if (!loading) {
    loading = CATALOGUE_MODULES[locale]().then(
      (catalogue) => {
        registerCatalogue(locale, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        // A failed download may be retried by the next caller.
        delete LOADING[locale];
        throw error;
      },
    );
    LOADING[locale] = loading;
  }
  return loading;
}

/** A loaded locale, the default first: the language of texts that must be written now (an Error's message). */
export function loadedLocale(preferred: Locale = DEFAULT_LOCALE): Locale | undefined {
  if (CATALOGUES[preferred]) return preferred;
  return LOCALES.find((locale) => CATALOGUES[locale] !== undefined);
}

/**
 * Maps a BCP 47 tag (from a `lang` attribute, `LANG` or `--lang`) to a
 * supported locale: any English tag to en, anything else (zh, zh-Hans,
 * zh-CN, zh-TW, an unknown or empty tag) to the default zh-CN.
 */
export function normaliseLocale(tag: string | null | undefined): Locale {
  const lowered = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  return lowered === 'en' || lowered.startsWith('en-') ? 'en' : DEFAULT_LOCALE;
}

/** The catalogue of `locale`; throws when it is not loaded (await `loadCatalogue(locale)` first). */
export function catalogueFor(locale: Locale): Catalogue {
  const catalogue = CATALOGUES[locale];
  if (!catalogue) throw new Error(`disclosure-elements: the ${locale} catalogue is not loaded; await loadCatalogue('${locale}') first.`);
  return catalogue;
}

/**
 * Builds a text in every locale from one function of the catalogue, lazily:
 * each language's text is built the first time it is read, then kept. The
 * properties are enumerable getters, so `message.en`, spreading and
 * JSON.stringify work as on a plain object.
 */
export function localise(build: (catalogue: Catalogue) => string): LocalisedText {
  const texts: Partial<Record<Locale, string>> = {};
  const text = (locale: Locale) => (texts[locale] ??= build(catalogueFor(locale)));
  return {
    get 'zh-CN'() {
      return text('zh-CN');
    },
    get en() {
      return text('en');
    },
  };
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
