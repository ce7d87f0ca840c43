import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DisclosureSection, DisclosureWarning } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { TermMarker } from '../core/glossary.js';
import { hasProfile } from '../department-profile/department-profile.model.js';
import { disclosureReportStyles } from './disclosure-report.styles.js';
import { buildReportModel, type ReportExplanation, type ReportModel, type ReportSection } from './disclosure-report.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';
import { PROFILE_WORDS } from '../department-profile/department-profile.js';
import { OTHER_MATTERS_WORDS } from '../other-matters/other-matters.js';
import { GLOSSARY_WORDS } from '../disclosure-glossary/disclosure-glossary.js';
import { DATA_LANG } from '../core/table/rows.js';
import { withDataLang } from '../core/element/data-lang.js';

/** Its own words (core/locale/{zh-CN,en}/report.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const REPORT_WORDS: CatalogueLoader = {
  name: 'report',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/report.js'), en: () => import('../core/locale/en/report.js') },
};

/** The section elements the report composes (define.ts registers them); a table whose element is not here is left out of the report. */
const COMPOSED = new Set([
  'department-profile',
  'account-summary',
  'income-breakdown',
  'expenditure-breakdown',
  'appropriation-summary',
  'functional-breakdown',
  'basic-expenditure',
  'three-public-expenses',
  'fund-appropriation',
  'other-matters',
  'disclosure-glossary',
]);

type AnyElement = DisclosureElement<unknown>;

/**
 * The whole disclosure, end to end, in the template's order: 第一部分 概况
 * (`<department-profile>`), 第二部分 决算表 or 预算表 (the tables, each in its
 * element), 第三部分 情况说明 (each section's explanation as published, and
 * `<other-matters>`; a budget's as it prints them: 编制说明 with its 科目
 * paragraphs, “三公” and `<other-matters>`, then 项目经费情况说明), 第四部分
 * 名词解释 (`<disclosure-glossary>`). Parts and
 * sections the disclosure does not have are left out, of the contents too.
 *
 * One data source for all: the report loads the disclosure once (property,
 * inline JSON or `src`) and hands the validated disclosure to its sections.
 * Headings form one outline from `heading-level` (the report's title; parts
 * one level below; sections two). A contents list links to every part and
 * section; every section has a stable anchor (`#account-summary`,
 * `#income-breakdown`, `#government-fund` …), and a row code as the location
 * hash (`#2013299`) opens the first table that has the row down to it and
 * focuses it. The cross-check warnings of every section are listed once, in
 * one "数据核对" block, each linking to the row or section concerned.
 *
 * @summary The whole disclosure: contents, every part and section, one data-check summary.
 *
 * @csspart contents - The table of contents.
 * @csspart part-heading - The heading of each part.
 * @csspart subheading - The heading of each explanation and of the data-check block.
 * @csspart data-check - The one "数据核对" block listing every cross-check warning.
 */
export class DisclosureReportElement extends DisclosureElement<ReportModel> {
  static override styles = [...DisclosureElement.styles, disclosureReportStyles];
  /** Its own words, and those of the sections whose titles its contents list (each section loads its own words too). */
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [REPORT_WORDS, PROFILE_WORDS, OTHER_MATTERS_WORDS, GLOSSARY_WORDS];

  static override properties = {
    ...DisclosureElement.properties,
    expand: { type: String, reflect: true },
  };

  /** Which rows of the hierarchical tables are open when the data arrives: `auto` (default, each element's own default) or `all`. */
  declare expand: 'auto' | 'all' | undefined;

  /** The report shows every section; its own summary lists the warnings, so the base's note is left out. */
  protected readonly sections: readonly DisclosureSection[] = [];

  /** The report lists every warning of the disclosure in its own 数据核对 part: all of them are announced. */
  protected override warningsShown(warnings: readonly DisclosureWarning[]): number {
    return warnings.length;
  }

