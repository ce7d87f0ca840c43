import { expect, html } from '@open-wc/testing';
import '../../components/appropriation-summary/define.js';
import type { AppropriationSummaryElement } from '../../components/appropriation-summary/appropriation-summary.js';
import { alertOf, loadJson, plain, render, settle, tables } from './harness.js';
import { budgetPath, grouped, planningPath } from './classified-tables.js';

const DASH = '—原表此处空白，未公布此数';

async function summary(disclosure: unknown, attributes: { lang?: string } = {}) {
  const element = await render<AppropriationSummaryElement>(html`<appropriation-summary lang=${attributes.lang ?? 'zh-CN'} .disclosure=${disclosure}></appropriation-summary>`);
  await settle(element);
  return element;
}

const expected = (value: string | null | undefined) => (value ? grouped(value) : DASH);
const withoutOfWhich = (label: string) => label.replace(/^其中：/, '');

describe('<appropriation-summary> on the planning-resources 财政拨款收入支出决算总表 (决算 表四)', () => {
  it('shows the income side in the printed order, blanks as dashes', async () => {
    const element = await summary(await loadJson(planningPath));
    const document = await loadJson('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json');
    const printed = (document.tables.find((table: { number: number }) => table.number === 4).rowsAsPrinted as (string | null)[][])
      .filter((cells) => cells[0] !== null)
      .map((cells) => [cells[0]!, expected(cells[1])]);
    const income = tables(element)[0]!;
    expect(income.caption).to.equal('财政拨款收入（单位：万元）');
    expect(income.rows[0]).to.deep.equal(['项目', '决算数']);
    expect(income.rows.slice(1).map(([label, value]) => [withoutOfWhich(label!), value])).to.deep.equal(printed);
  });

  it('shows every expenditure 类 the document fills, 合计 and the three funds side by side, then 本年支出合计, 年末结转和结余 and 总计', async () => {
    const element = await summary(await loadJson(planningPath));
    const document = await loadJson('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json');
    const printed = (document.tables.find((table: { number: number }) => table.number === 4).rowsAsPrinted as (string | null)[][]).filter(
      (cells) => cells.slice(3).some((cell) => cell !== null) || ['年末财政拨款结转和结余'].includes(cells[2]!),
    );
    const expenditure = tables(element)[1]!;
    expect(expenditure.rows[0]).to.deep.equal(['项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    const body = expenditure.rows.slice(1);
    expect(body.length).to.equal(printed.length);
    printed.forEach((cells, index) => {
      const name = cells[2]!.replace(/^[一二三四五六七八九十]+、/, '');
      expect(body[index]![0]).to.match(new RegExp(`${name}$`));
      // The figures the cross-checks question (九、卫生健康支出, 本年支出合计) carry the data-check mark after the first (test/elements/check-marks.test.ts).
      expect(body[index]!.slice(1).map((cell) => cell.replace('⚠(数据核对发现差异，见“数据核对”说明)', ''))).to.deep.equal(cells.slice(3).map(expected));
    });
  });

  it('numbers the fund lines in the reader\'s language: 一、 in Chinese, 1. in English', async () => {
    const english = tables(await summary(await loadJson(planningPath), { lang: 'en' }))[0]!;
    const labels = english.rows.slice(1).map(([label]) => plain(label!));
    expect(labels.slice(0, 3)).to.deep.equal(['1. General public budget', '2. Government fund budget', '3. State capital operating budget']);
    for (const label of labels) expect(label).to.not.match(/[一二三]、/);
  });

  it('says which section is missing', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.appropriationTable;
    const element = await render<AppropriationSummaryElement>(html`<appropriation-summary .disclosure=${disclosure}></appropriation-summary>`);
    await settle(element, 'error');
    expect(plain(alertOf(element)!.textContent)).to.contain('财政拨款收入支出决算总表');
  });

  it('marks a 本年支出合计 the disclosure does not publish as computed', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.appropriationTable.currentYearExpenditure;
    const element = await summary(disclosure);
    const row = tables(element)[1]!.rows.find((cells) => cells[0] === '本年支出合计')!;
    // The printed 类 add up to 754.75 + 236.63 + 3832.36 + 4461.67 + 461.08 = 9746.49 (the document prints 9746.50: rounding).
    expect(row.slice(0, 2)).to.deep.equal(['本年支出合计', '9,746.49(计算值)(由公布数计算得出，非公布数)']);
  });

  it('renders the budget 财政拨款收支预算总表 with its headings and rows', async () => {
    const element = await summary(await loadJson(budgetPath));
    const [income, expenditure] = tables(element);
    expect(income!.rows).to.deep.equal([
      ['项目', '预算数'],
      ['一、一般公共预算', '91,016,775.35'],
      ['二、政府性基金预算', DASH],
      ['三、国有资本经营预算', DASH],
      ['收入总计', '91,016,775.35'],
    ]);
    expect(expenditure!.rows[0]).to.deep.equal(['项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
    expect(expenditure!.rows[1]).to.deep.equal(['一般公共服务支出', '82,096,797.42', '82,096,797.42', DASH, DASH]);
    expect(expenditure!.rows.at(-1)).to.deep.equal(['支出总计', '91,016,775.35', '91,016,775.35', DASH, DASH]);
    expect(plain(element.shadowRoot!.querySelector('h2')!.textContent)).to.contain('财政拨款收支预算总表');
  });

  it('has no axe-core violations in zh-CN', async function () {
    this.timeout(30000);
    await expect(await summary(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no axe-core violations in en', async function () {
    this.timeout(30000);
    await expect(await summary(await loadJson(planningPath), { lang: 'en' })).to.be.accessible();
  });
  it('has no axe-core violations for a budget', async function () {
    this.timeout(30000);
    await expect(await summary(await loadJson(budgetPath))).to.be.accessible();
  });
});
