import { html, nothing, type TemplateResult } from 'lit';
import { CARRY_OVER_INCOME_KEYS, type AccountSummary, type DisclosureSection, type FiscalAppropriation, type Line } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { changeBetween, isZero, sumOf, toDecimal, maxDecimalPlaces } from '../core/money.js';
import { renderTable, type Column, type Row } from '../core/table/table.js';
import { layoutComposition, renderCompositionChart, type CompositionSegment } from '../core/charts/composition.js';
import { renderRateCell } from '../core/charts/completion.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { accountSummaryStyles } from './account-summary.styles.js';

/** One side of the overview (收入 or 支出) as the template needs it. */
interface SideModel {
  caption: string;
  rows: Row[];
  footer: Row[];
  chartTitle: string;
  segments: CompositionSegment[];
  summary: string;
}

interface AccountSummaryModel {
  income: SideModel;
  expenditure: SideModel;
  /** Year-on-year sentences, when the disclosure gives the previous year's totals. */
  changes: string[];
  appropriation?: { caption: string; columns: Column[]; rows: Row[] };
}

/**
 * The overview of a department's final accounts: income and expenditure
 * (收入支出决算总体情况) in the order of the standard 收入支出决算总表, with
 * the year-end balance, their composition as two 100 % bars, and the fiscal
 * appropriation expenditure (财政拨款支出决算) against budget.
 *
 * @summary Income and expenditure overview of a disclosure, as tables and a composition chart.
 *
 * @attr src - URL of the disclosure JSON (fetched once per page for equal URLs).
 * @attr lang - Language: `zh-CN` (default) or `en`; inherited from the nearest ancestor with `lang`.
 * @attr unit - Unit to show amounts in: `元`, `万元` or `亿元`; default the disclosure's own. Converted exactly.
 * @attr view - `both` (default), `table` or `chart`.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2).
 * @attr hide-zero - Collapse lines whose amount is 0 into one line that says how many.
 * @attr credentials - Credentials for `src`: `omit` (default), `same-origin` or `include`.
 * @attr timeout - Seconds to wait for `src` before showing an error (default 30).
 *
 * @prop {Disclosure | string} disclosure - The disclosure as an object or JSON text; wins over inline JSON and `src`.
 * @prop {'empty' | 'loading' | 'error' | 'ready'} state - The current state (read only).
 *
 * @fires {CustomEvent<{ disclosure: Disclosure; warnings: DisclosureWarning[] }>} disclosure-load - The disclosure was validated and rendered.
 * @fires {CustomEvent<{ error: DisclosureLoadError }>} disclosure-error - The disclosure could not be loaded or is invalid.
 *
 * @slot footer - Content after the element's own, such as a link to the source document.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The element's heading.
 * @csspart subheading - Headings of the income, expenditure and appropriation blocks.
 * @csspart table-region - The scrolling region around each table.
 * @csspart table - Each table.
 * @csspart caption - Each table's caption.
 * @csspart chart - Each composition chart (a figure).
 * @csspart legend - Each chart's legend.
 * @csspart warnings - The "数据核对" note listing cross-check differences.
 * @csspart error - The error alert.
 * @csspart loading - The loading line.
 *
 * @cssprop --disclosure-font-family - Font family.
 * @cssprop --disclosure-font-size - Base font size.
 * @cssprop --disclosure-heading-size - Font size of the element's heading.
 * @cssprop --disclosure-color-text - Text colour.
 * @cssprop --disclosure-color-heading - Heading colour.
 * @cssprop --disclosure-color-muted - Secondary text colour (codes, notes, summaries).
 * @cssprop --disclosure-color-background - Background colour.
 * @cssprop --disclosure-color-surface - Background of table headers.
 * @cssprop --disclosure-color-border - Table rules and borders.
 * @cssprop --disclosure-color-accent - Accent colour (completion bars).
 * @cssprop --disclosure-color-focus - Focus ring colour.
 * @cssprop --disclosure-color-warning - Text and border of the data-check note.
 * @cssprop --disclosure-color-warning-background - Background of the data-check note.
 * @cssprop --disclosure-color-error - Text and border of the error alert.
 * @cssprop --disclosure-color-error-background - Background of the error alert.
 * @cssprop --disclosure-color-bar-track - Track of completion bars.
 * @cssprop --disclosure-chart-color-1 - Chart series colour 1 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-2 - Chart series colour 2 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-3 - Chart series colour 3 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-4 - Chart series colour 4 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-5 - Chart series colour 5 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-color-6 - Chart series colour 6 (each series also has its own fill pattern).
 * @cssprop --disclosure-chart-pattern-color - Ink of the fill patterns that tell series apart without colour.
 * @cssprop --disclosure-radius - Corner radius.
 * @cssprop --disclosure-spacing - Space between blocks.
 */
export class AccountSummaryElement extends DisclosureElement<AccountSummaryModel> {
  static override styles = [...DisclosureElement.styles, accountSummaryStyles];

  protected readonly sections: readonly DisclosureSection[] = ['accountSummary', 'fiscalAppropriation'];
  private readonly navigation = new MarkNavigation(this);