  private readonly onHashChange = (): void => {
    void this.showAnchor(decodedHash());
  };
  /** The disclosure whose location hash has been followed. */
  private hashFollowedFor: unknown;

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.report.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, catalogue.kind[disclosure.kind]);
  }

  protected buildModel(context: RenderContext): ReportModel {
    const warnings = (this.loadState.status === 'ready' ? this.loadState.warnings : undefined) ?? [];
    return buildReportModel(context, warnings, (tag) => COMPOSED.has(tag), hasProfile(context.disclosure.department));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The section elements, in the report's order. */
  private get children_(): AnyElement[] {
    return [...this.renderRoot.querySelectorAll<AnyElement>('.section > *')];
  }

  protected override contentRendered(): Promise<unknown> {
    return Promise.all(this.children_.map((child) => child.updateComplete));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.contentRendered();
    return result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A page opened at an anchor (report.html#2013299) goes there once the report is shown.
    const data = this.data?.disclosure;
    if (data && this.hashFollowedFor !== data) {
      this.hashFollowedFor = data;
      if (location.hash.length > 1) void this.contentRendered().then(() => this.onHashChange());
    }
  }

  /**
   * Shows what `anchor` names: a part or section (its anchor, e.g.
   * `functional-breakdown`), or a row code (`2013299`), opened and focused in
   * the first section that has it (or in the section `within`, an anchor).
   * Resolves to false when the report has no such place.
   */
  async showAnchor(anchor: string, within?: string): Promise<boolean> {
    if (!anchor || this.state !== 'ready') return false;
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const target = within ? undefined : root.getElementById(anchor);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      // A section's wrapper and an explanation are boxes with no name of their own (not landmarks: the report's
      // regions are its four parts and 数据核对): focus lands on their heading, which names them.
      (headingOf(target) ?? target).focus();
      return true;
    }
    const candidates = within ? this.children_.filter((child) => child.parentElement?.id === within) : this.children_;
    for (const child of candidates) {
      if (await child.revealRow(anchor)) return true;
    }
    return false;
  }

  /** Opens and focuses the row with `code` in the first section that has it. */
  override revealRow(code: string): Promise<boolean> {
    return this.showAnchor(code);
  }

  /** A link inside the report: the hash changes (so the address can be shared), and the place is shown even when the hash was already there. */
  private follow(event: MouseEvent, anchor: string, within?: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (location.hash !== `#${anchor}`) history.pushState(null, '', `#${anchor}`);
    void this.showAnchor(anchor, within);
  }

  protected renderModel(model: ReportModel, context: RenderContext): TemplateResult {
    const { catalogue, idPrefix, headingLevel, disclosure } = context;
    const words = catalogue.report;
    const terms = new TermMarker(disclosure.glossary, `${idPrefix}-report-term`);
    const link = (anchor: string, text: string, within?: string, lang?: string) =>
      html`<a href=${`#${anchor}`} lang=${lang ?? nothing} @click=${(event: MouseEvent) => this.follow(event, anchor, within)}>${text}</a>`;
    /** An explanation whose title is the document's is Chinese throughout, its heading included. */
    const dataLang = (entry: object) => ('titleFromData' in entry && entry.titleFromData ? DATA_LANG : undefined);
    const warningsTitle = catalogue.element.warningsSummary(model.warnings.length);
    const explanation = (text: ReportExplanation) => html`<section class="explanation" id=${text.anchor} tabindex="-1" lang=${dataLang(text) ?? nothing}>
      ${this.renderHeading(text.title, headingLevel + 2, 'subheading', `${text.anchor}-heading`, terms)}
      ${text.text.map((paragraph) => html`<p lang=${DATA_LANG}>${paragraph}</p>`)}
      ${text.parts.map(
        (part) => html`${part.title ? this.renderHeading(part.title, headingLevel + 3, 'subheading') : nothing}
          ${part.text.map((paragraph) => html`<p lang=${DATA_LANG}>${paragraph}</p>`)}`,
      )}
    </section>`;
    return html`<nav class="contents" part="contents" aria-labelledby=${`${idPrefix}-contents-title`}>
        <p class="contents-title" id=${`${idPrefix}-contents-title`}>${words.contents}</p>
        <ol>
          ${model.warnings.length > 0 ? html`<li>${link('data-check', warningsTitle)}</li>` : nothing}
          ${model.parts.map(
            (part) => html`<li>
              ${link(part.anchor, part.title)}
              <ol>
                ${[...part.explanations, ...part.sections, ...(part.closing ?? [])].map((entry) => html`<li>${link(entry.anchor, entry.title, undefined, dataLang(entry))}</li>`)}
              </ol>
            </li>`,
          )}
        </ol>
      </nav>
      ${model.warnings.length > 0
        ? html`<section class="data-check" part="data-check" id="data-check" tabindex="-1" aria-labelledby="data-check-heading">
            ${this.renderHeading(warningsTitle, headingLevel + 1, 'subheading', 'data-check-heading')}
            <p>${words.warningsIntro}</p>
            <ul>
              ${model.warnings.map(
                (warning) => html`<li>
                  ${withDataLang(warning.text, warning.quotes, catalogue.lang)}
                  ${warning.code ? html` ${link(warning.code, warning.linkText!, warning.anchor)}` : warning.anchor ? html` ${link(warning.anchor, warning.linkText!)}` : nothing}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      <div class="parts" @disclosure-load=${stopInside} @disclosure-error=${stopInside}>
        ${model.parts.map(
          (part) => html`<section class="part" id=${part.anchor} tabindex="-1" aria-labelledby=${`${part.anchor}-heading`}>
            ${this.renderHeading(part.title, headingLevel + 1, 'part-heading', `${part.anchor}-heading`, terms)}
            ${part.explanations.map(explanation)}
            ${part.sections.map((section) => html`<div class="section" id=${section.anchor} tabindex="-1">${this.renderSection(section, context)}</div>`)}
            ${part.closing?.map(explanation)}
          </section>`,
        )}
      </div>
      ${terms.definitions()}`;
  }

  /** One section element, given the validated disclosure (no second load), the report's options and a heading two levels below the report's. */
  private renderSection(section: ReportSection, context: RenderContext): TemplateResult {
    const tag = unsafeStatic(section.tag);
    return staticHtml`<${tag}
      .disclosure=${context.disclosure}
      lang=${context.locale}
      unit=${this.unit ?? nothing}
      view=${context.view}
      heading-level=${context.headingLevel + 2}
      ?hide-zero=${this.hideZero}
      hide-warnings
      .announceLoad=${false}
      fund=${section.fund ?? nothing}
      expand=${this.expand ?? nothing}
    ></${tag}>`;
  }
}

/** The sections' own load and error events stay inside the report: the report fires its own. */
function stopInside(event: Event): void {
  event.stopPropagation();
}

/** The location hash without its "#", percent-decoded; as it stands when it is no valid percent-encoding ("#100%"). */
function decodedHash(): string {
  const hash = location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The heading that names an anchor's box, made focusable from script (not a Tab stop): a `.section` wrapper's
 * section element's heading, or the heading an explanation starts with; undefined for any other box.
 */
function headingOf(target: Element): HTMLElement | undefined {
  const heading = target.classList.contains('section')
    ? target.firstElementChild?.shadowRoot?.querySelector<HTMLElement>(HEADING)
    : target.classList.contains('explanation')
      ? target.querySelector<HTMLElement>(`:scope > :is(${HEADING})`)
      : undefined;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading ?? undefined;
}
