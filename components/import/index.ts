/**
 * disclosure-elements/import: from the published document — a PDF with a
 * text layer, an XLSX workbook, CSV or tab-separated text, or the narrative
 * text/HTML — to a disclosure JSON that validates, with an import report
 * tracing every figure. Runs in Node and the browser; never part of the
 * elements' bundle. pdf.js is loaded only when a PDF is imported.
 *
 * Throws ImportError, and only ImportError.
 */
import { parseDisclosure, DisclosureError, type Disclosure } from '../core/disclosure/index.js';
import { ImportError } from './errors.js';
import { IMPORT_MESSAGES } from './messages.js';
import { MAX_INPUT_BYTES } from './limits.js';
import type { ImportReport, ReadDocument, TextLine } from './types.js';
import { mapDocument } from './tables/map.js';
import { locateWarnings, type ImportWarning } from './warnings.js';
import { readGrid } from './sheet/grid.js';
import { parseDelimited, sniffDelimiter } from './sheet/csv.js';

export { ImportError, UNREADABLE_CODES, type ImportErrorCode } from './errors.js';
export { MAX_INPUT_BYTES, MAX_PDF_PAGES, MAX_WORKBOOK_CELLS, MAX_UNZIPPED_BYTES } from './limits.js';
export { IMPORT_MESSAGES, placeOf, warningPlace } from './messages.js';
export type { ImportWarning } from './warnings.js';
export type * from './types.js';
export { STANDARD_TITLES, matchTitle, type StandardTableId } from './tables/titles.js';

export type ImportFormat = 'pdf' | 'xlsx' | 'csv' | 'tsv' | 'text';

export interface ImportOptions {
  /** The format; guessed from the bytes (and `fileName`) when absent. */
  format?: ImportFormat;
  /** The file's name, used to guess the format and in messages. */
  fileName?: string;
  /** Browser only: URL of pdf.js's worker (pdf.worker.min.mjs). */
  workerSrc?: string;
}

export interface ImportResult {
  /** The disclosure as parseDisclosure returns it (typed, normalised; derived amounts marked). */
  disclosure: Disclosure;
  /** The disclosure JSON to save or embed: exactly what was read, which parseDisclosure accepts. */
  json: Record<string, unknown>;
  /** The validator's cross-check warnings (where tables and narrative disagree; nothing is fixed), each with where it points in the document. */
  warnings: ImportWarning[];
  report: ImportReport;
}

type Input = Uint8Array | ArrayBuffer | string | Blob;

async function bytesOf(input: Input): Promise<Uint8Array | string> {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    if (input.size > MAX_INPUT_BYTES) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge(input.size));
    return new Uint8Array(await input.arrayBuffer());
  }
  throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported());
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

function detect(bytes: Uint8Array, fileName?: string): ImportFormat {
  // %PDF may follow a little junk; pdf.js looks within the first kilobyte too.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  // A name ending in .pdf without a PDF header is not a PDF (a picture or a Word file renamed): the content decides,
  // and binary that is neither is refused as unsupported, not read as a damaged PDF.
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.tsv')) return 'tsv';
  return 'text';
}

/** Text or HTML to lines: tags dropped (never interpreted), entities decoded, blocks on their own lines. */
export function textLines(text: string): TextLine[] {
  let plain = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/<\/?(?:p|div|br|li|h\d|td|tr|span|body|html)\b/i.test(plain)) {
    plain = plain
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<(?:br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&amp;/g, '&');
  }
  return plain
    .split(/\r?\n/)
    .map((line) => line.replace(/[\u00a0\u3000]/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, at: { kind: 'text', sentence: line } as const }));
}

async function read(input: Uint8Array | string, options: ImportOptions): Promise<ReadDocument> {
  if (typeof input === 'string') {
    const format = options.format ?? (sniffDelimiter(input) === '\t' ? 'tsv' : sniffDelimiter(input) === ',' ? 'csv' : 'text');
    if (format === 'csv' || format === 'tsv') return readGrid([{ rows: parseDelimited(input, format === 'csv' ? ',' : '\t') }]);
    if (format !== 'text') throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported());
    return { source: 'text', tables: [], text: textLines(input) };
  }
  const format = options.format ?? detect(input, options.fileName);
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf/read-pdf.js');
    return readPdf(input, options.workerSrc === undefined ? {} : { workerSrc: options.workerSrc });
  }
  if (format === 'xlsx') {
    const { readXlsx, NotAWorkbook } = await import('./sheet/xlsx.js');
    let sheets;
    try {
      sheets = readXlsx(input);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      // A zip that holds no workbook (a Word or other Office file): not a spreadsheet at all.
      if (error instanceof NotAWorkbook) throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported(), [message]);
      throw new ImportError('corrupt', IMPORT_MESSAGES.corruptSheet(), [message]);
    }
    return readGrid(sheets);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  if (text.includes('\u0000')) throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported());
  return read(text, format === 'text' ? {} : { format });
}

/**
 * Imports one document. `input`: the file's bytes (Uint8Array, ArrayBuffer,
 * Blob/File) or text (narrative, HTML, CSV, TSV). Resolves with the
 * validated disclosure, its cross-check warnings and the import report;
 * rejects with ImportError only.
 */
/**
 * Loads the PDF reader (pdf.js, a chunk of its own) and starts its worker
 * before a first PDF arrives: an import page calls it when the browser is
 * idle, so that the first import waits for neither, and every later PDF reuses
 * the worker. Nothing to do in Node.
 */
export async function preparePdfReader(options: Pick<ImportOptions, 'workerSrc'> = {}): Promise<void> {
  const reader = await import('./pdf/read-pdf.js');
  await reader.preparePdfReader(options.workerSrc === undefined ? {} : { workerSrc: options.workerSrc });
}

export async function importDisclosure(input: Input, options: ImportOptions = {}): Promise<ImportResult> {
  const started = Date.now();
  try {
    const data = await bytesOf(input);
    const size = typeof data === 'string' ? data.length : data.byteLength;
    if (size > MAX_INPUT_BYTES) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge(size));
    if (size === 0 || (typeof data === 'string' && data.trim().length === 0)) throw new ImportError('empty', IMPORT_MESSAGES.empty());
    const document = await read(data, options);
    const mapped = mapDocument(document);
    const figures = mapped.report.figures.length;
    if (mapped.tablesFound === 0 && (figures === 0 || !mapped.narrativeFound)) throw new ImportError('not-a-disclosure', IMPORT_MESSAGES.notADisclosure());
    // A template (every standard table, no figure anywhere) is refused, not imported as an empty disclosure.
    if (figures === 0) throw new ImportError('no-figures', IMPORT_MESSAGES.noFigures(mapped.tablesFound));
    let parsed;
    try {
      parsed = parseDisclosure(mapped.disclosure);
    } catch (error) {
      if (!(error instanceof DisclosureError)) throw error;
      throw new ImportError(
        'invalid',
        IMPORT_MESSAGES.invalid(error.problems.length),
        error.problems.map((problem) => `${problem.path || '(root)'}: ${problem.message.en}`),
      );
    }
    mapped.report.elapsedMs = Date.now() - started;
    return { disclosure: parsed.disclosure, json: mapped.disclosure, warnings: locateWarnings(parsed.warnings, mapped.report, mapped.disclosure), report: mapped.report };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // An unexpected failure inside the reader or the mapping: said in the catalogue's words; its own (English,
    // technical) words go in `details`, which the CLI prints, as every `corrupt` error's do.
    throw new ImportError('corrupt', IMPORT_MESSAGES.readFailed(), [message]);
  }
}
