/**
 * A table row is one template per row shape (table.ts, `renderRow`), and so is
 * the row of column headers: what a
 * row holds must still reach the screen as before, each piece in its place,
 * data strings as text, and a row of the same shape updated in place. The
 * rows here are made by hand; the expected markup is written out, not taken
 * from a render.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../components/core/locale/all.js';
import { catalogueFor } from '../../components/core/locale/index.js';
import { renderTable, type Column, type Row, type TableOptions } from '../../components/core/table/table.js';

const COLUMNS: readonly Column[] = [{ label: '项目' }, { label: '决算数', numeric: true }, { label: '完成率', numeric: true }, { label: '说明' }];

function options(rows: readonly Row[], extra: Partial<TableOptions> = {}): TableOptions {
  return { id: 't', caption: '测试表', columns: COLUMNS, rows, catalogue: catalogueFor('zh-CN'), csv: false, ...extra };
}

async function table(tableOptions: TableOptions): Promise<HTMLTableElement> {
  const host = await fixture<HTMLDivElement>(html`<div>${renderTable(tableOptions)}</div>`);
  return host.querySelector('table')!;
}

/** An element's markup without Lit's comment markers. */
const markup = (element: Element) => element.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('table rows, one template per shape', () => {
  it('writes each kind of cell as before: a figure, a computed figure, a rate with its bar, a dash, a blank, plain text', async () => {
    const rows: Row[] = [
      { key: 'a', level: 0, label: '基本支出', cells: ['1.60', { kind: 'rate', text: '100.0%', computed: false, points: '100' }, '主要是人员支出'] },
      { key: 'b', level: 0, label: '本年收入合计', cells: [{ kind: 'figure', text: '933.74', computed: true }, { kind: 'dash', reason: '预算数为0' }, { kind: 'blank', reason: 'not-published' }] },
    ];
    const body = (await table(options(rows))).tBodies[0]!;
    const [first, second] = [...body.rows];
    expect(markup(first!.cells[1]!)).to.equal('<span class="figure">1.60</span>');
    expect(first!.cells[1]!.className).to.equal('number');
    expect(first!.cells[1]!.dataset['label']).to.equal('决算数');
    expect(first!.cells[2]!.querySelector('.rate > .figure')!.textContent).to.equal('100.0%');
    expect(first!.cells[2]!.querySelector(':scope > svg.completion-bar')).to.exist;
    expect(first!.cells[3]!.textContent).to.equal('主要是人员支出');
    expect(first!.cells[3]!.hasAttribute('class')).to.equal(false);
    expect(markup(second!.cells[1]!)).to.equal(
      '<span class="figure">933.74</span><span class="mark" aria-hidden="true">(计算值)</span><span class="visually-hidden">(由公布数计算得出，非公布数)</span>',
    );
    expect(markup(second!.cells[2]!)).to.equal('<span aria-hidden="true">—</span><span class="visually-hidden">预算数为0</span>');
    expect(second!.cells[2]!.className).to.equal('number');
    expect(markup(second!.cells[3]!)).to.equal('<span class="visually-hidden blank-reason">未公布（表中空白）</span>');
    // The 说明 column is text: a blank there is no number cell.
    expect(second!.cells[3]!.hasAttribute('class')).to.equal(false);
  });

  it('gives the header its code, label, mark and note, with the ids its name and description refer to', async () => {
    const rows: Row[] = [
      { key: '2013201', level: 0, code: '2013201', label: '行政运行', note: '主要是基本支出', mark: { text: '计算值', description: '由公布数计算得出' }, cells: ['1.60', '', ''] },
    ];
    const header = (await table(options(rows))).tBodies[0]!.rows[0]!.cells[0]!;
    expect(header.getAttribute('aria-labelledby')).to.equal('t-row-2013201-code t-row-2013201-label');
    expect(header.getAttribute('aria-describedby')).to.equal('t-row-2013201-note t-row-2013201-mark');
    expect(header.querySelector('#t-row-2013201-code')!.textContent).to.equal('2013201');
    expect(header.querySelector('#t-row-2013201-label')!.textContent).to.equal('行政运行');
    expect(header.querySelector('#t-row-2013201-mark')!.textContent).to.equal('(由公布数计算得出)');
    expect(header.querySelector('#t-row-2013201-note')!.textContent).to.equal('主要是基本支出');
    // The note reads apart from the label when the page is read as text.
    expect(header.textContent).to.equal('2013201行政运行(计算值)(由公布数计算得出) 主要是基本支出');
  });

  it('says level, place and state only in a treegrid', async () => {
    const flat = await table(options([{ key: 'a', level: 0, label: '甲', cells: ['1', '', ''] }]));
    const row = flat.tBodies[0]!.rows[0]!;
    expect(flat.getAttribute('role')).to.equal(null);
    for (const name of ['aria-level', 'aria-posinset', 'aria-setsize', 'aria-expanded', 'aria-selected']) expect(row.hasAttribute(name), name).to.equal(false);
    const rows: Row[] = [
      { key: 'p', level: 0, label: '一般公共服务支出', cells: ['2', '', ''] },
      { key: 'c1', level: 1, label: '行政运行', cells: ['1', '', ''] },
      { key: 'c2', level: 1, label: '一般行政管理事务', cells: ['1', '', ''] },
    ];
    const tree = await table(options(rows, { interaction: (row) => (row.key === 'p' ? { toggle: { expanded: true, label: '收起', onToggle: () => {} }, selected: true } : undefined) }));
    const [parent, , last] = [...tree.tBodies[0]!.rows];
    expect(tree.getAttribute('role')).to.equal('treegrid');
    expect([parent!.getAttribute('aria-level'), parent!.getAttribute('aria-posinset'), parent!.getAttribute('aria-setsize')]).to.deep.equal(['1', '1', '1']);
    expect(parent!.getAttribute('aria-expanded')).to.equal('true');
    expect(parent!.getAttribute('aria-selected')).to.equal('true');
    expect(parent!.hasAttribute('data-selected')).to.equal(true);
    expect(parent!.querySelector('button.toggle')!.getAttribute('aria-label')).to.equal('收起');
    expect([last!.getAttribute('aria-level'), last!.getAttribute('aria-posinset'), last!.getAttribute('aria-setsize')]).to.deep.equal(['2', '2', '2']);
    expect(last!.hasAttribute('aria-expanded')).to.equal(false);
  });

  it('marks the first cell of a row a cross-check concerns, and records where it is', async () => {
    const checks = { paths: ['accountSummary.income.total'], places: new Map() };
    const rows: Row[] = [
      { key: 'total', level: 0, label: '收入总计', path: 'accountSummary.income.total', kind: 'total', cells: ['933.74', '', ''] },
      { key: 'other', level: 0, label: '其他收入', path: 'accountSummary.income.other', cells: ['0', '', ''] },
    ];
    const [checked, other] = [...(await table(options(rows, { checks }))).tBodies[0]!.rows];
    expect(checked!.className).to.equal('total');
    expect(checked!.hasAttribute('data-checked')).to.equal(true);
    expect(checked!.cells[1]!.querySelector('.check-mark')!.getAttribute('title')).to.equal('数据核对发现差异，见“数据核对”说明');
    expect(checked!.cells[2]!.querySelector('.check-mark')).to.equal(null);
    expect(other!.hasAttribute('data-checked')).to.equal(false);
    expect(other!.querySelector('.check-mark')).to.equal(null);
    expect(checks.places.get('accountSummary.income.total')).to.deep.equal({ table: '测试表', row: '收入总计', id: 't-row-total' });
  });

  it('writes a blank in a number column and a dash in a text column with their own cell class', async () => {
    const rows: Row[] = [{ key: 'a', level: 0, label: '基本支出', cells: [{ kind: 'blank', reason: 'not-applicable' }, '', { kind: 'dash', reason: '无' }] }];
    const row = (await table(options(rows))).tBodies[0]!.rows[0]!;
    expect(row.cells[1]!.className).to.equal('number');
    expect(row.cells[1]!.dataset['label']).to.equal('决算数');
    expect(markup(row.cells[1]!)).to.equal('<span class="visually-hidden blank-reason">不适用</span>');
    expect(row.cells[3]!.hasAttribute('class')).to.equal(false);
    expect(row.cells[3]!.dataset['label']).to.equal('说明');
    expect(markup(row.cells[3]!)).to.equal('<span aria-hidden="true">—</span><span class="visually-hidden">无</span>');
  });

  it('writes the column headers as before: a text column, a numeric one to its decimals, a numeric one as published', async () => {
    const columns: Column[] = [{ label: '项目' }, { label: '决算数', numeric: true }, { label: '数值', numeric: true, mixed: true }];
    const rows: Row[] = [{ key: 'a', level: 0, label: '基本支出', cells: ['1.60', '3'] }];
    const head = (await table(options(rows, { columns }))).tHead!;
    expect(head.rows.length).to.equal(1);
    expect(markup(head.rows[0]!)).to.equal(
      '<th scope="col">项目</th><th scope="col" class="number" data-figures="column-decimals">决算数</th><th scope="col" class="number" data-figures="as-published">数值</th>',
    );
    // A column's label is data text too (a section's own headings): it stays text.
    const hostile = '<img src=x onerror=alert(1)>\u0001${x}</th><th>';
    const headed = (await table(options(rows, { columns: [{ label: hostile }, ...columns.slice(1)] }))).tHead!.rows[0]!;
    expect(headed.cells.length).to.equal(3);
    expect(headed.querySelector('img')).to.equal(null);
    expect(headed.cells[0]!.textContent).to.equal(hostile);
  });

  it('keeps data strings text, whatever they hold', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u0001${x}</td><td>';
    const rows: Row[] = [{ key: 'x', level: 0, label: hostile, note: hostile, cells: [hostile, { kind: 'dash', reason: hostile }, hostile] }];
    const row = (await table(options(rows))).tBodies[0]!.rows[0]!;
    expect(row.querySelector('img')).to.equal(null);
    expect(row.cells.length).to.equal(4);
    expect(row.querySelector('.label')!.textContent).to.equal(hostile);
    expect(row.querySelector('.note')!.textContent).to.equal(hostile);
    expect(row.cells[1]!.querySelector('.figure')!.textContent).to.equal(hostile);
    expect(row.cells[2]!.querySelector('.visually-hidden')!.textContent).to.equal(hostile);
    expect(row.cells[3]!.textContent).to.equal(hostile);
  });

  it('updates a row of the same shape in place, and remakes one whose shape changed', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const rows = (label: string, computed: boolean): Row[] => [{ key: 'a', level: 0, label, cells: [{ kind: 'figure', text: '1.00', computed }, '', ''] }];
    render(renderTable(options(rows('甲', false))), host);
    const before = host.querySelector('tbody tr')!;
    render(renderTable(options(rows('乙', false))), host);
    expect(host.querySelector('tbody tr')).to.equal(before);
    expect(before.querySelector('.label')!.textContent).to.equal('乙');
    render(renderTable(options(rows('乙', true))), host);
    const after = host.querySelector<HTMLTableRowElement>('tbody tr')!;
    expect(after).not.to.equal(before);
    expect(after.cells[1]!.querySelector('.mark')!.textContent).to.equal('(计算值)');
    host.remove();
  });
});
