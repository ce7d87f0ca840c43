/**
 * What a view model is built from: the validated disclosure and the options
 * that change what is shown. No lit, no DOM: the models run in Node too.
 */
import type { Disclosure } from '../disclosure/index.js';
import type { Catalogue, Locale } from '../locale/index.js';
import type { Formatter } from '../format.js';
import type { MoneyUnit } from '../money.js';

export type DisclosureView = 'both' | 'table' | 'chart';

/** The context for a section printed in its own unit (`unit` on the section): its amounts are converted from that unit. */
export function inSectionUnit(context: RenderContext, unit: MoneyUnit | undefined): RenderContext {
  const format = context.format.from(unit);
  return format === context.format ? context : { ...context, format };
}

/** What a view model is built from; a new context (and model) whenever data, unit, language or options change. */
export interface RenderContext {
  disclosure: Disclosure;
  locale: Locale;
  catalogue: Catalogue;
  /** Formats amounts exactly in the display unit. */
  format: Formatter;
  hideZero: boolean;
  view: DisclosureView;
  headingLevel: number;
  /** A prefix for ids inside this element's shadow root. */
  idPrefix: string;
  /** The cross-check warnings of the element's sections, and where each is shown (filled as the tables render). */
  checks?: DataChecks;
}

/** Cross-check warnings and the table rows they concern, for the data-check note's links and the cells' marks. */
export interface DataChecks {
  /** JSON paths of the warnings. */
  paths: readonly string[];
  /** Where a warning's row is shown: table caption, row label, the row's id. Filled by renderTable on each render. */
  places: Map<string, { table: string; row: string; id: string }>;
}
