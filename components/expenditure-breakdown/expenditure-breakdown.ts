import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { renderGroupedBars } from '../core/charts/grouped-bars.js';
import { groupedBarsStyles } from '../core/charts/grouped-bars.styles.js';
import { buildExpenditureBreakdownModel, type ExpenditureBreakdownModel } from './expenditure-breakdown.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/expenditure-breakdown.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const EXPENDITURE_BREAKDOWN_WORDS: CatalogueLoader = {
  name: 'expenditureBreakdown',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/expenditure-breakdown.js'), en: () => import('../core/locale/en/expenditure-breakdown.js') },
};

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
  static override styles = [...HierarchyElement.styles, groupedBarsStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [...HierarchyElement.catalogueParts, EXPENDITURE_BREAKDOWN_WORDS];

  protected readonly shows: HierarchyDescription<ExpenditureBreakdownModel> = {
    sections: ['expenditureTable'], title: 'expenditureBreakdown', model: buildExpenditureBreakdownModel,
    table: 'expenditure', chart: renderGroupedBars,
  };
}
