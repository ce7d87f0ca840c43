import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import type { RenderContext } from '../core/element/disclosure-element.js';
import { HierarchyElement } from '../core/element/hierarchy-element.js';
import { hierarchyStyles } from '../core/table/hierarchy.styles.js';
import { FUND_TABLES, buildFundAppropriationModel, type AppropriationFund, type FundAppropriationModel } from './fund-appropriation.model.js';

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
  static override styles = [...HierarchyElement.styles, hierarchyStyles];

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

  protected get sections(): readonly DisclosureSection[] {
    return [FUND_TABLES[this.currentFund]];
  }

  protected override modelKey(): unknown {
    return `${this.currentFund} ${this.expand}`;
  }

  protected sectionTitle({ disclosure, catalogue }: RenderContext): string {
    const words = catalogue.fundAppropriation;
    return words.section[disclosure.kind](words.fund[this.currentFund]);
  }

  protected buildModel(context: RenderContext): FundAppropriationModel {
    return buildFundAppropriationModel(context, this.currentFund);
  }

  protected renderModel(model: FundAppropriationModel, context: RenderContext): TemplateResult {
    return html`${model.none ? html`<p class="zero-statement" part="statement">${model.none}</p>` : nothing}
      ${model.hierarchy ? this.renderHierarchy(model.hierarchy, context, 'fund') : nothing}
      ${this.renderRemark(model.remark)}`;
  }

  private get currentFund(): AppropriationFund {
    return this.fund in FUND_TABLES ? this.fund : 'government-fund';
  }
}
