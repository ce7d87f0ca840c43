/**
 * The behaviour every disclosure element shares, built once: data in three
 * ways (property, inline JSON, `src`), the loading / error / rendered states,
 * events, the common attributes, language, unit conversion, and the
 * "数据核对" note for cross-check warnings. An element extends this class and
 * adds only its section, its view model and its template.
 */
import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseStructure, DisclosureError } from '../disclosure/parse.js';
import type { Disclosure, DisclosureSection } from '../disclosure/contract.js';
import type { DisclosureWarning } from '../disclosure/checks.js';
import { catalogueFor, hasCatalogue, loadCatalogue, loadedLocale, CHECKS_PARTS, DEFAULT_LOCALE, LOCALES, PROBLEMS_PARTS, WORDS_UNAVAILABLE, type CatalogueLoader, type Locale, type LocalisedText } from '../locale/index.js';
import { MONEY_UNITS, type MoneyUnit } from '../money.js';
import { followDocumentLang, resolveLocale } from './lang.js';
import { absoluteUrl, DisclosureLoadError, failureMessage, type LoadFailure, fetchDisclosureText, forgetDisclosure, readInlineJson } from './source.js';
import { MAX_TIMEOUT_SECONDS } from '../disclosure/limits.js';
import { sharedStyles } from './styles.js';
import { TermMarker } from '../glossary.js';
import { Formatter } from '../format.js';
import type { DisclosureView, RenderContext } from './context.js';
import { namesAlong, withDataLang } from './data-lang.js';
import { DATA_LANG } from '../table/rows.js';
import { watchPrint } from './print.js';
import { ScrollRegions } from './scroll-regions.js';
import { downloadText, fileName } from './download.js';

export type { DisclosureView, RenderContext } from './context.js';

export type DisclosureState = 'empty' | 'loading' | 'error' | 'ready';

export interface DisclosureLoadDetail {
  disclosure: Disclosure;
  warnings: DisclosureWarning[];
}
export interface DisclosureErrorDetail {
  error: DisclosureLoadError;
}

/** The deepest heading level: past 6 a heading is `role="heading"` with `aria-level`; screen readers announce up to 9. */
const MAX_HEADING_LEVEL = 9;

/** How long an announcement stays in the status region after it is said (long enough for any screen reader to read it). */
const ANNOUNCEMENT_MS = 10_000;

/** How many validator problems the alert lists before "N more". */
const PROBLEMS_SHOWN = 5;

type CrossCheck = (disclosure: Disclosure) => DisclosureWarning[];
/** Set where the checks must run at once (the pre-renderer, which renders synchronously): `runChecksSynchronously`. */
let synchronousChecks: CrossCheck | undefined;

/**
 * Makes every element run the cross-checks synchronously, with the
 * validation, instead of after first paint: for the pre-renderer (Lit's
 * server renderer is synchronous, and a pre-rendered fragment must hold the
 * "数据核对" note).
 */
export function runChecksSynchronously(crossCheck: CrossCheck): void {
  synchronousChecks = crossCheck;
}

let bundledChecks: CrossCheck | undefined;
/** The one-file bundle's entry hands the checks over (they are in that file anyway); they still run after first paint. */
export function provideCrossChecks(crossCheck: CrossCheck): void {
  bundledChecks = crossCheck;
}

/** The cross-checks' own chunk (checks.ts), loaded once, the first time a disclosure is valid. */
let checksModule: Promise<CrossCheck> | undefined;
function loadChecks(): Promise<CrossCheck> {
  // The one-file bundle (its build defines __DISCLOSURE_ONE_FILE__) holds the checks already; its entry hands them
  // over once it has run. Elements already on the page upgrade, and validate, while the bundle is still being
  // evaluated, before that: so the checks are taken a microtask later, when the whole file has run.
  checksModule ??= (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__
    ? Promise.resolve().then(() => {
        if (!bundledChecks) throw new Error('disclosure-elements: the bundle did not provide the cross-checks');
        return bundledChecks;
      })
    : import('../disclosure/checks.js').then((module) => module.crossCheck);
  return checksModule;
}

/**
 * A validation that took longer than this (ms) is followed by a new task
 * before the render, so that validating and drawing a large disclosure are
 * two tasks, not one long one (a small one is drawn at once: no flash of the
 * loading text).
 */
const LONG_VALIDATION_MS = 12;

/**
 * The failure of JSON text that does not parse. Its detail (the parser's
 * words, with line and column) is written when it is read: in English where
 * that catalogue is loaded (as before), else in the loaded language. The
 * element may validate before its catalogue has loaded (from
 * connectedCallback); it renders only after.
 */
function notJsonFailure(message: LocalisedText, url: string | undefined): LoadFailure {
  return {
    kind: 'not-json',
    url,
    localisedDetail: message,
    get detail() {
      return message[loadedLocale('en', PROBLEMS_PARTS) ?? DEFAULT_LOCALE];
    },
  };
}

/** What a model depends on of the warnings: none pending and none found are the same (no rebuild when the checks find nothing). */
const NO_WARNINGS: readonly DisclosureWarning[] = [];
function warningsKey(warnings: readonly DisclosureWarning[] | undefined): readonly DisclosureWarning[] {
  return warnings && warnings.length > 0 ? warnings : NO_WARNINGS;
}

/**
 * The cross-check warnings of each validated disclosure, or the checks while
 * they run: they run once however many elements show one disclosure (the
 * report's sections share the report's).
 */
const CHECKED = new WeakMap<Disclosure, DisclosureWarning[] | Promise<DisclosureWarning[]>>();

/**
 * Runs `task` when the main thread is idle, at the latest after `timeout` ms (requestIdleCallback; a
 * background-priority task has no such bound and can wait long on a busy page), else after a timer.
 */
function whenIdle(task: () => void, timeout = 100): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 0);
}

