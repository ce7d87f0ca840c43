/**
 * The view model of <account-summary>: plain data (no lit, no DOM), built
 * once per data, unit, language or option change. The template
 * (account-summary.ts) only turns it into markup.
 */
import { CARRY_OVER_INCOME_KEYS, EXPENDITURE_LINE_PARTS, type AccountSummary, type ExpenditureLine, type ExpenditureParts, type FiscalAppropriation, type Line } from '../core/disclosure/contract.js';
import { valueAtPath } from '../core/disclosure/path.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { changeBetween, isZero, toDecimal } from '../core/money.js';
import { completionRate, publishedOrSum } from '../core/figures.js';
import { changeClause, joinClauses } from '../core/sentences.js';
import { NOT_APPLICABLE, NOT_PUBLISHED, type Cell, type Column, type Row } from '../core/table/rows.js';
import { layoutComposition, type CompositionSegment } from '../core/charts/composition-layout.js';

/** One side of the overview (收入 or 支出) as the template needs it. */
export interface SideModel {
  caption: string;
  columns: Column[];
  rows: Row[];
  footer: Row[];
  chartTitle: string;
  segments: CompositionSegment[];
  summary: string;
  /** The published (Chinese) line names among the labels, marked lang="zh-CN" in the chart's texts. */
  names: string[];
}

export interface AccountSummaryModel {
  income: SideModel;
  expenditure: SideModel;
  /** The year-on-year sentence, when the disclosure gives the previous year's totals; empty otherwise. */
  changes: string;
  appropriation?: { caption: string; columns: Column[]; rows: Row[] };
}


/** The model of the whole element. */
export function buildAccountSummaryModel(given: RenderContext): AccountSummaryModel {
  const summary = given.disclosure.accountSummary!;
  // A table printed in its own unit is converted from it.
  const context = inSectionUnit(given, summary.unit);
  const { catalogue } = context;
  return {
    income: buildSide(context, 'income', summary),
    expenditure: buildSide(context, 'expenditure', summary),
    changes: joinClauses(buildChanges(context, summary), catalogue),
    appropriation: context.disclosure.fiscalAppropriation
      ? {
          caption: catalogue.accountSummary.appropriationTable(context.format.unitLabel),
          ...buildAppropriation(inSectionUnit(given, context.disclosure.fiscalAppropriation.unit), context.disclosure.fiscalAppropriation),
        }
      : undefined,
  };
}

function sideColumns({ catalogue, format }: RenderContext): Column[] {
  return [{ label: catalogue.element.item }, { label: catalogue.element.amount(format.unitLabel), numeric: true }, { label: catalogue.element.share, numeric: true }];
}

function lineLabel(line: Line, { catalogue }: RenderContext): string {
  const standard = line.key ? (catalogue.lines as Record<string, string>)[line.key] : undefined;
  return line.label ?? standard ?? line.key ?? '';
}

function isZeroLine(line: Line): boolean {
  return line.amount !== undefined && isZero(line.amount) && (line.children ?? []).every(isZeroLine);
}

/** The amounts of the lines that have one: a `blank` line (printed without an amount) is in no sum. */
function amountsOf(lines: readonly Line[]): string[] {
  return lines.flatMap((line) => (line.amount === undefined ? [] : [line.amount]));
}

/** A line and its children as rows, depth first. */
function lineRows(line: Line, path: string, level: number, total: string | undefined, context: RenderContext, jsonPath: string): Row[] {
  const { format } = context;
  const row: Row = {
    key: path,
    level,
    label: lineLabel(line, context),
    labelFromData: line.label !== undefined,
    path: jsonPath,
    code: line.code,
    note: line.note,
    // A line printed with its label and no amount: a dash, said to be not published.
    cells: line.amount === undefined ? [{ kind: 'dash', reason: context.catalogue.element.notPublished }, ''] : [format.amount(line.amount), (total !== undefined && format.share(line.amount, total)) || ''],
    zero: isZeroLine(line),
  };
  return [row, ...(line.children ?? []).flatMap((child, index) => lineRows(child, `${path}.${index}`, level + 1, total, context, `${jsonPath}.children[${index}]`))];
}

