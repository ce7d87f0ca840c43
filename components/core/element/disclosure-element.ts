/**
 * The behaviour every disclosure element shares, built once: data in three
 * ways (property, inline JSON, `src`), the loading / error / rendered states,
 * events, the common attributes, language, unit conversion, and the
 * "数据核对" note for cross-check warnings. An element extends this class and
 * adds only its section, its view model and its template.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  parseDisclosure,
  DisclosureError,
  type Disclosure,
  type DisclosureSection,
  type DisclosureWarning,
} from '../disclosure/index.js';
import { catalogueFor, type Catalogue, type Locale } from '../locale/index.js';
import { MONEY_UNITS, type MoneyUnit } from '../money.js';
import { followDocumentLang, resolveLocale } from './lang.js';
import { DisclosureLoadError, failureMessage, fetchDisclosureText, forgetDisclosure, readInlineJson } from './source.js';
import { MAX_TIMEOUT_SECONDS } from '../disclosure/limits.js';
import { sharedStyles } from './styles.js';
import { Formatter } from '../format.js';

export type DisclosureView = 'both' | 'table' | 'chart';
export type DisclosureState = 'empty' | 'loading' | 'error' | 'ready';

export interface DisclosureLoadDetail {
  disclosure: Disclosure;
  warnings: DisclosureWarning[];
}
export interface DisclosureErrorDetail {
  error: DisclosureLoadError;
}

/** What a view model is built from; a new context (and model) whenever data, unit, language or options change. */
export interface RenderContext {
  disclosure: Disclosure;
  locale: Locale;
  catalogue: Catalogue;
  /** Formats amounts exactly in the display unit. */
  format: Formatter;
  hideZero: boolean;
  view: DisclosureView;
  headingLevel: number;
  /** A prefix for ids inside this element's shadow root. */
  idPrefix: string;
}

/** How many validator problems the alert lists before "N more". */
const PROBLEMS_SHOWN = 5;
let instances = 0;

export abstract class DisclosureElement<Model> extends LitElement {
  static override styles = [sharedStyles];

  static override properties = {
    // Assigning the same object again (after mutating it) validates it again.
    disclosure: { attribute: false, hasChanged: () => true },
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    unit: { type: String, reflect: true },
    view: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    hideZero: { type: Boolean, attribute: 'hide-zero', reflect: true },
    credentials: { type: String, reflect: true },
    timeout: { type: Number, reflect: true },
    loadState: { state: true },
  };

  /** The disclosure as an object (or JSON text). Wins over inline JSON and `src`. */
  declare disclosure: unknown;
  /** URL of the disclosure JSON, fetched when neither the property nor inline JSON is given. */
  declare src: string | undefined;
  /** The element's language: zh-CN (default) or en; else inherited from the nearest ancestor with `lang`. */
  declare lang: string;
  /** Unit to show amounts in: 元, 万元 or 亿元; default the disclosure's own. Converted exactly. */
  declare unit: string | undefined;
  /** `both` (default), `table` or `chart`. */
  declare view: DisclosureView;
  /** Level of the element's heading, 1–6 (default 2), so it fits the page's outline. */
  declare headingLevel: number;
  /** Collapse lines whose amount is 0 into one line that says how many were hidden. */
  declare hideZero: boolean;
  /** Credentials mode for `src`: `omit` (default, sends none), `same-origin` or `include`; any other value is taken as `omit`, with a console warning. */
  declare credentials: RequestCredentials;
  /** Seconds to wait for `src` before showing a timeout error (default 30; at most 600, larger values and Infinity are clamped; 0, negative or not a number means 30). */
  declare timeout: number;

  declare protected loadState:
    | { status: 'empty' | 'loading' }
    | { status: 'error'; error: DisclosureLoadError }
    | { status: 'ready'; disclosure: Disclosure; warnings: DisclosureWarning[] };

  /** The sections this element shows; their cross-check warnings appear in its data-check note. */
  protected abstract readonly sections: readonly DisclosureSection[];
  /** The sections a disclosure must have for this element; a missing one is an error naming it. Default: all of `sections`. */
  protected get requiredSections(): readonly DisclosureSection[] {
    return this.sections;
  }
  /** Builds the view model once per data, unit, language or option change. */
  protected abstract buildModel(context: RenderContext): Model;
  /** Renders the model: tables and chart, as `view` asks. */
  protected abstract renderModel(model: Model, context: RenderContext): TemplateResult;
  /** The element's heading text. */
  protected abstract headingText(context: RenderContext): string;

