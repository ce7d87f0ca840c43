import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../core/element/context.js';
import { SectionElement, type SectionDescription } from '../core/element/section-element.js';
import { departmentProfileStyles } from './department-profile.styles.js';
import { buildDepartmentProfileModel, type DepartmentProfileModel } from './department-profile.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';
import { DATA_LANG } from '../core/table/rows.js';

/** Its own words (core/locale/{zh-CN,en}/profile.ts), loaded in its language before it first renders; none to load in the one-file bundle. <disclosure-report> reads its title too. */
export const PROFILE_WORDS: CatalogueLoader = {
  name: 'profile',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/profile.js'), en: () => import('../core/locale/en/profile.js') },
};

/**
 * 第一部分 概况: the department's main duties (主要职能) as an ordered list
 * and the units its accounts cover (部门决算单位构成 / 部门预算单位构成): the
 * paragraphs as published and the table 序号 / 单位名称 / 备注. A part the
 * disclosure does not publish is said so in one sentence. No chart.
 *
 * @summary Department profile: main duties and the units the accounts cover.
 *
 * @csspart subheading - Headings of the duties and composition blocks.
 * @csspart duties - The ordered list of duties.
 * @csspart statement - A sentence shown where a part is not published.
 */
export class DepartmentProfileElement extends SectionElement<DepartmentProfileModel> {
  static override styles = [...SectionElement.styles, departmentProfileStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [PROFILE_WORDS];

  // The department is part of every disclosure: no section is required.
  protected readonly shows: SectionDescription<DepartmentProfileModel> = { sections: [], title: 'profile', model: buildDepartmentProfileModel };

  protected renderModel(model: DepartmentProfileModel, context: RenderContext): TemplateResult {
    const { catalogue, idPrefix, headingLevel } = context;
    const words = catalogue.profile;
    const hasComposition = model.composition.length > 0 || model.units.length > 0 || model.subordinateUnits.length > 0;
    return html`<section>
        ${this.renderHeading(model.dutiesTitle, headingLevel + 1, 'subheading', `${idPrefix}-duties-heading`)}
        ${model.duties.length > 0
          ? html`<ol class="duties" part="duties" lang=${DATA_LANG}>
              ${model.duties.map((duty) => html`<li>${duty}</li>`)}
            </ol>`
          : html`<p class="zero-statement" part="statement">${model.noDuties}</p>`}
      </section>
      <section class="composition">
        ${this.renderHeading(model.compositionTitle, headingLevel + 1, 'subheading', `${idPrefix}-composition-heading`)}
        ${hasComposition ? nothing : html`<p class="zero-statement" part="statement">${model.noComposition}</p>`}
        ${model.composition.map((paragraph) => html`<p lang=${DATA_LANG}>${paragraph}</p>`)}
        ${model.units.length > 0
          ? html`<div class="table-scroll" part="table-region" role="region" aria-labelledby=${`${idPrefix}-units-caption`} tabindex="0">
              <table part="table" data-table=${`${idPrefix}-units`}>
                <caption id=${`${idPrefix}-units-caption`} part="caption"><span class="caption-text">${model.unitsCaption}</span></caption>
                <thead>
                  <tr>
                    <th scope="col" class="number">${words.number}</th>
                    <th scope="col">${words.unitName}</th>
                    <th scope="col">${words.remark}</th>
                  </tr>
                </thead>
                <tbody>
                  ${model.units.map(
                    (unit) => html`<tr>
                      <td class="number">${unit.number ?? ''}</td>
                      <th scope="row" lang=${DATA_LANG}>${unit.name}</th>
                      <td lang=${DATA_LANG}>${unit.remark ?? ''}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing}
        ${model.subordinateUnits.length > 0
          ? html`<p>${words.subordinateUnits}${catalogue.colon}</p>
              <ul lang=${DATA_LANG}>
                ${model.subordinateUnits.map((unit) => html`<li>${unit}</li>`)}
              </ul>`
          : nothing}
      </section>`;
  }
}
