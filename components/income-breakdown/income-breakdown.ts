import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import type { RenderContext } from '../core/element/disclosure-element.js';
import { HierarchyElement } from '../core/element/hierarchy-element.js';
import { hierarchyStyles } from '../core/table/hierarchy.styles.js';
import { renderCompositionChart } from '../core/charts/composition.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { buildIncomeBreakdownModel, type IncomeBreakdownModel } from './income-breakdown.model.js';

/**
 * Income by function class (收入决算表, 决算 表二; a budget's 收入预算总表):
 * 本年收入合计 and each source column the disclosure fills (财政拨款收入,
 * 上级补助收入, 事业收入 …) for every 类 / 款 / 项, as an expandable table,
 * with income by source as a composition bar. Reads `incomeTable`.
 *
 * @summary Income by function class and by source, as an expandable table and a composition bar.
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart legend - The chart's legend.
 */
export class IncomeBreakdownElement extends HierarchyElement<IncomeBreakdownModel> {
  static override styles = [...HierarchyElement.styles, hierarchyStyles];

  protected readonly sections: readonly DisclosureSection[] = ['incomeTable'];
  private readonly navigation = new MarkNavigation(this);

  protected sectionTitle({ disclosure, catalogue }: RenderContext): string {
    return catalogue.incomeBreakdown.section[disclosure.kind];
  }

  protected buildModel(context: RenderContext): IncomeBreakdownModel {
    return buildIncomeBreakdownModel(context);
  }

  protected renderModel(model: IncomeBreakdownModel, context: RenderContext): TemplateResult {
    const { view, catalogue, idPrefix } = context;
    return html`${view !== 'table'
        ? renderCompositionChart({
            id: `${idPrefix}-chart`,
            title: catalogue.incomeBreakdown.chartTitle,
            summary: model.summary,
            segments: model.segments,
            catalogue,
            navigation: this.navigation,
          })
        : nothing}
      ${view !== 'chart' ? this.renderHierarchy(model.hierarchy, context, 'income') : nothing}
      ${this.renderRemark(model.remark)}`;
  }
}
