/**
 * A small XLSX reader: unzip with fflate (no known advisories; SheetJS's npm
 * `xlsx` 0.18.5 has open ones and is no longer published to npm), then read
 * the workbook's sheet list, shared strings, cell values and merged ranges
 * from the XML with a few regular expressions. Formulas are read by their
 * cached values; styles and dates are not needed for the standard tables.
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { GridSheet } from './grid.js';
import { ImportError } from '../errors.js';
import { IMPORT_MESSAGES } from '../messages.js';
import { MAX_WORKBOOK_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNZIPPED_BYTES } from '../limits.js';

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&amp;/g, '&');

/** The text of an <si> or <is>: every <t> run joined. */
const runs = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((match) => decode(match[1]!)).join('');

/** A cell reference ("B12") as [row, column] from 0; undefined beyond Excel's bounds (a damaged or hostile sheet). */
function cellIndex(ref: string): [number, number] | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const char of match[1]!) column = column * 26 + (char.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row >= 1 && row <= MAX_SHEET_ROWS && column <= MAX_SHEET_COLUMNS ? [row - 1, column - 1] : undefined;
}

/** A zip that is no workbook (no xl/workbook.xml): a Word document, say. */
export class NotAWorkbook extends Error {}

/** Reads every worksheet into a grid; merged ranges spread their text to every cell they cover. Throws on a damaged file. */
export function readXlsx(bytes: Uint8Array): GridSheet[] {
  // What the zip declares its sheets unzip to (fflate allocates that much for each), added up from its directory
  // before any file is inflated (a filter that takes no file inflates none): a small file declaring gigabytes (a zip
  // bomb) is refused, not unpacked.
  let declared = 0;
  unzipSync(bytes, {
    filter: (file) => {
      if (file.name.startsWith('xl/')) declared += file.originalSize;
      return false;
    },
  });
  if (declared > MAX_UNZIPPED_BYTES) throw new ImportError('too-large', IMPORT_MESSAGES.tooLargeUnzipped(declared));
  const files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') });
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new NotAWorkbook('xl/workbook.xml missing');
  const relations = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const match of relations.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => runs(match[1]!));
  const sheets: GridSheet[] = [];
  // Cells filled so far in the whole workbook (every sheet's grid is kept), merged ranges counted over every cell
  // they cover: refused past MAX_WORKBOOK_CELLS, before a range is spread (the check is on the range's area, so
  // nothing large is ever allocated; a workbook of many sheets adds up).
  let filled = 0;
  const tooMany = () => new ImportError('too-large', IMPORT_MESSAGES.tooManyCells());
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/\bname="([^"]*)"/.exec(match[0])?.[1] ?? '');
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    const xml = target ? text(`xl/${target}`) : undefined;
    if (!xml) continue;
    const rows: string[][] = [];
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
      if (!ref) continue;
      const type = /\bt="([^"]+)"/.exec(attributes)?.[1];
      const inner = cell[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let content = '';
      if (type === 's' && value !== undefined) content = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') content = runs(inner);
      else if (value !== undefined) content = decode(value);
      const index = cellIndex(ref);
      if (!index) throw new ImportError('corrupt', IMPORT_MESSAGES.corruptSheet(), [`cell reference ${ref} is beyond the sheet's bounds`]);
      if (++filled > MAX_WORKBOOK_CELLS) throw tooMany();
      const [r, c] = index;
      (rows[r] ??= [])[c] = content;
    }
    for (const merge of xml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
      const start = cellIndex(merge[1]!);
      const end = cellIndex(merge[2]!);
      if (!start || !end) throw new ImportError('corrupt', IMPORT_MESSAGES.corruptSheet(), [`merged range ${merge[1]}:${merge[2]} is beyond the sheet's bounds`]);
      const [r0, c0] = start;
      const [r1, c1] = end;
      filled += Math.max(0, r1 - r0 + 1) * Math.max(0, c1 - c0 + 1);
      if (filled > MAX_WORKBOOK_CELLS) throw tooMany();
      const content = rows[r0]?.[c0] ?? '';
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (rows[r] ??= [])[c] = content;
    }
    sheets.push({ name, rows: Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? '')) });
  }
  return sheets;
}
