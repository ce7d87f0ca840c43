import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/three-public-expenses/define.js';
import type { ThreePublicExpensesElement } from '../../components/three-public-expenses/three-public-expenses.js';
import { padToColumn } from './column-rule.js';
import { loadJson, marksOf, plain, render, rowOf, seedPath, settle, syntheticPath, tables, textOf } from './harness.js';

async function expenses(disclosure: unknown, attributes: { lang?: string; unit?: string; hideZero?: boolean; view?: string } = {}) {
  const element = await render<ThreePublicExpensesElement>(html`<three-public-expenses
    lang=${attributes.lang ?? 'zh-CN'}
    unit=${attributes.unit ?? ''}
    view=${attributes.view ?? 'both'}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${disclosure}
  ></three-public-expenses>`);
  await settle(element);
  return element;
}

const COMPUTED = '(计算值)(由公布数计算得出，非公布数)';
const shadow = (element: Element) => element.shadowRoot!;
const statementOf = (element: Element) => {
  const statement = shadow(element).querySelector('[part="statement"]');
  return statement ? plain(statement.textContent).trim() : undefined;
};
const changesOf = (element: Element) => plain(shadow(element).querySelector('[part="changes"]')?.textContent).trim();
const headingOf = (element: Element) => plain(shadow(element).querySelector('[part="heading"]')!.textContent).trim();
const pictures = (element: Element) => shadow(element).querySelectorAll('svg[role="img"]');
const describedBy = (element: Element, picture: Element, attribute: 'aria-labelledby' | 'aria-describedby') =>
  plain(shadow(element).getElementById(picture.getAttribute(attribute)!)!.textContent).trim();

/** The synthetic disclosure with `change` edited: a clone for each variant. */
async function variant(edit: (expenses: any) => void): Promise<any> {
  const synthetic = await loadJson(syntheticPath);
  edit(synthetic.threePublicExpenses);
  return synthetic;
}