/**
 * A totals row: the published figure, or the lines' sum marked as computed when the disclosure does not state it;
 * a dash when it does not and a line is blank (a blank is not 0: the sum would be a guess).
 */
function totalRow(key: string, label: string, published: string | undefined, lines: readonly Line[], kind: 'total' | 'subtotal', context: RenderContext, path?: string): Row {
  const { catalogue, format } = context;
  if (published === undefined && lines.some((line) => line.amount === undefined)) {
    return { key, level: 0, label, kind, path, cells: [{ kind: 'dash', reason: catalogue.element.notPublished }, NOT_APPLICABLE] };
  }
  const { amount, computed } = publishedOrSum(published, amountsOf(lines));
  return {
    key,
    level: 0,
    label,
    kind,
    path,
    mark: computed ? { text: catalogue.element.computed, description: catalogue.element.computedDescription } : undefined,
    cells: [format.amount(amount), NOT_APPLICABLE],
  };
}

function buildSide(context: RenderContext, side: 'income' | 'expenditure', summary: AccountSummary): SideModel {
  const { catalogue, format, disclosure } = context;
  const words = catalogue.accountSummary;
  const lines = side === 'income' ? summary.income : summary.expenditure;
  const afterSubtotal: readonly string[] = side === 'income' ? CARRY_OVER_INCOME_KEYS : ['surplusDistribution'];
  const current = lines.filter((line) => !afterSubtotal.includes(line.key ?? ''));
  const later = lines.filter((line) => afterSubtotal.includes(line.key ?? ''));
  // Shares and the chart are of the side's lines: 收入总计 (all income lines), or the expenditure lines' sum (v1 expenditureTotal).
  const publishedTotal = side === 'income' ? summary.incomeTotal : summary.expenditureTotal;
  // Not published and a line blank: no total (a blank is not 0), so no shares and no composition either.
  const blanks = lines.filter((line) => line.amount === undefined).length;
  const total = publishedTotal !== undefined || blanks === 0 ? publishedOrSum(publishedTotal, amountsOf(lines)).amount : undefined;
  // Rows in the order of 收入支出决算总表 (issue 24): the lines of the year, 本年收入合计 / 本年支出合计, the carry-overs
  // (使用非财政拨款结余, 年初结转和结余) or 结余分配, 年末结转和结余, then 总计. v1's expenditureTotal is the lines' sum:
  // it is 支出总计 only when there is no year-end balance, and otherwise 本年支出合计 (when there is no 结余分配).
  const yearEnd = side === 'expenditure' ? summary.yearEndBalance : undefined;
  const hasBalance = yearEnd !== undefined && !isZero(yearEnd);
  const v1Subtotal = side === 'expenditure' && later.length === 0 ? summary.expenditureTotal : undefined;
  const publishedSubtotal = side === 'income' ? summary.currentYearIncome : (summary.currentYearExpenditure ?? (hasBalance ? v1Subtotal : undefined));

  const jsonPath = (line: Line) => `accountSummary.${side}[${lines.indexOf(line)}]`;
  const rows: Row[] = current.flatMap((line) => lineRows(line, `${side}.${lines.indexOf(line)}`, 0, total, context, jsonPath(line)));
  if (publishedSubtotal !== undefined || later.length > 0 || hasBalance) {
    const label = side === 'income' ? words.currentYearIncome : words.currentYearExpenditure;
    rows.push(totalRow(`${side}.currentYear`, label, publishedSubtotal, current, 'subtotal', context, side === 'income' ? 'accountSummary.currentYearIncome' : 'accountSummary.currentYearExpenditure'));
  }
  rows.push(...later.flatMap((line) => lineRows(line, `${side}.${lines.indexOf(line)}`, 0, total, context, jsonPath(line))));

  const footer: Row[] = [];
  if (yearEnd !== undefined) {
    footer.push({ key: 'expenditure.yearEndBalance', level: 0, label: words.yearEndBalance, path: 'accountSummary.yearEndBalance', cells: [format.amount(yearEnd), NOT_APPLICABLE], zero: isZero(yearEnd) });
  }
  if (side === 'income') {
    footer.push(totalRow(`${side}.total`, words.incomeTotal, publishedTotal, lines, 'total', context, 'accountSummary.incomeTotal'));
  } else {
    const grand = summary.expenditureGrandTotal ?? (hasBalance ? undefined : summary.expenditureTotal);
    const grandParts: Line[] = yearEnd !== undefined ? [...lines, { amount: yearEnd }] : lines;
    footer.push(totalRow(`${side}.total`, words.expenditureTotal, grand, grandParts, 'total', context, summary.expenditureGrandTotal !== undefined ? 'accountSummary.expenditureGrandTotal' : 'accountSummary.expenditureTotal'));
  }

  const parts = lines.flatMap((line, index) => (line.amount === undefined ? [] : [{ key: `${side}.${index}`, label: lineLabel(line, context), amount: line.amount }]));
  const segments = total === undefined ? [] : layoutComposition(parts, format, catalogue);
  const year = catalogue.element.year(disclosure.fiscalYear);
  // With a year-end balance the expenditure lines add up to 本年支出合计, not to 支出总计.
  let sentence =
    total === undefined ? words.summaryNoTotal(year, words[side]) : hasBalance ? words.summarySubtotal(year, format.money(total)) : words.summaryTotal(year, words[side], format.money(total));
  // "All of it" only when no line is blank.
  if (segments.length === 1 && blanks === 0) sentence += words.summaryAll(segments[0]!.label);
  else if (segments.length > 0) {
    const largest = segments.reduce((best, segment) => (toDecimal(segment.amount).gt(toDecimal(best.amount)) ? segment : best));
    sentence += words.summaryLargest(largest.label, largest.money, largest.share);
  }
  const zeroLines = parts.length - segments.length;
  if (zeroLines > 0 && segments.length > 0) sentence += words.summaryRest(zeroLines);
  if (blanks > 0) sentence += words.summaryBlank(blanks);
  sentence += words.summaryEnd;

  // A 单位预算's 财务收支预算总表 prints each expenditure line's 人员经费, 公用经费 and 项目支出 beside its amount, and
  // 支出总计's: three more columns, a blank cell a blank (never 0).
  const grandParts = side === 'expenditure' ? summary.expenditureGrandTotalParts : undefined;
  const expenditure: readonly ExpenditureLine[] = side === 'expenditure' ? summary.expenditure : [];
  const split = grandParts !== undefined || expenditure.some((line) => EXPENDITURE_LINE_PARTS.some((part) => line[part] !== undefined));
  if (split) {
    const partsOf = (source: ExpenditureParts | undefined): Cell[] =>
      EXPENDITURE_LINE_PARTS.map((part) => {
        const amount = source?.[part];
        return amount === undefined ? NOT_PUBLISHED : format.amount(amount);
      });
    const none = EXPENDITURE_LINE_PARTS.map((): Cell => NOT_APPLICABLE);
    // A line's row carries the line's JSON path (accountSummary.expenditure[0].children[1]); a totals row, its figure's.
    const lineOf = ({ path }: Row): ExpenditureLine | undefined =>
      typeof path === 'string' && path.startsWith('accountSummary.expenditure[') ? (valueAtPath(disclosure, path) as ExpenditureLine | undefined) : undefined;
    for (const row of rows) {
      const line = lineOf(row);
      row.cells = [...row.cells, ...(line ? partsOf(line) : none)];
    }
    for (const row of footer) {
      const grand = row.key === 'expenditure.total';
      row.cells = [...row.cells, ...(grand ? partsOf(grandParts) : none)];
      // A warning on one of 支出总计's parts marks the row too.
      if (grand && grandParts && typeof row.path === 'string') row.path = [row.path, 'accountSummary.expenditureGrandTotalParts'];
    }
  }

  return {
    caption: side === 'income' ? words.incomeTable(format.unitLabel) : words.expenditureTable(format.unitLabel),
    columns: split ? [...sideColumns(context), ...EXPENDITURE_LINE_PARTS.map((part) => ({ label: catalogue.columns[part], numeric: true }))] : sideColumns(context),
    rows,
    footer,
    chartTitle: side === 'income' ? words.incomeChart : words.expenditureChart,
    segments,
    summary: sentence,
    names: lines.flatMap((line) => (line.label !== undefined ? [line.label] : [])),
  };
}

