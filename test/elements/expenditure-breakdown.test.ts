import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/expenditure-breakdown/define.js';
import type { ExpenditureBreakdownElement } from '../../components/expenditure-breakdown/expenditure-breakdown.js';
import { alertOf, loadJson, marksOf, plain, render, settle, tables, textOf } from './harness.js';
import { budgetPath, expectTranscribedRows, grouped, planningPath, renderedRows, rowFor, transcribedTable } from './classified-tables.js';

async function expenditure(disclosure: unknown, attributes: { lang?: string; expand?: string; hideZero?: boolean } = {}) {
  const element = await render<ExpenditureBreakdownElement>(html`<expenditure-breakdown
    lang=${attributes.lang ?? 'zh-CN'}
    expand=${attributes.expand ?? 'auto'}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${disclosure}
  ></expenditure-breakdown>`);
  await settle(element);
  return element;
}

const toggleOf = (element: Element, key: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-key="${key}"] button.toggle`)!;

describe('<expenditure-breakdown> on the planning-resources 支出决算表 (决算 表三)', () => {
  it('shows every row of the transcribed table with its published figures', async () => {
    const element = await expenditure(await loadJson(planningPath), { expand: 'all' });
    const rows = renderedRows(element);
    const transcribed = await transcribedTable('putuo-planning-resources-2024', 3);
    expect(transcribed.length).to.equal(25);
    expectTranscribedRows(rows, transcribed);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '本年支出合计', '基本支出', '项目支出']);
  });

  it('has 2200150 事业运行 at 4416.67 / 2339.58 / 2077.09 and the 合计 5377.64 / 4381.74', async () => {
    const element = await expenditure(await loadJson(planningPath), { expand: 'all' });
    const rows = renderedRows(element);
    expect(rows.get('2200150事业运行')).to.deep.equal({ 本年支出合计: '4,416.67', 基本支出: '2,339.58', 项目支出: '2,077.09' });
    expect(rows.get('合计')).to.deep.equal({ 本年支出合计: '9,759.38', 基本支出: '5,377.64', 项目支出: '4,381.74' });
  });

  it('compares basic and project expenditure for each 类, described from the figures', async () => {
    const element = await expenditure(await loadJson(planningPath));
    expect(marksOf(element).length).to.be.greaterThan(0);
    expect(textOf(element)).to.contain('2024年度本年支出合计9,759.38万元，其中基本支出5,377.64万元，项目支出4,381.74万元；220 自然资源海洋气象等支出4,461.67万元最多，占45.72%。');
  });

  it('expands and collapses by keyboard, focus staying on the toggle', async () => {
    const element = await expenditure(await loadJson(planningPath));
    const toggle = toggleOf(element, '0');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(toggleOf(element, '0'));
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('true');
  });

  it('says which section is missing', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.expenditureTable;
    const element = await render<ExpenditureBreakdownElement>(html`<expenditure-breakdown .disclosure=${disclosure}></expenditure-breakdown>`);
    await settle(element, 'error');
    expect(plain(alertOf(element)!.textContent)).to.contain('支出决算表');
  });

  it('renders the budget 支出预算总表, blank cells as a dash with the reason', async () => {
    const element = await expenditure(await loadJson(budgetPath), { expand: 'all' });
    const rows = renderedRows(element);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '合计', '基本支出', '项目支出']);
    for (const row of await transcribedTable('putuo-district-office-2025-budget', 3)) {
      const shown = rowFor(rows, row)!;
      for (const heading of ['合计', '基本支出', '项目支出']) {
        const value = row.cells[heading];
        expect(shown[heading], `${row.name} ${heading}`).to.equal(value ? grouped(value) : '—原表此处空白，未公布此数');
      }
    }
    expect(plain(element.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.textContent)).to.contain('支出预算总表');
  });
});

describe('<expenditure-breakdown> accessibility (axe-core)', function () {
  // axe-core over a long table and a chart takes seconds on a loaded machine.
  this.timeout(30000);
  it('has no violations in zh-CN', async () => {
    await expect(await expenditure(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations in en, expanded, under hide-zero', async () => {
    await expect(await expenditure(await loadJson(planningPath), { lang: 'en', expand: 'all', hideZero: true })).to.be.accessible();
  });
  it('has no violations for a budget', async () => {
    await expect(await expenditure(await loadJson(budgetPath))).to.be.accessible();
  });
});
