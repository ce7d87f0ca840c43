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
import { MAX_UNZIPPED_BYTES } from '../limits.js';

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

function cellIndex(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let column = 0;
  for (const char of match[1]!) column = column * 26 + (char.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
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
      const [r, c] = cellIndex(ref);
      (rows[r] ??= [])[c] = content;
    }
    for (const merge of xml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
      const [r0, c0] = cellIndex(merge[1]!);
      const [r1, c1] = cellIndex(merge[2]!);
      const content = rows[r0]?.[c0] ?? '';
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (rows[r] ??= [])[c] = content;
    }
    sheets.push({ name, rows: Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? '')) });
  }
  return sheets;
}
