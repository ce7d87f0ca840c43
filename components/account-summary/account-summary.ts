import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { renderTable } from '../core/table/table.js';
import { renderCompositionChart } from '../core/charts/composition.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { TermMarker } from '../core/glossary.js';
import { accountSummaryStyles } from './account-summary.styles.js';
import { buildAccountSummaryModel, type AccountSummaryModel, type SideModel } from './account-summary.model.js';
import { LINES_WORDS, type CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/account-summary.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const ACCOUNT_SUMMARY_WORDS: CatalogueLoader = {
  name: 'accountSummary',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/account-summary.js'), en: () => import('../core/locale/en/account-summary.js') },
};

/**
 * The overview of a department's final accounts: income and expenditure
 * (收入支出决算总体情况) in the order of the standard 收入支出决算总表, with
 * the year-end balance, their composition as two 100 % bars, and the fiscal
 * appropriation expenditure (财政拨款支出决算) against budget.
 *
 * @summary Income and expenditure overview of a disclosure, as tables and a composition chart.
 *
 * @csspart subheading - Headings of the income, expenditure and appropriation blocks.
 * @csspart legend - Each chart's legend.
 */
export class AccountSummaryElement extends DisclosureElement<AccountSummaryModel> {
  static override styles = [...DisclosureElement.styles, accountSummaryStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [LINES_WORDS, ACCOUNT_SUMMARY_WORDS];

  protected readonly sections: readonly DisclosureSection[] = ['accountSummary', 'fiscalAppropriation'];
  private readonly navigation = new MarkNavigation(this, { onActivate: (chart, index) => this.activateMark(chart, index) });
  private current: AccountSummaryModel | undefined;

  /** Only accountSummary is required; fiscalAppropriation is shown when present. */
  protected override get requiredSections(): readonly (DisclosureSection | readonly DisclosureSection[])[] {
    return ['accountSummary'];
  }

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.element.title(
      catalogue.element.year(disclosure.fiscalYear),
      disclosure.department.name,
      catalogue.accountSummary.section[disclosure.kind],
    );
  }

  protected buildModel(context: RenderContext): AccountSummaryModel {
    return buildAccountSummaryModel(context);
  }

  protected override modelUpdated(model: AccountSummaryModel): void {
    this.current = model;
  }

  /** Enter (or a click) on a segment: focus moves to its row in the table beside the chart. */
  private activateMark(chart: string, index: number): void {
    const side = chart.endsWith('-income-chart') ? 'income' : 'expenditure';
    const segment = this.current?.[side].segments[index];
    if (segment) this.focusTableRow(`${this.idPrefix}-${side}`, segment.key);
  }

  protected renderModel(model: AccountSummaryModel, context: RenderContext): TemplateResult {
    const { view, catalogue, idPrefix } = context;
    const showTables = view !== 'chart';
    const showCharts = view !== 'table';
    // Line labels that use a term of the disclosure's own glossary (名词解释) mark it.
    const terms = new TermMarker(context.disclosure.glossary, `${idPrefix}-term`);
    // Marked here, before the definitions are rendered (the table renders its rows lazily).
    const labels = new Map([...model.income.rows, ...model.expenditure.rows, ...(model.appropriation?.rows ?? [])].map((row) => [row.label, terms.mark(row.label)]));
    const interaction = (row: { label: string }) => ({ label: labels.get(row.label) ?? row.label });
    const side = (name: 'income' | 'expenditure', part: SideModel) => html`<section class="side">
      ${this.renderHeading(catalogue.accountSummary[name], context.headingLevel + 1, 'subheading', `${idPrefix}-${name}-heading`)}
      ${showCharts
        ? renderCompositionChart({
            id: `${idPrefix}-${name}-chart`,
            title: part.chartTitle,
            summary: part.summary,
            segments: part.segments,
            catalogue,
            navigation: this.navigation,
            tableId: showTables ? `${idPrefix}-${name}` : undefined,
            names: part.names,
          })
        : nothing}
      ${showTables
        ? renderTable({
            id: `${idPrefix}-${name}`,
            caption: part.caption,
            columns: part.columns,
            rows: part.rows,
            footer: part.footer,
            catalogue,
            hideZero: context.hideZero,
            interaction,
            checks: context.checks,
            csv: { unit: context.format.unitLabel },
          })
        : nothing}
    </section>`;
    // A 单位预算's expenditure side has three more columns (人员经费, 公用经费, 项目支出): the sides then stack, each as wide as the element.
    return html`<div class="sides" ?data-stacked=${model.expenditure.columns.length > 3}>${side('income', model.income)} ${side('expenditure', model.expenditure)}</div>
      ${model.changes ? html`<p class="changes">${model.changes}</p>` : nothing}
      ${model.appropriation && showTables
        ? html`<section class="appropriation">
            ${this.renderHeading(catalogue.accountSummary.appropriationTitle, context.headingLevel + 1, 'subheading', `${idPrefix}-appropriation-heading`)}
            ${renderTable({ id: `${idPrefix}-appropriation`, catalogue, checks: context.checks, ...model.appropriation, interaction, csv: { unit: context.format.unitLabel } })}
          </section>`
        : nothing}
      ${terms.definitions()}`;
  }
}

