import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import type { RenderContext } from '../core/element/disclosure-element.js';
import { HierarchyElement } from '../core/element/hierarchy-element.js';
import { hierarchyStyles } from '../core/table/hierarchy.styles.js';
import { renderCompositionChart } from '../core/charts/composition.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { buildBasicExpenditureModel, type BasicExpenditureModel } from './basic-expenditure.model.js';

/**
 * Basic expenditure by economic classification (一般公共预算财政拨款基本支出决算表,
 * 决算 表六; a budget's 基本支出经济分类预算表): each 类 (301 工资福利支出 …)
 * opens to its 款 (30101 基本工资 …), with 人员经费合计 and 公用经费合计 as the
 * document prints them (a budget: 合计, 人员经费 and 公用经费 per row), and two
 * composition bars: 人员经费 against 公用经费, and the classes. Reads
 * `basicExpenditureTable`.
 *
 * @summary Basic expenditure by economic class (人员经费 / 公用经费), as an expandable table and composition bars.
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart legend - Each chart's legend.
 */
export class BasicExpenditureElement extends HierarchyElement<BasicExpenditureModel> {
  static override styles = [...HierarchyElement.styles, hierarchyStyles];

  protected readonly sections: readonly DisclosureSection[] = ['basicExpenditureTable'];
  private readonly navigation = new MarkNavigation(this);

  protected sectionTitle({ disclosure, catalogue }: RenderContext): string {
    return catalogue.basicExpenditure.section[disclosure.kind];
  }

  protected buildModel(context: RenderContext): BasicExpenditureModel {
    return buildBasicExpenditureModel(context);
  }

  protected renderModel(model: BasicExpenditureModel, context: RenderContext): TemplateResult {
    const { view, catalogue, idPrefix } = context;
    const words = catalogue.basicExpenditure;
    const charts = view !== 'table';
    return html`${charts && model.split.length > 0
        ? renderCompositionChart({ id: `${idPrefix}-split`, title: words.splitChart, summary: model.summary, segments: model.split, catalogue, navigation: this.navigation })
        : nothing}
      ${charts && (model.classes.length > 0 || model.split.length === 0)
        ? renderCompositionChart({ id: `${idPrefix}-classes`, title: words.classChart, summary: model.summary, segments: model.classes, catalogue, navigation: this.navigation })
        : nothing}
      ${view !== 'chart' ? this.renderHierarchy(model.hierarchy, context, 'economic') : nothing}
      ${this.renderRemark(model.remark)}`;
  }
}
