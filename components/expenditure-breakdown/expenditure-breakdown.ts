import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import type { RenderContext } from '../core/element/disclosure-element.js';
import { HierarchyElement } from '../core/element/hierarchy-element.js';
import { hierarchyStyles } from '../core/table/hierarchy.styles.js';
import { renderGroupedBars } from '../core/charts/grouped-bars.js';
import { groupedBarsStyles } from '../core/charts/grouped-bars.styles.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { buildExpenditureBreakdownModel, type ExpenditureBreakdownModel } from './expenditure-breakdown.model.js';

/**
 * Expenditure by function class (支出决算表, 决算 表三; a budget's 支出预算总表):
 * 本年支出合计, 基本支出, 项目支出 and, where the disclosure fills them,
 * 上缴上级支出, 经营支出 and 对附属单位补助支出 for every 类 / 款 / 项, as an
 * expandable table, with basic against project expenditure for each 类 as
 * grouped bars. Reads `expenditureTable`.
 *
 * @summary Expenditure by function class and by kind, as an expandable table and grouped bars.
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart legend - The chart's legend.
 */
export class ExpenditureBreakdownElement extends HierarchyElement<ExpenditureBreakdownModel> {
  static override styles = [...HierarchyElement.styles, groupedBarsStyles, hierarchyStyles];

  protected readonly sections: readonly DisclosureSection[] = ['expenditureTable'];
  private readonly navigation = new MarkNavigation(this);

  protected sectionTitle({ disclosure, catalogue }: RenderContext): string {
    return catalogue.expenditureBreakdown.section[disclosure.kind];
  }

  protected buildModel(context: RenderContext): ExpenditureBreakdownModel {
    return buildExpenditureBreakdownModel(context);
  }

  protected renderModel(model: ExpenditureBreakdownModel, context: RenderContext): TemplateResult {
    const { view, catalogue, idPrefix, format } = context;
    return html`${view !== 'table' && model.chart
        ? renderGroupedBars({
            id: `${idPrefix}-chart`,
            title: catalogue.expenditureBreakdown.chartTitle(format.unitLabel),
            summary: model.summary,
            layout: model.chart,
            catalogue,
            navigation: this.navigation,
          })
        : nothing}
      ${view !== 'table' && !model.chart ? html`<p class="summary">${model.summary}</p>` : nothing}
      ${view !== 'chart' ? this.renderHierarchy(model.hierarchy, context, 'expenditure') : nothing}
      ${this.renderRemark(model.remark)}`;
  }
}
