/**
 * A row whose figure a cross-check questions carries the data-check mark (⚠) in every table, not only in
 * <account-summary> and <functional-breakdown>, and the "数据核对" note links to it. The planning-resources 2024
 * 决算 (putuo-planning-resources-2024-final-accounts.pdf) publishes figures that do not add up; the rows below are
 * the ones its cross-checks question, with their figures transcribed from the PDF:
 * 财政拨款收入支出决算总表 九、卫生健康支出 236.63 and 本年支出合计 9746.50; 基本支出决算表 302 商品和服务支出
 * 440.90 and 人员经费合计 4884.09; 政府采购 2319.21.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/appropriation-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/other-matters/define.js';
import '../../components/functional-breakdown/define.js';
import { loadJson, plain, render, seedPath, settle } from './harness.js';

const planningPath = 'test/fixtures/putuo-planning-resources-2024.json';
const MARK = '⚠';

/** The flagged rows: each row's header text (code and name, white space folded) and its cells' text. */
function flagged(element: Element): { header: string; cells: string[]; id: string }[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[data-checked]')].map((row) => ({
    header: plain(row.querySelector('th')?.textContent).replace(/\s+/g, ' ').trim(),
    cells: [...row.querySelectorAll('td')].map((cell) => plain(cell.textContent).replace(/\s+/g, ' ').trim()),
    id: row.id,
  }));
}

/** The ids of the rows the data-check note links to. */
function linked(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.check-link')].map((link) => link.getAttribute('href')!.slice(1));
}

async function shown(tag: string) {
  const disclosure = await loadJson(planningPath);
  const template = {
    'appropriation-summary': html`<appropriation-summary .disclosure=${disclosure}></appropriation-summary>`,
    'basic-expenditure': html`<basic-expenditure .disclosure=${disclosure}></basic-expenditure>`,
    'other-matters': html`<other-matters .disclosure=${disclosure}></other-matters>`,
    'functional-breakdown': html`<functional-breakdown .disclosure=${disclosure}></functional-breakdown>`,
  }[tag]!;
  const element = await render(template);
  await settle(element);
  return element;
}

describe('the data-check mark on the rows a cross-check questions', () => {
  it('<appropriation-summary>: 九、卫生健康支出 236.63 and 本年支出合计 9,746.50', async () => {
    const element = await shown('appropriation-summary');
    const rows = flagged(element);
    const health = rows.find((row) => row.header.includes('卫生健康支出'));
    const current = rows.find((row) => row.header.includes('本年支出合计'));
    expect(health, 'the 卫生健康支出 row').to.exist;
    expect(current, 'the 本年支出合计 row').to.exist;
    expect(health!.cells[0]).to.match(/^236\.63/);
    expect(current!.cells[0]).to.match(/^9,746\.50/);
    expect(health!.cells.join(' ') + current!.cells.join(' ')).to.contain(MARK);
    expect(rows).to.have.length(2);
    for (const row of rows) expect(linked(element)).to.include(row.id);
  });

  it('<basic-expenditure>: 302 商品和服务支出 440.90 and 人员经费合计 4,884.09', async () => {
    const element = await shown('basic-expenditure');
    const rows = flagged(element);
    expect(rows.map((row) => row.header)).to.deep.equal(['302商品和服务支出', '人员经费合计']);
    expect(rows[0]!.cells[0]).to.equal(`440.90${MARK}(数据核对发现差异，见“数据核对”说明)`);
    expect(rows[1]!.cells[0]).to.equal(`4,884.09${MARK}(数据核对发现差异，见“数据核对”说明)`);
    for (const row of rows) expect(linked(element)).to.include(row.id);
  });

  it('<other-matters>: 政府采购 2,319.21', async () => {
    const element = await shown('other-matters');
    const rows = flagged(element);
    expect(rows).to.have.length(1);
    expect(rows[0]!.cells[0]).to.equal(`2,319.21${MARK}(数据核对发现差异，见“数据核对”说明)`);
    expect(linked(element)).to.include(rows[0]!.id);
  });

  it('<functional-breakdown>: the note links to the questioned rows of the table body, not only to its 合计', async () => {
    // 一般公共预算财政拨款支出决算表: 212 城乡社区支出 3832.36, 21201 城乡社区管理事务 1092.80, 2120101 行政运行 1092.80,
    // whose printed 基本支出 and 项目支出 do not add up to their printed 金额 (differences.md, B2).
    const element = await shown('functional-breakdown');
    const rows = flagged(element);
    const community = rows.find((row) => row.header.includes('212城乡社区支出'));
    expect(community, 'the 212 row').to.exist;
    expect(community!.cells[0]).to.match(/^3,832\.36/);
    expect(linked(element)).to.include(community!.id);
    for (const row of rows) expect(linked(element)).to.include(row.id);
  });

  // The rows below are marked on documents changed on purpose (a figure made not to add up): which row carries the
  // mark is the rule under test, not a published figure.
  it('<other-matters>: a 机关运行经费 增减率 that does not follow from its figures marks the 增减率 row, not the 增减额 row', async () => {
    const disclosure = await loadJson(seedPath);
    // 1.6 this year against 2.0 the year before: -0.4, -20.00 %; the document says -25.00 %.
    disclosure.otherMatters.institutionalOperatingDetail = { previousYear: '2.0', change: { amount: '-0.4', percent: '-25.00' } };
    const element = await render(html`<other-matters .disclosure=${disclosure}></other-matters>`);
    await settle(element);
    const rows = flagged(element);
    expect(rows).to.have.length(1);
    expect(rows[0]!.cells[0]).to.match(/^-25\.00%⚠/);
  });

  it('<other-matters>: vehicle counts that do not add up mark the total', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.otherMatters.assets.vehicles.total = 3;
    const element = await render(html`<other-matters .disclosure=${disclosure}></other-matters>`);
    await settle(element);
    expect(flagged(element).map((row) => row.cells[0])).to.deep.equal([`3${MARK}(数据核对发现差异，见“数据核对”说明)`]);
    expect(linked(element)).to.include(flagged(element)[0]!.id);
  });

  it('<basic-expenditure> on a version-1 summary: a 合计 that is not 人员经费 + 公用经费 marks the 合计 row', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.basicExpenditure.total = '1.7';
    const element = await render(html`<basic-expenditure .disclosure=${disclosure}></basic-expenditure>`);
    await settle(element);
    const rows = flagged(element);
    expect(rows.map((row) => row.header)).to.deep.equal(['合计']);
    expect(linked(element)).to.include(rows[0]!.id);
  });
});
