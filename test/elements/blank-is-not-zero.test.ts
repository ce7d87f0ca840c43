/**
 * A blank is not 0: a total the document does not publish is worked out only
 * when every figure it adds up is there, a row with no figure is never folded
 * away as "金额为 0", and a share needs both of its parts. Each case starts from
 * the planning-resources 决算 (figures transcribed from
 * putuo-planning-resources-2024-final-accounts.pdf) with one published figure
 * taken out, as a hand-made disclosure might leave it.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/income-breakdown/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/appropriation-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/other-matters/define.js';
import type { AnyDisclosureElement } from './harness.js';
import { loadJson, render, settle, tables, textOf } from './harness.js';
import { planningPath } from './classified-tables.js';

async function show(tag: string, disclosure: unknown, hideZero = false): Promise<AnyDisclosureElement> {
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.setAttribute('expand', 'all');
  if (hideZero) element.setAttribute('hide-zero', '');
  element.disclosure = disclosure as AnyDisclosureElement['disclosure'];
  const host = await render<HTMLElement>(html`<div></div>`);
  host.append(element);
  await settle(element);
  return element;
}

const lastRow = (element: Element, table = 0) => tables(element)[table]!.rows.at(-1)!;
/** A dash cell as read: the dash, then why (for screen readers). */
const DASH = '—原表此处空白，未公布此数';

describe('a blank is not 0', () => {
  it('<income-breakdown>: a source whose 合计 is not published and whose row is blank gets a dash, no composition, no invented share', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.incomeTable.total;
    // 表二 row 208 社会保障和就业支出: 754.75, 财政拨款收入 754.75; its 财政拨款收入 left blank.
    delete disclosure.incomeTable.rows[0].fiscalAppropriation;
    const element = await show('income-breakdown', disclosure);
    const total = lastRow(element);
    // 本年收入合计: every row has its amount (754.75 + 236.64 + 3832.36 + 4461.67 + 461.08 = 9746.50), computed.
    expect(total[1]).to.match(/^9,746\.50/);
    expect(total[1]).to.contain('计算值');
    // 财政拨款收入: a row is blank, so no 合计 (was 8,991.75, the other rows' sum, shown as if it were the total).
    expect(total[2]).to.equal(DASH);
    expect(textOf(element)).to.not.contain('8,991.75');
    expect(textOf(element)).to.contain('原表未公布按来源的合计，且有科目空白，无法画出收入构成。');
    expect(textOf(element)).to.not.contain('全部为财政拨款收入');
  });

  it('<expenditure-breakdown>: a table with no row and no published 合计 says the total is not published, not 0', async () => {
    const disclosure = await loadJson(planningPath);
    disclosure.expenditureTable = { rows: [] };
    const element = await show('expenditure-breakdown', disclosure);
    expect(textOf(element)).to.contain('2024年度本年支出合计未公布（表中空白）');
    expect(textOf(element)).to.not.contain('合计0');
  });

  it('<appropriation-summary>: 本年收入 and 总计 are not summed over a blank fund line', async () => {
    const disclosure = await loadJson(planningPath);
    const table = disclosure.appropriationTable;
    // 表四 (final accounts): 一般公共预算财政拨款 9746.50; 政府性基金 and 国有资本经营 left blank; no 本年收入合计, no 总计.
    delete table.income.amount;
    delete table.incomeTotal;
    delete table.income.governmentFund;
    delete table.income.stateCapital;
    const element = await show('appropriation-summary', disclosure);
    const income = tables(element)[0]!.rows;
    const row = (label: string) => income.find((cells) => cells[0] === label);
    expect(row('本年收入合计')?.[1], '本年收入合计').to.equal(DASH);
    expect(income.at(-1)![1], '收入总计').to.equal(DASH);
    expect(textOf(element)).to.not.contain('9,746.50(计算值)');
  });

  it('<basic-expenditure> under hide-zero: a row with no figure stays in the table (blank, not folded as 金额为 0)', async () => {
    const disclosure = await loadJson(planningPath);
    // 表七 302 商品和服务支出: a 款 the table does not list (30210 咨询费 is not printed), added with no figure.
    disclosure.basicExpenditureTable.rows[1].children.push({ code: '30210', name: '咨询费' });
    const element = await show('basic-expenditure', disclosure, true);
    const rows = tables(element)[0]!.rows;
    const blank = rows.find((cells) => cells[0]!.startsWith('30210'));
    expect(blank, 'the blank row').to.not.equal(undefined);
    expect(blank![1]).to.equal(DASH);
  });

  it('<other-matters>: 授予中小企业合同金额占比 is not worked out when the other projects\' amount is not published', async () => {
    const disclosure = await loadJson(planningPath);
    const procurement = disclosure.otherMatters.procurement;
    // 说明 (政府采购): 225.10 awarded in reserved projects, 0.00 in the others, of 2319.21; no share published.
    delete procurement.smeShare;
    const complete = await show('other-matters', structuredClone(disclosure));
    // (225.10 + 0.00) ÷ 2319.21 = 9.7059…% → 9.71%, marked computed.
    expect(textOf(complete)).to.contain('9.71%');
    delete procurement.smeAwardedOther;
    const element = await show('other-matters', disclosure);
    expect(textOf(element)).to.not.contain('9.71%');
    expect(textOf(element)).to.not.contain('授予中小企业合同金额占比');
  });
});
