import { html, type TemplateResult } from 'lit';
import { SectionElement, type SectionDescription } from '../core/element/section-element.js';
import { glossaryStyles } from './disclosure-glossary.styles.js';
import { buildGlossaryModel, type GlossaryModel } from './disclosure-glossary.model.js';
import type { CataloguePartName } from '../core/locale/index.js';

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
  protected static override readonly catalogueParts: readonly CataloguePartName[] = ['glossaryElement'];

  protected readonly shows: SectionDescription<GlossaryModel> = { sections: ['glossary'], title: 'glossaryElement', model: buildGlossaryModel };

  protected renderModel(model: GlossaryModel): TemplateResult {
    if (model.entries.length === 0) return html`<p class="zero-statement" part="statement">${model.empty}</p>`;
    return html`<dl part="glossary">
      ${model.entries.map((entry) => html`<dt>${entry.term}</dt><dd>${entry.definition}</dd>`)}
    </dl>`;
  }
}
