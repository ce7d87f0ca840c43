import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../core/element/disclosure-element.js';
import { HierarchyElement, type HierarchyDescription } from '../core/element/hierarchy-element.js';
import { renderTable } from '../core/table/table.js';
import { appropriationSummaryStyles } from './appropriation-summary.styles.js';
import { buildAppropriationSummaryModel, type AppropriationSummaryModel } from './appropriation-summary.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/appropriation-summary.ts), loaded in its language before it first renders; none to load in the one-file bundle. */
const APPROPRIATION_SUMMARY_WORDS: CatalogueLoader = {
  name: 'appropriationSummary',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/appropriation-summary.js'), en: () => import('../core/locale/en/appropriation-summary.js') },
};

/**
 * The fiscal appropriation summary (财政拨款收入支出决算总表, 决算 表四; a
 * budget's 财政拨款收支预算总表), in the document's row order: income by fund
 * (一般公共预算 / 政府性基金预算 / 国有资本经营预算财政拨款), 本年收入合计,
 * 年初财政拨款结转和结余 by fund and 总计; expenditure by function 类 with 合计
 * and the three funds side by side, 本年支出合计, 年末财政拨款结转和结余 and 总计.
 * A row the document prints blank shows a dash with the reason. Reads
 * `appropriationTable`.
 *
 * @summary Fiscal appropriation income and expenditure, the three funds side by side.
 *
 * @csspart subheading - Headings of the income and expenditure sides.
 * @csspart toggle - The expand/collapse buttons (when the expenditure rows have 款 / 项).
 */
export class AppropriationSummaryElement extends HierarchyElement<AppropriationSummaryModel> {
  static override styles = [...HierarchyElement.styles, appropriationSummaryStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [...HierarchyElement.catalogueParts, APPROPRIATION_SUMMARY_WORDS];

  // Two sides, each with its heading: rendered here, not by the classified-table default.
  protected readonly shows: HierarchyDescription<AppropriationSummaryModel> = {
    sections: ['appropriationTable'], title: 'appropriationSummary', model: buildAppropriationSummaryModel, table: 'expenditure',
  };

  protected override renderModel(model: AppropriationSummaryModel, context: RenderContext): TemplateResult {
    const { catalogue, idPrefix, headingLevel } = context;
    const words = catalogue.appropriationSummary;
    return html`<div class="sides">
      <section class="side">
        ${this.renderHeading(words.income, headingLevel + 1, 'subheading', `${idPrefix}-income-heading`)}
        ${renderTable({ id: `${idPrefix}-income`, catalogue, hideZero: false, checks: context.checks, ...model.income })}
      </section>
      <section class="side">
        ${this.renderHeading(words.expenditure, headingLevel + 1, 'subheading', `${idPrefix}-expenditure-heading`)}
        ${this.renderHierarchy(model.hierarchy, context, this.shows.table)}
      </section>
    </div>
    ${this.renderRemark(context.disclosure.appropriationTable?.remark)}`;
  }
}
