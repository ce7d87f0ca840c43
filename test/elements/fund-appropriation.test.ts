import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/fund-appropriation/define.js';
import type { FundAppropriationElement } from '../../components/fund-appropriation/fund-appropriation.js';
import { alertOf, loadJson, plain, render, settle, tables, textOf } from './harness.js';
import { budgetPath, planningPath, renderedRows } from './classified-tables.js';

async function fundTable(disclosure: unknown, attributes: { lang?: string; fund?: string; expand?: string } = {}) {
  const element = await render<FundAppropriationElement>(html`<fund-appropriation
    lang=${attributes.lang ?? 'zh-CN'}
    fund=${attributes.fund ?? 'government-fund'}
    expand=${attributes.expand ?? 'auto'}
    .disclosure=${disclosure}
  ></fund-appropriation>`);
  await settle(element);
  return element;
}

/** A government fund table with figures (the planning-resources department published 表八 empty): opening + income − expenditure = closing. */
function withFundRows(disclosure: any) {
  disclosure.governmentFundTable = {
    total: { openingBalance: '10.00', income: '120.50', expenditure: '100.50', basic: '0.00', project: '100.50', closingBalance: '30.00' },
    rows: [
      {
        code: '212',
        name: '城乡社区支出',
        openingBalance: '10.00',
        income: '120.50',
        expenditure: '100.50',
        basic: '0.00',
        project: '100.50',
        closingBalance: '30.00',
        children: [{ code: '21208', name: '国有土地使用权出让收入安排的支出', income: '120.50', expenditure: '100.50', project: '100.50', closingBalance: '20.00' }],
      },
    ],
  };
  return disclosure;
}

describe('<fund-appropriation>', () => {
  it('says in one sentence, with the published remark, that the planning-resources 表八 is empty', async () => {
    const element = await fundTable(await loadJson(planningPath));
    expect(tables(element)).to.have.length(0);
    expect(plain(element.shadowRoot!.querySelector('.zero-statement')!.textContent)).to.equal('本部门2024年度无政府性基金预算财政拨款收入和支出。');
    expect(textOf(element)).to.contain('说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
    expect(textOf(element)).to.not.match(/0\.00/);
  });

  it('says the same of 表九, and of a budget, in English too', async () => {
    const state = await fundTable(await loadJson(planningPath), { fund: 'state-capital' });
    expect(plain(state.shadowRoot!.querySelector('.zero-statement')!.textContent)).to.equal('本部门2024年度无国有资本经营预算财政拨款收入和支出。');
    expect(plain(state.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.textContent)).to.contain('国有资本经营预算财政拨款收入支出决算表');
    const budget = await fundTable(await loadJson(budgetPath));
    expect(plain(budget.shadowRoot!.querySelector('.zero-statement')!.textContent)).to.equal('本部门2025年度无政府性基金预算财政拨款安排的预算。');
    expect(textOf(budget)).to.contain('注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。');
    const english = await fundTable(await loadJson(planningPath), { lang: 'en' });
    expect(plain(english.shadowRoot!.querySelector('.zero-statement')!.textContent)).to.equal(
      'The department had no government fund budget appropriation income or expenditure in 2024.',
    );
  });

  it('shows a table with figures in the document columns, blanks as dashes, expandable by keyboard', async () => {
    const element = await fundTable(withFundRows(await loadJson(planningPath)));
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '年初结转和结余', '本年收入', '本年支出合计', '本年支出：基本支出', '本年支出：项目支出', '年末结转和结余']);
    const rows = renderedRows(element);
    expect(rows.get('21208国有土地使用权出让收入安排的支出')).to.deep.equal({
      年初结转和结余: '—原表此处空白，未公布此数',
      本年收入: '120.50',
      本年支出合计: '100.50',
      '本年支出：基本支出': '—原表此处空白，未公布此数',
      '本年支出：项目支出': '100.50',
      年末结转和结余: '20.00',
    });
    expect(rows.get('合计')!['年末结转和结余']).to.equal('30.00');
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-key="0"] button.toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(renderedRows(element).has('21208国有土地使用权出让收入安排的支出')).to.equal(false);
    expect(element.shadowRoot!.activeElement?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('switches table when the fund changes, and names a missing one', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.stateCapitalTable;
    const element = await fundTable(disclosure);
    element.fund = 'state-capital';
    await settle(element, 'error');
    expect(plain(alertOf(element)!.textContent)).to.contain('国有资本经营预算财政拨款收入支出决算表');
  });

  it('has no axe-core violations, empty or with rows, in zh-CN and en', async function () {
    this.timeout(30000);
    await expect(await fundTable(await loadJson(planningPath))).to.be.accessible();
    await expect(await fundTable(withFundRows(await loadJson(planningPath)), { lang: 'en', expand: 'all' })).to.be.accessible();
  });
});
