import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/income-breakdown/define.js';
import type { IncomeBreakdownElement } from '../../components/income-breakdown/income-breakdown.js';
import { alertOf, loadJson, marksOf, plain, render, settle, tables, textOf } from './harness.js';
import { budgetPath, expectTranscribedRows, grouped, planningPath, renderedRows, rowFor, transcribedTable } from './classified-tables.js';

async function income(disclosure: unknown, attributes: { lang?: string; expand?: string; hideZero?: boolean; unit?: string } = {}) {
  const element = await render<IncomeBreakdownElement>(html`<income-breakdown
    lang=${attributes.lang ?? 'zh-CN'}
    expand=${attributes.expand ?? 'auto'}
    unit=${attributes.unit ?? ''}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${disclosure}
  ></income-breakdown>`);
  await settle(element);
  return element;
}

const toggleOf = (element: Element, key: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-key="${key}"] button.toggle`)!;

describe('<income-breakdown> on the planning-resources 收入决算表 (决算 表二)', () => {
  it('shows every row of the transcribed table with its published figures, under expand="all"', async () => {
    const element = await income(await loadJson(planningPath), { expand: 'all' });
    const rows = renderedRows(element);
    const transcribed = await transcribedTable('putuo-planning-resources-2024', 2);
    expect(transcribed.length).to.equal(25);
    expectTranscribedRows(rows, transcribed);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '本年收入合计', '财政拨款收入']);
    expect(tables(element)[0]!.caption).to.equal('收入（按支出功能分类科目，单位：万元）');
  });

  it('names the table in its heading and describes the chart from the figures', async () => {
    const element = await income(await loadJson(planningPath));
    const heading = element.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;
    expect(plain(heading.textContent)).to.contain('收入决算表');
    expect(textOf(element)).to.contain('2024年度本年收入合计9,746.50万元，全部为财政拨款收入。');
    expect(marksOf(element)).to.have.length(1);
  });

  it('converts units exactly', async () => {
    const element = await income(await loadJson(planningPath), { unit: '元', expand: 'all' });
    expect(rowFor(renderedRows(element), { code: '2080501', name: '行政单位离退休', cells: {} })!['本年收入合计']).to.equal('545,300');
  });

  it('expands and collapses a 类 by keyboard, focus staying on the toggle', async () => {
    const element = await income(await loadJson(planningPath));
    const toggle = toggleOf(element, '0');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('false');
    expect(plain(toggleOf(element, '0').getAttribute('aria-label'))).to.equal('展开“208 社会保障和就业支出”的下级科目');
    expect(element.shadowRoot!.activeElement).to.equal(toggleOf(element, '0'));
    expect(rowFor(renderedRows(element), { code: '20805', name: '行政事业单位养老支出', cells: {} })).to.equal(undefined);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(toggleOf(element, '0'));
    expect(rowFor(renderedRows(element), { code: '20805', name: '行政事业单位养老支出', cells: {} })!['本年收入合计']).to.equal('754.75');
  });

  it('marks a 合计 the disclosure does not publish as computed', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.incomeTable.total;
    const element = await income(disclosure);
    const total = tables(element)[0]!.rows.at(-1)!;
    expect(total).to.deep.equal(['合计', '9,746.50(计算值)(由公布数计算得出，非公布数)', '9,746.50(计算值)(由公布数计算得出，非公布数)']);
  });

  it('shows a blank cell as a dash with its reason, never 0', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.incomeTable.rows[0].children[0].children[0].fiscalAppropriation;
    const element = await income(disclosure, { expand: 'all' });
    expect(rowFor(renderedRows(element), { code: '2080501', name: '行政单位离退休', cells: {} })!['财政拨款收入']).to.equal('—原表此处空白，未公布此数');
  });

  it('says which section is missing', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.incomeTable;
    const element = await render<IncomeBreakdownElement>(html`<income-breakdown .disclosure=${disclosure}></income-breakdown>`);
    await settle(element, 'error');
    expect(plain(alertOf(element)!.textContent)).to.contain('收入决算表');
  });

  it('renders the budget 收入预算总表 with the budget headings, in 元', async () => {
    const element = await income(await loadJson(budgetPath), { expand: 'all' });
    const rows = renderedRows(element);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '合计', '财政拨款收入']);
    for (const row of await transcribedTable('putuo-district-office-2025-budget', 2)) {
      const shown = rowFor(rows, row);
      expect(shown, `${row.code} ${row.name}`).to.not.equal(undefined);
      expect(shown!['合计']).to.equal(grouped(row.cells['合计']!));
      expect(shown!['财政拨款收入']).to.equal(grouped(row.cells['财政拨款收入']!));
    }
    expect(plain(element.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.textContent)).to.contain('收入预算总表');
    expect(textOf(element)).to.not.contain('完成');
  });

  it('renders in English', async () => {
    const element = await income(await loadJson(planningPath), { lang: 'en' });
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['Class', 'Income of the year', 'fiscal appropriations']);
  });
});

describe('<income-breakdown> accessibility (axe-core)', function () {
  // axe-core over a table of 25 rows and a chart takes seconds on a loaded machine.
  this.timeout(30000);
  it('has no violations in zh-CN', async () => {
    await expect(await income(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations in en, expanded, under hide-zero', async () => {
    await expect(await income(await loadJson(planningPath), { lang: 'en', expand: 'all', hideZero: true })).to.be.accessible();
  });
  it('has no violations for a budget', async () => {
    await expect(await income(await loadJson(budgetPath))).to.be.accessible();
  });
});
