/**
 * The importer's one intermediate representation: a table with its title,
 * unit, header and rows, every cell keeping where it was read (PDF page and
 * position, spreadsheet cell, or the sentence). The PDF, spreadsheet and
 * narrative readers produce it; tables/ recognises the standard tables in it
 * and maps them to the contract. No DOM, no lit.
 */
import type { LocalisedText } from '../core/locale/index.js';

/** Where one piece of text was read. */
export type SourceRef =
  | { kind: 'pdf'; page: number; x: number; y: number }
  | { kind: 'sheet'; sheet?: string; cell: string }
  | { kind: 'text'; sentence: string; offset?: number };

export interface TextCell {
  text: string;
  at: SourceRef;
}

/** A column's role: the classification code, the row label, or a figure. */
export type ColumnRole = 'code' | 'label' | 'value';

export interface TableColumn {
  role: ColumnRole;
  /** Header texts over the column, outermost first (["财政拨款“三公”经费", "合计", "预算数"]); [] when none. */
  header: string[];
  /** Side of a two-sided table (收入 | 支出; the two code/name/amount groups of 基本支出决算表): 0, 1 … */
  group: number;
}

export interface TableRow {
  /** One cell per column (parallel to `columns`); undefined is a blank cell. */
  cells: (TextCell | undefined)[];
  at: SourceRef;
}

export interface ImportedTable {
  /** The title as printed, white space removed (“2025年部门财务收支预算总表”). */
  title: string;
  titleAt: SourceRef;
  /** The unit stated over the table, when stated. */
  unit?: '元' | '万元';
  /** 编制部门 or the department named in the title line, as printed. */
  department?: string;
  /** The year named in the title, when named. */
  year?: number;
  columns: TableColumn[];
  rows: TableRow[];
  /** 注 / 说明 lines under the table, as printed. */
  notes: TextCell[];
  /** Text in the table area that could not be placed in a cell. */
  unplaced: TextCell[];
}

/** Text of the document outside the tables, with where each line came from. */
export interface TextLine {
  text: string;
  at: SourceRef;
}

/** What a reader hands to the recogniser. */
export interface ReadDocument {
  source: 'pdf' | 'sheet' | 'text';
  tables: ImportedTable[];
  /** Lines outside the tables, in reading order (the 概况, 情况说明, 名词解释). */
  text: TextLine[];
  pages?: number;
}

/** Where one figure of the output came from. */
export interface FigureSource {
  /** JSON path in the output disclosure (accountSummary.income[0].amount). */
  path: string;
  value: string | number;
  /** The standard table it was read from, as titled in the document; absent for the narrative. */
  table?: string;
  row?: string;
  column?: string;
  at: SourceRef;
}

export type ReportNoteCode =
  | 'table-missing'
  | 'table-empty'
  | 'section-missing'
  | 'not-understood'
  | 'blank-cell'
  | 'unit-mismatch'
  | 'table-unit'
  | 'narrative-only'
  | 'not-mapped';

export interface ReportNote {
  code: ReportNoteCode;
  message: LocalisedText;
  at?: SourceRef;
  table?: string;
}

export interface ImportReport {
  source: 'pdf' | 'sheet' | 'text';
  pages?: number;
  /** Titles of the standard tables found, as printed. */
  tablesFound: string[];
  /** Standard tables the document kind has but the document does not (names in the standard wording). */
  tablesMissing: string[];
  /** Sections of the contract that stay absent. */
  sectionsMissing: string[];
  figures: FigureSource[];
  notes: ReportNote[];
  /** How long the import took, in milliseconds. */
  elapsedMs?: number;
}
