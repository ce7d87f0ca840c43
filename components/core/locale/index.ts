/**
 * Locales: one catalogue per language, and the number formatting that goes
 * with it. zh-CN is the default; en is complete. No DOM here: an element
 * resolves its language from the page (see core/element) and passes the tag in.
 *
 * Each catalogue is split into parts (`CATALOGUE_PARTS`: ./zh-CN/*.ts and
 * ./en/*.ts, one file a part), so that a page downloads only the words it
 * shows: `core` (what the base element and the shared tables and charts
 * say), one part per element (its own words), `problems` (the validator's
 * messages, loaded only when a document is invalid) and `checks` (the
 * cross-checks' warnings, loaded with the checks after first paint). This
 * module imports none: an element loads the parts it needs in its language
 * (`loadCatalogue(locale, parts)`, dynamic imports) before it renders.
 * Registering parts merges them into one `Catalogue` object, read as before
 * (`catalogue.threePublic.total`); reading a part that is not loaded throws
 * an error naming it. The Node and validation entries (core/disclosure/index.ts,
 * validate.ts, the CLIs, the pre-renderer, the one-file bundle) import
 * `./all.js`, which registers every part of both, so there every text is
 * there synchronously as before.
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

/**
 * The parts of a catalogue and the keys each holds: a key is in exactly one
 * part (test/core/locale.test.ts checks every part file against this list).
 */
export const CATALOGUE_PARTS = {
  core: ['lang', 'listSeparator', 'sentenceEnd', 'colon', 'root', 'units', 'unitCaption', 'money', 'percent', 'kind', 'sections', 'columns', 'element', 'tables'],
  lines: ['lines'],
  problems: ['problems', 'typeNames'],
  checks: ['figures', 'warning', 'codeWarnings', 'statedWarnings', 'rowNames', 'cell'],
  accountSummary: ['accountSummary'],
  functionalBreakdown: ['functionalBreakdown'],
  incomeBreakdown: ['incomeBreakdown'],
  expenditureBreakdown: ['expenditureBreakdown'],
  fundAppropriation: ['fundAppropriation'],
  basicExpenditure: ['basicExpenditure'],
  appropriationSummary: ['appropriationSummary'],
  threePublic: ['threePublic'],
  profile: ['profile'],
  otherMatters: ['otherMatters'],
  glossaryElement: ['glossaryElement'],
  report: ['report'],
} as const satisfies Record<string, readonly (keyof Catalogue)[]>;

export type CataloguePartName = keyof typeof CATALOGUE_PARTS;
/** The words of one part: what ./en/<part>.ts must hold. */
export type CataloguePart<Name extends CataloguePartName> = Pick<Catalogue, (typeof CATALOGUE_PARTS)[Name][number]>;

/** The parts the cross-checks' warnings read (their messages name lines, and the columns of 功能分类 tables). */
export const CHECKS_PARTS: readonly CataloguePartName[] = ['checks', 'lines', 'functionalBreakdown'];
/** The parts the validator's problem messages read. */
export const PROBLEMS_PARTS: readonly CataloguePartName[] = ['problems'];
const PART_NAMES = Object.keys(CATALOGUE_PARTS) as CataloguePartName[];

/** The merged words of each locale: the parts registered so far (a key of a part not loaded throws, saying which). */
const CATALOGUES: Partial<Record<Locale, Catalogue>> = {};
const LOADED: Record<Locale, Set<CataloguePartName>> = { 'zh-CN': new Set(), en: new Set() };
const LOADING: Record<Locale, Partial<Record<CataloguePartName, Promise<void>>>> = { 'zh-CN': {}, en: {} };

type PartModule = () => Promise<{ part: Partial<Catalogue> }>;
/**
 * The chunk of each part in each language (dynamic imports: the autoloader's build splits each into its own file).
 * None in the one-file bundle (its build defines __DISCLOSURE_ONE_FILE__, folded here where it is read, so that the
 * imports are dropped before bundling), which registers every part itself (./all.js).
 */
