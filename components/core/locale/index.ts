/**
 * Locales: one catalogue per language, and the number formatting that goes
 * with it. zh-CN is the default; en is complete. No DOM here: an element
 * resolves its language from the page (see core/element) and passes the tag in.
 *
 * Each catalogue is split into parts (./zh-CN/<part>.ts and ./en/<part>.ts,
 * one file a part and language), so that a page downloads only the words it
 * shows: `core` (what the base element and the shared tables and charts
 * say, loaded before any element renders), one part per element (its own
 * words, loaded with it: the element declares its part's loader in
 * `catalogueParts`), `problems` (why a disclosure could not be shown and the
 * validator's messages, loaded only when an element shows an error) and
 * `checks` (the cross-checks' warnings, loaded with the checks after first
 * paint). This module imports none: an element loads the parts it needs in
 * its language (`loadCatalogue(locale, parts)`, dynamic imports) before it
 * renders. Registering parts merges them into one `Catalogue` object per
 * language, read as before (`catalogue.threePublic.total`); a part not loaded
 * is absent (undefined). The Node and validation entries
 * (core/disclosure/index.ts, validate.ts, the CLIs, the pre-renderer, the
 * one-file bundle) import `./all.js`, which registers both catalogues whole,
 * so there every text is there synchronously as before.
 */
import { groupDigits, type MoneyUnit } from '../money.js';
import type { zhCN } from './zh-CN.js';
import type { part as coreWords } from './zh-CN/core.js';
import type { part as linesWords } from './zh-CN/lines.js';
import type { part as problemsWords } from './zh-CN/problems.js';
import type { part as checksWords } from './zh-CN/checks.js';
import type { part as accountSummaryWords } from './zh-CN/account-summary.js';
import type { part as functionalBreakdownWords } from './zh-CN/functional-breakdown.js';
import type { part as incomeBreakdownWords } from './zh-CN/income-breakdown.js';
import type { part as expenditureBreakdownWords } from './zh-CN/expenditure-breakdown.js';
import type { part as fundAppropriationWords } from './zh-CN/fund-appropriation.js';
import type { part as basicExpenditureWords } from './zh-CN/basic-expenditure.js';
import type { part as appropriationSummaryWords } from './zh-CN/appropriation-summary.js';
import type { part as threePublicWords } from './zh-CN/three-public.js';
import type { part as profileWords } from './zh-CN/profile.js';
import type { part as otherMattersWords } from './zh-CN/other-matters.js';
import type { part as glossaryElementWords } from './zh-CN/glossary-element.js';
import type { part as reportWords } from './zh-CN/report.js';

export type Catalogue = typeof zhCN;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The one sentence an element shows without its catalogue: when no language's words could be downloaded (a CDN
 * failure). Both languages, since which one the reader wanted cannot be known without the words.
 */
export const WORDS_UNAVAILABLE: Readonly<Record<Locale, string>> = {
  'zh-CN': '无法加载此部分的文字，请刷新页面重试。',
  en: 'The words of this part could not be loaded: reload the page.',
};

/**
 * Text in every supported locale. Built by `localise`, each language's text is
 * worked out when it is first read (a getter), from that language's catalogue:
 * a message is never formatted in a language nobody shows, and reading a
 * language whose words are not loaded throws (in Node and through the
 * validation entry both are always loaded).
 */
export type LocalisedText = Readonly<Record<Locale, string>>;

/**
 * The parts of a catalogue: each is one file a language (./zh-CN/<part>.ts,
 * ./en/<part>.ts), and its zh-CN file says which words it holds (a key is in
 * exactly one part: test/node/locale-parts.test.ts).
 */
interface CatalogueParts {
  core: typeof coreWords;
  lines: typeof linesWords;
  problems: typeof problemsWords;
  checks: typeof checksWords;
  accountSummary: typeof accountSummaryWords;
  functionalBreakdown: typeof functionalBreakdownWords;
  incomeBreakdown: typeof incomeBreakdownWords;
  expenditureBreakdown: typeof expenditureBreakdownWords;
  fundAppropriation: typeof fundAppropriationWords;
  basicExpenditure: typeof basicExpenditureWords;
  appropriationSummary: typeof appropriationSummaryWords;
  threePublic: typeof threePublicWords;
  profile: typeof profileWords;
  otherMatters: typeof otherMattersWords;
  glossaryElement: typeof glossaryElementWords;
  report: typeof reportWords;
}
export type CataloguePartName = keyof CatalogueParts;
/** The words of one part: what ./en/<part>.ts must hold. */
export type CataloguePart<Name extends CataloguePartName> = CatalogueParts[Name];

type PartModule = () => Promise<{ part: Partial<Catalogue> }>;
/**
 * How to load one part in each language: dynamic imports, which the
 * autoloader's build splits into one chunk a part and language. Who needs a
 * part declares its loader: the core's own parts are below, an element's own
 * words are declared by the element (`catalogueParts`), so the import of them
 * is in the element's chunk. The one-file bundle (its build defines
 * `__DISCLOSURE_ONE_FILE__`, folded where it is read so that the imports go)
 * has no chunks and no loaders: it registers every part itself (./all.js).
 */
export interface CatalogueLoader {
  readonly name: CataloguePartName;
  readonly load: Readonly<Record<Locale, PartModule>> | undefined;
}

/**
 * True in the one-file bundle only (its build defines it; esbuild folds the
 * expression where it is written, so it is written out in each file that reads
 * it, never through a variable or a global declaration in the shipped types).
 */
