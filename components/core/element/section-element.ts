/**
 * The base of an element that shows one part of the disclosure, described
 * once in `shows` instead of by the same overrides in every element: the
 * sections it reads, what its heading calls it, and how its view model is
 * built. The heading adds the year and the department to the name
 * ("2024年度上海市普陀区规划和自然资源局收入决算表"). An element whose part
 * depends on an attribute (`fund`) describes it with a getter.
 */
import type { DisclosureKind, DisclosureSection } from '../disclosure/index.js';
import type { Catalogue } from '../locale/index.js';
import { DisclosureElement } from './disclosure-element.js';
import type { RenderContext } from './context.js';

/** The catalogue entries whose `section` names a part: one name, or one per kind of disclosure (决算 / 预算). */
export type SectionName = {
  [Key in keyof Catalogue]: Catalogue[Key] extends { section: string | Record<DisclosureKind, string> } ? Key : never;
}[keyof Catalogue];

export interface SectionDescription<Model> {
  /** The sections the element shows (their cross-check warnings appear in its note) and the data must have; none for a part of every disclosure. */
  sections: readonly DisclosureSection[];
  /** What the heading calls the part: the catalogue entry whose `section` names it, or a function of the context. */
  title: SectionName | ((context: RenderContext) => string);
  /** Builds the view model (plain data, no lit) once per data, unit, language or option change. */
  model: (context: RenderContext) => Model;
}

export abstract class SectionElement<Model> extends DisclosureElement<Model> {
  /** What the element shows. */
  protected abstract readonly shows: SectionDescription<Model>;

  protected get sections(): readonly DisclosureSection[] {
    return this.shows.sections;
  }

  /** The part's name for the heading ("收入决算表"). */
  protected sectionTitle(context: RenderContext): string {
    const { title } = this.shows;
    if (typeof title === 'function') return title(context);
    const name = context.catalogue[title].section;
    return typeof name === 'string' ? name : name[context.disclosure.kind];
  }

  protected headingText(context: RenderContext): string {
    const { catalogue, disclosure } = context;
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, this.sectionTitle(context));
  }

  protected buildModel(context: RenderContext): Model {
    return this.shows.model(context);
  }
}
