import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { renderCompositionChart } from '../core/charts/composition.js';
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
  protected readonly shows: HierarchyDescription<BasicExpenditureModel> = {
    sections: ['basicExpenditureTable'], title: 'basicExpenditure', model: buildBasicExpenditureModel,
    table: 'economic', chart: renderCompositionChart,
  };
}