/**
 * The base of every disclosure element. Its JSDoc is the one place where the
 * API every element shares is documented: the analyzer's inheritance step
 * copies it into each element's entry of the Custom Elements Manifest, and
 * from there into docs/elements.md and Storybook. An element's own JSDoc
 * documents only what it adds.
 *
 * Data comes in one of three ways, first found wins: the `disclosure`
 * property, an inline `<script type="application/json">` child, or `src`.
 * The tables are drawn as soon as the structure is valid; the cross-checks
 * (checks.ts, their own chunk) run afterwards, in idle time, and their
 * "数据核对" note then appears in a polite live region. `disclosure-load`
 * fires once the disclosure is rendered AND cross-checked, so it always carries
 * the complete warnings (a listener finds the tables and the note); a listener
 * attached later (e.g. in a framework's effect) reads `state` and `data`
 * instead: when `state` is `ready`, `data` holds what the event carried. While
 * the checks run, `state` is still `loading`; `updateComplete` waits for them.
 *
 * The attributes and properties are documented on their fields below.
 *
 * @prop {Disclosure | string} disclosure - The disclosure as an object or JSON text; wins over inline JSON and `src`. Empty text is no data, as `null` is. The same object assigned again is validated again (it may have been mutated); the same text is not loaded again.
 *
 * @fires {CustomEvent<{ disclosure: Disclosure; warnings: DisclosureWarning[] }>} disclosure-load - The disclosure was validated, is rendered and cross-checked (the checks run after first paint, in idle time): a listener finds the tables and the complete warnings. Fired once per disclosure; if the element may be ready before you listen, read `state` and `data`.
 * @fires {CustomEvent<{ error: DisclosureLoadError }>} disclosure-error - The disclosure could not be loaded or is invalid; fired once the alert is rendered.
 *
 * @slot footer - Content after the element's own, such as a link to the source document.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The element's heading (an `<h1>`–`<h6>`; past level 6 an element with `role="heading"`).
 * @csspart table-region - The scrolling region around each table.
 * @csspart table - Each table.
 * @csspart caption - Each table's caption.
 * @csspart chart - Each chart (a figure).
 * @csspart warnings - The "数据核对" note listing cross-check differences.
 * @csspart table-note - A note printed with a table (注：本表反映…), as published.
 * @csspart remark - The remark printed under a table (说明：…; 注：本部门无…，故本表为空表), as published.
 * @csspart table-actions - The row of buttons under each table ("下载 CSV").
 * @csspart download - Each download button: "下载 CSV" under a table (the table's rows as CSV, UTF-8 with BOM, the unit in the header) and "下载数据（JSON）" (the disclosure).
 * @csspart downloads - The row holding the "下载数据（JSON）" button.
 * @csspart error - The error alert.
 * @csspart error-title - The error alert's heading.
 * @csspart loading - The loading line.
 *
 * @cssprop --disclosure-font-family - Font family.
 * @cssprop --disclosure-font-size - Base font size.
 * @cssprop --disclosure-heading-size - Font size of the element's heading.
 * @cssprop --disclosure-heading-rule - A rule under the element's heading, as a border (`2px solid #a4161a` in formal.css); none by default.
 * @cssprop --disclosure-heading-rule-gap - Space between the heading and its rule.
 * @cssprop --disclosure-color-scheme - The element's `color-scheme`, `light` or `dark` (every theme sets the one of its palette: the element's own scrollbars and controls follow it, the page's are left alone); unset, the page's.
 * @cssprop --disclosure-color-text - Text colour.
 * @cssprop --disclosure-color-heading - Heading colour.
 * @cssprop --disclosure-color-muted - Secondary text colour (codes, notes, series names, summaries).
 * @cssprop --disclosure-color-background - Background colour.
 * @cssprop --disclosure-color-surface - Background of table headers and of a zero statement.
 * @cssprop --disclosure-color-border - Table rules and borders.
 * @cssprop --disclosure-color-accent - Accent colour (completion bars and function bars).
 * @cssprop --disclosure-color-focus - Focus ring colour.
 * @cssprop --disclosure-color-selected - Background of a selected table row.
 * @cssprop --disclosure-color-warning - Text and border of the data-check note.
 * @cssprop --disclosure-color-warning-background - Background of the data-check note.
 * @cssprop --disclosure-color-error - Text and border of the error alert.
 * @cssprop --disclosure-color-error-background - Background of the error alert.
 * @cssprop --disclosure-color-bar-track - Track of completion bars.
 * @cssprop --disclosure-chart-color-1 - Chart series colour 1 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-2 - Chart series colour 2 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-3 - Chart series colour 3 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-4 - Chart series colour 4 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-5 - Chart series colour 5 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-6 - Chart series colour 6 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-pattern-color - Ink of the fill patterns that tell series apart without colour.
 * @cssprop --disclosure-radius - Corner radius.
 * @cssprop --disclosure-spacing - Space between blocks.
 * @cssprop --disclosure-measure - Longest line of prose (explanations, notes, summaries; 45em: about 45 Chinese characters). Tables and charts take the full width.
 */
export abstract class DisclosureElement<Model> extends LitElement {
  static override styles = [sharedStyles];

  /**
   * The catalogue parts holding this element's own words (their loaders:
   * core/locale/{zh-CN,en}/<part>.ts), loaded in its language before it
   * first renders, with the core words every element shares. The words of
   * errors (`PROBLEMS_PARTS`) and of the cross-checks' warnings
   * (`CHECKS_PARTS`) are loaded only when there are some to show.
   */
  protected static readonly catalogueParts: readonly CatalogueLoader[] = [];

  static override properties = {
    // Assigning the same object again (after mutating it) validates it again (not the same text: see `updated`).
    disclosure: { attribute: false, hasChanged: () => true },
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    unit: { type: String, reflect: true },
    view: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    hideZero: { type: Boolean, attribute: 'hide-zero', reflect: true },
    credentials: { type: String, reflect: true },
    timeout: { type: Number, reflect: true },
    hideWarnings: { type: Boolean, attribute: 'hide-warnings', reflect: true },
    loadState: { state: true },
    printing: { state: true },
  };

  /** The disclosure as an object or JSON text; wins over inline JSON and `src`. Empty text is no data, as `null` is. The same object assigned again is validated again (it may have been mutated); the same text is not loaded again. */
  declare disclosure: Disclosure | string | undefined;
  /** URL of the disclosure JSON, fetched when neither the property nor inline JSON is given. Elements with the same `src` on one page fetch it once; changing `src` drops the answer to the old one. */
  declare src: string | undefined;
  /** Language: `zh-CN` or `en`; else the nearest ancestor's `lang` (the page's `<html lang>` too; followed when it changes and when the element is moved), else `zh-CN`. */
  declare lang: string;
  /** Unit to show amounts in: `元`, `万元` or `亿元`; default the unit the element's table is published in (the section's own `unit`, else the disclosure's), so figures read as printed; any other value shows that too, with a console warning. Converted exactly (powers of ten, decimal.js), keeping every published digit. */
  declare unit: MoneyUnit | undefined;
  /** `both` (default), `table` or `chart`. */
  declare view: DisclosureView;
  /** Level of the element's heading, 1–9 (default 2), so it fits the page's outline: a real `<h1>`–`<h6>`, and past 6 (HTML has no `<h7>`: a report's sections under `heading-level="5"`) an element with `role="heading"` and its `aria-level`; sub-headings are one level below. */
  declare headingLevel: number;
  /** Collapse lines whose amounts are all 0 into one line that says how many were hidden. */
  declare hideZero: boolean;
  /** Credentials mode for the `src` request: `omit` (default: none are sent unless the portal opts in), `same-origin` or `include`; any other value is taken as `omit`, with a console warning. */
  declare credentials: RequestCredentials;
  /** Seconds to wait for `src` before the localised timeout error (default 30; at most 600: larger values and Infinity are clamped; 0, negative or not a number means 30). */
  declare timeout: number;
  /** Leave out the element's own "数据核对" note (e.g. inside `<disclosure-report>`, which lists every warning once). The warnings stay in `data`. */
  declare hideWarnings: boolean;
  /**
   * Whether the status region says "已载入：…" ("Loaded: …") once the data is shown (default true). A container that
   * speaks for its elements turns it off, as `<disclosure-report>` does for its sections: one page, one announcement.
   * Loading, data-check and drill-down announcements are not affected.
   */
  announceLoad = true;

