/**
 * Table building blocks every element uses: a real <table> with a caption,
 * column headers with scope, short row headers (code + name; the published
 * note and any mark are the header's description, not part of its name),
 * right-aligned numeric cells with tabular figures, totals marked, and zero
 * rows collapsed into one line under `hide-zero`.
 *
 * A table with nested rows is a `treegrid`: each row says its level
 * (aria-level), its position among its siblings (aria-posinset /
 * aria-setsize) and, when it has children, whether they are shown
 * (aria-expanded). The arrow keys move between row headers; Right opens a
 * row, Left closes it (or goes to its parent).
 *
 * The table sits in a wrapper that scrolls when narrow; the element makes the
 * wrapper a named, focusable region only while it actually scrolls (see
 * element/scroll-regions.ts).
 *
 * Layout hooks for narrow containers and print (styles.ts, "Readers"): a
 * table of more than three columns has `data-reflow`, and each data cell a
 * `data-label` (its column's header), so that below 30rem a row reads as its
 * label followed by label–value pairs while staying a table. Under each
 * table a "下载 CSV" button saves its rows (csv.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Catalogue } from '../locale/index.js';
import type { DataChecks } from '../element/context.js';
import { collapseZeroRows, DATA_LANG, type Column, type Row } from './rows.js';
import { columnDecimals, padRows } from './decimals.js';
import { renderCompletionBar } from '../charts/completion.js';
import { tableToCsv } from './csv.js';
import { downloadText, fileName } from '../element/download.js';

export type { Cell, Column, Row } from './rows.js';
export { collapseZeroRows, DATA_LANG, NOT_APPLICABLE, NOT_PUBLISHED } from './rows.js';

/** What the template adds to a row of the model: its expand/collapse button and selection (view state and event handlers). */
export interface RowInteraction {
  /** An expand/collapse button before the label, for rows with children. */
  toggle?: { expanded: boolean; label: string; onToggle: (event: Event) => void };
  /** Marks the row selected (it is the chart's selected mark). */
  selected?: boolean;
  /** Called when the row is clicked. */
  onSelect?: () => void;
  /** The label as markup (e.g. with glossary terms marked); default the row's label text. */
  label?: TemplateResult | string;
}

export interface TableOptions {
  id: string;
  caption: string;
  columns: readonly Column[];
  rows: readonly Row[];
  catalogue: Catalogue;
  hideZero?: boolean;
  /** Rows shown after the body in <tfoot>. */
  footer?: readonly Row[];
  /** The row's button and selection, where the element has them. */
  interaction?: (row: Row) => RowInteraction | undefined;
  /** Cross-check warnings (the context's `checks`): a row whose `path` one of them starts with is marked, and its place recorded for the note. */
  checks?: DataChecks;
  /**
   * The "下载 CSV" file: `rows`, when the table shows only some (e.g. the
   * collapsed levels of a hierarchy; default: `rows`, zero rows included,
   * then `footer`), and the money `unit` in the locale's words, added to each
   * amount column's header that lacks it. `rows` may be a function: the rows
   * are then worked out only when the file is asked for (a hierarchy of
   * thousands of rows is not walked on every render). `false`: no button.
   */
  csv?: false | { rows?: readonly Row[] | (() => readonly Row[]); unit?: string };
  /**
   * Every row the table can show, when `rows` are only some of them (the
   * open levels of a hierarchy): they set each column's decimals, so that
   * opening a row never changes how the column reads. Default: `rows`.
   */
  precision?: Iterable<Row>;
}