describe('<three-public-expenses> on the seed disclosure (all zero)', () => {
  it('reads as one sentence with the published change, not as an empty chart', async () => {
    const element = await expenses(await loadJson(seedPath));
    expect(headingOf(element)).to.equal('2022年度高新区党群工作部“三公”经费支出');
    expect(statementOf(element)).to.equal('2022年度“三公”经费支出为0万元，与2021年度持平。');
    expect(pictures(element)).to.have.length(0);
    expect(marksOf(element)).to.have.length(0);
    expect(shadow(element).querySelector('.bars, figure')).to.equal(null);
    expect(textOf(element)).not.to.match(/NaN|Infinity|undefined/);
  });

  it('shows the amounts with the published change, keeping its published 0%', async () => {
    const element = await expenses(await loadJson(seedPath));
    const amounts = tables(element)[0]!;
    expect(amounts.caption).to.equal('“三公”经费（单位：万元）');
    expect(amounts.rows).to.deep.equal([
      ['项目', '2022年度', '增减额', '增减率'],
      ['“三公”经费合计', '0', '0', '0%'],
      ['因公出国（境）费', '0', '', ''],
      ['公务接待费', '0', '', ''],
      ['公务用车购置及运行维护费', '0', '', ''],
      ['公务用车购置费', '0', '', ''],
      ['公务用车运行维护费', '0', '', ''],
    ]);
  });

  it('gives the counts behind the amounts as cells', async () => {
    const element = await expenses(await loadJson(seedPath));
    const counts = tables(element)[1]!;
    expect(counts.caption).to.equal('2022年度出国（境）团组、公务接待和公务用车数量');
    expect(counts.rows).to.deep.equal([
      ['项目', '数量'],
      ['因公出国（境）团组数（个）', '0'],
      ['因公出国（境）人次', '0'],
      ['国内公务接待批次', '0'],
      ['国内公务接待人次', '0'],
      ['购置公务用车（辆）', '0'],
      ['年末公务用车保有量（辆）', '0'],
    ]);
    const cell = shadow(element).querySelectorAll('table')[1]!.tBodies[0]!.rows[0]!.cells[1]!;
    expect(cell.localName).to.equal('td');
    expect(getComputedStyle(cell).textAlign).to.equal('end');
  });

  it('says the same in English', async () => {
    const element = await expenses(await loadJson(seedPath), { lang: 'en' });
    expect(headingOf(element)).to.equal('高新区党群工作部: "Three public" expenses, final accounts, 2022');
    expect(statementOf(element)).to.equal('In 2022, "three public" expenses were 0 (10k yuan); spending was unchanged from 2021.');
    expect(tables(element)[0]!.caption).to.equal('"Three public" expenses (10k yuan)');
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['Item', '2022', 'Change', 'Change (%)']);
    expect(tables(element)[0]!.rows[1]).to.deep.equal(['Total "three public" expenses', '0', '0', '0%']);
    expect(tables(element)[1]!.rows[1]).to.deep.equal(['Delegations abroad', '0']);
    expect(tables(element)[1]!.rows.at(-1)).to.deep.equal(['Vehicles held at year end', '0']);
  });

  it('collapses the zero lines under hide-zero but keeps the total and the counts', async () => {
    const element = await expenses(await loadJson(seedPath), { hideZero: true });
    const labels = tables(element)[0]!.rows.map((cells) => cells[0]);
    expect(labels).to.deep.equal(['项目', '“三公”经费合计', '另有 5 项金额为 0，已折叠']);
    expect(tables(element)[1]!.rows).to.have.length(7);
  });

  it('keeps the statement in every view: alone with view="chart", with the tables with view="table"', async () => {
    const chartOnly = await expenses(await loadJson(seedPath), { view: 'chart' });
    expect(statementOf(chartOnly)).to.equal('2022年度“三公”经费支出为0万元，与2021年度持平。');
    expect(tables(chartOnly)).to.have.length(0);
    const tableOnly = await expenses(await loadJson(seedPath), { view: 'table' });
    expect(statementOf(tableOnly)).to.equal('2022年度“三公”经费支出为0万元，与2021年度持平。');
    expect(tables(tableOnly)).to.have.length(2);
  });

  it('states the zero plainly, without change columns, when no change is published', async () => {
    const seed = await loadJson(seedPath);
    delete seed.threePublicExpenses.change;
    const element = await expenses(seed);
    expect(statementOf(element)).to.equal('2022年度“三公”经费支出为0万元。');
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['项目', '2022年度']);
    expect(shadow(element).querySelector('.table-note')).to.equal(null);
  });

  it('names a budget disclosure as such', async () => {
    const seed = await loadJson(seedPath);
    seed.kind = 'budget';
    expect(headingOf(await expenses(seed))).to.equal('2022年度高新区党群工作部“三公”经费预算');
    expect(headingOf(await expenses(seed, { lang: 'en' }))).to.equal('高新区党群工作部: "Three public" expenses, budget, 2022');
    // A budget's figure is what was budgeted (预算), not what was spent (支出).
    expect(statementOf(await expenses(seed))).to.equal('2022年度“三公”经费预算为0万元，与2021年度持平。');
    expect(statementOf(await expenses(seed, { lang: 'en' }))).to.equal('In 2022, "three public" expenses were budgeted at 0 (10k yuan); spending was unchanged from 2021.');
  });

  it('has no axe-core violations, zh-CN and en, in each view', async () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const view of ['both', 'table', 'chart']) {
        const element = await expenses(await loadJson(seedPath), { lang, view, hideZero: view === 'table' });
        await expect(element).to.be.accessible();
      }
    }
  });
});

