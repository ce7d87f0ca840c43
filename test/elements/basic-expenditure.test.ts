import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/basic-expenditure/define.js';
import type { BasicExpenditureElement } from '../../components/basic-expenditure/basic-expenditure.js';
import { alertOf, loadJson, marksOf, plain, render, seedPath, settle, tables, textOf } from './harness.js';
import { padToColumn } from './column-rule.js';
import { budgetPath, grouped, planningPath, renderedRows, rowFor, transcribedTable } from './classified-tables.js';

async function basic(disclosure: unknown, attributes: { lang?: string; expand?: string; hideZero?: boolean } = {}) {
  const element = await render<BasicExpenditureElement>(html`<basic-expenditure
    lang=${attributes.lang ?? 'zh-CN'}
    expand=${attributes.expand ?? 'auto'}
    ?hide-zero=${attributes.hideZero}
    .disclosure=${disclosure}
  ></basic-expenditure>`);
  await settle(element);
  return element;
}

const toggleOf = (element: Element, key: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-key="${key}"] button.toggle`)!;

/** 表六 as printed: two halves side by side; each half's (code, name, 决算数) is one row of the table. */
async function printedRows(): Promise<{ code: string | null; name: string; amount: string }[]> {
  const document = await loadJson('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json');
  const table = document.tables.find((candidate: { number: number }) => candidate.number === 6);
  return (table.rowsAsPrinted as (string | null)[][]).flatMap((cells) =>
    [cells.slice(0, 3), cells.slice(3, 6)].filter((half) => half[1] !== null).map(([code, name, amount]) => ({ code, name: name!, amount: amount! })),
  );
}

describe('<basic-expenditure> on the planning-resources 基本支出决算表 (决算 表六)', () => {
  it('shows every printed row, 人员经费合计 and 公用经费合计 exactly, under expand="all"', async () => {
    const element = await basic(await loadJson(planningPath), { expand: 'all' });
    const rows = renderedRows(element);
    const printed = await printedRows();
    expect(printed.length).to.equal(4 + 61 + 2);
    for (const row of printed) {
      const shown = row.code === null ? rows.get(row.name) : rowFor(rows, { code: row.code, name: row.name, cells: {} });
      expect(shown, `${row.code} ${row.name}`).to.not.equal(undefined);
      // The rows the cross-checks question (302 商品和服务支出, 人员经费合计) carry the data-check mark after the figure (test/elements/check-marks.test.ts).
      expect(shown!['决算数']!.replace('⚠(数据核对发现差异，见“数据核对”说明)', ''), `${row.code} ${row.name}`).to.equal(grouped(row.amount));
    }
    expect(rows.get('30101基本工资')).to.deep.equal({ 决算数: '537.64' });
    expect(rows.get('人员经费合计')).to.deep.equal({ 决算数: '4,884.09⚠(数据核对发现差异，见“数据核对”说明)' });
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '决算数']);
  });

  it('opens only the classes by default (65 rows would be too many), and a class by keyboard', async () => {
    const element = await basic(await loadJson(planningPath));
    expect(tables(element)[0]!.rows.length).to.equal(1 + 4 + 2);
    const toggle = toggleOf(element, '0');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggleOf(element, '0').getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(toggleOf(element, '0'));
    expect(renderedRows(element).get('30101基本工资')).to.deep.equal({ 决算数: '537.64' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(renderedRows(element).has('30101基本工资')).to.equal(false);
  });

  it('folds the zero items under hide-zero', async () => {
    const element = await basic(await loadJson(planningPath), { expand: 'all', hideZero: true });
    const rows = renderedRows(element);
    expect(rows.has('30103奖金')).to.equal(false);
    expect(rows.get('30107绩效工资')).to.deep.equal({ 决算数: '1,594.02' });
  });

  it('compares 人员经费 with 公用经费 and the classes, described from the figures', async () => {
    const element = await basic(await loadJson(planningPath));
    expect(marksOf(element).length).to.equal(2 + 4);
    // 4816.14 of 4816.14 + 440.90 + 67.96 + 39.76 = 5364.76: 89.77%.
    // Each chart is described by what it shows, not by the same two sentences twice.
    const [split, classes] = [...element.shadowRoot!.querySelectorAll('svg[role="img"][aria-describedby]')];
    const descriptionOf = (chart: Element) => plain(element.shadowRoot!.getElementById(chart.getAttribute('aria-describedby')!)!.textContent);
    expect(descriptionOf(split!)).to.equal('2024年度人员经费4,884.09万元，公用经费480.66万元。');
    expect(descriptionOf(classes!)).to.equal('各类中301 工资福利支出4,816.14万元最多，占89.77%。');
    expect(textOf(element)).not.to.contain('；各类中');
  });

  it('says which section is missing', async () => {
    const disclosure = await loadJson(planningPath);
    delete disclosure.basicExpenditureTable;
    const element = await render<BasicExpenditureElement>(html`<basic-expenditure .disclosure=${disclosure}></basic-expenditure>`);
    await settle(element, 'error');
    expect(plain(alertOf(element)!.textContent)).to.contain('一般公共预算财政拨款基本支出决算表');
  });

  it('renders the budget table with 合计, 人员经费 and 公用经费 per row', async () => {
    const element = await basic(await loadJson(budgetPath), { expand: 'all' });
    const rows = renderedRows(element);
    expect(tables(element)[0]!.rows[0]).to.deep.equal(['科目', '合计', '人员经费', '公用经费']);
    for (const row of await transcribedTable('putuo-district-office-2025-budget', 8)) {
      const shown = row.code === null ? rows.get(row.name!) : rowFor(rows, row);
      expect(shown, `${row.code} ${row.name}`).to.not.equal(undefined);
      for (const heading of ['合计', '人员经费', '公用经费']) {
        const value = row.cells[heading];
        expect(shown![heading], `${row.name} ${heading}`).to.equal(value ? grouped(value) : '—原表此处空白，未公布此数');
      }
    }
    expect(plain(element.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.textContent)).to.contain('一般公共预算基本支出经济分类预算表');
  });
});

describe('<basic-expenditure> on a disclosure without 表六 (version 1: the seed)', () => {
  it('shows the 基本支出 summary: 合计, 人员经费合计 and 公用经费合计, and what each includes, as the seed publishes them', async () => {
    // Seed, 四、一般公共预算财政拨款基本支出决算情况说明: 基本支出1.6万元，其中：人员经费0万元，主要包括基本工资…；日常公用经费1.6万元，主要包括办公费…
    const element = await basic(await loadJson('stories/data/seed-2022.json'));
    const rows = tables(element)[0]!.rows;
    expect(rows).to.deep.include(['合计', '1.6']);
    // Under the column rule (test/elements/column-rule.ts): the column's published precision is 1.6's one decimal.
    expect(rows).to.deep.include(['人员经费合计', padToColumn('0', 1)]);
    expect(rows).to.deep.include(['公用经费合计', '1.6']);
    const includes = [...element.shadowRoot!.querySelectorAll('[part=includes] dt, [part=includes] dd')].map((node) => plain(node.textContent));
    expect(includes[0]).to.equal('人员经费');
    expect(includes[1]).to.match(/^主要包括基本工资、津贴补贴、奖金、其他社会保障缴费、.*其他对个人和家庭补助的支出$/);
    expect(includes[2]).to.equal('公用经费');
    expect(includes[3]).to.match(/^主要包括办公费、印刷费、手续费、.*信息网络及软件购置更新。$/);
  });
});

describe('<basic-expenditure> says what 人员经费 and 公用经费 include (说明六, PDF p. 25)', () => {
  it('after 表六, as published', async () => {
    const element = await basic(await loadJson(planningPath));
    const includes = [...element.shadowRoot!.querySelectorAll('[part=includes] dd')].map((node) => plain(node.textContent));
    expect(includes).to.have.length(2);
    expect(includes[0]).to.match(/^主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、/);
    expect(includes[1]).to.match(/^主要包括：办公费、手续费、水费、电费、邮电费、物业管理费、差旅费、/);
  });
});

describe('<basic-expenditure> accessibility (axe-core)', function () {
  // axe-core over a long table and a chart takes seconds on a loaded machine.
  this.timeout(30000);
  it('has no violations in zh-CN', async () => {
    await expect(await basic(await loadJson(planningPath))).to.be.accessible();
  });
  it('has no violations in en, expanded', async () => {
    await expect(await basic(await loadJson(planningPath), { lang: 'en', expand: 'all' })).to.be.accessible();
  });
  it('has no violations for a budget', async () => {
    await expect(await basic(await loadJson(budgetPath), { hideZero: true })).to.be.accessible();
  });
});

describe('<basic-expenditure> chart summaries in English', () => {
  it('the class chart\'s summary is a sentence of its own: "The largest class was …" (表七: 301 工资福利支出 4816.14 万元)', async () => {
    const element = await basic(await loadJson(planningPath), { lang: 'en' });
    const summaries = [...element.shadowRoot!.querySelectorAll('figure.chart .chart-summary')].map((node) => plain(node.textContent).replace(/\s+/g, ' ').trim());
    expect(summaries).to.have.length(2);
    expect(summaries[1]).to.match(/^The largest class was 301 工资福利支出, 4,816\.14 .*\.$/);
  });
});


describe('<basic-expenditure> on a version-1 summary printed in its own unit', () => {
  it('shows the summary\'s figures as given, in its own unit, by default', async () => {
    // The seed (in 万元) with its 基本支出 summary given in 元 instead (its 1.6 万元 as 16000 元): shown as given.
    const disclosure = await loadJson(seedPath);
    Object.assign(disclosure.basicExpenditure, { unit: '元', total: '16000', personnel: '0', publicUse: '16000' });
    const element = await basic(disclosure);
    const [table] = tables(element);
    expect(table!.caption).to.contain('元');
    expect(table!.caption).to.not.contain('万元');
    expect(table!.rows.find((cells) => cells[0] === '合计')![1]).to.equal('16,000');
  });
});
