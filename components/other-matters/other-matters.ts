import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../core/element/context.js';
import { SectionElement, type SectionDescription } from '../core/element/section-element.js';
import { DATA_LANG, renderTable } from '../core/table/table.js';
import { withDataLang } from '../core/element/data-lang.js';
import { otherMattersStyles } from './other-matters.styles.js';
import { buildOtherMattersModel, type OtherMattersModel } from './other-matters.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';

/** Its own words (core/locale/{zh-CN,en}/other-matters.ts), loaded in its language before it first renders; none to load in the one-file bundle. <disclosure-report> reads its title too. */
export const OTHER_MATTERS_WORDS: CatalogueLoader = {
  name: 'otherMatters',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/other-matters.js'), en: () => import('../core/locale/en/other-matters.js') },
};

/**
 * 其他重要事项 (决算) / 其他相关情况说明 (预算), and 预算绩效: 机关运行经费
 * with the previous year, the change and its reason; 政府采购 by goods, works
 * and services with the amounts reserved for and awarded to small and
 * medium-sized enterprises and their share; 国有资产占用 (vehicles by
 * category, equipment over 1,000,000 元, land and buildings where given); and
 * budget performance (projects and amounts at each stage, score, grades,
 * problems, each evaluated project). Each block has a table where the
 * document has figures, the paragraphs as published under it, and a sentence
 * where the block is not published.
 *
 * @summary Other important matters: operating expenses, procurement, state assets and budget performance.
 *
 * @csspart subheading - The heading of each block.
 * @csspart statement - The sentence shown for a block that is not published.
 * @csspart published - The paragraphs as published under a block.
 */
export class OtherMattersElement extends SectionElement<OtherMattersModel> {
  static override styles = [...SectionElement.styles, otherMattersStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [OTHER_MATTERS_WORDS];

  protected readonly shows: SectionDescription<OtherMattersModel> = { sections: ['otherMatters'], title: 'otherMatters', model: buildOtherMattersModel };

  protected renderModel(model: OtherMattersModel, context: RenderContext): TemplateResult {
    const { catalogue, idPrefix, headingLevel } = context;
    return html`${model.blocks.map((block) => {
      const headingId = `${idPrefix}-${block.key}-heading`;
      return html`<section class="block" data-block=${block.key}>
        ${this.renderHeading(block.title, headingLevel + 1, 'subheading', headingId)}
        ${block.statement ? html`<p class="zero-statement" part="statement">${block.statement}</p>` : nothing}
        ${block.tables.map((table) =>
          renderTable({ id: `${idPrefix}-${table.key}`, caption: table.caption, columns: table.columns, rows: table.rows, catalogue, hideZero: context.hideZero, checks: context.checks }),
        )}
        ${block.notes.map((note) => html`<p class="table-note">${withDataLang(note.text, note.quotes, catalogue.lang)}</p>`)}
        ${block.lists.map(
          (list) => html`<p class="list-title">${list.title}</p>
            <ul>
              ${list.items.map((item) => html`<li lang=${DATA_LANG}>${item}</li>`)}
            </ul>`,
        )}
        ${block.published
          ? html`<div class="published" part="published">
              <p class="published-label">${catalogue.otherMatters.published}${block.published.title ? html`${catalogue.colon}<span lang=${DATA_LANG}>${block.published.title}</span>` : nothing}</p>
              ${block.published.text.map((paragraph) => html`<p lang=${DATA_LANG}>${paragraph}</p>`)}
            </div>`
          : nothing}
      </section>`;
    })}`;
  }
}
