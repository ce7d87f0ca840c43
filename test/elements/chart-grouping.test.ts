/**
 * A large breakdown in a composition chart: the largest COMPOSITION_TOP (8)
 * parts, in order of amount, then one "其他 N 项" segment for the rest, whose
 * amount is their exact sum, marked as computed. Every part stays in the
 * table. A breakdown of 9 parts or fewer is drawn part by part.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/basic-expenditure/define.js';
import '../../components/functional-breakdown/define.js';
import { loadJson, marksOf, plain, render, settle, tables, type AnyDisclosureElement } from './harness.js';

// Twelve made-up 类 in code order, amounts in 万元 out of order (the four smallest: 4.50, 3.25, 2.00, 0.75).
const AMOUNTS = ['10.00', '120.00', '4.50', '90.00', '3.25', '60.00', '2.00', '70.00', '0.75', '80.00', '50.00', '40.00'];

async function withClasses(amounts: readonly string[]): Promise<AnyDisclosureElement> {
  const disclosure = await loadJson('test/fixtures/putuo-planning-resources-2024.json');
  disclosure.basicExpenditureTable = {
    rows: amounts.map((amount, index) => ({ code: String(301 + index), name: `类${index + 1}`, amount })),
  };
  const element = await render<AnyDisclosureElement>(html`<basic-expenditure lang="zh-CN" .disclosure=${disclosure}></basic-expenditure>`);
  await settle(element);
  return element;
}

const legendOf = (element: Element, chart: number) =>
  [...element.shadowRoot!.querySelectorAll('figure.chart')[chart]!.querySelectorAll('.legend li')].map((item) => plain(item.textContent).replace(/\s+/g, ' ').trim());

describe('composition charts: a large breakdown shows the top items with the rest grouped', () => {
  it('12 类: the 8 largest by amount, then 其他 4 项 = 4.50 + 3.25 + 2.00 + 0.75 = 10.50 (computed); all 12 in the table', async () => {
    const element = await withClasses(AMOUNTS);
    const figure = element.shadowRoot!.querySelectorAll('figure.chart');
    const classes = figure[figure.length - 1]!;
    expect(classes.querySelectorAll('.mark-target')).to.have.length(9);
    const legend = legendOf(element, figure.length - 1);
    // Total 530.50 万元; shares of it rounded once to two decimals (120.00 / 530.50 = 22.62%; 10.50 / 530.50 = 1.98%).
    expect(legend).to.deep.equal([
      '302 类2 120.00万元 · 22.62%',
      '304 类4 90.00万元 · 16.97%',
      '310 类10 80.00万元 · 15.08%',
      '308 类8 70.00万元 · 13.20%',
      '306 类6 60.00万元 · 11.31%',
      '311 类11 50.00万元 · 9.43%',
      '312 类12 40.00万元 · 7.54%',
      '301 类1 10.00万元 · 1.89%',
      '其他 4 项 10.50万元 · 1.98%(计算值)',
    ]);
    const other = classes.querySelectorAll('.mark-target')[8]!;
    expect(plain(other.getAttribute('aria-label'))).to.equal('其他 4 项：10.50万元，占1.98%(计算值)');
    // Every 类 in the table, in the published order, with its amount.
    const rows = tables(element).at(-1)!.rows.slice(1, 13);
    expect(rows.map((cells) => cells[0])).to.deep.equal(AMOUNTS.map((_, index) => `${301 + index}类${index + 1}`));
    expect(rows.map((cells) => cells[1])).to.deep.equal(['10.00', '120.00', '4.50', '90.00', '3.25', '60.00', '2.00', '70.00', '0.75', '80.00', '50.00', '40.00']);
  });

  it('9 类: drawn one by one, in the published order (no group of a single part)', async () => {
    const element = await withClasses(AMOUNTS.slice(0, 9));
    const figures = element.shadowRoot!.querySelectorAll('figure.chart');
    const legend = legendOf(element, figures.length - 1);
    expect(legend.map((entry) => entry.split(' ')[0])).to.deep.equal(['301', '302', '303', '304', '305', '306', '307', '308', '309']);
  });
});

// 30 made-up 类 (codes 201–230, "类1"–"类30"), amounts in 万元 as published, chosen by hand:
// the eight largest are 类3 300, 类7 250.5, 类11 200.25, 类15 150, 类19 120, 类23 110, 类27 100, 类30 90;
// 类2 is 0 (not drawn), 类1 is 5.5 and the other twenty are 10 each.
const LARGE: Record<number, string> = { 3: '300', 7: '250.5', 11: '200.25', 15: '150', 19: '120', 23: '110', 27: '100', 30: '90' };
const THIRTY = Array.from({ length: 30 }, (_, index) => LARGE[index + 1] ?? (index === 0 ? '5.5' : index === 1 ? '0' : '10'));
// The 21 grouped: the twenty 10s in published order (equal amounts keep it), then 类1 (5.5).
const GROUPED = [4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22, 24, 25, 26, 28, 29, 1].map((k) => `${200 + k} 类${k}`);

async function thirtyClasses(lang = 'zh-CN'): Promise<AnyDisclosureElement> {
  const disclosure = await loadJson('stories/data/seed-2022.json');
  // Sum by hand: 300 + 250.5 + 200.25 + 150 + 120 + 110 + 100 + 90 = 1,320.75; the rest 20 × 10 + 5.5 = 205.5; in all 1,526.25.
  disclosure.functionalBreakdown = { total: '1526.25', items: THIRTY.map((amount, index) => ({ code: String(201 + index), name: `类${index + 1}`, amount })) };
  const element = await render<AnyDisclosureElement>(html`<functional-breakdown lang=${lang} .disclosure=${disclosure}></functional-breakdown>`);
  await settle(element);
  return element;
}

describe('<functional-breakdown>: a level of 30 类 draws the 8 largest and one "其他 N 项" bar', () => {
  it('draws 9 bars, largest first, the ninth the rest\'s exact sum (205.5, computed); every figure with the series\' two decimals', async () => {
    const element = await thirtyClasses();
    const texts = [...element.shadowRoot!.querySelectorAll('figure.chart .bar-text')].map((text) => plain(text.textContent).trim());
    expect(texts).to.deep.equal([
      '300.00万元', '250.50万元', '200.25万元', '150.00万元', '120.00万元', '110.00万元', '100.00万元', '90.00万元', '205.50万元(计算值)',
    ]);
    const labels = [...element.shadowRoot!.querySelectorAll('figure.chart .bar-label')].map((text) => plain(text.textContent));
    expect(labels).to.deep.equal(['203 类3', '207 类7', '211 类11', '215 类15', '219 类19', '223 类23', '227 类27', '230 类30', '其他 21 项']);
    const marks = marksOf(element);
    expect(marks).to.have.length(9);
    // 300 / 1,526.25 = 19.656…% → 19.66%; 205.5 / 1,526.25 = 13.464…% → 13.46%.
    expect(plain(marks[0]!.getAttribute('aria-label'))).to.equal('203 类3：300.00万元，占19.66%');
    expect(plain(marks[8]!.getAttribute('aria-label'))).to.equal(`其他 21 项：205.50万元(计算值)，占13.46%，包括${GROUPED.join('、')}，表格中逐项列出`);
  });

  it('says in the summary which 类 are grouped, and lists all 30 in the table', async () => {
    const element = await thirtyClasses();
    const summary = plain(element.shadowRoot!.querySelector('figure.chart .chart-summary')!.textContent);
    expect(summary).to.contain(`图中列出金额最大的 8 项，其余 21 项合并为“其他 21 项”：${GROUPED.join('、')}；表格列出全部科目。`);
    const rows = tables(element)[0]!.rows;
    expect(rows.slice(1, 31).map((cells) => cells[0])).to.deep.equal(THIRTY.map((_, index) => `${201 + index}类${index + 1}`));
  });

  it('takes the grouped bar to the largest of its 类 in the table, and marks it selected when one of them is chosen there', async () => {
    const element = await thirtyClasses();
    const marks = marksOf(element);
    marks[8]!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement!;
    expect(plain(focused.textContent)).to.contain('204');
    expect(plain(focused.textContent)).to.contain('类4');
    expect(marksOf(element)[8]!.hasAttribute('data-selected')).to.equal(true);
    (element.shadowRoot!.querySelector('tr[data-key="6"] > th') as HTMLElement).click();
    await element.updateComplete;
    expect(marksOf(element).map((mark) => mark.hasAttribute('data-selected'))).to.deep.equal([false, true, false, false, false, false, false, false, false]);
  });

  it('in English, names the grouped bar "21 others"', async () => {
    const element = await thirtyClasses('en');
    const labels = [...element.shadowRoot!.querySelectorAll('figure.chart .bar-label')].map((text) => plain(text.textContent));
    expect(labels.at(-1)).to.equal('21 others');
    const summary = plain(element.shadowRoot!.querySelector('figure.chart .chart-summary')!.textContent);
    expect(summary).to.contain(`. The chart draws the 8 largest items and groups the other 21 as "21 others": ${GROUPED.join(', ')}. The table lists every item.`);
    expect(element.shadowRoot!.querySelectorAll('figure.chart .bar-label')[8]!.hasAttribute('lang')).to.equal(false);
  });

  it('keeps the scale of the 8 bars when the rest adds up to more than the largest: the grouped bar stops at the end, with a break', async () => {
    // 类1 is 20, the other 29 are 10 each (made up): the 8 largest are 类1–类8 (equal amounts keep the published order);
    // the other 22 add up to 220, eleven times the largest; in all 310 (220 / 310 = 70.967…% → 70.97%).
    const disclosure = await loadJson('stories/data/seed-2022.json');
    disclosure.functionalBreakdown = { total: '310', items: Array.from({ length: 30 }, (_, index) => ({ code: String(201 + index), name: `类${index + 1}`, amount: index === 0 ? '20' : '10' })) };
    const element = await render<AnyDisclosureElement>(html`<functional-breakdown lang="zh-CN" .disclosure=${disclosure}></functional-breakdown>`);
    await settle(element);
    const chart = element.shadowRoot!.querySelector('figure.chart')!;
    const widths = [...chart.querySelectorAll('rect.bar-value')].map((bar) => bar.getAttribute('width'));
    expect(widths).to.deep.equal(['100%', '50%', '50%', '50%', '50%', '50%', '50%', '50%', '100%']);
    expect(chart.querySelectorAll('.bar-break')).to.have.length(1);
    expect(chart.querySelector('rect.bar-grouped')).to.equal(chart.querySelectorAll('rect.bar-value')[8]!);
    expect(plain(chart.querySelectorAll('.bar-text')[8]!.textContent).trim()).to.equal('220万元(计算值)');
    expect(plain(marksOf(element)[8]!.getAttribute('aria-label'))).to.match(/^其他 22 项：220万元\(计算值\)，占70\.97%，条形过长，截断显示，包括209 类9、/);
  });

  it('draws a level of 9 类 bar by bar, in the published order', async () => {
    const disclosure = await loadJson('stories/data/seed-2022.json');
    disclosure.functionalBreakdown = { total: '45', items: Array.from({ length: 9 }, (_, index) => ({ code: String(201 + index), name: `类${index + 1}`, amount: '5' })) };
    const element = await render<AnyDisclosureElement>(html`<functional-breakdown lang="zh-CN" .disclosure=${disclosure}></functional-breakdown>`);
    await settle(element);
    const labels = [...element.shadowRoot!.querySelectorAll('figure.chart .bar-label')].map((text) => plain(text.textContent));
    expect(labels).to.deep.equal(Array.from({ length: 9 }, (_, index) => `${201 + index} 类${index + 1}`));
  });
});
