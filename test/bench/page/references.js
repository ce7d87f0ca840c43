/**
 * The references a portal developer would build without the library: an ECharts chart
 * (full bundle, echarts/dist/echarts.min.js, loaded once by bench.html; SVG renderer,
 * animation off so the first painted frame is the final chart) plus a hand-built table
 * made from the same data with innerHTML. Everything here, from reading the data to the
 * chart and the table being in the DOM, is inside the timed region.
 *
 * No validation, no exact decimals (JavaScript numbers), no keyboard access to the marks:
 * what the library does on top is part of what the comparison measures.
 */
import { zhCN } from '../../../components/core/locale/zh-CN.ts';

// The labels a portal would write by hand; taken from the library's catalogue so both show the same words.
const LINE_LABELS = zhCN.lines;

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const amount = (text) => (text === undefined || text === null || text === '' ? '' : numberFormat.format(Number(text)));
const share = (part, total) => (Number(total) ? `${((Number(part) / Number(total)) * 100).toFixed(2)}%` : '');
const percent = (text) => (text === undefined ? '' : `${text}%`);

function table(caption, head, body, foot = '') {
  return `<table class="ref-table"><caption>${escapeHtml(caption)}</caption><thead><tr>${head
    .map((label, index) => `<th scope="col"${index ? ' class="number"' : ''}>${escapeHtml(label)}</th>`)
    .join('')}</tr></thead><tbody>${body}</tbody>${foot ? `<tfoot>${foot}</tfoot>` : ''}</table>`;
}
const row = (level, label, cells, extra = '') =>
  `<tr data-level="${level}"><th scope="row">${extra}${escapeHtml(label)}</th>${cells.map((cell) => `<td class="number">${cell}</td>`).join('')}</tr>`;

/** A host with an ECharts chart (SVG renderer) of `height` px, then the tables' HTML. */
function mount(container, height, option, tablesHtml) {
  const host = document.createElement('section');
  container.append(host);
  const chartBox = document.createElement('div');
  chartBox.className = 'ref-chart';
  chartBox.style.height = `${height}px`;
  host.append(chartBox);
  const chart = globalThis.echarts.init(chartBox, null, { renderer: 'svg' });
  chart.setOption(option);
  host.insertAdjacentHTML('beforeend', tablesHtml);
  return {
    host,
    dispose() {
      chart.dispose();
      host.remove();
    },
  };
}

const common = { animation: false, aria: { enabled: true }, tooltip: {} };

/** <account-summary>: a stacked bar (income and expenditure composition) and the income, expenditure and appropriation tables. */
export function accountSummaryReference(container, disclosure) {
  const summary = disclosure.accountSummary;
  const unit = disclosure.unit;
  const labelOf = (line) => line.label ?? LINE_LABELS[line.key] ?? line.key;
  const lineRows = (line, level, total) =>
    row(level, labelOf(line), [amount(line.amount), share(line.amount, total)]) + (line.children ?? []).map((child) => lineRows(child, level + 1, total)).join('');
  const side = (lines, total, caption, totalLabel) =>
    table(caption, ['项目', `金额（${unit}）`, '占比'], lines.map((line) => lineRows(line, 0, total)).join(''), row(0, totalLabel, [amount(total), '']));
  const series = [
    ...summary.income.map((line) => ({ name: labelOf(line), type: 'bar', stack: 'composition', data: [Number(line.amount), '-'] })),
    ...summary.expenditure.map((line) => ({ name: labelOf(line), type: 'bar', stack: 'composition', data: ['-', Number(line.amount)] })),
  ].filter((s) => s.data.some((value) => value !== '-' && value !== 0));
  const option = {
    ...common,
    title: { text: `${disclosure.fiscalYear}年度${disclosure.department.name}收入支出决算总表`, textStyle: { fontSize: 14 } },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ['收入', '支出'] },
    series,
  };
  const incomeTotal = summary.incomeTotal ?? summary.income.reduce((sum, line) => sum + Number(line.amount), 0);
  const expenditureTotal = summary.expenditureTotal ?? summary.expenditure.reduce((sum, line) => sum + Number(line.amount), 0);
  let tables = side(summary.income, incomeTotal, `收入决算（单位：${unit}）`, '收入总计') + side(summary.expenditure, expenditureTotal, `支出决算（单位：${unit}）`, '支出总计');
  const appropriation = disclosure.fiscalAppropriation;
  if (appropriation) {
    const parts = [['total', '财政拨款支出', 0], ['basic', '基本支出', 1], ['project', '项目支出', 1]].filter(([key]) => appropriation[key] !== undefined);
    tables += table(
      `财政拨款支出（单位：${unit}）`,
      ['项目', '决算数', '完成率'],
      parts.map(([key, label, level]) => row(level, label, [amount(appropriation[key]), percent(appropriation.completionRate?.[key])])).join(''),
    );
  }
  return mount(container, 220, option, tables);
}