const PART_MODULES: Record<CataloguePartName, Record<Locale, PartModule>> | undefined = (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__
  ? undefined
  : {
      core: { 'zh-CN': () => import('./zh-CN/core.js'), en: () => import('./en/core.js') },
      lines: { 'zh-CN': () => import('./zh-CN/lines.js'), en: () => import('./en/lines.js') },
      problems: { 'zh-CN': () => import('./zh-CN/problems.js'), en: () => import('./en/problems.js') },
      checks: { 'zh-CN': () => import('./zh-CN/checks.js'), en: () => import('./en/checks.js') },
      accountSummary: { 'zh-CN': () => import('./zh-CN/account-summary.js'), en: () => import('./en/account-summary.js') },
      functionalBreakdown: { 'zh-CN': () => import('./zh-CN/functional-breakdown.js'), en: () => import('./en/functional-breakdown.js') },
      incomeBreakdown: { 'zh-CN': () => import('./zh-CN/income-breakdown.js'), en: () => import('./en/income-breakdown.js') },
      expenditureBreakdown: { 'zh-CN': () => import('./zh-CN/expenditure-breakdown.js'), en: () => import('./en/expenditure-breakdown.js') },
      fundAppropriation: { 'zh-CN': () => import('./zh-CN/fund-appropriation.js'), en: () => import('./en/fund-appropriation.js') },
      basicExpenditure: { 'zh-CN': () => import('./zh-CN/basic-expenditure.js'), en: () => import('./en/basic-expenditure.js') },
      appropriationSummary: { 'zh-CN': () => import('./zh-CN/appropriation-summary.js'), en: () => import('./en/appropriation-summary.js') },
      threePublic: { 'zh-CN': () => import('./zh-CN/three-public.js'), en: () => import('./en/three-public.js') },
      profile: { 'zh-CN': () => import('./zh-CN/profile.js'), en: () => import('./en/profile.js') },
      otherMatters: { 'zh-CN': () => import('./zh-CN/other-matters.js'), en: () => import('./en/other-matters.js') },
      glossaryElement: { 'zh-CN': () => import('./zh-CN/glossary-element.js'), en: () => import('./en/glossary-element.js') },
      report: { 'zh-CN': () => import('./zh-CN/report.js'), en: () => import('./en/report.js') },
    };

/** The merged catalogue of `locale`, created with a throwing placeholder for every key (not enumerable) until its part is registered. */
function merged(locale: Locale): Catalogue {
  let catalogue = CATALOGUES[locale];
  if (!catalogue) {
    catalogue = {} as Catalogue;
    for (const name of PART_NAMES) {
      for (const key of CATALOGUE_PARTS[name]) {
        Object.defineProperty(catalogue, key, {
          configurable: true,
          get() {
            throw new Error(`disclosure-elements: the ${locale} catalogue's part "${name}" (${key}) is not loaded; await loadCatalogue('${locale}', ['${name}']) first.`);
          },
        });
      }
    }
    CATALOGUES[locale] = catalogue;
  }
  return catalogue;
}

/**
 * Makes words available synchronously: a whole catalogue (core/locale/all.ts
 * registers both) or one or more of its parts, merged into what is there.
 */
export function registerCatalogue(locale: Locale, words: Partial<Catalogue>): void {
  const catalogue = merged(locale);
  for (const [key, value] of Object.entries(words)) {
    Object.defineProperty(catalogue, key, { configurable: true, enumerable: true, writable: true, value });
  }
  for (const name of PART_NAMES) {
    if (CATALOGUE_PARTS[name].every((key) => Object.getOwnPropertyDescriptor(catalogue, key)?.get === undefined)) LOADED[locale].add(name);
  }
}

/** Whether `catalogueFor(locale)` can answer now with the core words and those of `parts`. */
export function hasCatalogue(locale: Locale, parts: readonly CataloguePartName[] = []): boolean {
  const loaded = LOADED[locale];
  return loaded.has('core') && parts.every((name) => loaded.has(name));
}

/** Loads (once) and registers one part of `locale`. */
function loadPart(locale: Locale, name: CataloguePartName): Promise<void> {
  if (LOADED[locale].has(name)) return Promise.resolve();
  let loading = LOADING[locale][name];
  if (!loading) {
    const load: PartModule = PART_MODULES ? PART_MODULES[name][locale] : () => Promise.reject(new Error(`${locale} ${name}`));
    loading = load().then(
      (module) => registerCatalogue(locale, module.part),
      (error: unknown) => {
        // A failed download may be retried by the next caller.
        delete LOADING[locale][name];
        throw error;
      },
    );
    LOADING[locale][name] = loading;
  }
  return loading;
}

/**
 * Loads (once each) and registers the core words of `locale` and those of
 * `parts` (default: every part, the whole catalogue); resolves with the
 * catalogue.
 */
export function loadCatalogue(locale: Locale, parts: readonly CataloguePartName[] = PART_NAMES): Promise<Catalogue> {
  return Promise.all(['core' as const, ...parts].map((name) => loadPart(locale, name))).then(() => merged(locale));
}

/** A locale whose core words and `parts` are loaded, the preferred (default: zh-CN) first: the language of texts that must be written now (an Error's message). */
export function loadedLocale(preferred: Locale = DEFAULT_LOCALE, parts: readonly CataloguePartName[] = []): Locale | undefined {
  if (hasCatalogue(preferred, parts)) return preferred;
  return LOCALES.find((locale) => hasCatalogue(locale, parts));
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

/**
 * The catalogue of `locale`; throws when its core words are not loaded (await
 * `loadCatalogue(locale, parts)` first). A key of a part not loaded throws
 * when read, naming the part.
 */
export function catalogueFor(locale: Locale): Catalogue {
  if (!LOADED[locale].has('core')) throw new Error(`disclosure-elements: the ${locale} catalogue is not loaded; await loadCatalogue('${locale}') first.`);
  return merged(locale);
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