  /** Only accountSummary is required; fiscalAppropriation is shown when present. */
  protected override get requiredSections(): readonly DisclosureSection[] {
    return ['accountSummary'];
  }

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.element.title(
      catalogue.element.year(disclosure.fiscalYear),
      disclosure.department.name,
      catalogue.accountSummary.section[disclosure.kind],
    );
  }

  protected buildModel(context: RenderContext): AccountSummaryModel {
    const summary = context.disclosure.accountSummary!;
    const { catalogue } = context;
    return {
      income: buildSide(context, 'income', summary),
      expenditure: buildSide(context, 'expenditure', summary),
      changes: buildChanges(context, summary),
      appropriation: context.disclosure.fiscalAppropriation
        ? { caption: catalogue.accountSummary.appropriationTable(context.format.unitLabel), ...buildAppropriation(context, context.disclosure.fiscalAppropriation) }
        : undefined,
    };
  }

  protected renderModel(model: AccountSummaryModel, context: RenderContext): TemplateResult {
    const { view, catalogue, idPrefix } = context;
    const showTables = view !== 'chart';
    const showCharts = view !== 'table';
    const side = (name: 'income' | 'expenditure', part: SideModel) => html`<section class="side" aria-labelledby=${`${idPrefix}-${name}-heading`}>
      <div class="subheading" part="subheading" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)} id=${`${idPrefix}-${name}-heading`}>
        ${catalogue.accountSummary[name]}
      </div>
      ${showCharts
        ? renderCompositionChart({
            id: `${idPrefix}-${name}-chart`,
            title: part.chartTitle,
            summary: part.summary,
            segments: part.segments,
            format: context.format,
            catalogue,
            navigation: this.navigation,
          })
        : nothing}
      ${showTables
        ? renderTable({
            id: `${idPrefix}-${name}`,
            caption: part.caption,
            columns: sideColumns(context),
            rows: part.rows,
            footer: part.footer,
            catalogue,
            hideZero: context.hideZero,
          })
        : nothing}
    </section>`;
    return html`<div class="sides">${side('income', model.income)} ${side('expenditure', model.expenditure)}</div>
      ${model.changes.length > 0 ? html`<p class="changes">${model.changes.join(catalogue.sentenceEnd === '。' ? '；' : '; ')}${catalogue.sentenceEnd}</p>` : nothing}
      ${model.appropriation && showTables
        ? html`<section class="appropriation" aria-labelledby=${`${idPrefix}-appropriation-heading`}>
            <div class="subheading" part="subheading" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)} id=${`${idPrefix}-appropriation-heading`}>
              ${catalogue.accountSummary.appropriationTitle}
            </div>
            ${renderTable({ id: `${idPrefix}-appropriation`, catalogue, ...model.appropriation })}
          </section>`
        : nothing}`;
  }
}

function sideColumns({ catalogue, format }: RenderContext): Column[] {
  return [{ label: catalogue.element.item }, { label: catalogue.element.amount(format.unitLabel), numeric: true }, { label: catalogue.element.share, numeric: true }];
}

function lineLabel(line: Line, { catalogue }: RenderContext): string {
  const standard = line.key ? (catalogue.lines as Record<string, string>)[line.key] : undefined;
  return line.label ?? standard ?? line.key ?? '';
}

function isZeroLine(line: Line): boolean {
  return isZero(line.amount) && (line.children ?? []).every(isZeroLine);
}

/** A line and its children as rows, depth first. */
function lineRows(line: Line, path: string, level: number, total: string, context: RenderContext): Row[] {
  const { format } = context;
  const row: Row = {
    key: path,
    level,
    label: lineLabel(line, context),
    code: line.code,
    note: line.note,
    cells: [format.amount(line.amount), format.share(line.amount, total) ?? ''],
    zero: isZeroLine(line),
  };
  return [row, ...(line.children ?? []).flatMap((child, index) => lineRows(child, `${path}.${index}`, level + 1, total, context))];
}

