/**
 * A table as open data: CSV text (RFC 4180: fields with a comma, a quote or a
 * line break are quoted, quotes doubled, lines end in CRLF) that starts with
 * a UTF-8 byte order mark, so that Excel opens Chinese text correctly.
 * No lit, no DOM: the same rows the table shows, as plain data.
 *
 * What a cell becomes:
 * - an amount: its digits as shown, without the grouping commas ("9,337,400"
 *   → "9337400"). Amounts are shown in the disclosure's own unit unless the
 *   page sets `unit`, and any conversion is exact (powers of ten), so by
 *   default these are the published digits;
 * - a rate or share: as shown ("90.3%");
 * - a "—" (no figure): an empty field;
 * - a row's label: its name, with its classification code in a column of
 *   its own (the hierarchy: 类 201, 款 20132, 项 2013201).
 * A text field that a spreadsheet would take for a formula (it starts with
 * =, +, -, @, tab or CR and is not a number) gets a leading apostrophe.
 */
import type { Cell, Column, Row } from './rows.js';

export const BYTE_ORDER_MARK = '\uFEFF';

export interface CsvOptions {
  columns: readonly Column[];
  rows: readonly Row[];
  /** The header of the code column (added when a row has a code). */
  codeHeader: string;
  /** The money unit in the locale's words: added to the header of each amount column that does not say it already. */
  unit?: string;
  /** How the unit is added to a header ("金额（万元）", "Amount (10k yuan)"). */
  withUnit?: (label: string, unit: string) => string;
}

const NUMBER = /^-?[\d,]+(\.\d+)?$/;
/** Invisible bidi isolation marks (core/locale/bidi.ts) are for screens, not for data. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The CSV text of a table, with its byte order mark. */
export function tableToCsv(options: CsvOptions): string {
  const { columns, rows } = options;
  const dataRows = rows.filter((row) => row.kind !== 'zero-rows');
  const withCode = dataRows.some((row) => row.code !== undefined);
  const amountColumns = columns.map((column, index) => index > 0 && column.numeric === true && dataRows.some((row) => isAmount(row.cells[index - 1])));
  const header = columns.map((column, index) => {
    const label = plain(column.label);
    if (!amountColumns[index] || !options.unit || label.includes(options.unit)) return label;
    return options.withUnit ? options.withUnit(label, options.unit) : `${label} (${options.unit})`;
  });
  const lines: string[][] = [[...(withCode ? [options.codeHeader] : []), ...header]];
  for (const row of dataRows) {
    lines.push([...(withCode ? [textField(row.code ?? '')] : []), textField(row.label), ...columns.slice(1).map((_, index) => cellField(row.cells[index]))]);
  }
  return BYTE_ORDER_MARK + lines.map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n';
}

function isAmount(cell: Cell | undefined): boolean {
  if (cell === undefined) return false;
  if (typeof cell === 'string') return NUMBER.test(plain(cell).trim());
  return cell.kind === 'figure';
}

function cellField(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') {
    const text = plain(cell).trim();
    return NUMBER.test(text) ? text.replace(/,/g, '') : textField(text);
  }
  switch (cell.kind) {
    case 'figure': {
      const text = plain(cell.text).trim();
      return NUMBER.test(text) ? text.replace(/,/g, '') : textField(text);
    }
    case 'rate':
      return plain(cell.text).trim();
    case 'dash':
    case 'blank':
      // No amount: an empty field, as the document leaves the cell blank (never 0).
      return '';
  }
}

/** Text as it is, except that a spreadsheet must not run it as a formula. */
function textField(text: string): string {
  const value = plain(text);
  return /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, a quote, a CR or an LF; quotes doubled. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Parses RFC 4180 CSV, or tab-separated text as pasted from Excel, into rows
 * of fields: quoted fields with doubled quotes, CRLF, LF or CR, the byte
 * order mark dropped. Our own thirty lines rather than a dependency; the
 * importer reads spreadsheets with it, and readers' tools and the tests read
 * the CSV downloads.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t'): string[][] {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses CSV text (RFC 4180) back into rows of fields. */
export function parseCsv(text: string): string[][] {
  return parseDelimited(text, ',');
}
