/**
 * Where each cross-check warning of an import points in the document: the
 * validator names a JSON path; the import report knows the page, table, row
 * and column (or the sentence) each figure was read from. A figure stated in
 * the 情况说明 is found by its sentence, with the table figure it was
 * compared with.
 */
import type { DisclosureWarning } from '../core/disclosure/index.js';
import { valueAtPath } from '../core/disclosure/path.js';
import type { FigureSource, ImportReport } from './types.js';

/** A cross-check warning with the places in the document it is about. */
export interface ImportWarning extends DisclosureWarning {
  /** Where the figure at `path` was read, when it was read from the document (not worked out). */
  source?: FigureSource;
  /** For a figure stated in the text (情况说明): the sentence as read. */
  stated?: string;
  /** For a figure stated in the text: where the table figure it was compared with was read. */
  compared?: FigureSource;
}

type Json = Record<string, unknown>;

export function locateWarnings(warnings: readonly DisclosureWarning[], report: ImportReport, json: Json): ImportWarning[] {
  const byPath = new Map(report.figures.map((figure) => [figure.path, figure]));
  return warnings.map((warning) => {
    const located: ImportWarning = { ...warning };
    const source = byPath.get(warning.path);
    if (source) located.source = source;
    // A stated figure's field (…explanation.figures[1].amount): its sentence, and the table figure at its `ref`.
    const stated = /^(.*\.figures\[\d+\])\.[a-zA-Z]+$/.exec(warning.path);
    const figure = stated ? valueAtPath(json, stated[1]!) : undefined;
    if (figure && typeof figure === 'object') {
      const { text, ref } = figure as { text?: unknown; ref?: unknown };
      if (typeof text === 'string') located.stated = text;
      const compared = typeof ref === 'string' ? byPath.get(ref) : undefined;
      if (compared) located.compared = compared;
    }
    return located;
  });
}