// The figures are transcribed from the documents; each column shows them under the column rule
// (test/elements/column-rule.ts): zeros added up to the column's most decimals, never rounded
// (the synthetic's amount columns have 2 decimals, its 完成率 column 2: 71.43%).
describe('<three-public-expenses> on a non-zero disclosure', () => {
  it('shows every figure exactly: this year, previous year, change, budget and completion', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    expect(headingOf(element)).to.equal('2023年度示例市教育局“三公”经费支出');
    expect(tables(element)[0]!.rows).to.deep.equal([
      ['项目', '2023年度', '2022年度', '增减额', '增减率', '预算数', '完成率'],
      ['“三公”经费合计', '45.60', '50.30', '-4.70', '-9.34%', '60.00', padToColumn('76%', 2)],
      ['因公出国（境）费', '12.00', padToColumn('0', 2), '12.00', '—上年为0，无法计算增减率', '15.00', padToColumn('80%', 2)],
      ['公务接待费', '8.60', '10.30', '-1.70', '-16.50%', '10.00', padToColumn('86%', 2)],
      ['公务用车购置及运行维护费', '25.00', '40.00', '-15.00', '-37.50%', '35.00', '71.43%'],
      ['公务用车购置费', padToColumn('0', 2), '15.00', `-15.00${COMPUTED}`, `-100.00%${COMPUTED}`, padToColumn('0', 2), '—预算为0，无法计算完成率'],
      ['公务用车运行维护费', '25.00', '25.00', `0.00${COMPUTED}`, `0.00%${COMPUTED}`, '35.00', `71.43%${COMPUTED}`],
    ]);
    expect(textOf(element)).not.to.match(/NaN|Infinity|undefined/);
  });

  it('explains each "—" under the table and to screen readers in the cell', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    const notes = [...shadow(element).querySelectorAll('.table-note')].map((note) => note.textContent!.trim());
    expect(notes).to.deep.equal(['“—”：上年为0，无法计算增减率。', '“—”：预算为0，无法计算完成率。']);
    const dash = shadow(element).querySelector<HTMLTableRowElement>('tr[data-key="outboundTravel"]')!.cells[4]!;
    expect(dash.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(dash.querySelector('.visually-hidden')!.textContent).to.equal('上年为0，无法计算增减率');
  });

  it('gives the counts behind the amounts as cells', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    expect(tables(element)[1]!.rows.slice(1)).to.deep.equal([
      ['因公出国（境）团组数（个）', '2'],
      ['因公出国（境）人次', '6'],
      ['国内公务接待批次', '35'],
      ['国内公务接待人次', '280'],
      ['购置公务用车（辆）', '0'],
      ['年末公务用车保有量（辆）', '5'],
    ]);
  });

  it('words each change: decrease, increase against a previous year of 0, with published percents', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    // The total's change is said once, in the chart's summary; below the chart, the parts' changes.
    expect(plain(shadow(element).querySelector('.chart-summary')?.textContent)).to.contain('比2022年度减少4.70万元，下降9.34%');
    expect(changesOf(element)).to.equal(
      '因公出国（境）费比2022年度增加12.00万元；' +
        '公务接待费比2022年度减少1.70万元，下降16.50%；公务用车购置及运行维护费比2022年度减少15.00万元，下降37.50%。',
    );
  });

  it('computes a change the disclosure does not state, marks it, and words an increase', async () => {
    const element = await expenses(
      await variant((expenses) => {
        expenses.previousYear.officialReception = '5.00';
        delete expenses.change.officialReception;
      }),
    );
    expect(rowOf(element, '公务接待费')).to.deep.equal(['公务接待费', '8.60', '5.00', `3.60${COMPUTED}`, `72.00%${COMPUTED}`, '10.00', padToColumn('86%', 2)]);
    expect(changesOf(element)).to.contain('；公务接待费比2022年度增加3.60万元，增长72.00%；');
  });

  it('words an unchanged part as 持平', async () => {
    const element = await expenses(
      await variant((expenses) => {
        expenses.previousYear.officialReception = '8.60';
        delete expenses.change.officialReception;
      }),
    );
    expect(rowOf(element, '公务接待费')!.slice(3, 5)).to.deep.equal([`0.00${COMPUTED}`, `0.00%${COMPUTED}`]);
    expect(changesOf(element)).to.contain('；公务接待费与2022年度持平；');
  });

  it('shows "—", never Infinity or NaN, for a computed change against a previous year of 0', async () => {
    const element = await expenses(await variant((expenses) => delete expenses.change.outboundTravel));
    expect(rowOf(element, '因公出国（境）费')!.slice(1, 5)).to.deep.equal(['12.00', padToColumn('0', 2), `12.00${COMPUTED}`, '—上年为0，无法计算增减率']);
    expect(changesOf(element)).to.contain('因公出国（境）费比2022年度增加12.00万元；');
    expect(textOf(element)).not.to.match(/NaN|Infinity/);
  });

  it('words the changes in English', async () => {
    const element = await expenses(
      await variant((expenses) => {
        expenses.previousYear.officialReception = '5.00';
        delete expenses.change.officialReception;
        expenses.previousYear.officialVehicles = '25.00';
        delete expenses.change.officialVehicles;
      }),
      { lang: 'en' },
    );
    expect(changesOf(element)).to.equal(
      'Official travel abroad rose by 12.00 (10k yuan) from 2022; ' +
        'Official reception rose by 3.60 (10k yuan) from 2022 (+72.00%); Official vehicle purchase and operation was unchanged from 2022.',
    );
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['Item', '2023', '2022', 'Change', 'Change (%)', 'Budget', 'Completion']);
    expect(rowOf(element, 'Official travel abroad')![4]).to.equal('—the previous year was 0, so there is no percent change');
  });

  it('converts every amount exactly with unit="元"', async () => {
    const element = await expenses(await loadJson(syntheticPath), { unit: '元' });
    expect(rowOf(element, '“三公”经费合计')).to.deep.equal(['“三公”经费合计', '456,000', '503,000', '-47,000', '-9.34%', '600,000', padToColumn('76%', 2)]);
    expect(tables(element)[0]!.caption).to.equal('“三公”经费（单位：元）');
    expect(plain(shadow(element).querySelector('.chart-summary')?.textContent)).to.contain('减少47,000元');
  });

  it('shows foreign-affairs reception under 公务接待费 when the disclosure gives it', async () => {
    const element = await expenses(
      await variant((expenses) => Object.assign(expenses.officialReception, { foreignAmount: '1.20', foreignBatches: 2, foreignPersons: 12 })),
    );
    const labels = tables(element)[0]!.rows.map((cells) => cells[0]);
    expect(labels.indexOf('外事接待费')).to.equal(labels.indexOf('公务接待费') + 1);
    expect(rowOf(element, '外事接待费')).to.deep.equal(['外事接待费', '1.20', '', '', '', '', '']);
    expect(rowOf(element, '外事接待批次', 1)).to.deep.equal(['外事接待批次', '2']);
    expect(rowOf(element, '外事接待人次', 1)).to.deep.equal(['外事接待人次', '12']);
  });

  it('describes the chart with a sentence generated from the data', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    const [picture] = pictures(element);
    expect(pictures(element)).to.have.length(1);
    expect(describedBy(element, picture!, 'aria-labelledby')).to.equal('“三公”经费分项比较（单位：万元）');
    expect(describedBy(element, picture!, 'aria-describedby')).to.equal(
      '2023年度“三公”经费支出为45.60万元，其中因公出国（境）费12.00万元、公务接待费8.60万元、公务用车购置及运行维护费25.00万元；' +
        '比2022年度减少4.70万元，下降9.34%；完成预算的76%。',
    );
    expect(statementOf(element)).to.equal(undefined);
  });

  it('describes it in English too', async () => {
    const element = await expenses(await loadJson(syntheticPath), { lang: 'en' });
    const [picture] = pictures(element);
    expect(describedBy(element, picture!, 'aria-describedby')).to.equal(
      'In 2023, "three public" expenses were 45.60 (10k yuan): official travel abroad 12.00 (10k yuan), official reception 8.60 (10k yuan), ' +
        'official vehicle purchase and operation 25.00 (10k yuan); spending fell by 4.70 (10k yuan) from 2022 (−9.34%); 76% of the budget was spent.',
    );
    expect(plain(marksOf(element)[0]!.getAttribute('aria-label'))).to.equal('Official travel abroad, 2023: 12.00 (10k yuan)');
  });

  it('draws this year, the previous year and the budget per part, each bar labelled directly', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    expect(marksOf(element).map((mark) => plain(mark.getAttribute('aria-label')))).to.deep.equal([
      '因公出国（境）费 2023年度：12.00万元',
      // The 2022 series publishes 0, 10.30 and 15.00: its figures show two decimals (the column rule).
      `因公出国（境）费 2022年度：${padToColumn('0', 2)}万元`,
      '因公出国（境）费 预算数：15.00万元',
      '公务接待费 2023年度：8.60万元',
      '公务接待费 2022年度：10.30万元',
      '公务接待费 预算数：10.00万元',
      '公务用车购置及运行维护费 2023年度：25.00万元',
      '公务用车购置及运行维护费 2022年度：40.00万元',
      '公务用车购置及运行维护费 预算数：35.00万元',
    ]);
    const grid = shadow(element).querySelector('.bars')!;
    const texts = (selector: string) => [...grid.querySelectorAll(selector)].map((node) => node.textContent!.trim());
    expect(texts('.bars-group')).to.deep.equal(['因公出国（境）费', '公务接待费', '公务用车购置及运行维护费']);
    expect(texts('.bars-value')).to.deep.equal(['12.00', padToColumn('0', 2), '15.00', '8.60', '10.30', '10.00', '25.00', '40.00', '35.00']);
    expect(texts('.bars-series').slice(0, 3)).to.deep.equal(['2023年度', '2022年度', '预算数']);
    // Each bar's series is named on its own row, so there is no separate legend.
    expect(shadow(element).querySelector('.legend')).to.equal(null);
  });

  it('draws the bars on one scale, with each value label on the line of its bar', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    const picture = pictures(element)[0]!;
    const bars = [...picture.querySelectorAll('rect[class^="series-"]')] as SVGRectElement[];
    // The longest bar (40.00) spans the column; 12.00 is 30 % of it; 0 draws nothing.
    const expected = [30, 0, 37.5, 21.5, 25.75, 25, 62.5, 100, 87.5];
    bars.forEach((bar, index) => expect(Number.parseFloat(bar.getAttribute('width')!)).to.be.closeTo(expected[index]!, 1e-9));
    const values = [...shadow(element).querySelectorAll('.bars-value')];
    for (const [index, bar] of bars.entries()) {
      const barBox = bar.getBoundingClientRect();
      const valueBox = values[index]!.getBoundingClientRect();
      expect(Math.abs(barBox.top + barBox.height / 2 - (valueBox.top + valueBox.height / 2))).to.be.lessThan(3);
    }
    const marks = marksOf(element);
    expect(marks[1]!.getBoundingClientRect().width).to.be.greaterThan(20);
  });

  it('keeps the labels readable and the bars in line at 320 px', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    element.style.width = '320px';
    await element.updateComplete;
    const group = shadow(element).querySelector('.bars-group')!;
    expect(Number.parseFloat(getComputedStyle(group).fontSize)).to.be.at.least(13);
    const grid = shadow(element).querySelector('.bars')!.getBoundingClientRect();
    expect(grid.width).to.be.at.most(320);
    const bar = pictures(element)[0]!.querySelectorAll('rect[class^="series-"]')[8]!.getBoundingClientRect();
    const value = shadow(element).querySelectorAll('.bars-value')[8]!.getBoundingClientRect();
    expect(bar.right).to.be.at.most(value.left);
    expect(value.right).to.be.at.most(grid.right + 0.5);
  });

  it('reaches every bar by keyboard, one tab stop, and writes the focused one out', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    const marks = marksOf(element);
    expect(marks.map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1', '-1', '-1', '-1', '-1']);
    marks[0]!.focus();
    // Up/Down move between the series of a group, Left/Right along a series.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    expect(plain(shadow(element).activeElement!.getAttribute('aria-label'))).to.equal('公务接待费 2023年度：8.60万元');
    await element.updateComplete;
    expect(plain(shadow(element).querySelector('.chart-current')!.textContent).trim()).to.equal('当前：公务接待费 2023年度：8.60万元');
    await sendKeys({ press: 'End' });
    expect(plain(shadow(element).activeElement!.getAttribute('aria-label'))).to.equal('公务用车购置及运行维护费 预算数：35.00万元');
    await sendKeys({ press: 'Home' });
    expect(shadow(element).activeElement).to.equal(marks[0]);
    // Tab leaves the chart in one step (the table does not scroll, so it is no stop).
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.classList.contains('mark-target') ?? false).to.equal(false);
  });

  it('keeps one bar reachable by Tab when new data has fewer bars', async () => {
    const element = await expenses(await loadJson(syntheticPath));
    marksOf(element)[0]!.focus();
    await sendKeys({ press: 'End' });
    element.disclosure = await variant((expenses) => {
      delete expenses.previousYear;
      delete expenses.budget;
      delete expenses.change;
      delete expenses.completionRate;
    });
    await element.updateComplete;
    // The tab stop was on the ninth bar; of the three left, the nearest (the last) takes it.
    expect(marksOf(element).map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
  });

  it('draws the previous year when this year is all zero, and says so in one sentence', async () => {
    const element = await expenses(
      await variant((expenses) => {
        expenses.total = expenses.outboundTravel.amount = expenses.officialReception.amount = '0';
        Object.assign(expenses.officialVehicles, { amount: '0', purchase: '0', operation: '0' });
        delete expenses.change;
        delete expenses.completionRate;
      }),
    );
    // A computed completion rate has two decimals in every element (core/figures.ts): 0 of a budget of 60.00 is 0.00%.
    expect(describedBy(element, pictures(element)[0]!, 'aria-describedby')).to.equal(
      '2023年度“三公”经费支出为0万元，比2022年度减少50.30万元，下降100.00%；完成预算的0.00%。',
    );
    expect(statementOf(element)).to.equal(undefined);
    expect(marksOf(element)).to.have.length(9);
  });

  it('shows only the chart with view="chart" and only the tables with view="table"', async () => {
    const chartOnly = await expenses(await loadJson(syntheticPath), { view: 'chart' });
    expect(tables(chartOnly)).to.have.length(0);
    expect(pictures(chartOnly)).to.have.length(1);
    const tableOnly = await expenses(await loadJson(syntheticPath), { view: 'table' });
    expect(tables(tableOnly)).to.have.length(2);
    expect(pictures(tableOnly)).to.have.length(0);
    expect(changesOf(tableOnly)).to.contain('“三公”经费合计比2022年度减少4.70万元，下降9.34%');
  });

  it('has no axe-core violations, zh-CN and en, in each view and while a bar has focus', async () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const view of ['both', 'table', 'chart']) {
        const element = await expenses(await loadJson(syntheticPath), { lang, view });
        await expect(element).to.be.accessible();
      }
    }
    const element = await expenses(await variant((expenses) => delete expenses.change.outboundTravel));
    marksOf(element)[4]!.focus();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

