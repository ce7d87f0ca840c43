/**
 * A large breakdown in a composition chart: the largest COMPOSITION_TOP (8)
 * parts, in order of amount, then one "其他 N 项" segment for the rest, whose
 * amount is their exact sum, marked as computed. Every part stays in the
 * table. A breakdown of 9 parts or fewer is drawn part by part.
 */
import { expect, html } from '@open-wc/testing';
import '../../components/basic-expenditure/define.js';
import { loadJson, plain, render, settle, tables, type AnyDisclosureElement } from './harness.js';

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
