import { html, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { glossaryStyles } from './disclosure-glossary.styles.js';
import { buildGlossaryModel, type GlossaryModel } from './disclosure-glossary.model.js';

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
export class DisclosureGlossaryElement extends DisclosureElement<GlossaryModel> {
  static override styles = [...DisclosureElement.styles, glossaryStyles];

  protected readonly sections: readonly DisclosureSection[] = ['glossary'];

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, catalogue.glossaryElement.section);
  }

  protected buildModel(context: RenderContext): GlossaryModel {
    return buildGlossaryModel(context);
  }

  protected renderModel(model: GlossaryModel): TemplateResult {
    if (model.entries.length === 0) return html`<p class="zero-statement" part="statement">${model.empty}</p>`;
    return html`<dl part="glossary">
      ${model.entries.map((entry) => html`<dt>${entry.term}</dt><dd>${entry.definition}</dd>`)}
    </dl>`;
  }
}