/** A totals row: the published figure, or the lines' sum marked as computed when the disclosure does not state it. */
function totalRow(key: string, label: string, published: string | undefined, lines: readonly Line[], kind: 'total' | 'subtotal', context: RenderContext): Row {
  const amounts = lines.map((line) => line.amount);
  const amount = published ?? sumOf(amounts).toFixed(maxDecimalPlaces(amounts));
  const { catalogue, format } = context;
  return {
    key,
    level: 0,
    label,
    kind,
    mark: published === undefined ? { text: catalogue.element.computed, description: catalogue.element.computedDescription } : undefined,
    cells: [format.amount(amount), ''],
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
  const total = publishedTotal ?? sumOf(lines.map((line) => line.amount)).toFixed(maxDecimalPlaces(lines.map((line) => line.amount)));
  // Rows in the order of 收入支出决算总表 (issue 24): the lines of the year, 本年收入合计 / 本年支出合计, the carry-overs
  // (使用非财政拨款结余, 年初结转和结余) or 结余分配, 年末结转和结余, then 总计. v1's expenditureTotal is the lines' sum:
  // it is 支出总计 only when there is no year-end balance, and otherwise 本年支出合计 (when there is no 结余分配).
  const yearEnd = side === 'expenditure' ? summary.yearEndBalance : undefined;
  const hasBalance = yearEnd !== undefined && !isZero(yearEnd);
  const v1Subtotal = side === 'expenditure' && later.length === 0 ? summary.expenditureTotal : undefined;
  const publishedSubtotal = side === 'income' ? summary.currentYearIncome : (summary.currentYearExpenditure ?? (hasBalance ? v1Subtotal : undefined));

  const rows: Row[] = current.flatMap((line) => lineRows(line, `${side}.${lines.indexOf(line)}`, 0, total, context));
  if (publishedSubtotal !== undefined || later.length > 0 || hasBalance) {
    const label = side === 'income' ? words.currentYearIncome : words.currentYearExpenditure;
    rows.push(totalRow(`${side}.currentYear`, label, publishedSubtotal, current, 'subtotal', context));
  }
  rows.push(...later.flatMap((line) => lineRows(line, `${side}.${lines.indexOf(line)}`, 0, total, context)));

  const footer: Row[] = [];
  if (yearEnd !== undefined) {
    footer.push({ key: 'expenditure.yearEndBalance', level: 0, label: words.yearEndBalance, cells: [format.amount(yearEnd), ''], zero: isZero(yearEnd) });
  }
  if (side === 'income') {
    footer.push(totalRow(`${side}.total`, words.incomeTotal, publishedTotal, lines, 'total', context));
  } else {
    const grand = summary.expenditureGrandTotal ?? (hasBalance ? undefined : summary.expenditureTotal);
    const grandParts: Line[] = yearEnd !== undefined ? [...lines, { amount: yearEnd }] : lines;
    footer.push(totalRow(`${side}.total`, words.expenditureTotal, grand, grandParts, 'total', context));
  }

  const parts = lines.map((line, index) => ({ key: `${side}.${index}`, label: lineLabel(line, context), amount: line.amount }));
  const segments = layoutComposition(parts, format);
  const year = catalogue.element.year(disclosure.fiscalYear);
  // With a year-end balance the expenditure lines add up to 本年支出合计, not to 支出总计.
  let sentence = hasBalance ? words.summarySubtotal(year, format.money(total)) : words.summaryTotal(year, words[side], format.money(total));
  if (segments.length === 1) sentence += words.summaryAll(segments[0]!.label);
  else if (segments.length > 1) {
    const largest = segments.reduce((best, segment) => (toDecimal(segment.amount).gt(toDecimal(best.amount)) ? segment : best));
    sentence += words.summaryLargest(largest.label, format.money(largest.amount), largest.share);
  }
  const zeroLines = lines.length - segments.length;
  if (zeroLines > 0 && segments.length > 0) sentence += words.summaryRest(zeroLines);
  sentence += words.summaryEnd;

  return {
    caption: side === 'income' ? words.incomeTable(format.unitLabel) : words.expenditureTable(format.unitLabel),
    rows,
    footer,
    chartTitle: side === 'income' ? words.incomeChart : words.expenditureChart,
    segments,
    summary: sentence,
  };
}

function buildChanges({ catalogue, format, disclosure }: RenderContext, summary: AccountSummary): string[] {
  const previousYear = catalogue.element.year(disclosure.fiscalYear - 1);
  const changes: string[] = [];
  const pairs = [
    [catalogue.accountSummary.incomeTotal, summary.incomeTotal, summary.previousYear?.incomeTotal],
    [catalogue.accountSummary.expenditureTotal, summary.expenditureTotal, summary.previousYear?.expenditureTotal],
  ] as const;
  for (const [subject, current, previous] of pairs) {
    if (current === undefined || previous === undefined) continue;
    const change = changeBetween(current, previous);
    changes.push(
      catalogue.element.change({
        subject,
        previousYear,
        direction: change.direction,
        money: format.money(change.amount.replace('-', '')),
        percent: change.percent === undefined ? undefined : format.percent(change.percent.replace('-', '')),
      }),
    );
  }
  return changes;
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
    const stated = appropriation.completionRate?.[key];
    if (stated !== undefined) return { rate: stated, computed: false };
    const budget = appropriation.budget?.[key] ?? appropriation.adjustedBudget?.[key];
    const actual = appropriation[key];
    if (budget === undefined || actual === undefined || isZero(budget)) return undefined;
    return { rate: toDecimal(actual).div(toDecimal(budget)).times(100).toFixed(2), computed: true };
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
      cells: [
        format.amount(appropriation[part.key]!),
        ...(hasBudget ? [budget === undefined ? '' : format.amount(budget)] : []),
        ...(hasAdjusted ? [adjusted === undefined ? '' : format.amount(adjusted)] : []),
        ...(hasRate
          ? [
              rate === undefined ? '' : renderRateCell(rate, format, catalogue),
            ]
          : []),
      ],
    };
  });
  return { columns, rows };
}