/** <functional-breakdown>: a bar of the top level, and the table of the rows the element shows by default (the deepest level that keeps it within 50 rows). */
export function functionalBreakdownReference(container, disclosure) {
  const { items, total: published } = disclosure.functionalBreakdown;
  const amountOf = (item) => (item.amount !== undefined ? Number(item.amount) : (item.children ?? []).reduce((sum, child) => sum + amountOf(child), 0));
  const total = published !== undefined ? Number(published) : items.reduce((sum, item) => sum + amountOf(item), 0);
  const perLevel = [];
  const count = (list, level) => list.forEach((item) => ((perLevel[level] = (perLevel[level] ?? 0) + 1), count(item.children ?? [], level + 1)));
  count(items, 0);
  let levels = 1;
  for (let level = 0, shown = 0; level < perLevel.length; level++) {
    shown += perLevel[level];
    if (shown > 50) break;
    levels = level + 1;
  }
  const anyBudget = (list) => list.some((item) => item.budget !== undefined || anyBudget(item.children ?? []));
  const anyRate = (list) => list.some((item) => item.completionRate !== undefined || anyRate(item.children ?? []));
  const hasBudget = anyBudget(items);
  const hasRate = anyRate(items);
  const rows = [];
  const visit = (list, level) =>
    list.forEach((item) => {
      const open = item.children && level < levels - 1;
      const toggle = item.children ? `<button type="button" aria-expanded="${open}" aria-label="展开">▸</button>` : '';
      const value = amountOf(item);
      rows.push(
        row(level, `${item.code ?? ''} ${item.name}`, [
          numberFormat.format(value),
          share(value, total),
          ...(hasBudget ? [amount(item.budget)] : []),
          ...(hasRate ? [percent(item.completionRate)] : []),
        ], toggle),
      );
      if (open) visit(item.children, level + 1);
    });
  visit(items, 0);
  const head = ['功能分类科目', `金额（${disclosure.unit}）`, '占比', ...(hasBudget ? ['预算数'] : []), ...(hasRate ? ['完成率'] : [])];
  const foot = row(0, '合计', [numberFormat.format(total), '', ...(hasBudget ? [''] : []), ...(hasRate ? [''] : [])]);
  const option = {
    ...common,
    title: { text: '一般公共预算财政拨款支出（按功能分类）', textStyle: { fontSize: 14 } },
    grid: { left: 200, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: items.map((item) => `${item.code ?? ''} ${item.name}`) },
    series: [{ type: 'bar', name: '支出', data: items.map(amountOf), label: { show: true, position: 'right' } }],
  };
  return mount(container, Math.max(200, items.length * 28 + 70), option, table(`一般公共预算财政拨款支出（单位：${disclosure.unit}）`, head, rows.join(''), foot));
}

const THREE_PARTS = [['outboundTravel', '因公出国（境）费'], ['officialReception', '公务接待费'], ['officialVehicles', '公务用车购置及运行维护费']];
const THREE_LINES = [['total', '“三公”经费合计', 0], ...THREE_PARTS.map(([key, label]) => [key, label, 1]), ['vehiclePurchase', '公务用车购置费', 2], ['vehicleOperation', '公务用车运行维护费', 2]];

/** <three-public-expenses>: a grouped bar (previous year, budget, this year) of the three parts, the amounts table and the counts table. */
export function threePublicReference(container, disclosure) {
  const expenses = disclosure.threePublicExpenses;
  const current = {
    total: expenses.total,
    outboundTravel: expenses.outboundTravel.amount,
    officialReception: expenses.officialReception.amount,
    officialVehicles: expenses.officialVehicles.amount,
    vehiclePurchase: expenses.officialVehicles.purchase,
    vehicleOperation: expenses.officialVehicles.operation,
  };
  const { previousYear, budget, completionRate, change } = expenses;
  const series = [
    ...(previousYear ? [{ name: `${disclosure.fiscalYear - 1}年`, type: 'bar', data: THREE_PARTS.map(([key]) => Number(previousYear[key] ?? 0)) }] : []),
    ...(budget ? [{ name: '预算数', type: 'bar', data: THREE_PARTS.map(([key]) => Number(budget[key] ?? 0)) }] : []),
    { name: `${disclosure.fiscalYear}年`, type: 'bar', data: THREE_PARTS.map(([key]) => Number(current[key])) },
  ];
  const option = {
    ...common,
    title: { text: `“三公”经费分项比较（单位：${disclosure.unit}）`, textStyle: { fontSize: 14 } },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: THREE_PARTS.map(([, label]) => label) },
    yAxis: { type: 'value' },
    series,
  };
  const head = ['项目', `${disclosure.fiscalYear}年`, ...(previousYear ? [`${disclosure.fiscalYear - 1}年`, '增减额', '增减率'] : []), ...(budget ? ['预算数', '完成率'] : [])];
  const body = THREE_LINES.map(([key, label, level]) => {
    const now = Number(current[key]);
    const before = previousYear?.[key];
    const plan = budget?.[key];
    return row(level, label, [
      amount(current[key]),
      ...(previousYear ? [amount(before), before === undefined ? '' : numberFormat.format(now - Number(before)), change?.[key]?.percent !== undefined ? percent(change[key].percent) : Number(before) ? `${(((now - Number(before)) / Number(before)) * 100).toFixed(2)}%` : '—'] : []),
      ...(budget ? [amount(plan), completionRate?.[key] !== undefined ? percent(completionRate[key]) : Number(plan) ? `${((now / Number(plan)) * 100).toFixed(2)}%` : '—'] : []),
    ]);
  }).join('');
  const counts = [
    ['因公出国（境）团组数（个）', expenses.outboundTravel.delegations],
    ['因公出国（境）人次', expenses.outboundTravel.persons],
    ['国内公务接待批次', expenses.officialReception.batches],
    ['国内公务接待人次', expenses.officialReception.persons],
    ['购置公务用车（辆）', expenses.officialVehicles.purchasedCount],
    ['年末公务用车保有量（辆）', expenses.officialVehicles.fleetAtYearEnd],
  ].filter(([, value]) => value !== undefined);
  const tables =
    table(`“三公”经费（单位：${disclosure.unit}）`, head, body) +
    table(`${disclosure.fiscalYear}年出国（境）团组、公务接待和公务用车数量`, ['项目', '数量'], counts.map(([label, value]) => row(0, label, [String(value)])).join(''));
  return mount(container, 260, option, tables);
}
