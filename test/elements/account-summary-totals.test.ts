/**
 * Issue 24: <account-summary> shows the rows of 收入支出决算总表 in the
 * document's order with the document's labels, and 支出总计 is the grand
 * total the documents mean (本年支出合计 + 结余分配 + 年末结转和结余). Expected
 * figures are read by hand from putuo-planning-resources-2024-final-accounts
 * (收入支出决算总表). test/elements/v1-figures.test.ts checks that the v1
 * story data and fixtures keep every figure they showed before.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import type { AccountSummaryElement } from '../../components/account-summary/account-summary.js';
import { loadJson, render, rowOf, settle, syntheticPath, tables, textOf } from './harness.js';

const planningPath = 'test/fixtures/planning-resources-2024-summary.json';

async function summaryOf(disclosure: unknown, lang = 'zh-CN') {
  const element = await render<AccountSummaryElement>(html`<account-summary lang=${lang} view="table" .disclosure=${disclosure}></account-summary>`);
  await settle(element);
  return element;
}

/** The first cell of each row of a table (the row labels), white space folded. */
const labelsOf = (element: Element, index: number) => tables(element)[index]!.rows.slice(1).map((cells) => cells[0]!);

describe('<account-summary> on the planning-resources 2024 收入支出决算总表 (issue 24)', () => {
  it('validates with no warning and shows 总计 9,859.38 on both sides and 本年支出合计 9,759.38', async () => {
    const element = await summaryOf(await loadJson(planningPath));
    expect(element.data?.warnings).to.deep.equal([]);
    expect(textOf(element)).to.not.contain('数据核对');
    expect(rowOf(element, '收入总计', 0)).to.deep.equal(['收入总计', '9,859.38', '']);
    expect(rowOf(element, '支出总计', 1)).to.deep.equal(['支出总计', '9,859.38', '']);
    expect(rowOf(element, '本年支出合计', 1)).to.deep.equal(['本年支出合计', '9,759.38', '']);
    expect(rowOf(element, '本年收入合计', 0)).to.deep.equal(['本年收入合计', '9,746.50', '']);
    expect(rowOf(element, '年末结转和结余', 1)).to.deep.equal(['年末结转和结余', '100.00', '']);
    expect(rowOf(element, '年初结转和结余', 0)?.slice(0, 2)).to.deep.equal(['年初结转和结余', '112.88']);
  });

  it('lists the rows in the order of the 总表, with its labels', async () => {
    const element = await summaryOf(await loadJson(planningPath));
    expect(labelsOf(element, 0)).to.deep.equal(['一般公共预算财政拨款收入', '本年收入合计', '年初结转和结余', '收入总计']);
    expect(labelsOf(element, 1)).to.deep.equal([
      '208社会保障和就业支出',
      '210卫生健康支出',
      '212城乡社区支出',
      '220自然资源海洋气象等支出',
      '221住房保障支出',
      '本年支出合计',
      '年末结转和结余',
      '支出总计',
    ]);
  });
});

describe('<account-summary>: a v1 file with a year-end balance (synthetic-2023)', () => {
  it('shows v1 expenditureTotal 12,500.00 as 本年支出合计, then 年末结转和结余 500.00 and 支出总计 13,000.00 marked as computed', async () => {
    const element = await summaryOf(await loadJson(syntheticPath));
    expect(rowOf(element, '本年支出合计', 1)).to.deep.equal(['本年支出合计', '12,500.00', '']);
    expect(rowOf(element, '年末结转和结余', 1)).to.deep.equal(['年末结转和结余', '500.00', '']);
    const total = rowOf(element, '支出总计', 1)!;
    expect(total[0]).to.contain('计算值');
    expect(total[1]).to.equal('13,000.00');
    expect(rowOf(element, '收入总计', 0)?.[1]).to.equal('13,000.00');
  });
  it('says the expenditure lines add up to 本年支出合计, not to 支出总计', async () => {
    const element = await summaryOf(await loadJson(syntheticPath), 'zh-CN');
    expect(textOf(element)).to.not.contain('支出总计12,500.00');
  });
});

describe('<account-summary> with blank lines (printed without an amount): a blank is not 0', () => {
  /** The seed with its income lines replaced, and its published 收入总计 left out. */
  async function withIncome(income: unknown[]) {
    const seed = await loadJson('stories/data/seed-2022.json');
    seed.accountSummary.income = income;
    delete seed.accountSummary.incomeTotal;
    const element = await render<AccountSummaryElement>(html`<account-summary .disclosure=${seed}></account-summary>`);
    await settle(element);
    return element;
  }
  const incomeSummary = (element: AccountSummaryElement) => element.shadowRoot!.querySelector('.chart-summary')!.textContent!.replace(/\s+/g, ' ').replace(/[\u2066-\u2069]/g, '').trim();

  it('one line published, one blank, no published total: no total, no share and no "all of it"', async () => {
    const element = await withIncome([
      { key: 'fiscalAppropriation', amount: '100.00' },
      { key: 'institutionIncome', blank: true },
    ]);
    expect(rowOf(element, '财政拨款收入', 0)).to.deep.equal(['财政拨款收入', '100.00', '']);
    expect(rowOf(element, '收入总计', 0)?.slice(0, 2)).to.deep.equal(['收入总计', '—未公布（表中空白）']);
    expect(incomeSummary(element)).to.match(/^2022年度收入总计未公布，1项未公布金额。/);
    expect(textOf(element)).to.not.contain('全部为');
    expect(textOf(element)).to.not.contain('100.00%');
  });

  it('every line blank, no published total: the total is not published, never 0', async () => {
    const element = await withIncome([
      { key: 'fiscalAppropriation', blank: true },
      { key: 'institutionIncome', blank: true },
    ]);
    expect(rowOf(element, '收入总计', 0)?.slice(0, 2)).to.deep.equal(['收入总计', '—未公布（表中空白）']);
    expect(incomeSummary(element)).to.match(/^2022年度收入总计未公布，2项未公布金额。/);
    expect(incomeSummary(element)).to.not.contain('收入总计0');
  });

  it('a published total with a blank line: shares of the published total, and the blank line counted, in English too', async () => {
    const seed = await loadJson('stories/data/seed-2022.json');
    seed.accountSummary.income = [
      { key: 'fiscalAppropriation', amount: '933.74' },
      { key: 'institutionIncome', blank: true },
    ];
    const element = await render<AccountSummaryElement>(html`<account-summary lang="en" .disclosure=${seed}></account-summary>`);
    await settle(element);
    expect(rowOf(element, 'Fiscal appropriations', 0)).to.deep.equal(['Fiscal appropriations', '933.74', '100.00%']);
    expect(incomeSummary(element)).to.match(/^In 2022, total income was 933\.74 \(10k yuan\), of which fiscal appropriations 933\.74 \(10k yuan\), 100\.00%; 1 line has no published amount\./);
  });
});
