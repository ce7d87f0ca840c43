/**
 * Table building blocks every element uses: a real <table> with a caption,
 * column headers with scope, row headers, right-aligned numeric cells with
 * tabular figures, nested rows indented and announced as nested ("其中："),
 * totals marked, and zero rows collapsed into one line under `hide-zero`.
 * The table scrolls inside its own labelled, focusable region when narrow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Catalogue } from '../locale/index.js';
import { collapseZeroRows, type Cell, type Column, type Row } from './rows.js';
import { renderCompletionBar } from '../charts/completion.js';

export type { Cell, Column, Row } from './rows.js';
export { collapseZeroRows } from './rows.js';

/** What the template adds to a row of the model: its expand/collapse button and selection (view state and event handlers). */
export interface RowInteraction {
  /** An expand/collapse button before the label, for rows with children. */
  toggle?: { expanded: boolean; label: string; onToggle: (event: Event) => void; onFocus?: () => void };
  /** Marks the row selected (it is the chart's selected mark). */
  selected?: boolean;
  /** Called when the row is clicked. */
  onSelect?: () => void;
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
}

export function renderTable(options: TableOptions): TemplateResult {
  const { id, caption, columns, catalogue } = options;
  const { rows, hidden } = collapseZeroRows(options.rows, options.hideZero ?? false);
  const captionId = `${id}-caption`;
  return html`<div class="table-scroll" part="table-region" role="region" aria-labelledby=${captionId} tabindex="0">
    <table part="table" data-table=${id}>
      <caption id=${captionId} part="caption"><span class="caption-text">${caption}</span></caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col" class=${column.numeric ? 'number' : ''}>${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(rows, (row) => row.key, (row) => renderRow(row, columns, catalogue, options.interaction?.(row)))}
        ${hidden > 0
          ? html`<tr class="zero-rows" data-key="zero-rows">
              <td colspan=${columns.length}>${catalogue.element.zeroRows(hidden)}</td>
            </tr>`
          : nothing}
      </tbody>
      ${options.footer && options.footer.length > 0
        ? html`<tfoot>
            ${options.footer.map((row) => renderRow(row, columns, catalogue))}
          </tfoot>`
        : nothing}
    </table>
  </div>`;
}

export function renderRow(row: Row, columns: readonly Column[], catalogue: Catalogue, interaction: RowInteraction = {}): TemplateResult {
  if (row.kind === 'zero-rows') {
    return html`<tr class="zero-rows" data-key=${row.key} data-level=${row.level}>
      <td colspan=${columns.length}>${row.label}</td>
    </tr>`;
  }
  const toggle = interaction.toggle;
  return html`<tr class=${row.kind ?? ''} data-key=${row.key} data-level=${row.level} ?data-selected=${interaction.selected} @click=${interaction.onSelect ?? nothing}>
    <th scope="row" tabindex="-1">${toggle
        ? html`<button type="button" class="toggle" part="toggle" aria-expanded=${toggle.expanded ? 'true' : 'false'} aria-label=${toggle.label}
            @click=${toggle.onToggle} @focus=${toggle.onFocus ?? nothing}><svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M3 1 L8 5 L3 9 Z"></path></svg></button>`
        : nothing}${row.level > 0 ? html`<span class="visually-hidden">${catalogue.element.ofWhich}</span>` : nothing}${row.code
        ? html`<span class="code">${row.code}</span>`
        : nothing}<span class="label">${row.label}</span>${row.mark
        ? html`<span class="mark" aria-hidden="true">(${row.mark.text})</span><span class="visually-hidden">(${row.mark.description})</span>`
        : nothing}
      ${row.note ? html`<span class="note">${row.note}</span>` : nothing}
    </th>
    ${row.cells.map((cell, index) => html`<td class=${columns[index + 1]?.numeric ? 'number' : ''}>${renderCell(cell, catalogue)}</td>`)}
  </tr>`;
}

/** A cell's data as markup: the text, with its computed mark, completion bar or the reason for a dash. */
export function renderCell(cell: Cell, catalogue: Catalogue): TemplateResult | string {
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'figure':
      return html`${cell.text}${cell.computed ? renderComputedMark(catalogue) : nothing}`;
    case 'rate':
      return html`<span class="rate">${cell.text}${cell.computed ? renderComputedMark(catalogue) : nothing}</span>${renderCompletionBar(cell.points)}`;
    case 'dash':
      // "—" where a figure has no base; screen readers hear why (a note under the table says it to everyone).
      return html`<span aria-hidden="true">—</span><span class="visually-hidden">${cell.reason}</span>`;
  }
}

/** "(计算值)" after a figure that was computed, not published; screen readers hear what that means. */
export function renderComputedMark(catalogue: Catalogue): TemplateResult {
  return html`<span class="mark" aria-hidden="true">(${catalogue.element.computed})</span><span class="visually-hidden">(${catalogue.element.computedDescription})</span>`;
}