/** The id of a row (for the data-check note's links and for focusing it). */
export function rowId(tableId: string, key: string): string {
  return `${tableId}-row-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** True when a warning at one of `paths` concerns the row at `rowPath`: the row itself or one field of it (not a row below it). */
export function concerns(paths: readonly string[] | undefined, rowPath: string | readonly string[] | undefined): boolean {
  if (!paths || !rowPath) return false;
  const own = typeof rowPath === 'string' ? [rowPath] : rowPath;
  return paths.some((path) => own.some((row) => path === row || (path.startsWith(`${row}.`) && !/[.[]/.test(path.slice(row.length + 1)))));
}

/** Each row's position among its siblings (aria-posinset / aria-setsize), from the rows in order. */
function positions(rows: readonly Row[]): Map<Row, { position: number; size: number }> {
  const result = new Map<Row, { position: number; size: number }>();
  // One open group of siblings per level; a shallower row closes the deeper groups.
  const groups: Row[][] = [];
  const close = (level: number) => {
    while (groups.length > level) {
      const group = groups.pop()!;
      group.forEach((row, index) => result.set(row, { position: index + 1, size: group.length }));
    }
  };
  for (const row of rows) {
    close(row.level + 1);
    while (groups.length < row.level + 1) groups.push([]);
    groups[row.level]!.push(row);
  }
  close(0);
  return result;
}

/** The CSV text of a table as renderTable offers it (the rows, then the footer). */
export function csvOf(options: TableOptions): string {
  const csv = options.csv || {};
  const rows = typeof csv.rows === 'function' ? csv.rows() : (csv.rows ?? options.rows);
  return tableToCsv({
    columns: options.columns,
    rows: [...rows, ...(options.footer ?? [])],
    codeHeader: options.catalogue.element.csvCode,
    unit: csv.unit,
    withUnit: (label, unit) => options.catalogue.element.amountWithUnit(label, unit),
  });
}

export function renderTable(options: TableOptions): TemplateResult {
  const { id, caption, columns, catalogue } = options;
  // One display rule per column: the same decimals for every figure (zeros added, never rounded), set by every row the table can show.
  // (A hierarchy whose every row would cost too much to work out up front, e.g. 3,000 项 whose CSV rows are a
  // function, sets its columns by the rows shown.)
  const every = options.precision ?? (options.csv && Array.isArray(options.csv.rows) ? options.csv.rows : undefined) ?? options.rows;
  const places = columnDecimals(columns, [...every, ...(options.footer ?? [])]);
  const footer = padRows(options.footer ?? [], places);
  const { rows, hidden } = collapseZeroRows(padRows(options.rows, places), options.hideZero ?? false);
  const captionId = `${id}-caption`;
  const reflow = columns.length > 3;
  const hierarchical = rows.some((row) => row.level > 0) || rows.some((row) => options.interaction?.(row)?.toggle !== undefined);
  const placed = hierarchical ? positions(rows.filter((row) => row.kind !== 'zero-rows')) : undefined;
  const context: RowContext = { tableId: id, caption, checks: options.checks };
  // Where each questioned figure is shown, for the data-check note's links: noted now, while the element renders
  // (the note comes after the tables), not when the rows are committed.
  const checks = options.checks;
  if (checks && checks.paths.length > 0) {
    for (const row of [...rows, ...footer]) {
      if (!concerns(checks.paths, row.path)) continue;
      const label = row.code ? `${row.code} ${row.label}` : row.label;
      for (const path of checks.paths) if (concerns([path], row.path) && !checks.places.has(path)) checks.places.set(path, { table: caption, row: label, id: rowId(id, row.key) });
    }
  }
  // The rows' buttons and selection, by row key: one click listener on the table for every row (rowClick), not two per row.
  const interactions = new Map<string, RowInteraction>();
  const interactionOf = (row: Row): RowInteraction | undefined => {
    const interaction = options.interaction?.(row);
    if (interaction) interactions.set(row.key, interaction);
    return interaction;
  };
  return html`<div class="table-scroll" part="table-region" data-labelledby=${captionId}>
    <table part="table" data-table=${id} id=${id} ?data-reflow=${reflow} role=${hierarchical ? 'treegrid' : nothing}
      @keydown=${hierarchical ? treeKeydown : nothing} @click=${options.interaction ? (event: Event) => rowClick(event, interactions) : nothing}>
      <caption id=${captionId} part="caption"><span class="caption-text">${caption}</span></caption>
      <thead>
        ${renderHeaderRow(columns)}
      </thead>
      <tbody>
        ${repeat(rows, (row) => row.key, (row) => renderRow(row, columns, catalogue, interactionOf(row), { ...context, place: placed?.get(row) }))}
        ${hidden > 0
          ? html`<tr class="zero-rows" data-key="zero-rows">
              <td colspan=${columns.length}>${catalogue.element.zeroRows(hidden)}</td>
            </tr>`
          : nothing}
      </tbody>
      ${footer.length > 0
        ? html`<tfoot>
            ${footer.map((row) => renderRow(row, columns, catalogue, undefined, context))}
          </tfoot>`
        : nothing}
    </table>
  </div>${options.csv === false
    ? nothing
    : html`<div class="table-actions" part="table-actions">
        <button type="button" class="download" part="download" data-download="csv" aria-label=${catalogue.element.downloadCsvFor(caption)}
          @click=${() => downloadText(fileName(caption, 'csv'), csvOf(options), 'text/csv;charset=utf-8')}>${catalogue.element.downloadCsv}</button>
      </div>`}`;
}

/**
 * A click in a table body: on a row's expand button, its toggle; anywhere else in the row, its selection (the
 * `interactions` renderTable made, by row key).
 */
function rowClick(event: Event, interactions: ReadonlyMap<string, RowInteraction>): void {
  const target = event.target as Element;
  const row = target.closest('tr[data-key]');
  if (row?.parentElement?.localName !== 'tbody') return;
  const interaction = interactions.get(row.getAttribute('data-key')!);
  if (interaction?.toggle && target.closest('.toggle')) interaction.toggle.onToggle(event);
  else interaction?.onSelect?.();
}

/** Where a row is rendered: its table (for ids), its position among siblings in a treegrid, and the warnings. */
export interface RowContext {
  tableId?: string;
  caption?: string;
  checks?: DataChecks;
  place?: { position: number; size: number };
}

export function renderRow(row: Row, columns: readonly Column[], catalogue: Catalogue, interaction: RowInteraction = {}, context: RowContext = {}): TemplateResult {
  const tableId = context.tableId ?? 'table';
  if (row.kind === 'zero-rows') {
    return html`<tr class="zero-rows" data-key=${row.key} data-level=${row.level}>
      <td colspan=${columns.length}>${row.label}</td>
    </tr>`;
  }
  const toggle = interaction.toggle;
  const idBase = rowId(tableId, row.key);
  const codeId = `${idBase}-code`;
  const labelId = `${idBase}-label`;
  const noteId = `${idBase}-note`;
  const markId = `${idBase}-mark`;
  const checks = context.checks;
  const checked = concerns(checks?.paths, row.path);
  const describedBy = [row.note ? noteId : '', row.mark ? markId : ''].filter(Boolean).join(' ');
  const place = context.place;
  const words = catalogue.element;
  // The row's shape (a letter per piece of ROW_PIECES) and its template's values, in order: the row, its header, each cell.
  let shape = '';
  const values: unknown[] = [row.kind ?? nothing, idBase, row.key, row.level, interaction.selected, checked];
  const add = (piece: string, ...pieceValues: unknown[]) => {
    shape += piece;
    values.push(...pieceValues);
  };
  // A row of a treegrid says its level, its place among its siblings and whether it is open.
  if (place) add('*', row.level + 1, place.position, place.size, toggle ? (toggle.expanded ? 'true' : 'false') : nothing, interaction.selected ? 'true' : nothing);
  add('>', row.code ? `${codeId} ${labelId}` : labelId, describedBy || nothing);
  if (toggle) add('t', toggle.expanded ? 'true' : 'false', toggle.label);
  if (row.code) add('c', codeId, row.code);
  add('l', labelId, row.labelFromData && catalogue.lang !== DATA_LANG ? DATA_LANG : nothing, interaction.label ?? row.label);
  if (row.mark) add('m', row.mark.text, markId, row.mark.description);
  if (row.note) add('n', noteId, row.note);
  add('h');
  row.cells.forEach((cell, index) => {
    const column = columns[index + 1];
    // Every cell is written into the row's template: a figure or a rate (a number cell) with its marks, a dash, a blank, or text.
    const label = column?.label ?? '';
    if (typeof cell === 'string' && !column?.numeric) add('g', label, cell);
    else if (typeof cell !== 'string' && cell.kind === 'dash') add('d', column?.numeric ? 'number' : nothing, label, cell.reason);
    else if (typeof cell !== 'string' && cell.kind === 'blank') add('z', column?.numeric ? 'number' : nothing, label, cell.reason === 'not-published' ? words.notPublished : words.notApplicable);
    else {
      const figure = typeof cell === 'string' ? { kind: 'figure' as const, text: cell, computed: false } : cell;
      add(figure.kind === 'rate' ? 'r' : 'f', label, figure.text);
      if (figure.computed) add('x', words.computed, words.computedDescription);
      if (figure.kind === 'rate') add('b', renderCompletionBar(figure.points));
    }
    if (checked && index === 0) add('!', words.checkDescription, words.checkDescription);
    add('/');
  });
  return html(shapedTemplate(rowTemplates, shape, ROW_PIECES, ROW_START, '</tr>'), ...values);
}

/** A binding's place in the pieces of a row template below. */
const BINDING = '\u0001';
const ROW_START = `<tr class=${BINDING} id=${BINDING} data-key=${BINDING} data-level=${BINDING} ?data-selected=${BINDING} ?data-checked=${BINDING}`;
/** The pieces a row is made of, by the letter renderRow gives each in a row's shape; each ${BINDING} takes one of its values. */
const ROW_PIECES: Record<string, string> = {
  // A treegrid row's attributes.
  '*': ` aria-level=${BINDING} aria-posinset=${BINDING} aria-setsize=${BINDING} aria-expanded=${BINDING} aria-selected=${BINDING}`,
  // The header: its start, expand/collapse button, code, label, published mark and note.
  '>': `><th scope="row" tabindex="-1" aria-labelledby=${BINDING} aria-describedby=${BINDING}>`,
  t: `<button type="button" class="toggle" part="toggle" aria-expanded=${BINDING} aria-label=${BINDING}></button>`,
  c: `<span class="code" id=${BINDING}>${BINDING}</span>`,
  l: `<span class="label" id=${BINDING} lang=${BINDING}>${BINDING}</span>`,
  m: `<span class="mark" aria-hidden="true">(${BINDING})</span><span class="visually-hidden" id=${BINDING}>(${BINDING})</span>`,
  n: ` <span class="note" id=${BINDING} lang="${DATA_LANG}" aria-hidden="true">${BINDING}</span>`,
  h: '</th>',
  // A cell: a figure, a rate (and the end of it, with its completion bar) or any other content; the "(计算值)" mark
  // of a computed figure; the data-check mark; its end. A figure is its own box (`.figure`) and a mark another,
  // under it, so that the figures of a column line up whether or not a cell has a mark.
  f: `<td class="number" data-label=${BINDING}><span class="figure">${BINDING}</span>`,
  r: `<td class="number" data-label=${BINDING}><span class="rate"><span class="figure">${BINDING}</span>`,
  b: `</span>${BINDING}`,
  g: `<td data-label=${BINDING}>${BINDING}`,
  // A cell without a figure: a "—" where a figure has no base, whose reason screen readers hear (a note under the
  // table says it to everyone); a blank, which says why to screen readers only.
  d: `<td class=${BINDING} data-label=${BINDING}><span aria-hidden="true">—</span><span class="visually-hidden">${BINDING}</span>`,
  z: `<td class=${BINDING} data-label=${BINDING}><span class="visually-hidden blank-reason">${BINDING}</span>`,
  x: `<span class="mark" aria-hidden="true">(${BINDING})</span><span class="visually-hidden">(${BINDING})</span>`,
  '!': `<span class="check-mark" aria-hidden="true" title=${BINDING}>⚠</span><span class="visually-hidden">(${BINDING})</span>`,
  '/': '</td>',
};
const rowTemplates = new Map<string, TemplateStringsArray>();

/** The column headers' row: a text column, and a numeric one whose figures are as published or to the column's decimals. */
const HEADER_PIECES: Record<string, string> = {
  t: `<th scope="col">${BINDING}</th>`,
  p: `<th scope="col" class="number" data-figures="as-published">${BINDING}</th>`,
  n: `<th scope="col" class="number" data-figures="column-decimals">${BINDING}</th>`,
};
const headerTemplates = new Map<string, TemplateStringsArray>();

function renderHeaderRow(columns: readonly Column[]): TemplateResult {
  let shape = '';
  for (const column of columns) shape += column.numeric ? (column.mixed ? 'p' : 'n') : 't';
  return html(shapedTemplate(headerTemplates, shape, HEADER_PIECES, '<tr>', '</tr>'), ...columns.map((column) => column.label));
}

/**
 * The template of a row of one shape (a letter per piece of `pieces`): one template instance per row, with only
 * the pieces the row has, not one per cell with a slot for every mark it might have: cloning many small templates
 * and their empty slots was most of a table's first render. Made once per shape, only from constant pieces, never
 * from data; it is a template strings array as lit's `html` tag receives one (with its own `raw`, as
 * lit/static-html makes them).
 */
function shapedTemplate(cache: Map<string, TemplateStringsArray>, shape: string, pieces: Record<string, string>, start: string, end: string): TemplateStringsArray {
  let strings = cache.get(shape);
  if (!strings) {
    let text = start;
    for (const piece of shape) text += pieces[piece];
    const split = `${text}${end}`.split(BINDING);
    cache.set(shape, (strings = Object.assign(split, { raw: split })));
  }
  return strings;
}

/**
 * Treegrid keys on a row header or its button: Up/Down to the previous/next
 * row header, Home/End to the first/last, Right opens a closed row (or goes
 * to its first child), Left closes an open row (or goes to its parent).
 */
function treeKeydown(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const row = target.closest('tr');
  const body = row?.parentElement;
  if (!row || !body || body.localName !== 'tbody' || !row.hasAttribute('aria-level')) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>(':scope > tr[aria-level]')];
  const index = rows.indexOf(row as HTMLTableRowElement);
  const level = Number(row.getAttribute('aria-level'));
  const toggle = row.querySelector<HTMLButtonElement>('.toggle');
  const expanded = row.getAttribute('aria-expanded');
  let next: HTMLTableRowElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = rows[index + 1];
      break;
    case 'ArrowUp':
      next = rows[index - 1];
      break;
    case 'Home':
      next = rows[0];
      break;
    case 'End':
      next = rows[rows.length - 1];
      break;
    case 'ArrowRight':
      if (expanded === 'false' && toggle) {
        toggle.click();
        event.preventDefault();
        return;
      }
      if (expanded === 'true' && Number(rows[index + 1]?.getAttribute('aria-level')) === level + 1) next = rows[index + 1];
      break;
    case 'ArrowLeft':
      if (expanded === 'true' && toggle) {
        toggle.click();
        event.preventDefault();
        return;
      }
      for (let i = index - 1; i >= 0; i--) {
        if (Number(rows[i]!.getAttribute('aria-level')) < level) {
          next = rows[i];
          break;
        }
      }
      break;
    default:
      return;
  }
  event.preventDefault();
  next?.querySelector<HTMLElement>(':scope > th')?.focus();
}
