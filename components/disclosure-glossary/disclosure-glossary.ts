import { html, type TemplateResult } from 'lit';
import { SectionElement, type SectionDescription } from '../core/element/section-element.js';
import { glossaryStyles } from './disclosure-glossary.styles.js';
import { buildGlossaryModel, type GlossaryModel } from './disclosure-glossary.model.js';
import type { CatalogueLoader } from '../core/locale/index.js';
import { DATA_LANG } from '../core/table/rows.js';

/** Its own words (core/locale/{zh-CN,en}/glossary-element.ts), loaded in its language before it first renders; none to load in the one-file bundle. <disclosure-report> reads its title too. */
export const GLOSSARY_WORDS: CatalogueLoader = {
  name: 'glossaryElement',
  load: (globalThis as { __DISCLOSURE_ONE_FILE__?: boolean }).__DISCLOSURE_ONE_FILE__ ? undefined : { 'zh-CN': () => import('../core/locale/zh-CN/glossary-element.js'), en: () => import('../core/locale/en/glossary-element.js') },
};

/**
 * 名词解释: the disclosure's own glossary as a definition list (term,
 * definition), in the document's order. The other elements mark the terms
 * their labels use from the same glossary.
 *
 * @summary The disclosure's glossary (名词解释) as a definition list.
 *
 * @csspart glossary - The definition list.
 * @csspart statement - The sentence shown when the glossary is published empty.
 */
export class DisclosureGlossaryElement extends SectionElement<GlossaryModel> {
  static override styles = [...SectionElement.styles, glossaryStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [GLOSSARY_WORDS];

  protected readonly shows: SectionDescription<GlossaryModel> = { sections: ['glossary'], title: 'glossaryElement', model: buildGlossaryModel };

  protected renderModel(model: GlossaryModel): TemplateResult {
    if (model.entries.length === 0) return html`<p class="zero-statement" part="statement">${model.empty}</p>`;
    return html`<dl part="glossary">
      ${model.entries.map((entry) => html`<dt lang=${DATA_LANG}>${entry.term}</dt><dd lang=${DATA_LANG}>${entry.definition}</dd>`)}
    </dl>`;
  }
}
