/**
 * The view model of <disclosure-glossary>: plain data (no lit, no DOM).
 */
import type { RenderContext } from '../core/element/context.js';

export interface GlossaryModel {
  /** Term and definition, as published, in the document's order. */
  entries: { term: string; definition: string }[];
  /** The sentence shown when the glossary is published empty. */
  empty: string;
}

export function buildGlossaryModel({ disclosure, catalogue }: RenderContext): GlossaryModel {
  return {
    entries: (disclosure.glossary ?? []).map(({ term, definition }) => ({ term, definition })),
    empty: catalogue.glossaryElement.empty,
  };
}
