/**
 * From pdf.js text items to tables: items → lines (clustered by baseline) →
 * the standard tables found by their titles → columns (amount columns from
 * the figures' right edges, labelled by the header texts above them) and
 * rows (a wrapped label joined to the row whose figures it belongs to, above
 * or below them). Pure: no pdf.js here, so it is tested on plain items.
 */
import type { ImportedTable, ReadDocument, SourceRef, TableColumn, TableRow, TextCell, TextLine } from '../types.js';
import { isAmountText, isCodeText, tightenCjk } from '../text.js';
import { matchTitle } from '../tables/titles.js';
import { NARRATIVE_HEADING } from '../narrative/headings.js';

export interface PdfItem {
  text: string;
  /** Left edge and baseline, in PDF points from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface PdfPage {
  number: number;
  items: PdfItem[];
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

interface Line {
  y: number;
  page: number;
  chunks: Chunk[];
  text: string;
}

const at = (chunk: { page: number; x0: number; y: number }): SourceRef => ({ kind: 'pdf', page: chunk.page, x: Math.round(chunk.x0), y: Math.round(chunk.y) });

/** Items on (nearly) one baseline form a line; neighbours with no gap between them join into one chunk, figures never. */
export function linesOf(page: PdfPage): Line[] {
  const items = page.items
    .map((item) => ({ ...item, text: item.text.replace(/\s+/g, ' ').trim() }))
    .filter((item) => item.text.length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of items) {
    const tolerance = Math.max(1.5, item.size * 0.2);
    let line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= tolerance);
    if (!line) {
      line = { y: item.y, page: page.number, chunks: [], text: '' };
      lines.push(line);
    }
    line.chunks.push({ text: item.text, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size, page: page.number });
  }
  for (const line of lines) {
    line.chunks.sort((a, b) => a.x0 - b.x0);
    const merged: Chunk[] = [];
    for (const chunk of line.chunks) {
      // One item may hold several cells ("一、财政拨款收入   91,016,775.35 一、一般公共服务支出"): split figures from
      // words, and words from words where a wide gap (3+ spaces) separates them. Positions are estimated from the
      // characters' widths (a CJK character is about a font size wide, others about half).
      const wide = /\s{3,}/.test(chunk.text);
      const tokens = chunk.text.split(' ');
      if ((tokens.length > 1 && tokens.some((token) => isAmountText(token))) || wide) {
        const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2E80-\u9FFF\uFF00-\uFFEF“”（）]/.test(char) ? 1 : 0.5), 0);
        const total = widthOf(chunk.text) || 1;
        const scale = (chunk.x1 - chunk.x0) / total;
        const pieces = chunk.text.split(/(\s{3,})/).flatMap((piece) => (/^\s+$/.test(piece) ? [piece] : piece.split(/(\s)/)));
        let offset = 0;
        let words: { text: string; start: number; end: number } | undefined;
        const flush = () => {
          if (words) merged.push({ ...chunk, text: words.text.trim(), x0: chunk.x0 + words.start * scale, x1: chunk.x0 + words.end * scale });
          words = undefined;
        };
        for (const piece of pieces) {
          const width = widthOf(piece);
          if (/^\s{3,}$/.test(piece)) flush();
          else if (/^\s$/.test(piece)) {
            if (words) words.text += ' ';
          } else if (isAmountText(piece)) {
            flush();
            merged.push({ ...chunk, text: piece, x0: chunk.x0 + offset * scale, x1: chunk.x0 + (offset + width) * scale });
          } else if (words) {
            words.text += piece;
            words.end = offset + width;
          } else words = { text: piece, start: offset, end: offset + width };
          offset += width;
        }
        flush();
        continue;
      }
      const previous = merged[merged.length - 1];
      const gap = previous ? chunk.x0 - previous.x1 : Infinity;
      const textual = (text: string) => !isAmountText(text);
      if (previous && gap < chunk.size * 0.5 && textual(previous.text) && textual(chunk.text) && !isCodeText(previous.text)) {
        previous.text = `${previous.text}${chunk.text}`;
        previous.x1 = Math.max(previous.x1, chunk.x1);
      } else merged.push({ ...chunk });
    }
    for (const chunk of merged) chunk.text = tightenCjk(chunk.text);
    line.chunks = merged.filter((chunk) => chunk.text.length > 0);
    line.text = line.chunks.map((chunk) => chunk.text).join(' ');
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.filter((line) => line.chunks.length > 0);
}

