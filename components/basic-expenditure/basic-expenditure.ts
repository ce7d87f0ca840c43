import type { DisclosureSection } from '../core/disclosure/index.js';
import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { renderCompositionChart } from '../core/charts/composition.js';
import { buildBasicExpenditureModel, type BasicExpenditureModel } from './basic-expenditure.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/basic-expenditure.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const BASIC_EXPENDITURE_WORDS: CatalogueLoader = {
  name: 'basicExpenditure',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/basic-expenditure.js'), en: () => import('../core/locale/en/basic-expenditure.js') },
};

/**
 * Basic expenditure by economic classification (一般公共预算财政拨款基本支出决算表,
 * 决算 表六; a budget's 基本支出经济分类预算表): each 类 (301 工资福利支出 …)
 * opens to its 款 (30101 基本工资 …), with 人员经费合计 and 公用经费合计 as the
 * document prints them (a budget: 合计, 人员经费 and 公用经费 per row), and two
 * composition bars: 人员经费 against 公用经费, and the classes; then what the
 * document says 人员经费 and 公用经费 include (主要包括…). Reads
 * `basicExpenditureTable`, or, in a disclosure without it (version 1, like
 * the seed), the `basicExpenditure` summary: 合计, 人员经费合计, 公用经费合计
 * and the split.
 *
 * @summary Basic expenditure by economic class (人员经费 / 公用经费), as an expandable table and composition bars.
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart legend - Each chart's legend.
 * @csspart includes - What 人员经费 and 公用经费 include, as published (a definition list).
 */
export class BasicExpenditureElement extends HierarchyElement<BasicExpenditureModel> {
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [...HierarchyElement.catalogueParts, BASIC_EXPENDITURE_WORDS];
  protected readonly shows: HierarchyDescription<BasicExpenditureModel> = {
    sections: ['basicExpenditureTable', 'basicExpenditure'], title: 'basicExpenditure', model: buildBasicExpenditureModel,
    table: 'economic', chart: renderCompositionChart,
  };

  /** 表六, or (a version-1 disclosure) the 基本支出 summary: one of them. */
  protected override get requiredSections(): readonly (DisclosureSection | readonly DisclosureSection[])[] {
    return [['basicExpenditureTable', 'basicExpenditure']];
  }
}