/**
 * The commerce budgets' “三公”经费和机关运行经费预算表 (putuo-commerce-2025-budget.pdf, page 21, 单位:万元),
 * typed from `pdftotext -layout`: 合计 1.00, 因公出国(境)费 blank, 公务接待费 1.00, 公务用车购置及运行费
 * 小计 / 购置费 / 运行费 blank. On the district office budget fixture's frame (a 2025 budget in 万元).
 */
async function commerceBudget(): Promise<any> {
  const disclosure = await loadJson('test/fixtures/putuo-district-office-2025-budget.json');
  disclosure.department = { name: '上海市普陀区商务委员会' };
  disclosure.threePublicExpenses = { unit: '万元', total: '1.00', outboundTravel: {}, officialReception: { amount: '1.00' }, officialVehicles: {} };
  return disclosure;
}

describe('<three-public-expenses> on a budget that leaves parts blank (commerce 2025)', () => {
  // Shown in 万元, the unit the table prints.
  it('shows a dash said to be not published, never 0 or 0.00, for each blank cell', async () => {
    const element = await expenses(await commerceBudget(), { unit: '万元' });
    const blank = '—未公布（表中空白）';
    expect(tables(element)[0]!.rows).to.deep.equal([
      ['项目', '2025年度'],
      ['“三公”经费合计', '1.00'],
      ['因公出国（境）费', blank],
      ['公务接待费', '1.00'],
      ['公务用车购置及运行维护费', blank],
      ['公务用车购置费', blank],
      ['公务用车运行维护费', blank],
    ]);
    for (const key of ['outboundTravel', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation']) {
      const cell = shadow(element).querySelector<HTMLTableRowElement>(`tr[data-key="${key}"]`)!.cells[1]!;
      expect(cell.querySelector('[aria-hidden="true"]')!.textContent, key).to.equal('—');
      expect(cell.querySelector('.visually-hidden')!.textContent, key).to.equal('未公布（表中空白）');
    }
    const notes = [...shadow(element).querySelectorAll('.table-note')].map((note) => note.textContent!.trim());
    expect(notes).to.deep.equal(['“—”：未公布（表中空白）。']);
    expect(textOf(element)).not.to.match(/NaN|Infinity|undefined|0\.00/);
  });

  it('names only the published part in its summary and draws no bar for a blank part', async () => {
    const element = await expenses(await commerceBudget(), { unit: '万元' });
    const [picture] = pictures(element);
    expect(picture).to.exist;
    const summary = describedBy(element, picture!, 'aria-describedby');
    expect(summary).to.contain('1.00万元');
    expect(summary).to.contain('公务接待费1.00万元');
    expect(summary).not.to.match(/因公出国|公务用车|完成/);
    const marks = marksOf(element);
    expect(marks).to.have.length(1);
    expect(marks[0]!.getAttribute('aria-label')).to.contain('公务接待费');
    expect(shadow(element).querySelector('svg')!.textContent).not.to.match(/因公出国|公务用车/);
    // The range is read in the table's unit (万元), not as if 1.00 were in the disclosure's 元.
    expect(textOf(element)).to.contain('共 1 个数据点，数值从 1.00万元 到 1.00万元');
  });

  it('says the same in English, and has no axe-core violations', async () => {
    const english = await expenses(await commerceBudget(), { lang: 'en', unit: '万元' });
    expect(rowOf(english, 'Official travel abroad')![1]).to.equal('—not published (left blank in the table)');
    const summary = describedBy(english, pictures(english)[0]!, 'aria-describedby');
    expect(summary).not.to.match(/travel abroad|vehicles/i);
    await expect(english).to.be.accessible();
    await expect(await expenses(await commerceBudget(), { unit: '万元' })).to.be.accessible();
  });
});

describe('<three-public-expenses> on a budget that prints its “三公” table in 万元', () => {
  // putuo-district-office-2025-budget.pdf, 2025年部门“三公”经费和机关运行经费预算表 (单位:万元) in a document in 元:
  // 合计 867.50, 因公出国(境)费 839.00, 公务接待费 28.50, 公务用车购置及运行费 blank.
  const budgetPath = 'test/fixtures/putuo-district-office-2025-budget.json';

  it('shows the figures as printed, in the table\'s own 万元, by default', async () => {
    const element = await expenses(await loadJson(budgetPath));
    const amounts = tables(element)[0]!;
    expect(amounts.caption).to.equal('“三公”经费（单位：万元）');
    expect(rowOf(element, '“三公”经费合计')![1]).to.equal('867.50');
    expect(rowOf(element, '因公出国（境）费')![1]).to.equal('839.00');
    expect(rowOf(element, '公务接待费')![1]).to.equal('28.50');
  });

  it('converts them exactly when the page asks for 元', async () => {
    const element = await expenses(await loadJson(budgetPath), { unit: '元' });
    expect(tables(element)[0]!.caption).to.equal('“三公”经费（单位：元）');
    expect(rowOf(element, '“三公”经费合计')![1]).to.equal('8,675,000');
    expect(rowOf(element, '因公出国（境）费')![1]).to.equal('8,390,000');
    expect(rowOf(element, '公务接待费')![1]).to.equal('285,000');
  });
});