type OneFileFlag = { __DISCLOSURE_ONE_FILE__?: boolean };

/** The loaders of the parts the core itself loads; none in the one-file bundle. */
const CORE_LOADS = (globalThis as OneFileFlag).__DISCLOSURE_ONE_FILE__
  ? undefined
  : {
      core: { 'zh-CN': () => import('./zh-CN/core.js'), en: () => import('./en/core.js') },
      lines: { 'zh-CN': () => import('./zh-CN/lines.js'), en: () => import('./en/lines.js') },
      functionalBreakdown: { 'zh-CN': () => import('./zh-CN/functional-breakdown.js'), en: () => import('./en/functional-breakdown.js') },
      problems: { 'zh-CN': () => import('./zh-CN/problems.js'), en: () => import('./en/problems.js') },
      checks: { 'zh-CN': () => import('./zh-CN/checks.js'), en: () => import('./en/checks.js') },
    };
/** The core words every element reads (units, kinds, section and column names, states, errors). */
export const CORE_WORDS: CatalogueLoader = { name: 'core', load: CORE_LOADS?.core };
/** The lines of 收入支出决算总表 (<account-summary>, the cross-checks). */
export const LINES_WORDS: CatalogueLoader = { name: 'lines', load: CORE_LOADS?.lines };
/** <functional-breakdown>'s words, which every hierarchy element (expand, collapse) and the cross-checks (its columns) read too. */
export const FUNCTIONAL_BREAKDOWN_WORDS: CatalogueLoader = { name: 'functionalBreakdown', load: CORE_LOADS?.functionalBreakdown };
/** The parts an error reads (why the disclosure could not be shown, the validator's messages): loaded only when an element shows one. */
export const PROBLEMS_PARTS: readonly CatalogueLoader[] = [{ name: 'problems', load: CORE_LOADS?.problems }];
/** The parts the cross-checks' warnings read: loaded with the checks, after first paint. */
export const CHECKS_PARTS: readonly CatalogueLoader[] = [{ name: 'checks', load: CORE_LOADS?.checks }, LINES_WORDS, FUNCTIONAL_BREAKDOWN_WORDS];

/** The merged words of each locale: the parts registered so far. */
const CATALOGUES: Record<Locale, Partial<Catalogue>> = { 'zh-CN': {}, en: {} };
/** The parts registered in each locale; `true` once a whole catalogue is (core/locale/all.ts). */
const LOADED: Record<Locale, Set<CataloguePartName> | true> = { 'zh-CN': new Set(), en: new Set() };
const LOADING: Record<Locale, Partial<Record<CataloguePartName, Promise<void>>>> = { 'zh-CN': {}, en: {} };

/**
 * Makes words available synchronously: a whole catalogue (core/locale/all.ts
 * registers both) or, with its name, one part, merged into what is there.
 */
export function registerCatalogue(locale: Locale, words: Partial<Catalogue>, part?: CataloguePartName): void {
  Object.assign(CATALOGUES[locale], words);
  const loaded = LOADED[locale];
  if (part === undefined) LOADED[locale] = true;
  else if (loaded !== true) loaded.add(part);
}

/** Whether `catalogueFor(locale)` can answer now with the core words and those of `parts`. */
export function hasCatalogue(locale: Locale, parts: readonly (CataloguePartName | CatalogueLoader)[] = []): boolean {
  const loaded = LOADED[locale];
  return loaded === true || (loaded.has('core') && parts.every((part) => loaded.has(typeof part === 'string' ? part : part.name)));
}

/** Loads (once) and registers one part of `locale`. */
function loadPart(locale: Locale, { name, load }: CatalogueLoader): Promise<void> {
  const loaded = LOADED[locale];
  if (loaded === true || loaded.has(name)) return Promise.resolve();
  let loading = LOADING[locale][name];
  if (!loading) {
    loading = (load ? load[locale]() : Promise.reject(new Error(`${locale} ${name}`))).then(
      (module) => registerCatalogue(locale, module.part, name),
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

/** Loads (once each) and registers the core words of `locale` and those of `parts`; resolves with the catalogue. */
export function loadCatalogue(locale: Locale, parts: readonly CatalogueLoader[] = []): Promise<Catalogue> {
  return Promise.all([CORE_WORDS, ...parts].map((part) => loadPart(locale, part))).then(() => catalogueFor(locale));
}

/** A locale whose core words and `parts` are loaded, the preferred (default: zh-CN) first: the language of texts that must be written now (an Error's message). */
export function loadedLocale(preferred: Locale = DEFAULT_LOCALE, parts: readonly (CataloguePartName | CatalogueLoader)[] = []): Locale | undefined {
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
 * The catalogue of `locale`, with the words registered so far; throws when
 * its core words are not (await `loadCatalogue(locale, parts)` first).
 */
export function catalogueFor(locale: Locale): Catalogue {
  if (!hasCatalogue(locale)) throw new Error(`disclosure-elements: the ${locale} catalogue is not loaded; await loadCatalogue('${locale}') first.`);
  return CATALOGUES[locale] as Catalogue;
}

/**
 * The names of the disclosure's sections (for messages, links and titles) in a
 * disclosure of `kind`: a budget's tables are 预算表 (支出预算总表), a final
 * account's 决算表 (支出决算表).
 */
export function sectionNames(catalogue: Catalogue, kind: string | undefined): Catalogue['sections'] {
  return kind === 'budget' ? { ...catalogue.sections, ...catalogue.budgetSections } : catalogue.sections;
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
