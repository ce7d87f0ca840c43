import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/account-summary/define.js';
import type { AccountSummaryElement } from '../../components/account-summary/account-summary.js';
import { padToColumn } from './column-rule.js';
import { loadJson, marksOf, plain, render, rowOf, seedPath, settle, syntheticPath, tables, textOf } from './harness.js';

async function seedSummary(attributes: { lang?: string; unit?: string; hideZero?: boolean; view?: string } = {}) {
  const seed = await loadJson(seedPath);
  const element = await render<AccountSummaryElement>(html`<account-summary
    lang=${attributes.lang ?? 'zh-CN'}
    unit=${attributes.unit ?? ''}
    view=${attributes.view ?? 'both'}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${seed}
  ></account-summary>`);
  await settle(element);
  return element;
}

// The figures are transcribed from the documents; each column shows them under the column rule
// (test/elements/column-rule.ts): zeros added up to the column's most decimals, never rounded.
// In the seed, the amount columns have 2 decimals (933.74) and the 完成率 column 1 (90.3%).
describe('<account-summary> on the seed disclosure', () => {
  it('shows every published figure of the overview exactly', async () => {
    const element = await seedSummary();
    expect(rowOf(element, '财政拨款收入')).to.deep.equal(['财政拨款收入', '933.74', '100.00%']);
    expect(rowOf(element, '一般公共预算财政拨款收入')).to.deep.equal(['一般公共预算财政拨款收入', '933.74', '100.00%']);
    expect(rowOf(element, '政府性基金预算财政拨款收入')).to.deep.equal(['政府性基金预算财政拨款收入', padToColumn('0', 2), '0.00%']);
    expect(rowOf(element, '收入总计')).to.deep.equal(['收入总计', '933.74', '']);
    expect(rowOf(element, '基本支出', 1)?.slice(1)).to.deep.equal([padToColumn('1.6', 2), '0.17%']);
    expect(rowOf(element, '商品和服务支出')).to.deep.equal(['商品和服务支出', padToColumn('1.6', 2), '0.17%']);
    expect(rowOf(element, '项目支出', 1)?.slice(1)).to.deep.equal(['932.14', '99.83%']);
    expect(rowOf(element, '支出总计')).to.deep.equal(['支出总计', '933.74', '']);
    expect(rowOf(element, '年末结转和结余')).to.deep.equal(['年末结转和结余', padToColumn('0', 2), '']);
  });

  it('keeps the published explanations of the lines', async () => {
    const element = await seedSummary();
    expect(rowOf(element, '基本支出', 1)![0]).to.contain('主要是为保障机构正常运转、完成日常工作任务而发生的各项支出');
    expect(rowOf(element, '项目支出', 1)![0]).to.contain('主要包括一般公共服务支出等业务支出');
  });

  it('lists the income side in the order of the standard table, carry-overs after the subtotal', async () => {
    const element = await seedSummary();
    const labels = tables(element)[0]!.rows.slice(1).map((cells) => cells[0]);
    expect(labels).to.deep.equal([
      '财政拨款收入',
      '一般公共预算财政拨款收入',
      '政府性基金预算财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
      '本年收入合计(计算值)(由公布数计算得出，非公布数)',
      '用事业基金弥补收支差额',
      '上年结转和结余',
      '收入总计',
    ]);
  });

  it('shows the fiscal appropriation expenditure with its completion rates', async () => {
    const element = await seedSummary();
    const appropriation = tables(element)[2]!;
    expect(appropriation.caption).to.equal('财政拨款支出（单位：万元）');
    expect(appropriation.rows).to.deep.equal([
      ['项目', '决算数', '完成率'],
      ['财政拨款支出合计', '933.74', '90.3%'],
      ['基本支出', padToColumn('1.6', 2), padToColumn('100%', 1)],
      ['项目支出', '932.14', '90.3%'],
    ]);
  });

  it('uses real table semantics: caption, column and row headers, numeric cells right-aligned', async () => {
    const element = await seedSummary();
    const table = element.shadowRoot!.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('收入（单位：万元）');
    expect([...table.tHead!.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.localName).to.equal('th');
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.getAttribute('scope')).to.equal('row');
    expect(getComputedStyle(table.tBodies[0]!.rows[0]!.cells[1]!).textAlign).to.equal('end');
    expect(getComputedStyle(table).fontVariantNumeric).to.equal('tabular-nums');
    expect(table.tFoot!.rows[0]!.cells[0]!.textContent!.trim()).to.equal('收入总计');
  });

  it('describes each composition chart with a sentence generated from the data', async () => {
    const element = await seedSummary();
    const images = [...element.shadowRoot!.querySelectorAll('svg[role="img"]')];
    expect(images).to.have.length(2);
    const description = (image: Element) => plain(element.shadowRoot!.getElementById(image.getAttribute('aria-describedby')!)!.textContent).trim();
    const name = (image: Element) => element.shadowRoot!.getElementById(image.getAttribute('aria-labelledby')!)!.textContent!.trim();
    expect(name(images[0]!)).to.equal('收入构成');
    expect(description(images[0]!)).to.equal('2022年度收入总计933.74万元，全部为财政拨款收入，其余7项为0。');
    expect(name(images[1]!)).to.equal('支出构成');
    expect(description(images[1]!)).to.equal('2022年度支出总计933.74万元，其中项目支出932.14万元，占99.83%，其余3项为0。');
  });

  it('keeps a 0.17 % share visible and labelled in the chart', async () => {
    const element = await seedSummary();
    const marks = marksOf(element);
    const basic = marks.find((mark) => plain(mark.getAttribute('aria-label')).startsWith('基本支出'))!;
    expect(plain(basic.getAttribute('aria-label'))).to.equal(`基本支出：${padToColumn('1.6', 2)}万元，占0.17%`);
    expect(basic.getBoundingClientRect().width).to.be.greaterThan(2);
    expect(textOf(element)).to.contain(`基本支出 ${padToColumn('1.6', 2)}万元 · 0.17%`);
  });

  it('reads a single-source income as the whole, not as an empty chart', async () => {
    const element = await seedSummary();
    const incomeMarks = marksOf(element).filter((mark) => mark.dataset.chart!.includes('income'));
    expect(incomeMarks).to.have.length(1);
    expect(plain(incomeMarks[0]!.getAttribute('aria-label'))).to.equal('财政拨款收入：933.74万元，占100.00%');
    expect(incomeMarks[0]!.getAttribute('width')).to.equal('100%');
  });

  it('reaches every chart mark by keyboard and reads its value', async () => {
    const element = await seedSummary();
    const marks = marksOf(element);
    expect(marks.map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['0', '0', '-1']);
    marks[0]!.focus();
    expect(element.shadowRoot!.activeElement).to.equal(marks[0]);
    // Tab order from the income chart (one stop for its marks) to the expenditure chart (one stop for its two marks):
    // the glossary terms the income table's labels use (each once; their definitions show on focus), the table's
    // "下载 CSV" button (the table does not scroll, so it is no stop), and the expenditure chart's "跳到数据表" link.
    const stops: string[] = [];
    const terms: string[] = [];
    for (let step = 0; step < 20; step++) {
      await sendKeys({ press: 'Tab' });
      const active = element.shadowRoot!.activeElement!;
      if (active.classList.contains('mark-target')) break;
      if (active.localName === 'dfn') terms.push(active.textContent!);
      stops.push(active.localName === 'dfn' ? 'term' : active.classList.contains('skip-link') ? 'skip-link' : (active.getAttribute('data-download') ?? active.localName));
    }
    // The seed's 名词解释 defines each of these income lines.
    expect(terms).to.deep.equal(['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '用事业基金弥补收支差额', '上年结转和结余']);
    expect(stops.filter((stop) => stop !== 'term')).to.include.members(['csv', 'skip-link']);
    expect(stops.indexOf('csv')).to.be.greaterThan(stops.lastIndexOf('term'));
    expect(plain(element.shadowRoot!.activeElement!.getAttribute('aria-label'))).to.equal(`基本支出：${padToColumn('1.6', 2)}万元，占0.17%`);
    await sendKeys({ press: 'ArrowRight' });
    expect(plain(element.shadowRoot!.activeElement!.getAttribute('aria-label'))).to.equal('项目支出：932.14万元，占99.83%');
    await element.updateComplete;
    expect(plain(element.shadowRoot!.querySelectorAll('.chart-current')[1]!.textContent).trim()).to.equal('当前：项目支出：932.14万元，占99.83%');
    await sendKeys({ press: 'Home' });
    expect(plain(element.shadowRoot!.activeElement!.getAttribute('aria-label'))).to.equal(`基本支出：${padToColumn('1.6', 2)}万元，占0.17%`);
  });

  it('renders in English with the same figures', async () => {
    const element = await seedSummary({ lang: 'en' });
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(plain(heading.textContent).trim()).to.equal('高新区党群工作部: Income and expenditure, final accounts, 2022');
    expect([...element.shadowRoot!.querySelectorAll('h3')].map((subheading) => plain(subheading.textContent).trim())).to.deep.equal([
      'Income',
      'Expenditure',
      'Fiscal appropriation expenditure',
    ]);
    expect(rowOf(element, 'Fiscal appropriations')).to.deep.equal(['Fiscal appropriations', '933.74', '100.00%']);
    expect(rowOf(element, 'Total expenditure')).to.deep.equal(['Total expenditure', '933.74', '']);
    expect(tables(element)[0]!.caption).to.equal('Income (10k yuan)');
    expect(tables(element)[2]!.rows[1]).to.deep.equal(['Total fiscal appropriation expenditure', '933.74', '90.3%']);
    const description = plain(element.shadowRoot!.querySelector('.chart-summary')!.textContent).trim();
    expect(description).to.equal('In 2022, total income was 933.74 (10k yuan), all of it fiscal appropriations; 7 other lines were 0.');
  });

  it('converts to 元 exactly when unit="元"', async () => {
    const element = await seedSummary({ unit: '元' });
    expect(rowOf(element, '收入总计')).to.deep.equal(['收入总计', '9,337,400', '']);
    expect(rowOf(element, '商品和服务支出')).to.deep.equal(['商品和服务支出', '16,000', '0.17%']);
    expect(tables(element)[0]!.caption).to.equal('收入（单位：元）');
  });

  it('converts to 亿元 exactly when unit="亿元", without rounding a digit away', async () => {
    const element = await seedSummary({ unit: '亿元' });
    expect(rowOf(element, '收入总计')![1]).to.equal('0.093374');
    // 1.6 万元 is 0.00016 亿元; its column also holds 933.74 万元 = 0.093374 亿元, so it shows 6 decimals.
    expect(rowOf(element, '商品和服务支出')![1]).to.equal(padToColumn('0.00016', 6));
  });

  it('collapses zero lines under hide-zero and says how many', async () => {
    const element = await seedSummary({ hideZero: true });
    const income = tables(element)[0]!.rows.map((cells) => cells[0]);
    expect(income).to.not.include('上级补助收入');
    expect(income).to.include('另有 8 项金额为 0，已折叠');
    const expenditure = tables(element)[1]!.rows.map((cells) => cells[0]);
    expect(expenditure).to.include('另有 4 项金额为 0，已折叠');
    expect(expenditure).to.not.include('经营支出');
  });

  it('shows only the tables with view="table" and only the charts with view="chart"', async () => {
    const tableOnly = await seedSummary({ view: 'table' });
    expect(tableOnly.shadowRoot!.querySelectorAll('svg[role="img"]')).to.have.length(0);
    expect(tables(tableOnly)).to.have.length(3);
    const chartOnly = await seedSummary({ view: 'chart' });
    expect(chartOnly.shadowRoot!.querySelectorAll('svg[role="img"]')).to.have.length(2);
    expect(tables(chartOnly)).to.have.length(0);
  });
});

describe('<account-summary> on a non-zero disclosure', () => {
  it('shows budgets, completion and the year-on-year change', async () => {
    const synthetic = await loadJson(syntheticPath);
    const element = await render<AccountSummaryElement>(html`<account-summary .disclosure=${synthetic}></account-summary>`);
    await settle(element);
    expect(tables(element)[2]!.rows).to.deep.equal([
      ['项目', '决算数', '年初预算', '完成率'],
      ['财政拨款支出合计', '12,100.00', '13,000.00', '93.08%'],
      ['基本支出', '7,800.00', '7,800.00', padToColumn('100%', 2)],
      ['项目支出', '4,300.00', '5,200.00', '82.69%'],
    ]);
    expect(rowOf(element, '本年收入合计')).to.deep.equal(['本年收入合计', '12,600.00', '']);
    expect(rowOf(element, '基本工资')).to.deep.equal(['30101基本工资', '2,100.00', '16.80%']);
    expect(textOf(element)).to.contain('收入总计比2022年度增加519.80万元，增长4.16%；支出总计比2022年度增加490.00万元，增长4.08%。');
  });

  it('shows a stated completion over 100 % as published', async () => {
    const synthetic = await loadJson(syntheticPath);
    synthetic.fiscalAppropriation.budget.project = '1604.48';
    synthetic.fiscalAppropriation.completionRate.project = '268';
    const element = await render<AccountSummaryElement>(html`<account-summary .disclosure=${synthetic}></account-summary>`);
    await settle(element);
    expect(rowOf(element, '项目支出', 2)).to.deep.equal(['项目支出', '4,300.00', '1,604.48', padToColumn('268%', 2)]);
    const bar = element.shadowRoot!.querySelectorAll('.completion-bar')[2]!;
    expect(bar.querySelector('.bar-value')!.getAttribute('width')).to.equal('100%');
    expect(Number.parseFloat(bar.querySelector('.bar-reference')!.getAttribute('x1')!)).to.be.closeTo(37.31, 0.01);
  });

  it('computes a completion rate the disclosure does not state, and marks it as computed', async () => {
    const synthetic = await loadJson(syntheticPath);
    delete synthetic.fiscalAppropriation.completionRate;
    const element = await render<AccountSummaryElement>(html`<account-summary .disclosure=${synthetic}></account-summary>`);
    await settle(element);
    expect(rowOf(element, '财政拨款支出合计')).to.deep.equal(['财政拨款支出合计', '12,100.00', '13,000.00', '93.08%(计算值)(由公布数计算得出，非公布数)']);
  });
});

describe('<account-summary> on a 单位预算 whose 财务收支预算总表 prints 人员经费, 公用经费 and 项目支出', () => {
  // Transcribed by hand from putuo-commerce-unit-2025-budget.pdf, p. 9 (2025年预算单位财务收支预算总表, 单位：元):
  // 合计 / 基本支出 (人员经费, 公用经费) / 项目支出; a blank cell is left out.
  const commerceUnit = () => ({
    income: [
      {
        key: 'fiscalAppropriation',
        label: '财政拨款收入',
        amount: '371514655.00',
        children: [
          { key: 'generalPublicBudget', label: '一般公共预算资金', amount: '371514655.00' },
          { key: 'governmentFund', label: '政府性基金', blank: true },
          { key: 'stateCapital', label: '国有资本经营预算', blank: true },
        ],
      },
      { key: 'institutionIncome', label: '事业收入', blank: true },
      { key: 'operatingIncome', label: '事业单位经营收入', blank: true },
      { key: 'otherIncome', label: '其他收入', blank: true },
    ],
    expenditure: [
      { code: '201', label: '一般公共服务支出', amount: '21601733.00', personnel: '10823891.00', publicUse: '1467842.00', project: '9310000.00' },
      { code: '206', label: '科学技术支出', amount: '17200000.00', project: '17200000.00' },
      { code: '208', label: '社会保障和就业支出', amount: '3808085.00', personnel: '3565865.00', publicUse: '242220.00' },
      { code: '210', label: '卫生健康支出', amount: '881803.00', personnel: '881803.00' },
      { code: '215', label: '资源勘探工业信息等支出', amount: '293810000.00', project: '293810000.00' },
      { code: '216', label: '商业服务业等支出', amount: '31364000.00', project: '31364000.00' },
      { code: '221', label: '住房保障支出', amount: '2849034.00', personnel: '2849034.00' },
    ],
    incomeTotal: '371514655.00',
    expenditureGrandTotal: '371514655.00',
    expenditureGrandTotalParts: { personnel: '18120593.00', publicUse: '1710062.00', project: '351684000.00' },
  });
  async function unitBudget(edit: (summary: ReturnType<typeof commerceUnit>) => void = () => {}) {
    // The district office's budget as the frame (kind, year, unit 元), with only this table: the other tables are
    // the district office's, whose figures the cross-checks would compare with the commerce unit's.
    const frame = await loadJson('test/fixtures/putuo-district-office-2025-budget.json');
    const { schemaVersion, kind, fiscalYear, unit, department } = frame;
    const disclosure = { schemaVersion, kind, fiscalYear, unit, department, accountSummary: commerceUnit() };
    edit(disclosure.accountSummary);
    const element = await render<AccountSummaryElement>(html`<account-summary .disclosure=${disclosure}></account-summary>`);
    await settle(element);
    return element;
  }

  it('shows the three columns beside the amounts, a blank cell blank, and 支出总计\'s parts; the parts add up: no warning', async () => {
    const element = await unitBudget();
    const expenditure = tables(element)[1]!;
    expect(expenditure.rows[0]).to.deep.equal(['项目', '金额（元）', '占比', '人员经费', '公用经费', '项目支出']);
    expect(rowOf(element, '一般公共服务支出', 1)!.slice(1)).to.deep.equal(['21,601,733.00', '5.81%', '10,823,891.00', '1,467,842.00', '9,310,000.00']);
    expect(rowOf(element, '科学技术支出', 1)!.slice(1)).to.deep.equal(['17,200,000.00', '4.63%', '', '', '17,200,000.00']);
    expect(rowOf(element, '住房保障支出', 1)!.slice(1)).to.deep.equal(['2,849,034.00', '0.77%', '2,849,034.00', '', '']);
    expect(rowOf(element, '支出总计', 1)!.slice(1)).to.deep.equal(['371,514,655.00', '', '18,120,593.00', '1,710,062.00', '351,684,000.00']);
    expect(element.shadowRoot!.querySelector('[part~="warnings"]')).to.equal(null);
    // The sides stack, so the six columns have the element's width: in a 1200 px element the table does not scroll.
    element.style.display = 'block';
    element.style.width = '1200px';
    await new Promise((done) => setTimeout(done, 50));
    const region = element.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')[1]!;
    expect(region.scrollWidth, 'the expenditure table fits').to.be.at.most(region.clientWidth + 1);
  });

  it('shows and checks the parts of a line below a line too (a document changed on purpose: 201 split in two)', async () => {
    const element = await unitBudget((summary) => {
      (summary.expenditure[0] as Record<string, unknown>).children = [
        { code: '20113', label: '商贸事务', amount: '12291733.00', personnel: '10823891.00', publicUse: '1467842.00' },
        { code: '20199', label: '其他一般公共服务支出', amount: '9310000.00', project: '9310001.00' },
      ];
    });
    expect(rowOf(element, '商贸事务', 1)!.slice(3)).to.deep.equal(['10,823,891.00', '1,467,842.00', '']);
    const flagged = [...element.shadowRoot!.querySelectorAll('tr[data-checked]')].map((row) => plain(row.querySelector('th')!.textContent).replace(/\s+/g, ''));
    expect(flagged).to.deep.equal(['20199其他一般公共服务支出']);
  });

  it('warns where a line\'s parts do not add up to its amount, and marks that row', async () => {
    // 1,467,842.00 misread as 1,467,843.00: 10,823,891 + 1,467,843 + 9,310,000 = 21,601,734, not 21,601,733.
    const element = await unitBudget((summary) => {
      summary.expenditure[0]!.publicUse = '1467843.00';
    });
    const flagged = [...element.shadowRoot!.querySelectorAll('tr[data-checked]')].map((row) => plain(row.querySelector('th')!.textContent).replace(/\s+/g, ''));
    expect(flagged).to.deep.equal(['201一般公共服务支出', '支出总计']);
    expect(plain(element.shadowRoot!.querySelector('[part~="warnings"]')!.textContent)).to.contain('人员经费、公用经费与项目支出之和');
  });
});