const NOTE = /^(?:注|说明)[:：]/;
const UNIT = /单位[:：]\s*(万元|元)/;
const DEPARTMENT = /编制(?:部门|单位)[:：]\s*(\S+)/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** Header words that name the label or code columns, never an amount column. */
const LABEL_HEADER = /^(?:项目|科目名称|功能分类|科目编码|功能分类科目编码|功能分类科目名称|经济分类|经济分类科目编码|类|款|项|收入|支出|本年收入|本年支出)$/;

interface OpenTable {
  table: ImportedTable;
  header: Line[];
  body: Line[];
  /** The table ended (a 注 line): later pages do not continue it. */
  closed: boolean;
}

/** Reads every page: the standard tables and the text outside them. */
export function readPdfLayout(pages: readonly PdfPage[]): ReadDocument {
  const tables: OpenTable[] = [];
  const text: TextLine[] = [];
  let open: OpenTable | undefined;
  for (const page of pages) {
    const lines = linesOf(page);
    // A page that starts with table rows (no title) continues the open table.
    let continuing = open !== undefined && !open.closed;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const compact = line.text.replace(/\s+/g, '');
      const title = matchTitle(compact);
      if (title) {
        if (open) open.closed = true;
        // The department and year may stand on the line above ("上海市规划和自然资源局 2024 年度部门决算表").
        const above = lines[index - 1];
        const aboveText = above?.text.replace(/\s+/g, '') ?? '';
        const yearMatch = YEAR.exec(compact) ?? (aboveText.endsWith('决算表') || aboveText.endsWith('预算表') ? YEAR.exec(aboveText) : null);
        const table: ImportedTable = {
          title: compact,
          titleAt: at(line.chunks[0]!),
          columns: [],
          rows: [],
          notes: [],
          unplaced: [],
        };
        if (yearMatch) table.year = Number(yearMatch[1]);
        const headingDepartment = /^(.+?)\d{4}年度?部门(?:决算|预算)表$/.exec(aboveText);
        if (headingDepartment) table.department = headingDepartment[1];
        open = { table, header: [], body: [], closed: false };
        tables.push(open);
        continuing = true;
        continue;
      }
      if (!open || open.closed || !continuing) {
        text.push({ text: line.text, at: at(line.chunks[0]!) });
        continue;
      }
      if (NOTE.test(compact)) {
        open.table.notes.push({ text: compact, at: at(line.chunks[0]!) });
        // A 说明 may follow the 注 on the next line; the table ends at either.
        const next = lines[index + 1]?.text.replace(/\s+/g, '') ?? '';
        if (!NOTE.test(next)) open.closed = true;
        continue;
      }
      const unit = UNIT.exec(compact);
      const department = DEPARTMENT.exec(line.text);
      if (unit || department) {
        if (unit) open.table.unit = unit[1] as '元' | '万元';
        if (department) open.table.department = department[1]!.replace(/单位[:：].*$/, '');
        continue;
      }
      // A part heading (第三部分 …) or a budget's narrative heading ends a table that ran to the end of its page.
      if (/^第[一二三四五六七八九十]+部分/.test(compact) || NARRATIVE_HEADING.test(compact)) {
        open.closed = true;
        text.push({ text: line.text, at: at(line.chunks[0]!) });
        continue;
      }
      // A sentence after the last table (the 情况说明 of a budget) ends it.
      if (open.body.length > 0 && /[。；]/.test(compact) && compact.length > 24 && !line.chunks.some((chunk) => isAmountText(chunk.text))) {
        open.closed = true;
        continuing = false;
        text.push({ text: line.text, at: at(line.chunks[0]!) });
        continue;
      }
      const hasFigure = line.chunks.some((chunk) => isAmountText(chunk.text) || isCodeText(chunk.text));
      const startsItem = /^(?:[一二三四五六七八九十]+、|\d+[.．、]\D)/.test(compact);
      if (open.body.length === 0 && !hasFigure && !startsItem) open.header.push(line);
      else if (open.body.length > 0 && !hasFigure && isRepeatedHeader(line, open.header)) open.header.push(line);
      else open.body.push(line);
    }
  }
  const result: ImportedTable[] = [];
  for (const entry of tables) {
    buildTable(entry);
    result.push(entry.table);
  }
  return { source: 'pdf', tables: result, text, pages: pages.length };
}

