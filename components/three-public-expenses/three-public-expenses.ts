import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { renderTable } from '../core/table/table.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { renderGroupedBars } from '../core/charts/grouped-bars.js';
import { groupedBarsStyles } from '../core/charts/grouped-bars.styles.js';
import { threePublicExpensesStyles } from './three-public-expenses.styles.js';
import { buildThreePublicModel, type ThreePublicModel } from './three-public-expenses.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/three-public.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const THREE_PUBLIC_WORDS: CatalogueLoader = {
  name: 'threePublic',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/three-public.js'), en: () => import('../core/locale/en/three-public.js') },
};

/**
 * The “三公” expenses (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费):
 * this year against the previous year and the budget, with the change worded
 * and the counts behind each amount (delegations, receptions, vehicles). A
 * department that spent nothing gets one plain sentence instead of a chart.
 *
 * @summary “三公” expenses with their change, budget and counts, as tables and a bar chart.
 *
 * @csspart statement - The sentence shown instead of the chart when every amount is 0.
 * @csspart changes - The year-on-year sentences.
 *
 * @cssprop --disclosure-chart-color-1 - Bars of this year (plain).
 * @cssprop --disclosure-chart-color-2 - Bars of the previous year (hatched).
 * @cssprop --disclosure-chart-color-3 - Bars of the budget (dotted).
 */
export class ThreePublicExpensesElement extends DisclosureElement<ThreePublicModel> {
  static override styles = [...DisclosureElement.styles, groupedBarsStyles, threePublicExpensesStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [THREE_PUBLIC_WORDS];

  protected readonly sections: readonly DisclosureSection[] = ['threePublicExpenses'];
  private readonly navigation = new MarkNavigation(this, { onActivate: (_chart, index) => this.activateMark(index) });
  private current: ThreePublicModel | undefined;

  protected override modelUpdated(model: ThreePublicModel): void {
    this.current = model;
  }

  /** Enter (or a click) on a bar: focus moves to its line in the table of amounts. */
  private activateMark(index: number): void {
    const layout = this.current?.groups;
    const bar = layout?.placed[index]?.bar;
    const group = bar && layout.groups.find((candidate) => candidate.bars.includes(bar));
    if (group) this.focusTableRow(`${this.idPrefix}-amounts`, group.key);
  }

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, catalogue.threePublic.section[disclosure.kind]);
  }

  protected buildModel(context: RenderContext): ThreePublicModel {
    return buildThreePublicModel(context);
  }

  protected renderModel(model: ThreePublicModel, context: RenderContext): TemplateResult {
    const { view, catalogue, format, idPrefix, disclosure } = context;
    const words = catalogue.threePublic;
    const groups = view !== 'table' ? model.groups : undefined;
    // Without a chart, nothing but zeros (or parts of 0 under a total that is not) reads as one sentence.
    const statement = !groups && (model.allZero || !model.groups);
    return html`${statement ? html`<p class="zero-statement" part="statement">${model.statement}</p>` : nothing}
      ${groups
        ? renderGroupedBars({
            id: `${idPrefix}-chart`,
            title: words.chartTitle(format.unitLabel),
            summary: model.statement,
            layout: groups,
            catalogue,
            navigation: this.navigation,
            tableId: view !== 'chart' ? `${idPrefix}-amounts` : undefined,
            range: model.range,
          })
        : nothing}
      ${!model.allZero && (groups ? model.partChanges : model.changes)
        ? html`<p class="changes" part="changes">${groups ? model.partChanges : model.changes}</p>`
        : nothing}
      ${view !== 'chart'
        ? html`${renderTable({
            id: `${idPrefix}-amounts`,
            caption: words.table(format.unitLabel),
            columns: model.columns,
            rows: model.rows,
            catalogue,
            hideZero: context.hideZero,
            checks: context.checks,
            csv: { unit: format.unitLabel },
          })}
          ${model.notes.map((note) => html`<p class="table-note">${note}</p>`)}
          ${model.counts.length > 0
            ? renderTable({
                id: `${idPrefix}-counts`,
                caption: words.countsTable(catalogue.element.year(disclosure.fiscalYear)),
                columns: [{ label: catalogue.element.item }, { label: words.count, numeric: true }],
                rows: model.counts,
                catalogue,
              })
            : nothing}`
        : nothing}
      ${this.renderRemark(disclosure.threePublicExpenses?.remark)}`;
  }
}

