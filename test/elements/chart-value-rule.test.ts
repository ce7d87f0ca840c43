/**
 * Chart value labels follow the tables' column rule (core/table/decimals.ts,
 * core/charts/series-figures.ts): every figure of one chart series shows the
 * same number of decimals, the most any of them has, by zeros added at the
 * end; a published figure keeps every digit. A series: the amounts (and,
 * apart, the shares) of one composition bar's legend, the bars of one series
 * (one year, the budget) of a grouped bar chart, the amounts (and, apart, the
 * completion rates) of one level of <functional-breakdown>'s bars.
 * Measured on every element that draws a chart, on every fixture.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { CHART_FIXTURES as FIXTURES, CHART_TAGS as TAGS } from './chart-cases.js';
import { padToColumn } from './column-rule.js';
import { loadJson, plain, render, seedPath, settle, type AnyDisclosureElement } from './harness.js';

/** The decimals of the first figure in a label ("1,234.50万元" → 2); undefined without one. */
function decimalsIn(text: string): number | undefined {
  const match = /-?\d[\d,]*(?:\.(\d+))?/.exec(text);
  return match ? (match[1]?.length ?? 0) : undefined;
}

/** Every chart series of the element: its name and the value labels it shows. */
function seriesOf(element: Element): Map<string, string[]> {
  const series = new Map<string, string[]>();
  const add = (name: string, text: string | null | undefined) => {
    if (text) series.set(name, [...(series.get(name) ?? []), plain(text).trim()]);
  };
  element.shadowRoot!.querySelectorAll('figure.chart').forEach((figure, chart) => {
    figure.querySelectorAll('.legend .value').forEach((value) => {
      const [amount, share] = plain(value.textContent).split('·');
      add(`${chart} amounts`, amount);
      add(`${chart} shares`, share);
    });
    figure.querySelectorAll('.bars-value').forEach((value) => add(`${chart} ${value.previousElementSibling!.textContent}`, value.textContent));
    figure.querySelectorAll('.bars-text').forEach((value, index) => add(`${chart} drawn ${figure.querySelectorAll('.bars-value')[index]!.previousElementSibling!.textContent}`, value.textContent));
    figure.querySelectorAll('.bar-text').forEach((value) => {
      add(`${chart} amounts`, value.querySelector('tspan')!.textContent);
      add(`${chart} rates`, value.querySelector('.wide-only')?.textContent);
    });
  });
  return series;
}

describe('chart value labels: one number of decimals per series', () => {
  const measured: string[] = [];
  for (const [name, load] of Object.entries(FIXTURES)) {
    for (const tag of TAGS) {
      it(`<${tag}> on the ${name}`, async () => {
        const disclosure = await load();
        const element = await render<AnyDisclosureElement>(html`<div style="width: 1280px"></div>`);
        const chart = document.createElement(tag) as AnyDisclosureElement;
        chart.setAttribute('lang', 'zh-CN');
        chart.setAttribute('view', 'chart');
        (chart as unknown as { disclosure: unknown }).disclosure = disclosure;
        element.append(chart);
        // A fixture without the element's section ends in the error state: nothing to measure.
        await waitUntil(() => chart.state === 'ready' || chart.state === 'error', `<${tag}> settles`);
        await chart.updateComplete;
        const found = seriesOf(chart);
        if (found.size > 0) measured.push(`${tag} ${name}`);
        for (const [series, labels] of found) {
          const decimals = new Set(labels.map(decimalsIn));
          expect([...decimals], `${series}: ${labels.join(' | ')}`).to.have.length(1);
        }
      });
    }
  }

  it('measured the charts of every element on the fixtures that have their section', () => {
    // Every element's chart on one fixture at least (the planning-resources report has every table); the large synthetic has only the functional breakdown.
    for (const tag of TAGS) expect(measured, tag).to.include(`${tag} planning resources 2024`);
    expect(measured).to.include('functional-breakdown large synthetic (30 类)');
  });
});

describe('chart value labels keep every published digit', () => {
  it('12.345 beside 3.4 shows 12.345 and 3.400: zeros added, nothing rounded', async () => {
    const disclosure = await loadJson(seedPath);
    disclosure.accountSummary.expenditure = [
      { key: 'basic', amount: '12.345' },
      { key: 'project', amount: '3.4' },
    ];
    disclosure.accountSummary.expenditureTotal = '15.745';
    const element = await render<AnyDisclosureElement>(html`<account-summary lang="zh-CN" view="chart" .disclosure=${disclosure}></account-summary>`);
    await settle(element);
    const legend = [...element.shadowRoot!.querySelectorAll('figure.chart')[1]!.querySelectorAll('.legend li')].map((item) => plain(item.textContent).replace(/\s+/g, ' ').trim());
    // Shares of 15.745, rounded once: 12.345 / 15.745 = 78.405…% → 78.41%; 3.4 / 15.745 = 21.594…% → 21.59%.
    expect(legend).to.deep.equal([`基本支出 12.345万元 · 78.41%`, `项目支出 ${padToColumn('3.4', 3)}万元 · 21.59%`]);
  });

  it('the seed\'s expenditure: 1.6 beside 932.14 shows 1.60 (as its table column does)', async () => {
    const element = await render<AnyDisclosureElement>(html`<account-summary lang="zh-CN" view="chart" src=${seedPath}></account-summary>`);
    await settle(element);
    const legend = [...element.shadowRoot!.querySelectorAll('figure.chart')[1]!.querySelectorAll('.legend .value')].map((item) => plain(item.textContent).trim());
    // Seed 2022, 收入支出决算总表: 基本支出 1.6, 项目支出 932.14 (万元); shares 0.17%, 99.83%.
    expect(legend).to.deep.equal([`${padToColumn('1.6', 2)}万元 · 0.17%`, '932.14万元 · 99.83%']);
  });
});