/** A continuation page that repeats the header (budgets do): its header words are all in the first header. */
function isRepeatedHeader(line: Line, header: readonly Line[]): boolean {
  if (header.length === 0) return false;
  const known = new Set(header.flatMap((headerLine) => headerLine.chunks.map((chunk) => chunk.text)));
  const anchorWord = line.chunks.some((chunk) => /^(?:项目|科目编码|科目名称|功能分类科目编码|功能分类科目名称|经济分类科目编码)$/.test(chunk.text));
  return (anchorWord || line.chunks.length >= 2) && line.chunks.every((chunk) => known.has(chunk.text) || LABEL_HEADER.test(chunk.text));
}

interface Slot {
  role: 'code' | 'label' | 'value';
  group: number;
  x0: number;
  x1: number;
}

function buildTable(entry: OpenTable): void {
  const { table, header, body } = entry;
  // The first row's label may wrap above its figures: text lines just above the first row are not header.
  while (header.length > 0 && body.length > 0) {
    const last = header[header.length - 1]!;
    const first = body[0]!;
    const size = first.chunks[0]!.size;
    const headerLike = last.chunks.some((chunk) => /^(?:项目|决算数|预算数|合计|小计|基本支出|项目支出|科目名称|科目编码)$/.test(chunk.text));
    if (last.page !== first.page || last.y - first.y > size * 1.1 || headerLike) break;
    body.unshift(header.pop()!);
  }
  // Sides of a two-sided table start where a second "项目" / "科目编码" / "经济分类" header word stands.
  const groupStarts = findGroupStarts(header, body);
  const groupOf = (x: number) => {
    let group = 0;
    for (let index = 0; index < groupStarts.length; index++) if (x >= groupStarts[index]!) group = index + 1;
    return group;
  };
  // Value columns: clusters of the figures' right edges (figures are right-aligned), per side.
  const valueSlots: Slot[] = [];
  for (const line of body) {
    for (const chunk of line.chunks) {
      if (!isAmountText(chunk.text) || isLeadingCode(chunk, line)) continue;
      const group = groupOf(chunk.x0);
      const slot = valueSlots.find((candidate) => candidate.group === group && Math.abs(candidate.x1 - chunk.x1) <= chunk.size * 1.2);
      if (slot) {
        slot.x0 = Math.min(slot.x0, chunk.x0);
        slot.x1 = (slot.x1 + chunk.x1) / 2;
      } else valueSlots.push({ role: 'value', group, x0: chunk.x0, x1: chunk.x1 });
    }
  }
  // Header leaves over amount columns that hold no figure (a blank column) still make columns.
  const headerLeaves = headerColumns(header, groupOf);
  for (const leaf of headerLeaves) {
    const covered = valueSlots.some((slot) => slot.group === leaf.group && overlap(slot.x0, slot.x1, leaf.x0 - 4, leaf.x1 + 4) > 0);
    if (!covered) valueSlots.push({ role: 'value', group: leaf.group, x0: leaf.x0, x1: leaf.x1 });
  }
  const groups = Math.max(groupStarts.length + 1, 1);
  const slots: Slot[] = [];
  for (let group = 0; group < groups; group++) {
    const start = group === 0 ? -Infinity : groupStarts[group - 1]!;
    slots.push({ role: 'code', group, x0: start, x1: start });
    slots.push({ role: 'label', group, x0: start, x1: start });
    slots.push(...valueSlots.filter((slot) => slot.group === group).sort((a, b) => a.x1 - b.x1));
  }
  const headerLines = header.filter((line) => line.page === header[0]?.page);
  const headers = slots.map((slot) => (slot.role === 'value' ? headerTextsOver(headerLines, slot) : []));
  // A column of narrow figures ("0" under 事业收入) stands at the right edge of its cell, away from the header
  // centred over the cell: a column left without a header takes the words centred in its cell, from the figures
  // of the column before it to its own right edge (figures are right-aligned).
  slots.forEach((slot, index) => {
    if (slot.role !== 'value' || headers[index]!.length > 0) return;
    const before = slots.slice(0, index).filter((other) => other.role === 'value' && other.group === slot.group).at(-1);
    if (!before) return;
    const taken = new Set(headers.flatMap((texts) => texts));
    headers[index] = headerTextsOver(headerLines, slot, [before.x1, slot.x1 + 2]).filter((text) => !taken.has(text));
  });
  table.columns = slots.map((slot, index): TableColumn => ({ role: slot.role, group: slot.group, header: headers[index]! }));

  // Rows: a line with a figure, a code or a total is a row anchor; a text-only line is a row of its own
  // when it starts a new item (enumerated, or a table without codes where the previous row is complete),
  // else the wrapped part of the nearest anchor's label, on its side of the table.
  const rowsByGroup: Map<number, PendingRow[]> = new Map();
  const anchorsOf = (group: number) => rowsByGroup.get(group) ?? (rowsByGroup.set(group, []), rowsByGroup.get(group)!);
  const loose: { chunk: Chunk; group: number }[] = [];
  for (const line of body) {
    const byGroup = new Map<number, Chunk[]>();
    for (const chunk of line.chunks) {
      const group = groupOf(chunk.x0);
      byGroup.set(group, [...(byGroup.get(group) ?? []), chunk]);
    }
    for (const [group, chunks] of byGroup) {
      const figures = chunks.filter((chunk) => isAmountText(chunk.text) && !isLeadingCode(chunk, line));
      const codes = chunks.filter((chunk) => isLeadingCode(chunk, line));
      const labels = chunks.filter((chunk) => !figures.includes(chunk) && !codes.includes(chunk));
      const total = labels.some((chunk) => /^(?:合计|总计|本年收入合计|本年支出合计)/.test(chunk.text));
      const startsItem = labels.length > 0 && /^(?:[一二三四五六七八九十]+、|\d+[.．、]|（[一二三四五六七八九十]+）)/.test(labels[0]!.text);
      if (figures.length > 0 || codes.length > 0 || total || startsItem) {
        anchorsOf(group).push({ y: line.y, page: line.page, codes, labels: labels.map((chunk) => ({ chunk, y: chunk.y })), figures, first: chunks[0]! });
      } else {
        for (const chunk of labels) loose.push({ chunk, group });
      }
    }
  }
  // A code standing a little above or below its figures (a cell's text vertically centred apart) is one row.
  for (const anchors of rowsByGroup.values()) {
    for (let index = anchors.length - 1; index > 0; index--) {
      const upper = anchors[index - 1]!;
      const lower = anchors[index]!;
      const close = upper.page === lower.page && upper.y - lower.y < lower.first.size * 0.8;
      const codeOnly = (row: PendingRow) => row.codes.length > 0 && row.figures.length === 0;
      const figuresOnly = (row: PendingRow) => row.codes.length === 0 && row.figures.length > 0;
      if (close && ((codeOnly(upper) && figuresOnly(lower)) || (figuresOnly(upper) && codeOnly(lower)))) {
        upper.codes.push(...lower.codes);
        upper.figures.push(...lower.figures);
        upper.labels.push(...lower.labels);
        anchors.splice(index, 1);
      }
    }
  }
  const spacing = new Map<number, number>();
  for (const [group, anchors] of rowsByGroup) {
    const gaps = anchors
      .slice(1)
      .map((row, index) => (row.page === anchors[index]!.page ? anchors[index]!.y - row.y : 0))
      .filter((gap) => gap > 0)
      .sort((a, b) => a - b);
    spacing.set(group, gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : Infinity);
  }
  for (const { chunk, group } of loose) {
    const anchors = anchorsOf(group).filter((row) => row.page === chunk.page);
    const codeTable = anchors.some((row) => row.codes.length > 0);
    if (!codeTable) {
      // Without codes, a text line a full row below the last row is a row of its own (使用非财政拨款结余), a closer one its wrapped end.
      const above = anchors.filter((row) => row.y > chunk.y).sort((a, b) => a.y - b.y)[0];
      if (!above || above.y - chunk.y >= (spacing.get(group) ?? Infinity) * 0.8) {
        anchors.push({ y: chunk.y, page: chunk.page, codes: [], labels: [{ chunk, y: chunk.y }], figures: [], first: chunk });
        anchorsOf(group).push(anchors[anchors.length - 1]!);
        continue;
      }
    }
    let best: PendingRow | undefined;
    let bestDistance = Infinity;
    for (const row of anchors) {
      const dy = row.y - chunk.y; // > 0: the row stands above the text
      if (!codeTable && dy < 0) continue; // without codes a wrapped label continues the row above
      // A wrapped label sits below its row's figures more often than above the next row's (ties go up).
      const distance = Math.abs(dy) * (dy > 0 ? 0.9 : 1);
      if (distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    if (best && bestDistance <= chunk.size * 2.6) best.labels.push({ chunk, y: chunk.y });
    else table.unplaced.push({ text: chunk.text, at: at(chunk) });
  }
  // One row per anchor, sides side by side in reading order (top to bottom, left side first).
  const rows: { order: [number, number, number]; row: TableRow }[] = [];
  for (const [group, anchors] of rowsByGroup) {
    for (const anchor of anchors) {
      const cells: (TextCell | undefined)[] = slots.map(() => undefined);
      const codeIndex = slots.findIndex((slot) => slot.role === 'code' && slot.group === group);
      const labelIndex = slots.findIndex((slot) => slot.role === 'label' && slot.group === group);
      if (anchor.codes.length > 0) {
        // Budgets print 类 / 款 / 项 in three columns: "201 03 01" is 2010301.
        cells[codeIndex] = { text: anchor.codes.map((chunk, index) => (index === 0 ? chunk.text : chunk.text.padStart(2, '0'))).join(''), at: at(anchor.codes[0]!) };
      }
      const labels = anchor.labels.sort((a, b) => b.y - a.y || a.chunk.x0 - b.chunk.x0);
      if (labels.length > 0) cells[labelIndex] = { text: labels.map((label) => label.chunk.text).join(''), at: at(labels[0]!.chunk) };
      for (const figure of anchor.figures) {
        let best = -1;
        let bestDistance = Infinity;
        slots.forEach((slot, index) => {
          if (slot.role !== 'value' || slot.group !== group) return;
          const distance = Math.abs(slot.x1 - figure.x1);
          if (distance < bestDistance) {
            best = index;
            bestDistance = distance;
          }
        });
        if (best < 0 || cells[best]) table.unplaced.push({ text: figure.text, at: at(figure) });
        else cells[best] = { text: figure.text, at: at(figure) };
      }
      rows.push({ order: [anchor.page, -anchor.y, group], row: { cells, at: at(anchor.first) } });
    }
  }
  rows.sort((a, b) => a.order[0] - b.order[0] || a.order[2] - b.order[2] || a.order[1] - b.order[1]);
  table.rows = rows.map((entry) => entry.row);
}

interface PendingRow {
  y: number;
  page: number;
  codes: Chunk[];
  labels: { chunk: Chunk; y: number }[];
  figures: Chunk[];
  first: Chunk;
}

/** A code is the first chunk(s) of its side: "208", "20805", or the 类/款/项 parts "201" "03" "01". */
function isLeadingCode(chunk: Chunk, line: Line): boolean {
  const text = chunk.text;
  if (!/^\d+$/.test(text)) return false;
  if (isCodeText(text)) {
    // A whole-number figure right of a label is a figure, not a code.
    const before = line.chunks.filter((other) => other.x1 <= chunk.x0 + 0.5 && Math.abs(other.x1 - chunk.x0) < 200);
    return before.length === 0 || before.every((other) => /^\d+$/.test(other.text) && other.text.length <= 3) || before.some((other) => isAmountText(other.text) && other.text.includes('.'));
  }
  // A 款/项 part printed in its own column; some documents drop its leading zero ("301 2" for 30102).
  if (/^\d{1,2}$/.test(text)) {
    const index = line.chunks.indexOf(chunk);
    const previous = line.chunks[index - 1];
    return previous !== undefined && /^\d{2,3}$/.test(previous.text) && chunk.x0 - previous.x1 < 80 && isLeadingCode(previous, line);
  }
  return false;
}

function findGroupStarts(header: readonly Line[], body: readonly Line[]): number[] {
  // Only a header word printed twice or more on one line starts a second side.
  let distinct: Chunk[] = [];
  for (const line of header) {
    for (const word of ['项目', '经济分类', '科目编码', '经济分类科目编码']) {
      const same = line.chunks.filter((chunk) => chunk.text === word).sort((a, b) => a.x0 - b.x0);
      const spread: Chunk[] = [];
      for (const chunk of same) if (!spread.some((other) => Math.abs(other.x0 - chunk.x0) < 60)) spread.push(chunk);
      if (spread.length > distinct.length) distinct = spread;
    }
  }
  if (distinct.length < 2) return [];
  const starts: number[] = [];
  for (const second of distinct.slice(1)) {
    // The side starts right after the figures of the side before it.
    const previousFigureEnds = body
      .flatMap((line) => line.chunks)
      .filter((chunk) => isAmountText(chunk.text) && !isCodeText(chunk.text) && chunk.x1 <= second.x0 + 2)
      .map((chunk) => chunk.x1);
    const edge = previousFigureEnds.length > 0 ? Math.max(...previousFigureEnds) + 1 : second.x0 - 40;
    starts.push(Math.min(edge, second.x0));
  }
  return starts;
}

/**
 * Header chunks that name amount columns (not the label/code columns), with their side: the lowest header
 * line's, and a higher line's leaf naming one expense (…费; no header word under it) —
 * the commerce budgets' “三公” table prints 合计, 因公出国(境)费 and 公务接待费 a line above 小计, 购置费 and
 * 运行费, and leaves 因公出国(境)费 blank: without its column the figures after it would shift.
 */
function headerColumns(header: readonly Line[], groupOf: (x: number) => number): { x0: number; x1: number; group: number }[] {
  const lowest = header.length > 0 ? header[header.length - 1]! : undefined;
  if (!lowest) return [];
  const named = (chunk: Chunk) => !LABEL_HEADER.test(chunk.text) && !/单位/.test(chunk.text);
  const lowestWords = lowest.chunks.filter(named);
  const leaves = header.slice(0, -1).flatMap((line, index) =>
    line.chunks.filter(
      (chunk) =>
        named(chunk) &&
        isAmountHeaderLeaf(chunk) &&
        !header.slice(index + 1).some((below) => below.chunks.some((other) => overlap(chunk.x0, chunk.x1, other.x0, other.x1) > 0)),
    ),
  );
  return [...lowestWords, ...leaves].map((chunk) => ({ x0: chunk.x0, x1: chunk.x1, group: groupOf(chunk.x0) }));
}

/**
 * A header word that names one kind of expense (…费), not a heading spanning several columns. (合计 is not
 * taken: its figures often stand right of the word, and a figure column of its own covers it.)
 */
function isAmountHeaderLeaf(chunk: Chunk): boolean {
  return /费$/.test(chunk.text);
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/**
 * The header texts over a column, outermost first; stacked wrapped words ("附属单位" / "上缴收入") join into one.
 * Over the column's centre; or, given `cell` (its left and right edges), centred within it.
 */
function headerTextsOver(header: readonly Line[], slot: Slot, cell?: [number, number]): string[] {
  const centre = (slot.x0 + slot.x1) / 2;
  const isOver = (chunk: Chunk) => (cell ? cell[0] < (chunk.x0 + chunk.x1) / 2 && (chunk.x0 + chunk.x1) / 2 <= cell[1] : chunk.x0 - 6 <= centre && centre <= chunk.x1 + 6);
  const over = header
    .flatMap((line) => line.chunks.map((chunk) => ({ chunk, line })))
    .filter(({ chunk }) => !LABEL_HEADER.test(chunk.text) && !/单位[:：]/.test(chunk.text))
    .filter(({ chunk }) => isOver(chunk))
    .sort((a, b) => b.chunk.y - a.chunk.y);
  const texts: string[] = [];
  let previous: Chunk | undefined;
  for (const { chunk } of over) {
    // Wrapped words of one cell stand close under each other and about as wide.
    const wrapped = previous && previous.y - chunk.y < chunk.size * 1.8 && Math.abs(previous.x0 - chunk.x0) < chunk.size * 2.5 && chunk.x1 - chunk.x0 <= previous.x1 - previous.x0 + 1;
    if (wrapped && texts.length > 0) texts[texts.length - 1] += chunk.text;
    else texts.push(chunk.text);
    previous = chunk;
  }
  return texts.filter((text, index) => texts.indexOf(text) === index);
}
