import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { FUND_TABLES, buildFundAppropriationModel, type AppropriationFund, type FundAppropriationModel } from './fund-appropriation.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/fund-appropriation.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const FUND_APPROPRIATION_WORDS: CatalogueLoader = {
  name: 'fundAppropriation',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/fund-appropriation.js'), en: () => import('../core/locale/en/fund-appropriation.js') },
};

export type { AppropriationFund } from './fund-appropriation.model.js';

/**
 * The government fund or state capital appropriation table (政府性基金 /
 * 国有资本经营预算财政拨款收入支出决算表, 决算 表八 / 表九; a budget's 政府性基金 /
 * 国有资本经营预算支出功能分类预算表): for each 类 / 款 / 项, 年初结转和结余,
 * 本年收入, 本年支出 (合计, 基本支出, 项目支出) and 年末结转和结余, as an
 * expandable table. Reads `governmentFundTable` or `stateCapitalTable`.
 *
 * Why a new element and not `<functional-breakdown fund=…>`: these tables
 * have another shape, a flow (opening + income − expenditure = closing),
 * where <functional-breakdown> shows one amount with its share, budget and
 * completion; and <functional-breakdown fund=…> keeps reading the v1
 * sections (`governmentFundExpenditure`, `stateCapitalExpenditure`).
 *
 * A table the document publishes empty (`rows: []`, as most departments'
 * are) is said in one sentence, with the published remark, never as an
 * empty table or zeros.
 *
 * @summary Government fund or state capital appropriation by function: opening balance, income, expenditure, closing balance.
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart statement - The sentence shown instead of a table published empty.
 */
export class FundAppropriationElement extends HierarchyElement<FundAppropriationModel> {
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [...HierarchyElement.catalogueParts, FUND_APPROPRIATION_WORDS];
  static override properties = {
    ...HierarchyElement.properties,
    fund: { type: String, reflect: true },
  };

  /** Which table to show: `government-fund` (default, 表八) or `state-capital` (表九). */
  declare fund: AppropriationFund;

  constructor() {
    super();
    this.fund = 'government-fund';
  }

  /** The fund's table: the part, its name and its model follow the `fund` attribute. */
  protected get shows(): HierarchyDescription<FundAppropriationModel> {
    const fund = this.currentFund;
    return {
      sections: [FUND_TABLES[fund]],
      title: ({ catalogue, disclosure }) => catalogue.fundAppropriation.section[disclosure.kind](catalogue.fundAppropriation.fund[fund]),
      model: (context) => buildFundAppropriationModel(context, fund),
      table: 'fund',
    };
  }

  protected override modelKey(): unknown {
    return `${this.currentFund} ${this.expand}`;
  }

  private get currentFund(): AppropriationFund {
    return this.fund in FUND_TABLES ? this.fund : 'government-fund';
  }
}
