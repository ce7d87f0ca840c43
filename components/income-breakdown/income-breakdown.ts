import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { renderCompositionChart } from '../core/charts/composition.js';
import { buildIncomeBreakdownModel, type IncomeBreakdownModel } from './income-breakdown.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/income-breakdown.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const INCOME_BREAKDOWN_WORDS: CatalogueLoader = {
  name: 'incomeBreakdown',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/income-breakdown.js'), en: () => import('../core/locale/en/income-breakdown.js') },
};

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
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [...HierarchyElement.catalogueParts, INCOME_BREAKDOWN_WORDS];
  protected readonly shows: HierarchyDescription<IncomeBreakdownModel> = {
    sections: ['incomeTable'], title: 'incomeBreakdown', model: buildIncomeBreakdownModel,
    table: 'income', chart: renderCompositionChart,
  };
}