function buildChanges(context: RenderContext, summary: AccountSummary): string[] {
  const { catalogue, format, disclosure } = context;
  const pairs = [
    [catalogue.accountSummary.incomeTotal, summary.incomeTotal, summary.previousYear?.incomeTotal],
    [catalogue.accountSummary.expenditureTotal, summary.expenditureTotal, summary.previousYear?.expenditureTotal],
  ] as const;
  return pairs.flatMap(([subject, current, previous]) => {
    if (current === undefined || previous === undefined) return [];
    const change = changeBetween(current, previous);
    const percent = change.percent === undefined ? undefined : format.percent(change.percent);
    return [changeClause({ catalogue, format, fiscalYear: disclosure.fiscalYear }, subject, change.amount, percent)];
  });
}

function buildAppropriation(context: RenderContext, appropriation: FiscalAppropriation): { columns: Column[]; rows: Row[] } {
  const { catalogue, format, disclosure } = context;
  const words = catalogue.accountSummary;
  const parts = [
    { key: 'total', label: words.appropriationTotal, level: 0 },
    { key: 'basic', label: catalogue.lines.basic, level: 1 },
    { key: 'project', label: catalogue.lines.project, level: 1 },
  ] as const;
  const present = parts.filter((part) => appropriation[part.key] !== undefined);
  const hasBudget = present.some((part) => appropriation.budget?.[part.key] !== undefined);
  const hasAdjusted = present.some((part) => appropriation.adjustedBudget?.[part.key] !== undefined);
  const rateOf = (key: 'total' | 'basic' | 'project') => {
    const rate = completionRate(appropriation[key], appropriation.budget?.[key] ?? appropriation.adjustedBudget?.[key], appropriation.completionRate?.[key]);
    return rate === 'no-budget' ? undefined : rate;
  };
  const hasRate = present.some((part) => rateOf(part.key) !== undefined);
  const columns: Column[] = [
    { label: catalogue.element.item },
    { label: words.actual(catalogue.kind[disclosure.kind]), numeric: true },
    ...(hasBudget ? [{ label: words.budget, numeric: true }] : []),
    ...(hasAdjusted ? [{ label: words.adjustedBudget, numeric: true }] : []),
    ...(hasRate ? [{ label: words.completionRate, numeric: true }] : []),
  ];
  const rows = present.map((part): Row => {
    const budget = appropriation.budget?.[part.key];
    const adjusted = appropriation.adjustedBudget?.[part.key];
    const rate = rateOf(part.key);
    return {
      key: `appropriation.${part.key}`,
      level: part.level,
      label: part.label,
      kind: part.level === 0 ? 'subtotal' : undefined,
      path: ['', 'budget.', 'adjustedBudget.', 'completionRate.'].map((field) => `fiscalAppropriation.${field}${part.key}`),
      cells: [
        format.amount(appropriation[part.key]!),
        ...(hasBudget ? [budget === undefined ? NOT_PUBLISHED : format.amount(budget)] : []),
        ...(hasAdjusted ? [adjusted === undefined ? NOT_PUBLISHED : format.amount(adjusted)] : []),
        ...(hasRate ? [rate === undefined ? NOT_APPLICABLE : { kind: 'rate' as const, text: format.percent(rate.points), computed: rate.computed, points: rate.points }] : []),
      ],
    };
  });
  return { columns, rows };
}