  declare protected loadState:
    | { status: 'empty' | 'loading' }
    | { status: 'error'; error: DisclosureLoadError }
    | { status: 'ready'; disclosure: Disclosure; warnings: DisclosureWarning[] | undefined };

  /** The sections this element shows; their cross-check warnings appear in its data-check note. */
  protected abstract readonly sections: readonly DisclosureSection[];
  /** The sections a disclosure must have for this element; a missing one is an error naming it. Default: all of `sections`. */
  protected get requiredSections(): readonly (DisclosureSection | readonly DisclosureSection[])[] {
    return this.sections;
  }
  /** Builds the view model once per data, unit, language or option change. */
  protected abstract buildModel(context: RenderContext): Model;
  /** Renders the model: tables and chart, as `view` asks. */
  protected abstract renderModel(model: Model, context: RenderContext): TemplateResult;
  /** The element's heading text. */
  protected abstract headingText(context: RenderContext): string;

  /** True while the page is printed (or print is emulated): hierarchies show every row, the data-check note is open. */
  declare protected printing: boolean;
  private stopWatchingPrint: (() => void) | undefined;

  /** Called with each new model before it renders: where an element resets state that belongs to the data (what is open, what is selected). */
  protected modelUpdated(_model: Model, _context: RenderContext): void {}