  /** Called with each new model before it renders: where an element resets state that belongs to the data (what is open, what is selected). */
  protected modelUpdated(_model: Model, _context: RenderContext): void {}

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
    if (this.src && (this.loadedSource as { from?: string } | undefined)?.from === 'src') forgetDisclosure(new URL(this.src, document.baseURI).href);
    this.revalidate();
  }

  /** Validates the current source again without fetching it again, e.g. when the sections the element requires have changed. */
  protected revalidate(): void {
    this.loadedSource = undefined;
    this.loadData();
  }

  protected readonly idPrefix = `d${++instances}`;
  private lastModelKey: unknown;
  private model: Model | undefined;
  private context: RenderContext | undefined;
  private request: AbortController | undefined;
  private inlineObserver: MutationObserver | undefined;
  private inlineText: string | undefined;
  private stopFollowingLang: (() => void) | undefined;

  constructor() {
    super();
    this.view = 'both';
    this.headingLevel = 2;
    this.hideZero = false;
    this.credentials = 'omit';
    this.timeout = 30;
    this.loadState = { status: 'empty' };
  }

  /** The current state: `empty`, `loading`, `error` or `ready`. */
  get state(): DisclosureState {
    return this.loadState.status;
  }

  /** The validated disclosure, once ready. */
  get data(): DisclosureLoadDetail | undefined {
    return this.loadState.status === 'ready' ? { disclosure: this.loadState.disclosure, warnings: this.loadState.warnings } : undefined;
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
    this.stopFollowingLang = followDocumentLang(this);
    this.loadData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.stopFollowingLang?.();
    this.request?.abort();
    this.request = undefined;
    // Reconnecting loads again; a fetch abandoned here is not reported as an error.
    if (this.loadState.status === 'loading') {
      this.loadState = { status: 'empty' };
      this.loadedSource = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The same object assigned again may have been mutated: validate it again.
    if (changed.has('disclosure') && (this.loadedSource as { from?: string } | undefined)?.from === 'property') this.loadedSource = undefined;
    if (this.isConnected && (changed.has('disclosure') || changed.has('src'))) this.loadData();
    if (this.loadState.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const ready = this.loadState.status === 'ready' ? this.loadState : undefined;
    if (!ready) {
      this.model = undefined;
      this.context = undefined;
      return;
    }
    const locale = resolveLocale(this, this.lang);
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
      this.lastModelKey !== this.modelKey();
    if (stale) {
      this.context = {
        disclosure: ready.disclosure,
        locale,
        catalogue: catalogueFor(locale),
        format: new Formatter(ready.disclosure.unit, displayUnit, locale),
        hideZero: this.hideZero,
        view,
        headingLevel: this.clampedHeadingLevel,
        idPrefix: this.idPrefix,
      };
      this.lastModelKey = this.modelKey();
      this.model = this.buildModel(this.context);
      this.modelUpdated(this.model, this.context);
    }
  }

  protected override render(): TemplateResult {
    const locale = this.context?.locale ?? resolveLocale(this, this.lang);
    const catalogue = catalogueFor(locale);
    const state = this.loadState;
    if (state.status === 'ready' && this.model !== undefined && this.context) {
      const context = this.context;
      return html`<div class="base" part="base">
        ${this.renderHeading(this.headingText(context))} ${this.renderModel(this.model, context)}
        ${this.renderWarnings(state.warnings, context)}
        <slot name="footer"></slot>
      </div>`;
    }
    if (state.status === 'error') {
      return html`<div class="base" part="base">${this.renderError(state.error, locale)}</div>`;
    }
    if (state.status === 'empty' && this.loadedSource !== undefined) {
      return html`<div class="base" part="base">${this.renderError(new DisclosureLoadError({ kind: 'no-data' }), locale)}</div>`;
    }
    return html`<div class="base" part="base">
      <p class="loading" part="loading" role="status">${catalogue.element.loading}</p>
    </div>`;
  }

  /** A heading at the level the page asked for, without changing the tag. */
  protected renderHeading(text: string, level = this.clampedHeadingLevel, className = 'heading'): TemplateResult {
    return html`<div class=${className} part=${className} role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;
  }

  private renderError(error: DisclosureLoadError, locale: Locale): TemplateResult {
    const catalogue = catalogueFor(locale);
    const failure = error.failure;
    const problems = failure.kind === 'invalid' ? failure.error.problems : [];
    return html`<div class="error" part="error" role="alert">
      <p><strong>${catalogue.element.errorTitle}</strong></p>
      <p>${failureMessage(failure, catalogue)}</p>
      ${problems.length > 0
        ? html`<ul>
            ${problems.slice(0, PROBLEMS_SHOWN).map(
              (problem) => html`<li><code>${problem.path || catalogue.root}</code>${catalogue.colon}${problem.message[locale]}</li>`,
            )}
          </ul>`
        : nothing}
      ${problems.length > PROBLEMS_SHOWN ? html`<p>${catalogue.element.moreProblems(problems.length - PROBLEMS_SHOWN)}</p>` : nothing}
    </div>`;
  }

  private renderWarnings(warnings: readonly DisclosureWarning[], context: RenderContext): TemplateResult | typeof nothing {
    const relevant = warnings.filter((warning) => this.sections.some((section) => warning.path.startsWith(section)));
    if (relevant.length === 0) return nothing;
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
                : catalogue.element.mismatch}${catalogue.colon}${warning.message[locale]}
            <code>${warning.path}</code>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  /** The source last loaded: the property's value, the inline text, or the src URL. */
  private loadedSource: unknown;

  /** Picks the source (property, then inline JSON, then `src`) and loads it, unless it is the one already loaded. */
  private loadData(): void {
    const source =
      this.disclosure !== undefined && this.disclosure !== null
        ? { from: 'property', value: this.disclosure }
        : this.inlineText !== undefined
          ? { from: 'inline', value: this.inlineText }
          : this.src
            ? { from: 'src', value: this.src }
            : { from: 'none', value: document.readyState };
    const previous = this.loadedSource as typeof source | undefined;
    if (previous && previous.from === source.from && previous.value === source.value) return;
    this.loadedSource = source;
    this.request?.abort();
    this.request = undefined;
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
    const url = new URL(src, document.baseURI).href;
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

  /** Validates the input; never throws out of the element. True when it is valid. */
  private accept(input: unknown, url?: string): boolean {
    try {
      const { disclosure, warnings } = parseDisclosure(input, { require: this.requiredSections });
      this.loadState = { status: 'ready', disclosure, warnings };
      this.emit<DisclosureLoadDetail>('disclosure-load', { disclosure, warnings });
      return true;
    } catch (error) {
      if (error instanceof DisclosureError) {
        const notJson = error.problems.length === 1 && error.problems[0]!.code === 'not-json';
        this.fail(
          new DisclosureLoadError(
            notJson ? { kind: 'not-json', url, detail: error.problems[0]!.message.en } : { kind: 'invalid', url, error },
          ),
        );
      } else {
        this.fail(new DisclosureLoadError({ kind: 'not-json', url, detail: String(error) }));
      }
      return false;
    }
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
    this.loadState = { status: 'error', error };
    this.emit<DisclosureErrorDetail>('disclosure-error', { error });
  }

  /** Dispatches a bubbling, composed custom event. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private displayUnit(disclosure: Disclosure): MoneyUnit {
    return MONEY_UNITS.includes(this.unit as MoneyUnit) ? (this.unit as MoneyUnit) : disclosure.unit;
  }

  private get clampedHeadingLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
  }

  /**
   * Registers the element under `tagName`. Harmless when the same class is
   * registered already; warns (never throws) when another class holds the name.
   */
  static define(tagName: string): void {
    const existing = customElements.get(tagName);
    if (!existing) customElements.define(tagName, this as unknown as CustomElementConstructor);
    else if (existing !== (this as unknown)) console.warn(`<${tagName}> is already defined by another class; this copy was not registered.`);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-load': CustomEvent<DisclosureLoadDetail>;
    'disclosure-error': CustomEvent<DisclosureErrorDetail>;
  }
}
