/**
 * The one error type importDisclosure throws: a code, where, and the message
 * in every locale. Anything else going wrong inside a reader (pdf.js, the
 * unzip) is caught and turned into an ImportError.
 */
import type { LocalisedText } from '../core/locale/index.js';

export type ImportErrorCode =
  /** The input is empty. */
  | 'empty'
  /** The input is larger than the documented limit. */
  | 'too-large'
  /** Not a PDF, spreadsheet or text this importer reads. */
  | 'unsupported'
  /** A PDF, but pdf.js (the optional peer dependency pdfjs-dist) is not installed. */
  | 'pdf-reader-missing'
  /** The PDF is encrypted (password protected). */
  | 'encrypted'
  /** The PDF or the workbook is damaged or truncated. */
  | 'corrupt'
  /** A PDF without text: scanned pages. */
  | 'no-text-layer'
  /** Readable, but no standard table or narrative of a disclosure was found. */
  | 'not-a-disclosure'
  /** The standard tables are there but hold no figure (a template). */
  | 'no-figures'
  /** What was found does not make a valid disclosure (the contract's problems are listed). */
  | 'invalid';

/** Whether the file could not be read at all (CLI exit 2) or was read and is not a disclosure (exit 1). */
export const UNREADABLE_CODES: readonly ImportErrorCode[] = ['empty', 'too-large', 'encrypted', 'corrupt', 'pdf-reader-missing'];

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly localised: LocalisedText;
  /** Details: the contract's problems, pdf.js's own words … */
  readonly details: readonly string[];
  constructor(code: ImportErrorCode, message: LocalisedText, details: readonly string[] = []) {
    super(message.en);
    this.name = 'ImportError';
    this.code = code;
    this.localised = message;
    this.details = details;
  }
}