  /** An element that composes others resolves this once they have rendered too: `disclosure-load` waits for it. */
  protected contentRendered(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Anything else the element's model depends on (e.g. which fund it shows); a change rebuilds the model. */
  protected modelKey(): unknown {
    return undefined;
  }

  /**
   * Loads the data again: a `src` document is fetched anew (its cached copy
   * is dropped, for a portal that replaced the file), a property or inline
   * JSON is validated again.
   */
  reload(): void {
    const url = this.src ? absoluteUrl(this.src.trim()) : undefined;
    if (url && (this.loadedSource as { from?: string } | undefined)?.from === 'src') forgetDisclosure(url);
    this.revalidate();
  }

  /** Validates the current source again without fetching it again, e.g. when the sections the element requires have changed. */
  protected revalidate(): void {
    this.loadedSource = undefined;
    this.validatedFor = undefined;
    this.loadData();
  }

  /** Ids live in the element's own shadow root, so one fixed prefix is unique there, and the server and the browser agree on it. */
  protected readonly idPrefix = 'd';
  private lastModelKey: unknown;
  private model: Model | undefined;
  private context: RenderContext | undefined;
  private request: AbortController | undefined;
  private inlineObserver: MutationObserver | undefined;
  private inlineText: string | undefined;
  private stopFollowingLang: (() => void) | undefined;
  /** The language of the last render. */
  private renderedLocale: Locale | undefined;
  /** Draws the element again when the language it inherits is no longer the one it shows. */
  private readonly followLang = (): void => {
    if (!this.lang && resolveLocale(this, this.lang) !== (this.context?.locale ?? this.renderedLocale)) this.requestUpdate();
  };
  /**
   * What the polite live region says now (loading, loaded, a drill-down). Written into the region directly
   * (`speak`), not through the template: a new announcement is no reason to render the whole element again.
   */
  private announcement: string;
  /** The load state the live region last spoke about. */
  private announcedState: unknown;
  /** Whether the element took over pre-rendered HTML (a declarative shadow root from the server: `createRenderRoot`). */
  private tookOverPrerendered = false;
  /** The table wrappers: each is a focusable, named region only while it scrolls (scroll-regions.ts). */
  private readonly scrollRegions = new ScrollRegions(() => this.shadowRoot);
  /** The element's ElementInternals, for `aria-busy` (undefined where the browser has none). */
  protected readonly internals: ElementInternals | undefined;
  /** The sections (`requiredKey`) the current disclosure was validated for. */
  private validatedFor: string | undefined;
  /** The load state the last render showed. */
  private renderedState: unknown;
  /** The load or error event to fire once the state it reports has been rendered. */
  private pendingEvent: { name: 'disclosure-load' | 'disclosure-error'; detail: DisclosureLoadDetail | DisclosureErrorDetail; state: unknown } | undefined;

  constructor() {
    super();
    this.view = 'both';
    this.headingLevel = 2;
    this.hideZero = false;
    this.credentials = 'omit';
    this.timeout = 30;
    this.hideWarnings = false;
    this.loadState = { status: 'empty' };
    this.announcement = '';
    this.printing = false;
    this.internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /** The current state: `empty`, `loading`, `error` or `ready` (read only). `ready` means the disclosure is rendered and cross-checked (`loading` while the checks run after first paint). */
  get state(): DisclosureState {
    const state = this.loadState;
    // Cross-checked but not yet drawn with its warnings (their words may still be loading): not ready yet.
    return state.status === 'ready' && (state.warnings === undefined || this.renderedState !== state) ? 'loading' : state.status;
  }

  /** Read only: why the element shows its error (what `disclosure-error` carried) once `state` is `error`, else undefined. */
  get error(): DisclosureLoadError | undefined {
    return this.loadState.status === 'error' ? this.loadState.error : undefined;
  }

  /** Read only: the validated disclosure and its warnings once `state` is `ready` (what `disclosure-load` carried), else undefined. */
  get data(): DisclosureLoadDetail | undefined {
    const state = this.loadState;
    return state.status === 'ready' && state.warnings !== undefined ? { disclosure: state.disclosure, warnings: state.warnings } : undefined;
  }

  /**
   * The shadow root: the pre-rendered one when there is one (hydration takes
   * it over). Its styles came as a `<style>` in the HTML; a page whose
   * Content-Security-Policy allows no inline style (neither 'unsafe-inline'
   * nor the style's hash, docs/prerender.md) blocks that one, and the
   * element's own style sheets are adopted instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (prerendered && root === prerendered && prerendered.childNodes.length > 0) {
      this.tookOverPrerendered = true;
      if ([...prerendered.children].some((child) => child instanceof HTMLStyleElement && !child.sheet)) adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inlineText = readInlineJson(this);
    // CMS pages and frameworks may add or edit the inline JSON after the element is connected.
    this.inlineObserver = new MutationObserver(() => {
      const text = readInlineJson(this);
      if (text !== this.inlineText) {
        this.inlineText = text;
        this.loadData();
      }
    });
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.stopFollowingLang = followDocumentLang(this.followLang);
    // Moved into a container of another language: drawn again in it.
    if (this.hasUpdated) this.followLang();
    this.stopWatchingPrint = watchPrint((printing) => void this.setPrinting(printing));
    // Back on the page (moved, or removed and added again): its table wrappers are watched again, as they were
    // before it left; it may not render again, so `updated` would not.
    if (this.hasUpdated) this.scrollRegions.observe();
    this.loadData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.stopFollowingLang?.();
    this.scrollRegions.disconnect();
    this.stopWatchingPrint?.();
    // Off the page there is nothing to say: the pending wait is dropped with what it would let go (a timer would keep
    // a removed element alive for its 10 s).
    clearTimeout(this.silence);
    this.silence = undefined;
    this.announcement = '';
    const live = this.shadowRoot?.querySelector('.base > .live');
    if (live) live.textContent = '';
    // Moved (taken out and put back in the same task: a list reordered, a tab panel moved) it keeps loading; taken
    // off the page, its fetch is abandoned, not reported as an error, and putting it back loads again.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.request?.abort();
      this.request = undefined;
      if (this.loadState.status === 'loading') {
        this.loadState = { status: 'empty' };
        this.loadedSource = undefined;
      }
    });
  }

  /**
   * Builds the view model when what it depends on changed; loading never
   * starts here, except on the server (pre-rendering), where there is no
   * connectedCallback, no `updated` and no DOM, and the `disclosure` property
   * is the only source.
   */
  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (isServer) this.loadOnServer();
    // Taking over pre-rendered HTML: a `disclosure` set before the first render (by a parent that hydrates, as
    // <disclosure-report> hands its sections their data) is validated now, so that the first render is the
    // server's (the same rule as on the server); otherwise it would be `updated`, one render too late.
    else if (!this.hasUpdated && this.isConnected && this.tookOverPrerendered && this.disclosure != null) this.loadData();
    // A disclosure validated for other sections (e.g. before `fund` changed) is validated again in `updated`.
    const ready = this.loadState.status === 'ready' && this.validatedFor === this.requiredKey ? this.loadState : undefined;
    if (!ready) {
      this.model = undefined;
      this.context = undefined;
      return;
    }
    const locale = this.renderableLocale();
    const displayUnit = this.displayUnit(ready.disclosure);
    const view: DisclosureView = this.view === 'table' || this.view === 'chart' ? this.view : 'both';
    const context = this.context;
    const stale =
      !context ||
      context.disclosure !== ready.disclosure ||
      context.locale !== locale ||
      context.format.unit !== displayUnit ||
      context.hideZero !== this.hideZero ||
      context.view !== view ||
      context.headingLevel !== this.clampedHeadingLevel ||
      this.lastModelKey !== this.modelKey() ||
      this.modelWarnings !== warningsKey(ready.warnings);
    if (stale) {
      this.modelWarnings = warningsKey(ready.warnings);
      this.context = {
        disclosure: ready.disclosure,
        locale,
        catalogue: catalogueFor(locale),
        format: new Formatter(ready.disclosure.unit, displayUnit, locale),
        hideZero: this.hideZero,
        view,
        headingLevel: this.clampedHeadingLevel,
        idPrefix: this.idPrefix,
        checks: { paths: this.relevantWarnings(ready.warnings ?? []).map((warning) => warning.path), places: new Map() },
      };
      this.lastModelKey = this.modelKey();
      this.model = this.buildModel(this.context);
      this.modelUpdated(this.model, this.context);
    }
  }

  /**
   * After each render: a new `disclosure` or `src` starts loading; the busy
   * state follows the load; and a load or error event whose state is now on
   * screen is fired, so that a listener finds the rendered tables (or alert).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The same object assigned again may have been mutated: validate it again. (Not when it was validated since it
    // was assigned: a disclosure set before the element is connected is validated in connectedCallback, once. Nor
    // the same JSON text: text cannot change, so a framework that sets it on every render gets one `disclosure-load`.)
    if (changed.has('disclosure') && this.disclosureAssigned && typeof this.disclosure !== 'string' && (this.loadedSource as { from?: string } | undefined)?.from === 'property') this.loadedSource = undefined;
    if (this.isConnected && (changed.has('disclosure') || changed.has('src'))) this.loadData();
    else if (this.isConnected && this.validatedFor !== undefined && this.validatedFor !== this.requiredKey) this.revalidate();
    this.setBusy(false);
    this.announceState();
    this.speak();
    // Not once it has left the page (an update may still run then): the page's one observer would hold its tree.
    if (this.isConnected) this.scrollRegions.observe();
    const event = this.pendingEvent;
    if (event && event.state === this.loadState && this.renderedState === this.loadState) {
      this.pendingEvent = undefined;
      const rendered = event.name === 'disclosure-load' ? this.contentRendered() : undefined;
      if (rendered) void rendered.then(() => this.emit(event.name, event.detail));
      else this.emit(event.name, event.detail);
    }
  }

  /**
   * `updateComplete` also waits for the render that a change made in `updated`
   * asks for (a new `disclosure` is validated there and rendered next), so
   * `el.disclosure = d; await el.updateComplete` finds `d` rendered.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    while (this.isUpdatePending || this.checking) {
      if (this.checking) await this.checking;
      await super.getUpdateComplete();
    }
    return true;
  }

  /** The cross-checks of the current disclosure while they are pending (they run after first paint). */
  private checking: Promise<void> | undefined;
  /** The last validation took long (a large disclosure): the next render waits for a task of its own (`scheduleUpdate`). */
  private longValidation = false;
  /** The warnings the model was built with (`warningsKey`): the model is built again when checks that found something arrive. */
  private modelWarnings: unknown;

  /**
   * Holds an update back until the words it shows are loaded in the element's
   * language (dynamic imports the first time: a page loads only its
   * language's words, and only the parts its elements need, see
   * `catalogueNeeds`), and, when the element takes over pre-rendered HTML,
   * until the cross-checks have run, so that its first render matches the
   * server's (which holds the "数据核对" note). The pre-rendered HTML stays on
   * screen meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const hydrating = this.tookOverPrerendered && !this.hasUpdated && this.checking !== undefined;
    // A long validation just ran (a large disclosure): the render comes in a task of its own, so neither holds the page long.
    const yieldFirst = this.longValidation && !isServer;
    this.longValidation = false;
    if (hasCatalogue(resolveLocale(this, this.lang), this.catalogueNeeds()) && !hydrating && !yieldFirst) return super.scheduleUpdate();
    return Promise.all([yieldFirst ? new Promise<void>((resolve) => setTimeout(resolve, 0)) : undefined, this.loadWords(), hydrating ? this.checking : undefined])
      // The state may have changed meanwhile (checks that found differences, an invalid document): its words too.
      .then(() => this.loadWords())
      .then(() => super.scheduleUpdate());
  }

  /**
   * The catalogue parts the next render reads: the core words, the element's
   * own (`catalogueParts`), the words of what went wrong (load failures, the
   * validator's messages) when it shows an error, the cross-checks' words
   * when it shows their warnings.
   */
  /** The cross-checks' words could not be downloaded in any language: the element is drawn without its data-check note. */
  private checksWordsMissing = false;

  private catalogueNeeds(): CatalogueLoader[] {
    const state = this.loadState;
    const needs = [...(this.constructor as typeof DisclosureElement).catalogueParts];
    if (state.status === 'error' || (state.status === 'empty' && this.loadedSource !== undefined)) needs.push(...PROBLEMS_PARTS);
    if (state.status === 'ready' && state.warnings && state.warnings.length > 0 && !this.checksWordsMissing) needs.push(...CHECKS_PARTS);
    return needs;
  }

  /**
   * Loads the words of the next render in the element's language, again while
   * the state changes under it; the default language's if they cannot load
   * (`renderableLocale` then renders in it).
   */
  private async loadWords(): Promise<void> {
    for (let tries = 0; tries < 3; tries += 1) {
      const locale = resolveLocale(this, this.lang);
      const needs = this.catalogueNeeds();
      if (hasCatalogue(locale, needs)) return;
      try {
        await loadCatalogue(locale, needs);
      } catch (error) {
        console.error(`disclosure-elements: the ${locale} catalogue could not be loaded.`, error);
        // The default language's words, else any language's: the element speaks some language rather than none.
        for (const fallback of [DEFAULT_LOCALE, ...LOCALES].filter((candidate) => candidate !== locale)) {
          try {
            await loadCatalogue(fallback, needs);
            return;
          } catch {
            // The next one.
          }
        }
        // Only the data-check note's words are missing, the tables are on screen: they stay, without the note (as
        // when the checks' own chunk fails to load); the warnings are still in `data` and `disclosure-load`.
        if (this.loadState.status === 'ready' && needs.some((part) => CHECKS_PARTS.includes(part)) && hasCatalogue(locale, needs.filter((part) => !CHECKS_PARTS.includes(part)))) {
          this.checksWordsMissing = true;
          return;
        }
        // No words in any language (the chunks could not be downloaded): an error, said by the one bilingual
        // sentence that needs no catalogue, and `disclosure-error`; never an endless "loading".
        if (this.loadState.status !== 'error') this.fail(new DisclosureLoadError({ kind: 'words', locale }));
        return;
      }
    }
  }

  /**
   * The live region speaks once per state it has rendered: "正在加载数据…"
   * while loading, "已载入：<heading>" once the data is shown. It is empty when
   * first rendered and filled after, so assistive technology announces it.
   */
  private announceState(): void {
    const state = this.loadState;
    if (this.renderedState !== state || this.announcedState === state) return;
    const previous = this.announcedState as typeof state | undefined;
    this.announcedState = state;
    // Pre-rendered HTML taken over: the tables were on the page before the script ran, with the server's
    // data-check note; the same content is no news (ten pre-rendered elements would say "已载入" ten times).
    if (this.tookOverPrerendered && previous === undefined && state.status === 'ready') return;
    const catalogue = catalogueFor(this.context?.locale ?? this.renderableLocale());
    if (state.status === 'loading') this.announcement = catalogue.element.loading;
    else if (state.status === 'ready' && this.context) {
      // The same disclosure, now cross-checked (the checks run after first paint): only differences are news.
      if (previous?.status === 'ready' && previous.disclosure === state.disclosure) {
        const relevant = state.warnings && !this.hideWarnings ? this.warningsShown(state.warnings) : 0;
        if (relevant > 0) this.announcement = catalogue.element.warningsSummary(relevant);
      } else if (this.announceLoad) this.announcement = catalogue.element.loaded(this.headingText(this.context));
    } else if (state.status !== 'ready') {
      // An error (its alert says what went wrong), or no data: the status region no longer says it is loading.
      this.announcement = '';
    }
  }

  /** Says `text` through the element's polite live region (e.g. what a drill-down now shows). */
  protected announce(text: string): void {
    this.announcement = text;
    this.speak();
  }

  /** Puts the announcement in the live region, when it is rendered (else `updated` does, after the render). */
  private speak(): void {
    const live = this.shadowRoot?.querySelector('.base > .live');
    if (!live || live.textContent === this.announcement) return;
    live.textContent = this.announcement;
    // Said, then let go: left in place, "已载入：<heading>" would be read again, just before the heading itself, by
    // anyone reading the page line by line. A later announcement starts its own wait.
    clearTimeout(this.silence);
    if (this.announcement) {
      const said = this.announcement;
      this.silence = setTimeout(() => {
        if (this.announcement !== said) return;
        this.announcement = '';
        live.textContent = '';
      }, ANNOUNCEMENT_MS);
    }
  }
  private silence: ReturnType<typeof setTimeout> | undefined;

  /** Print starts or ends: render for it, and open the data-check note for paper (closing it after, if print opened it). */
  private async setPrinting(printing: boolean): Promise<void> {
    if (printing === this.printing) return;
    this.printing = printing;
    await this.updateComplete;
    for (const note of this.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.warnings') ?? []) {
      if (printing && !note.open) {
        note.open = true;
        note.dataset.openedForPrint = '';
      } else if (!printing && note.dataset.openedForPrint !== undefined) {
        note.open = false;
        delete note.dataset.openedForPrint;
      }
    }
  }

  /** Saves the disclosure, as validated, as a JSON file (the "下载数据（JSON）" button). */
  private downloadJson(disclosure: Disclosure): void {
    downloadText(fileName(`${disclosure.fiscalYear} ${disclosure.department.name}`, 'json'), `${JSON.stringify(disclosure, null, 2)}\n`, 'application/json');
  }

  /** `aria-busy` through ElementInternals where the browser supports it (the host's attributes stay the page's), else on the host. */
  private setBusy(busy: boolean): void {
    if (this.internals && 'ariaBusy' in this.internals) {
      this.internals.ariaBusy = busy ? 'true' : null;
    } else if (busy) {
      this.setAttribute('aria-busy', 'true');
    } else {
      this.removeAttribute('aria-busy');
    }
  }

  /**
   * The element's content, inside one wrapper that states its language
   * (`lang`: the language the element resolved to, so a page in a language
   * the element does not speak gets lang="zh-CN" where the text is Chinese)
   * and that holds a polite live region outside the busy part.
   */
  protected override render(): TemplateResult {
    const locale = this.context?.locale ?? this.renderableLocale();
    const state = this.loadState;
    this.renderedState = state;
    this.renderedLocale = locale;
    if (!hasCatalogue(locale, this.catalogueNeeds()) && !loadedLocale(DEFAULT_LOCALE, this.catalogueNeeds())) {
      return html`<div class="base" part="base"><div class="error" part="error" role="alert"><span lang="zh-CN">${WORDS_UNAVAILABLE['zh-CN']}</span> <span lang="en">${WORDS_UNAVAILABLE.en}</span></div></div>`;
    }
    return html`<div class="base" part="base" lang=${locale}>
      <div class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true"></div>
      <div class="content" aria-busy=${state.status === 'loading' ? 'true' : nothing}>${this.renderContent(locale)}</div>
    </div>`;
  }

  private renderContent(locale: Locale): TemplateResult {
    const catalogue = catalogueFor(locale);
    const state = this.loadState;
    if (state.status === 'ready' && this.model !== undefined && this.context) {
      const context = this.context;
      context.checks?.places.clear();
      const terms = new TermMarker(context.disclosure.glossary, `${this.idPrefix}-heading-term`);
      // The tables render before the note, so the note knows which row each difference is on.
      const body = this.renderModel(this.model, context);
      return html`${this.renderHeading(withDataLang(this.headingText(context), [context.disclosure.department.name], catalogue.lang), undefined, undefined, undefined, terms)} ${body}
        ${this.renderTableNotes(context)}
        ${this.hideWarnings || this.checksWordsMissing || !state.warnings ? nothing : this.renderWarnings(state.warnings, context)} ${terms.definitions()}
        <div class="downloads" part="downloads">
          <button type="button" class="download" part="download" data-download="json" @click=${() => this.downloadJson(state.disclosure)}>${context.catalogue.element.downloadJson}</button>
        </div>
        <slot name="footer"></slot>`;
    }
    if (state.status === 'error') return this.renderError(state.error, locale);
    if (state.status === 'empty' && this.loadedSource !== undefined) return this.renderError(new DisclosureLoadError({ kind: 'no-data' }), locale);
    return html`<p class="loading" part="loading">${catalogue.element.loading}</p>`;
  }

  /**
   * Opens the hierarchy to the row whose 功能分类 (or economic) code is `code`,
   * scrolls it into view and focuses its row header. Resolves to false when
   * the element shows no such row.
   */
  async revealRow(code: string): Promise<boolean> {
    this.openRowAncestors(code);
    await this.updateComplete;
    const header = [...this.renderRoot.querySelectorAll<HTMLElement>('tr > th[scope="row"]')].find(
      (cell) => cell.querySelector('.code')?.textContent?.trim() === code,
    );
    if (!header) return false;
    header.scrollIntoView?.({ block: 'center' });
    header.focus();
    return true;
  }

  /** Hierarchical elements open the ancestors of the row with `code` here (`revealRow`); others have every row shown. */
  protected openRowAncestors(_code: string): void {}

  /** The remark the document prints under a table (说明：…, 注：本部门无…，故本表为空表), as published: data, in the document's language. */
  protected renderRemark(remark: string | undefined): TemplateResult | typeof nothing {
    return remark ? html`<p class="remark" part="remark" lang=${DATA_LANG}>${remark}</p>` : nothing;
  }

  /**
   * The notes the document prints with the element's tables (注：本表反映…),
   * as published, one per section that has one, after the tables. They are
   * data: in the document's language whatever the page's.
   */
  private renderTableNotes({ disclosure }: RenderContext): TemplateResult | typeof nothing {
    const notes = this.sections.flatMap((section) => {
      const note = (disclosure[section] as { note?: unknown } | undefined)?.note;
      return typeof note === 'string' && note ? [note] : [];
    });
    if (notes.length === 0) return nothing;
    return html`${notes.map((note) => html`<p class="table-note" part="table-note" lang=${DATA_LANG}>${note}</p>`)}`;
  }

  /** The element's language, or (when its words could not be loaded) one whose words are. */
  private renderableLocale(): Locale {
    const locale = resolveLocale(this, this.lang);
    const needs = this.catalogueNeeds();
    return hasCatalogue(locale, needs) ? locale : (loadedLocale(DEFAULT_LOCALE, needs) ?? locale);
  }

  /**
   * A real heading element, `<h1>`–`<h6>`, at the level the page asked for; past 6, `role="heading"` with its
   * `aria-level` (up to 9, which screen readers announce), so that the outline keeps its depth. Glossary terms in it
   * are marked when `terms` is given.
   */
  protected renderHeading(text: string | TemplateResult, level = this.clampedHeadingLevel, className = 'heading', id?: string, terms?: TermMarker): TemplateResult {
    const idAttr = id ?? nothing;
    const content = terms && typeof text === 'string' ? terms.mark(text) : text;
    if (level > 6) return html`<div role="heading" aria-level=${Math.min(MAX_HEADING_LEVEL, level)} class=${className} part=${className} id=${idAttr}>${content}</div>`;
    switch (Math.max(1, level)) {
      case 1:
        return html`<h1 class=${className} part=${className} id=${idAttr}>${content}</h1>`;
      case 2:
        return html`<h2 class=${className} part=${className} id=${idAttr}>${content}</h2>`;
      case 3:
        return html`<h3 class=${className} part=${className} id=${idAttr}>${content}</h3>`;
      case 4:
        return html`<h4 class=${className} part=${className} id=${idAttr}>${content}</h4>`;
      case 5:
        return html`<h5 class=${className} part=${className} id=${idAttr}>${content}</h5>`;
      default:
        return html`<h6 class=${className} part=${className} id=${idAttr}>${content}</h6>`;
    }
  }

  private renderError(error: DisclosureLoadError, locale: Locale): TemplateResult {
    const catalogue = catalogueFor(locale);
    const failure = error.failure;
    const problems = failure.kind === 'invalid' ? failure.error.problems : [];
    // No data given (yet) is no failure: a framework may set it a moment later. A plain note then, not an alert.
    const noData = failure.kind === 'no-data';
    // A plain sentence for the citizen; what went wrong and where (URL, HTTP status, JSON paths) for the editor, folded.
    const content = html`${this.renderHeading(noData ? catalogue.element.noDataTitle : catalogue.element.errorTitle, this.clampedHeadingLevel, 'error-title')}
      <p>${noData ? catalogue.element.noDataCitizen : problems.length > 0 && problems.every((problem) => problem.code === 'section-missing') ? catalogue.element.sectionAbsentCitizen : catalogue.element.errorCitizen}</p>
      <details class="error-details">
        <summary>${catalogue.element.technicalDetails}</summary>
        <p>${failureMessage(failure, catalogue)}</p>
        ${problems.length > 0
          ? html`<ul>
              ${problems.slice(0, PROBLEMS_SHOWN).map(
                (problem) => html`<li><code>${problem.path || catalogue.root}</code>${catalogue.colon}${problem.message[locale]}</li>`,
              )}
            </ul>`
          : nothing}
        ${problems.length > PROBLEMS_SHOWN ? html`<p>${catalogue.element.moreProblems(problems.length - PROBLEMS_SHOWN)}</p>` : nothing}
      </details>`;
    // Two templates, not one with the role bound: a failure after "no data" puts a new alert on the page (a role added
    // to a box already there is not reliably announced).
    return noData ? html`<div class="error no-data" part="error">${content}</div>` : html`<div class="error" part="error" role="alert">${content}</div>`;
  }

  private renderWarnings(warnings: readonly DisclosureWarning[], context: RenderContext): TemplateResult | typeof nothing {
    const relevant = this.relevantWarnings(warnings);
    if (relevant.length === 0) return nothing;
    const places = context.checks?.places;
    const { catalogue, locale } = context;
    return html`<details class="warnings" part="warnings">
      <summary>${catalogue.element.warningsSummary(relevant.length)}</summary>
      <p>${catalogue.element.warningsIntro}</p>
      <ul>
        ${relevant.map(
          (warning) => html`<li>
            ${warning.withinRounding === undefined
              ? catalogue.element.notice
              : warning.withinRounding
                ? catalogue.element.rounding
                : catalogue.element.mismatch}${catalogue.colon}${withDataLang(warning.message[locale], namesAlong(context.disclosure, warning.path), catalogue.lang)}
            ${places?.get(warning.path)
              ? html`<a class="check-link" href=${`#${places.get(warning.path)!.id}`} @click=${(event: Event) => this.focusRow(event, places.get(warning.path)!.id)}
                  >${withDataLang(catalogue.element.checkPlace(places.get(warning.path)!.table, places.get(warning.path)!.row), [places.get(warning.path)!.row], catalogue.lang)}</a
                >`
              : html`<code>${warning.path}</code>`}
          </li>`,
        )}
      </ul>
    </details>`;
  }

  /** How many of the warnings this element lists (and so announces once the checks have run): those of its sections. */
  protected warningsShown(warnings: readonly DisclosureWarning[]): number {
    return this.relevantWarnings(warnings).length;
  }

  /** The warnings about this element's sections. */
  private relevantWarnings(warnings: readonly DisclosureWarning[]): DisclosureWarning[] {
    return warnings.filter((warning) => this.sections.some((section) => warning.path.startsWith(section)));
  }

  /** A data-check link was followed: its row's header gets focus (fragment links do not reach into a shadow root). */
  private focusRow(event: Event, id: string): void {
    const header = this.shadowRoot?.getElementById(id)?.querySelector<HTMLElement>(':scope > th');
    if (!header) return;
    event.preventDefault();
    header.scrollIntoView?.({ block: 'nearest' });
    header.focus();
  }

  /** Moves focus to the header of the table row `key` of table `tableId` (Enter on a chart mark). */
  protected focusTableRow(tableId: string, key: string): boolean {
    const header = this.shadowRoot?.querySelector<HTMLElement>(`table[data-table="${CSS.escape(tableId)}"] tr[data-key="${CSS.escape(key)}"] > th`);
    if (!header) return false;
    header.scrollIntoView?.({ block: 'nearest' });
    header.focus();
    return true;
  }

  /** The source last loaded: the property's value, the inline text, or the src URL. */
  private loadedSource: unknown;
  /** `disclosure` was assigned since it was last loaded (the same object again may have been mutated). */
  private disclosureAssigned = false;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    if (args[0] === 'disclosure') this.disclosureAssigned = true;
    super.requestUpdate(...args);
  }

  /** Picks the source (property, then inline JSON, then `src`) and loads it, unless it is the one already loaded. */
  private loadData(): void {
    // An empty string is no data (a framework's empty default), as null is; so is a `src` of only spaces.
    const given = this.disclosure !== undefined && this.disclosure !== null && !(typeof this.disclosure === 'string' && this.disclosure.trim() === '');
    const src = this.src?.trim();
    const source = given
      ? { from: 'property', value: this.disclosure }
      : this.inlineText !== undefined
        ? { from: 'inline', value: this.inlineText }
        : src
          ? { from: 'src', value: src }
          : { from: 'none', value: document.readyState };
    const previous = this.loadedSource as typeof source | undefined;
    if (previous && previous.from === source.from && previous.value === source.value) return;
    this.loadedSource = source;
    this.request?.abort();
    this.request = undefined;
    if (source.from === 'property') this.disclosureAssigned = false;
    if (source.from === 'property' || source.from === 'inline') {
      this.accept(source.value);
    } else if (source.from === 'src') {
      this.fetchSource(String(source.value));
    } else if (document.readyState === 'loading') {
      // Parsed from HTML before its inline JSON child: wait for the document, then look again.
      this.loadState = { status: 'loading' };
      document.addEventListener('DOMContentLoaded', () => this.loadData(), { once: true });
    } else {
      this.loadState = { status: 'empty' };
    }
  }

  private fetchSource(src: string): void {
    const controller = new AbortController();
    this.request = controller;
    this.loadState = { status: 'loading' };
    const url = absoluteUrl(src);
    if (url === undefined) {
      // Not a URL at all ("https://host:8o8o/…"): said as such, as any other failure to load.
      this.request = undefined;
      this.fail(new DisclosureLoadError({ kind: 'bad-url', url: src }));
      return;
    }
    fetchDisclosureText(url, { credentials: this.credentialsMode, timeoutSeconds: this.timeoutSeconds }, controller.signal).then(
      (text) => {
        // A late answer for a src that has since changed is dropped.
        if (this.request !== controller) return;
        this.request = undefined;
        // A document that does not validate is not kept: setting `src` again (or reload()) fetches it anew once the file is fixed.
        if (!this.accept(text, url)) forgetDisclosure(url);
      },
      (error: unknown) => {
        if (this.request !== controller) return;
        this.request = undefined;
        if (error instanceof DisclosureLoadError) this.fail(error);
        else if (!(error instanceof DOMException && error.name === 'AbortError')) {
          this.fail(new DisclosureLoadError({ kind: 'network', url, detail: String(error) }));
        }
      },
    );
  }

  private loadOnServer(): void {
    if (this.disclosure === undefined || this.disclosure === null || this.loadedSource === this.disclosure) return;
    this.loadedSource = this.disclosure;
    this.accept(this.disclosure);
  }

  /** Validates the input; never throws out of the element. True when it is valid. */
  private accept(input: unknown, url?: string): boolean {
    this.validatedFor = this.requiredKey;
    try {
      const started = performance.now();
      const disclosure = parseStructure(input, { require: this.requiredSections });
      this.longValidation = performance.now() - started > LONG_VALIDATION_MS;
      const known = CHECKED.get(disclosure);
      if (Array.isArray(known)) {
        // Checked already (e.g. by the <disclosure-report> that hands this element its disclosure).
        this.checked(disclosure, known);
      } else if (synchronousChecks) {
        const warnings = synchronousChecks(disclosure);
        CHECKED.set(disclosure, warnings);
        this.checked(disclosure, warnings);
      } else {
        // Drawn now; cross-checked afterwards (deferCrossChecks), and only then `ready` with `disclosure-load`.
        const state = { status: 'ready' as const, disclosure, warnings: undefined };
        this.loadState = state;
        this.pendingEvent = undefined;
        const checking = this.deferCrossChecks(state);
        this.checking = checking;
        void checking.finally(() => {
          if (this.checking === checking) this.checking = undefined;
        });
      }
      return true;
    } catch (error) {
      if (error instanceof DisclosureError) {
        const notJson = error.problems.length === 1 && error.problems[0]!.code === 'not-json';
        this.fail(
          new DisclosureLoadError(
            notJson ? notJsonFailure(error.problems[0]!.message, url) : { kind: 'invalid', url, error },
          ),
        );
      } else {
        this.fail(new DisclosureLoadError({ kind: 'not-json', url, detail: String(error) }));
      }
      return false;
    }
  }

  /**
   * Runs the cross-checks of `state`'s disclosure in idle time after first
   * paint (their chunk loads meanwhile); their warnings then render in the
   * live region and `disclosure-load` fires with them. Dropped when the
   * disclosure has changed meanwhile. A failure of the checks themselves
   * (their chunk could not load) is reported on the console, and the
   * disclosure stays shown with no warnings and a `disclosure-load` event.
   */
  private async deferCrossChecks(state: { status: 'ready'; disclosure: Disclosure; warnings: undefined }): Promise<void> {
    let warnings: DisclosureWarning[] = [];
    const { disclosure } = state;
    // The checks' words load with the checks' chunk, so that their warnings render as soon as they are found.
    const locale = resolveLocale(this, this.lang);
    if (!hasCatalogue(locale, CHECKS_PARTS)) void loadCatalogue(locale, CHECKS_PARTS).catch(() => undefined);
    try {
      let pending = CHECKED.get(disclosure);
      if (!pending) {
        pending = loadChecks()
          .then((crossCheck) => new Promise<DisclosureWarning[]>((resolve) => whenIdle(() => resolve(crossCheck(disclosure)))))
          .then((checked) => {
            CHECKED.set(disclosure, checked);
            return checked;
          });
        CHECKED.set(disclosure, pending);
        // A failure (the checks' chunk did not load) may be retried by the next element given this disclosure.
        pending.catch(() => CHECKED.delete(disclosure));
      }
      warnings = await pending;
    } catch (error) {
      console.error(`<${this.localName}>: the cross-checks could not run.`, error);
    } finally {
      if (this.loadState === state) this.checked(state.disclosure, warnings);
    }
  }

  /** The disclosure is valid and cross-checked: `ready`, and `disclosure-load` once rendered. */
  private checked(disclosure: Disclosure, warnings: DisclosureWarning[]): void {
    this.loadState = { status: 'ready', disclosure, warnings };
    this.pendingEvent = { name: 'disclosure-load', detail: { disclosure, warnings }, state: this.loadState };
  }

  /** `timeout` in seconds, clamped to 1 ms … MAX_TIMEOUT_SECONDS (a timer overflows past 2^31 ms); 0, negative or NaN mean the default 30. */
  private get timeoutSeconds(): number {
    const seconds = Number(this.timeout);
    if (Number.isNaN(seconds) || seconds <= 0) return 30;
    return Math.min(seconds, MAX_TIMEOUT_SECONDS);
  }

  private warnedCredentials: string | undefined;

  /** `credentials`, or `omit` (with one console warning per value) when it is not one of the three modes fetch knows. */
  private get credentialsMode(): RequestCredentials {
    const mode = this.credentials as string;
    if (mode === 'omit' || mode === 'same-origin' || mode === 'include') return mode;
    if (mode === null || mode === undefined) return 'omit';
    if (this.warnedCredentials !== mode) {
      this.warnedCredentials = mode;
      console.warn(`<${this.localName}>: credentials="${String(mode)}" is not omit, same-origin or include; using omit.`);
    }
    return 'omit';
  }

  private fail(error: DisclosureLoadError): void {
    this.checking = undefined;
    this.loadState = { status: 'error', error };
    this.pendingEvent = { name: 'disclosure-error', detail: { error }, state: this.loadState };
  }

  /** Dispatches a bubbling, composed custom event. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private displayUnit(disclosure: Disclosure): MoneyUnit {
    if (MONEY_UNITS.includes(this.unit as MoneyUnit)) return this.unit as MoneyUnit;
    const given = this.unit as string | undefined | null;
    const published = this.publishedUnit(disclosure);
    // Not a unit (unit="wan"): the published one, with one console warning per value, as for `credentials`.
    if (given && this.warnedUnit !== given) {
      this.warnedUnit = given;
      console.warn(`<${this.localName}>: unit="${given}" is not 元, 万元 or 亿元; showing the unit the table is published in (${published}).`);
    }
    return published;
  }

  /**
   * The unit the element's (first present) section is printed in: its own `unit` where the document prints that table in
   * another unit than the rest (a budget's “三公”经费 table in 万元 in a document in 元), else the disclosure's. Shown
   * by default, so that every figure reads with the digits the document prints.
   */
  private publishedUnit(disclosure: Disclosure): MoneyUnit {
    // The first of its sections the disclosure has (<basic-expenditure> on a version-1 disclosure: `basicExpenditure`).
    const section = this.sections.find((name) => disclosure[name] !== undefined);
    return (section ? (disclosure[section] as { unit?: MoneyUnit } | undefined)?.unit : undefined) ?? disclosure.unit;
  }
  private warnedUnit: string | undefined;

  /** The sections the disclosure must have now, as one key. */
  private get requiredKey(): string {
    return this.requiredSections.join();
  }

  private get clampedHeadingLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(MAX_HEADING_LEVEL, Math.max(1, level)) : 2;
  }

  /**
   * Registers the element under `tagName`, also when it is registered under
   * another name already (the page's bundle registered `<account-summary>`,
   * the portal wants `<my-summary>` too: a class registers once, so a
   * subclass of it takes the second name). Harmless when the same class is
   * registered under `tagName` already; warns (never throws) when another
   * class holds the name or the name is not a valid custom element name.
   */
  static define(tagName: string): void {
    const element = this as unknown as CustomElementConstructor;
    const existing = customElements.get(tagName);
    if (existing) {
      if (existing !== element && RENAMED.get(existing) !== element) console.warn(`<${tagName}> is already defined by another class; this copy was not registered.`);
      return;
    }
    try {
      customElements.define(tagName, element);
    } catch (error) {
      try {
        // NotSupportedError: this class is registered under another name.
        if ((error as { name?: unknown }).name !== 'NotSupportedError') throw error;
        const renamed = class extends element {};
        RENAMED.set(renamed, element);
        customElements.define(tagName, renamed);
      } catch (failure) {
        console.warn(`<${tagName}> was not registered: ${String(failure)}`);
      }
    }
  }
}

/** The subclasses `define` registered to give a class a second name, and the class each is of. */
const RENAMED = new WeakMap<CustomElementConstructor, CustomElementConstructor>();

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-load': CustomEvent<DisclosureLoadDetail>;
    'disclosure-error': CustomEvent<DisclosureErrorDetail>;
  }
}
