import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/functional-breakdown/define.js';
import type { FunctionalBreakdownElement } from '../../components/functional-breakdown/functional-breakdown.js';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';
import { padToColumn } from './column-rule.js';
import { loadJson, marksOf, plain, render, rowOf, seedPath, settle, syntheticPath, tables, textOf } from './harness.js';

async function breakdown(disclosure: unknown, attributes: { lang?: string; fund?: string; hideZero?: boolean; view?: string } = {}) {
  const element = await render<FunctionalBreakdownElement>(html`<functional-breakdown
    lang=${attributes.lang ?? 'zh-CN'}
    fund=${attributes.fund ?? 'general-public-budget'}
    view=${attributes.view ?? 'both'}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${disclosure}
  ></functional-breakdown>`);
  await settle(element);
  return element;
}

const rowLabels = (element: Element) => tables(element)[0]!.rows.slice(1).map((cells) => cells[0]);
const toggleOf = (element: Element, key: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-key="${key}"] button.toggle`)!;

// The figures are transcribed from the documents; each column shows them under the column rule
// (test/elements/column-rule.ts): zeros added up to the column's most decimals, never rounded.
// Amount columns have 2 decimals (933.74), the 完成率 columns 2 (77.43%, 93.08%).
describe('<functional-breakdown> on the seed disclosure', () => {
  it('shows the three 项 with their amounts, shares, completion rates and notes exactly', async () => {
    const element = await breakdown(await loadJson(seedPath));
    expect(rowOf(element, '行政运行')).to.deep.equal(['2013201行政运行 主要是基本支出', padToColumn('1.6', 2), '0.17%', padToColumn('100%', 2)]);
    expect(rowOf(element, '一般行政管理事务')).to.deep.equal(['2013202一般行政管理事务 主要是项目支出', '30.97', '3.32%', '77.43%']);
    expect(rowOf(element, '其他组织事务支出')).to.deep.equal(['2013299其他组织事务支出 主要是项目支出', '901.17', '96.51%', '90.82%']);
    expect(rowOf(element, '一般公共服务支出')).to.deep.equal(['201一般公共服务支出', '933.74', '100.00%', '']);
    expect(tables(element)[0]!.rows.at(-1)).to.deep.equal(['合计', '933.74', '', '']);
  });

  it('marks the 款 amount the seed does not publish as derived from its 项', async () => {
    const element = await breakdown(await loadJson(seedPath));
    expect(rowOf(element, '组织事务')).to.deep.equal(['20132组织事务(计算值)(未公布，由下级科目合计得出)', '933.74', '100.00%', '']);
  });

  it('keeps the 11 zero-amount 类 in the table, in the published order', async () => {
    const element = await breakdown(await loadJson(seedPath));
    const zeroClasses = tables(element)[0]!.rows.filter((cells) => /^\d{3}/.test(cells[0]!) && cells[1] === padToColumn('0', 2));
    expect(zeroClasses.map((cells) => cells[0])).to.deep.equal([
      '206科学技术支出', '204公共安全支出', '208社会保障和就业支出', '210医疗卫生与计划生育支出', '213农林水事务支出',
      '214交通运输支出', '215资源勘探信息等支出', '216商业服务业等事务支出', '220国土资源气象等支出', '221住房保障支出', '229其他支出',
    ]);
  });

  it('collapses the zero 类 into one line under hide-zero', async () => {
    const element = await breakdown(await loadJson(seedPath), { hideZero: true });
    const labels = rowLabels(element);
    expect(labels).to.not.include('206科学技术支出');
    expect(labels).to.include('另有 11 项金额为 0，已折叠');
    expect(labels).to.include('2013299其他组织事务支出 主要是项目支出');
  });

  it('opens every level of a small disclosure by default', async () => {
    const element = await breakdown(await loadJson(seedPath));
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('true');
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('true');
    expect(tables(element)[0]!.rows).to.have.length(1 + 16 + 1);
  });

  it('expands and collapses a level by keyboard, with aria-expanded', async () => {
    const element = await breakdown(await loadJson(seedPath));
    const toggle = toggleOf(element, '0.0');
    expect(plain(toggle.getAttribute('aria-label'))).to.equal('收起“20132 组织事务”的下级科目');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('false');
    expect(rowOf(element, '行政运行')).to.equal(undefined);
    expect(plain(toggleOf(element, '0.0').getAttribute('aria-label'))).to.equal('展开“20132 组织事务”的下级科目');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('true');
    expect(rowOf(element, '行政运行')![1]).to.equal(padToColumn('1.6', 2));
  });

  it('keeps what the reader opened across a language change, and starts again on new data', async () => {
    const element = await breakdown(await loadJson(seedPath));
    toggleOf(element, '0.0').click();
    await element.updateComplete;
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('false');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('false');
    expect(plain(toggleOf(element, '0.0').getAttribute('aria-label'))).to.equal('Expand "20132 组织事务"');
    element.disclosure = await loadJson(seedPath);
    await element.updateComplete;
    expect(toggleOf(element, '0.0').getAttribute('aria-expanded')).to.equal('true');
  });

  it('draws the chart at the first level with more than one item, with every bar labelled and reachable', async () => {
    const element = await breakdown(await loadJson(seedPath));
    const crumbs = [...element.shadowRoot!.querySelectorAll('.breadcrumb li')].map((item) => item.textContent!.trim());
    expect(crumbs).to.deep.equal(['全部类', '201 一般公共服务支出', '20132 组织事务']);
    const marks = marksOf(element);
    expect(marks.map((mark) => plain(mark.getAttribute('aria-label')))).to.deep.equal([
      // The level's amounts (1.6, 30.97, 901.17) and rates (100%, 77.43%, 90.82%) are one series each: two decimals (the column rule).
      `2013201 行政运行：${padToColumn('1.6', 2)}万元，占0.17%，完成年初预算的${padToColumn('100%', 2)}`,
      '2013202 一般行政管理事务：30.97万元，占3.32%，完成年初预算的77.43%',
      '2013299 其他组织事务支出：901.17万元，占96.51%，完成年初预算的90.82%',
    ]);
    marks[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot!.activeElement).to.equal(marksOf(element)[2]);
    const summary = plain(element.shadowRoot!.querySelector('.chart-summary')!.textContent);
    expect(summary).to.equal('2022年度一般公共预算财政拨款支出933.74万元，其中一般公共服务支出933.74万元最多，占100.00%；财政拨款支出完成年初预算的90.3%。');
  });

  it('lists the zero 类 beside the chart at the top level', async () => {
    const element = await breakdown(await loadJson(seedPath));
    element.shadowRoot!.querySelector<HTMLButtonElement>('.breadcrumb button')!.click();
    await element.updateComplete;
    expect(marksOf(element)).to.have.length(1);
    expect(plain(element.shadowRoot!.querySelector('.chart-zero')!.textContent)).to.match(/^另有11个科目金额为0：206 科学技术支出、204 公共安全支出/);
  });

  it('focuses the table row when a chart bar is selected, and selects the bar when a row is chosen', async () => {
    const element = await breakdown(await loadJson(seedPath));
    const marks = marksOf(element);
    marks[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('th');
    expect(focused.closest('tr')!.dataset.key).to.equal('0.0.1');
    expect(focused.closest('tr')!.hasAttribute('data-selected')).to.equal(true);
    element.shadowRoot!.querySelector<HTMLElement>('tr[data-key="0.0.2"]')!.click();
    await element.updateComplete;
    expect(marksOf(element)[2]!.hasAttribute('data-selected')).to.equal(true);
    expect(marksOf(element)[2]!.getAttribute('tabindex')).to.equal('0');
  });

  it('selects a bar clicked with the pointer as with Enter, and nothing for a click beside the marks (one delegated listener per chart)', async () => {
    const element = await breakdown(await loadJson(seedPath));
    const overlay = element.shadowRoot!.querySelector<SVGElement>('.mark-overlay')!;
    // The overlay itself is no tab stop: only its marks are focusable.
    expect(overlay.hasAttribute('tabindex')).to.equal(false);
    overlay.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('tr[data-selected]')).to.equal(null);
    marksOf(element)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('th');
    // 2013202 一般行政管理事务, the second 项 of 20132 组织事务 in the published table.
    expect(focused.closest('tr')!.dataset.key).to.equal('0.0.1');
    expect(focused.closest('tr')!.hasAttribute('data-selected')).to.equal(true);
  });

  it('renders in English', async () => {
    const element = await breakdown(await loadJson(seedPath), { lang: 'en' });
    expect(plain(element.shadowRoot!.querySelector('[part="heading"]')!.textContent).trim()).to.equal(
      '高新区党群工作部: General public budget appropriation expenditure by function, 2022',
    );
    expect(tables(element)[0]!.caption).to.equal('By functional classification (10k yuan)');
    expect(rowOf(element, '其他组织事务支出')!.slice(1)).to.deep.equal(['901.17', '96.51%', '90.82%']);
    expect(plain(marksOf(element)[0]!.getAttribute('aria-label'))).to.equal(`2013201 行政运行: ${padToColumn('1.6', 2)} (10k yuan), 0.17%, ${padToColumn('100%', 2)} of the initial budget`);
  });

  it('says in one sentence that the government fund spent 0, with no empty axes', async () => {
    const element = await breakdown(await loadJson(seedPath), { fund: 'government-fund' });
    // As the documents say it (e.g. "注:本部门2025年无政府性基金预算财政拨款安排的预算"), not "…支出0万元".
    expect(textOf(element)).to.contain('本部门2022年度无政府性基金预算财政拨款支出。');
    expect(textOf(element)).not.to.contain('0万元');
    expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('says the same of the state capital fund, in English too', async () => {
    const element = await breakdown(await loadJson(seedPath), { fund: 'state-capital', lang: 'en' });
    expect(textOf(element)).to.contain('In 2022, the department had no state capital operating budget appropriation expenditure.');
  });

  it('switches fund when the attribute changes', async () => {
    const element = await breakdown(await loadJson(syntheticPath));
    expect(rowOf(element, '教育支出')![1]).to.equal('10,600.00');
    element.fund = 'government-fund';
    await element.updateComplete;
    expect(rowOf(element, '其他支出')!.slice(1, 3)).to.deep.equal(['300.00', '100.00%']);
    expect(rowOf(element, '用于社会福利的彩票公益金支出')![1]).to.equal('300.00');
  });
});

describe('<functional-breakdown> on a non-zero disclosure', () => {
  it('shows budget and completion, with bullet markers for the budget', async () => {
    const element = await breakdown(await loadJson(syntheticPath));
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '金额（万元）', '占比', '基本支出', '项目支出', '年初预算', '完成率']);
    expect(rowOf(element, '初中教育')).to.deep.equal(['2050203初中教育', '4,000.00', '33.90%', '', '', '4,400.00', '90.91%']);
    expect(rowOf(element, '行政运行')).to.deep.equal(['2050101行政运行 主要是基本支出', '900.00', '7.63%', '900.00', '0', '900.00', padToColumn('100%', 2)]);
    // The 项目支出 column publishes only this "0" (every other cell is blank): it has no decimals to add.
    const chart = element.shadowRoot!.querySelector('figure.chart')!;
    expect(chart.querySelectorAll('.bar-reference').length).to.equal(0);
    expect(marksOf(element).map((mark) => plain(mark.getAttribute('aria-label')).split('：')[0])).to.deep.equal(['205 教育支出', '208 社会保障和就业支出', '221 住房保障支出']);
  });
});

describe('<functional-breakdown> at the scale of a consolidated disclosure', () => {
  it('renders 30 类, 300 款 and 3,000 项, opening only the top level', async () => {
    const disclosure = syntheticConsolidated();
    const { warnings } = parseDisclosure(disclosure);
    expect(warnings).to.deep.equal([]);
    const element = await breakdown(disclosure);
    expect(tables(element)[0]!.rows).to.have.length(1 + 30 + 1);
    // The 8 largest 类 and one "其他 22 项" bar (chart-grouping.test.ts has the details).
    expect(marksOf(element)).to.have.length(9);
    const total = disclosure.functionalBreakdown!.total!;
    expect(tables(element)[0]!.rows.at(-1)![1]).to.equal(total.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  });

  it('expands one 类 to its 款 without rebuilding the rows already shown', async () => {
    const element = await breakdown(syntheticConsolidated());
    const firstRowBefore = element.shadowRoot!.querySelector('tr[data-key="1"]');
    toggleOf(element, '0').click();
    await element.updateComplete;
    expect(tables(element)[0]!.rows).to.have.length(1 + 30 + 10 + 1);
    expect(element.shadowRoot!.querySelector('tr[data-key="1"]')).to.equal(firstRowBefore);
    toggleOf(element, '0.3').click();
    await element.updateComplete;
    expect(tables(element)[0]!.rows).to.have.length(1 + 30 + 10 + 10 + 1);
    expect(rowOf(element, '20104010')).to.equal(undefined);
    expect(rowOf(element, '2010401')![0]).to.contain('行政运行');
  });

  it('opens every level with expand="all", and still lets the reader close a row', async () => {
    const element = await render<FunctionalBreakdownElement>(html`<functional-breakdown
      expand="all"
      .disclosure=${syntheticConsolidated({ classes: 3, sectionsPerClass: 10, itemsPerSection: 10 })}
    ></functional-breakdown>`);
    await settle(element);
    // 3 类 + 30 款 + 300 项, between the header and the total.
    expect(tables(element)[0]!.rows).to.have.length(1 + 333 + 1);
    toggleOf(element, '0').click();
    await element.updateComplete;
    expect(tables(element)[0]!.rows).to.have.length(1 + 333 - 110 + 1);
    element.expand = 'auto';
    await element.updateComplete;
    // Back to the element's own default: 333 rows are too many, so 类 and 款 only (33 rows).
    expect(tables(element)[0]!.rows).to.have.length(1 + 33 + 1);
  });
});

describe('<functional-breakdown> accessibility (axe-core)', () => {
  it('has no violations expanded, collapsed, in en, under hide-zero and for a zero fund', async () => {
    const seed = await loadJson(seedPath);
    const expanded = await breakdown(seed);
    await expect(expanded).to.be.accessible();
    toggleOf(expanded, '0').click();
    await expanded.updateComplete;
    await expect(expanded).to.be.accessible();
    await expect(await breakdown(seed, { lang: 'en', hideZero: true })).to.be.accessible();
    await expect(await breakdown(seed, { fund: 'government-fund' })).to.be.accessible();
    await expect(await breakdown(await loadJson(syntheticPath), { view: 'chart' })).to.be.accessible();
  });
});

// Figures transcribed from putuo-planning-resources-2024-final-accounts.pdf: 表五 (p. 15) 合计 9746.50, 基本支出
// 5364.75, 项目支出 4381.74; 说明五(三) (p. 21) "年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%".
describe('<functional-breakdown> 合计 row: the whole table\'s figures as published', () => {
  const fixture = 'test/fixtures/putuo-planning-resources-2024.json';

  it('shows the published 年初预算 and 完成率 of the whole table in the 合计 row, and the published rate in the summary', async () => {
    const element = await breakdown(await loadJson(fixture));
    const header = tables(element)[0]!.rows[0]!;
    const total = tables(element)[0]!.rows.at(-1)!;
    const cell = (label: string) => total[header.indexOf(label)];
    expect(total[0]).to.equal('合计');
    // The cross-checks find differences on three of them (9746.49 and 10210.33 summed, 95.46% worked out): the
    // figures stay as published, and the row carries the data-check mark after its first figure.
    const mark = '⚠(数据核对发现差异，见“数据核对”说明)';
    expect(cell(header.find((label) => label.startsWith('金额'))!)).to.equal(`9,746.50${mark}`);
    expect(cell('基本支出')).to.equal('5,364.75');
    expect(cell('项目支出')).to.equal('4,381.74');
    expect(cell('年初预算')).to.equal('10,210.34');
    expect(cell('完成率')).to.equal('95.45%');
    // The note's links lead to this row for each of the three warnings (functionalBreakdown.total, .totalBudget, .totalCompletionRate).
    const totalId = element.shadowRoot!.querySelector('tr[data-key="total"]')!.id;
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.check-link')].filter((link) => link.getAttribute('href') === `#${totalId}`);
    expect(links.length).to.equal(3);
    expect(element.shadowRoot!.textContent).to.contain('合计完成年初预算的95.45%');
    expect(element.shadowRoot!.textContent).to.not.contain('(计算值)');
  });

  it('marks a 合计 the document does not publish as computed', async () => {
    const disclosure = await loadJson(syntheticPath);
    delete disclosure.functionalBreakdown.total;
    const element = await breakdown(disclosure);
    const totalRow = element.shadowRoot!.querySelector('tfoot tr, tr[data-key="total"]')!;
    // synthetic-2023.json: the top level's amounts add up to 11800.00.
    expect(totalRow.textContent).to.contain('11,800.00');
    expect(totalRow.querySelector('.computed, [data-computed], abbr, .mark')?.textContent ?? totalRow.textContent).to.contain('计算值');
  });
});
