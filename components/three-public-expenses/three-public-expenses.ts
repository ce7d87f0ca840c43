import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosureSection, PublishedChange, ThreePublicAmounts, ThreePublicExpenses } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import type { Formatter } from '../core/format.js';
import { formatAmount, type Catalogue } from '../core/locale/index.js';
import { changeBetween, isZero } from '../core/money.js';
import { renderComputedMark, renderTable, type Cell, type Column, type Row } from '../core/table/table.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { renderGroupedBars, type BarGroup } from '../core/charts/grouped-bars.js';
import { groupedBarsStyles } from '../core/charts/grouped-bars.styles.js';
import { threePublicExpensesStyles } from './three-public-expenses.styles.js';

/** The lines of the table, in order; also the keys of `previousYear` and `budget`. */
const LINES = ['total', 'outboundTravel', 'officialReception', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation'] as const;
type LineKey = (typeof LINES)[number] & keyof ThreePublicAmounts;
/** The three parts the chart compares. */
const CHART_PARTS = ['outboundTravel', 'officialReception', 'officialVehicles'] as const;

/** A derived figure, formatted, and whether the library computed it (else it is published). */
interface Figure {
  text: string;
  computed: boolean;
}

/** One line of the table: its amounts as published and what is derived from them. */
interface Line {
  key: LineKey;
  label: string;
  current: string;
  previous?: string;
  budget?: string;
  /** The change from the previous year: the signed amount, published or computed, and its percent ('—' when the previous year was 0). */
  change?: { amount: string; computed: boolean; percent?: Figure | '—' };
  /** The completion rate ('—' against a budget of 0). */
  rate?: Figure | '—';
}

interface ThreePublicModel {
  allZero: boolean;
  /** The zero statement, or the summary that describes the chart. */
  statement: string;
  /** Year-on-year sentences of the total and each part. */
  changes: string[];
  columns: Column[];
  rows: Row[];
  /** What a "—" in the table means. */
  notes: string[];
  counts: Row[];
  /** Undefined when there is nothing but zeros to draw. */
  groups?: BarGroup[];
}

/**
 * The “三公” expenses (因公出国（境）费, 公务接待费, 公务用车购置及运行维护费):
 * this year against the previous year and the budget, with the change worded
 * and the counts behind each amount (delegations, receptions, vehicles). A
 * department that spent nothing gets one plain sentence instead of a chart.
 *
 * @summary “三公” expenses with their change, budget and counts, as tables and a bar chart.
 *
 * @csspart statement - The sentence shown instead of the chart when every amount is 0.
 * @csspart changes - The year-on-year sentences.
 *
 * @cssprop --disclosure-chart-color-1 - Bars of this year (plain).
 * @cssprop --disclosure-chart-color-2 - Bars of the previous year (hatched).
 * @cssprop --disclosure-chart-color-3 - Bars of the budget (dotted).
 */
export class ThreePublicExpensesElement extends DisclosureElement<ThreePublicModel> {
  static override styles = [...DisclosureElement.styles, groupedBarsStyles, threePublicExpensesStyles];

  protected readonly sections: readonly DisclosureSection[] = ['threePublicExpenses'];
  private readonly navigation = new MarkNavigation(this);

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, catalogue.threePublic.section[disclosure.kind]);
  }

  protected buildModel(context: RenderContext): ThreePublicModel {
    const { catalogue, format, disclosure } = context;
    const words = catalogue.threePublic;
    const expenses = disclosure.threePublicExpenses!;
    const { outboundTravel, officialReception, officialVehicles } = expenses;
    const year = catalogue.element.year(disclosure.fiscalYear);
    const previousYear = catalogue.element.year(disclosure.fiscalYear - 1);
    const amounts: Record<LineKey, string> = {
      total: expenses.total,
      outboundTravel: outboundTravel.amount,
      officialReception: officialReception.amount,
      officialVehicles: officialVehicles.amount,
      vehiclePurchase: officialVehicles.purchase,
      vehicleOperation: officialVehicles.operation,
    };
    // change and completionRate are published for the total and the three parts only.
    const publishedChange = expenses.change as Partial<Record<LineKey, PublishedChange>> | undefined;
    const publishedRate = expenses.completionRate as Partial<Record<LineKey, string>> | undefined;
    const lines = LINES.map((key): Line => {
      const line = { key, label: words[key], current: amounts[key], previous: expenses.previousYear?.[key], budget: expenses.budget?.[key] };
      return { ...line, change: changeOf(line, publishedChange?.[key], format), rate: rateOf(line, publishedRate?.[key], format) };
    });
    const allZero = lines.every((line) => isZero(line.current));

    // The sentences: the change of the total and of each part, and the statement (or the chart's summary).
    const wording = (subject: string, change: NonNullable<Line['change']>) =>
      catalogue.element.change({
        subject,
        previousYear,
        direction: isZero(change.amount) ? 'unchanged' : change.amount.startsWith('-') ? 'decrease' : 'increase',
        money: format.money(change.amount.replace('-', '')),
        percent: typeof change.percent === 'object' ? change.percent.text.replace('-', '') : undefined,
      });
    const total = lines[0]!;
    const statement = words.statement({
      year,
      money: format.money(total.current),
      parts: allZero ? undefined : CHART_PARTS.map((key) => words.part(words[key], format.money(amounts[key]))).join(catalogue.listSeparator),
      change: total.change && wording(words.changeSubject, total.change),
      completion: typeof total.rate === 'object' ? words.completion(total.rate.text) : undefined,
    });

    return {
      allZero,
      statement,
      changes: lines.filter((line) => line.change && !line.key.startsWith('vehicle')).map((line) => wording(line.label, line.change!)),
      ...amountsTable(lines, officialReception.foreignAmount, context),
      counts: countRows(expenses, words),
      groups: barGroups(lines, [year, previousYear, words.budget], context),
    };
  }

  protected renderModel(model: ThreePublicModel, context: RenderContext): TemplateResult {
    const { view, catalogue, format, idPrefix, disclosure } = context;
    const words = catalogue.threePublic;
    const groups = view !== 'table' ? model.groups : undefined;
    // Without a chart, nothing but zeros (or parts of 0 under a total that is not) reads as one sentence.
    const statement = !groups && (model.allZero || !model.groups);
    return html`${statement ? html`<p class="zero-statement" part="statement">${model.statement}</p>` : nothing}
      ${groups
        ? renderGroupedBars({
            id: `${idPrefix}-chart`,
            title: words.chartTitle(format.unitLabel),
            summary: model.statement,
            groups,
            catalogue,
            navigation: this.navigation,
          })
        : nothing}
      ${!model.allZero && model.changes.length > 0
        ? html`<p class="changes" part="changes">${model.changes.join(catalogue.sentenceEnd === '。' ? '；' : '; ')}${catalogue.sentenceEnd}</p>`
        : nothing}
      ${view !== 'chart'
        ? html`${renderTable({
            id: `${idPrefix}-amounts`,
            caption: words.table(format.unitLabel),
            columns: model.columns,
            rows: model.rows,
            catalogue,
            hideZero: context.hideZero,
          })}
          ${model.notes.map((note) => html`<p class="table-note">${note}</p>`)}
          ${model.counts.length > 0
            ? renderTable({
                id: `${idPrefix}-counts`,
                caption: words.countsTable(catalogue.element.year(disclosure.fiscalYear)),
                columns: [{ label: catalogue.element.item }, { label: words.count, numeric: true }],
                rows: model.counts,
                catalogue,
              })
            : nothing}`
        : nothing}`;
  }
}

/** The table of amounts: a column for each figure some line has, the foreign-affairs reception under 公务接待费, and what each "—" means. */
function amountsTable(lines: readonly Line[], foreign: string | undefined, context: RenderContext): Pick<ThreePublicModel, 'columns' | 'rows' | 'notes'> {
  const { catalogue, format, disclosure } = context;
  const words = catalogue.threePublic;
  const figure = (value: Figure | '—' | undefined, reason: string) => (value === '—' ? dashCell(reason) : value && figureCell(value, context));
  const columns = (
    [
      [catalogue.element.year(disclosure.fiscalYear), (line) => format.amount(line.current)],
      [catalogue.element.year(disclosure.fiscalYear - 1), (line) => line.previous && format.amount(line.previous)],
      [words.change, (line) => line.change && figureCell({ text: format.amount(line.change.amount), computed: line.change.computed }, context)],
      [words.changePercent, (line) => figure(line.change?.percent, words.previousZero)],
      [words.budget, (line) => line.budget && format.amount(line.budget)],
      [words.completionRate, (line) => figure(line.rate, words.budgetZero)],
    ] as [string, (line: Line) => Cell | undefined][]
  ).filter(([, cell]) => lines.some((line) => cell(line) !== undefined));
  const rows = lines.map(
    (line): Row => ({
      key: line.key,
      level: line.key.startsWith('vehicle') ? 1 : 0,
      label: line.label,
      kind: line.key === 'total' ? 'subtotal' : undefined,
      zero: [line.current, line.previous, line.budget].every((amount) => amount === undefined || isZero(amount)),
      cells: columns.map(([, cell]) => cell(line) ?? ''),
    }),
  );
  if (foreign !== undefined) {
    const cells = columns.map((_, index) => (index === 0 ? format.amount(foreign) : ''));
    rows.splice(3, 0, { key: 'foreignReception', level: 1, label: words.foreignReception, cells, zero: isZero(foreign) });
  }
  const reasons = lines.flatMap((line) => [line.change?.percent === '—' ? words.previousZero : '', line.rate === '—' ? words.budgetZero : '']);
  return {
    columns: [{ label: catalogue.element.item }, ...columns.map(([label]) => ({ label, numeric: true }))],
    rows,
    notes: [...new Set(reasons)].filter(Boolean).map(words.dashNote),
  };
}

/** The counts behind the amounts, as published, a row each. */
function countRows({ outboundTravel, officialReception, officialVehicles }: ThreePublicExpenses, words: Catalogue['threePublic']): Row[] {
  return (
    [
      ['delegations', outboundTravel.delegations],
      ['travelPersons', outboundTravel.persons],
      ['receptionBatches', officialReception.batches],
      ['receptionPersons', officialReception.persons],
      ['foreignBatches', officialReception.foreignBatches],
      ['foreignPersons', officialReception.foreignPersons],
      ['purchasedCount', officialVehicles.purchasedCount],
      ['fleetAtYearEnd', officialVehicles.fleetAtYearEnd],
    ] as const
  )
    .filter(([, count]) => count !== undefined)
    .map(([key, count]): Row => ({ key, level: 0, label: words.counts[key], cells: [formatAmount(String(count))] }));
}

/** For each part in the chart, a bar for this year, the previous year and the budget, where given (series 1–3); undefined when every bar is 0. */
function barGroups(lines: readonly Line[], names: readonly string[], { catalogue, format }: RenderContext): BarGroup[] | undefined {
  const groups = lines
    .filter((line) => (CHART_PARTS as readonly string[]).includes(line.key))
    .map((line) => ({
      key: line.key,
      label: line.label,
      bars: [line.current, line.previous, line.budget].flatMap((amount, index) => {
        const name = names[index]!;
        return amount === undefined
          ? []
          : [{ series: index + 1, seriesLabel: name, amount, value: format.amount(amount), label: catalogue.threePublic.markValue(line.label, name, format.money(amount)) }];
      }),
    }));
  return groups.some((group) => group.bars.some((bar) => !isZero(bar.amount))) ? groups : undefined;
}

/** The change from the previous year: as published where it is, else computed (and marked so) when the previous year is given. */
function changeOf({ current, previous }: Pick<Line, 'current' | 'previous'>, published: PublishedChange | undefined, format: Formatter): Line['change'] {
  const computed = previous === undefined ? undefined : changeBetween(current, previous);
  const amount = published?.amount ?? computed?.amount;
  if (amount === undefined) return undefined;
  const percent: Figure | '—' | undefined =
    published?.percent !== undefined
      ? { text: format.percent(published.percent), computed: false }
      : previous === undefined
        ? undefined
        : isZero(previous)
          ? '—'
          : { text: format.share(computed!.amount, previous)!, computed: true };
  return { amount, computed: !published, percent };
}

/** The completion rate: as published, else this year against a budget (marked as computed); '—' against a budget of 0. */
function rateOf({ current, budget }: Pick<Line, 'current' | 'budget'>, published: string | undefined, format: Formatter): Line['rate'] {
  if (published !== undefined) return { text: format.percent(published), computed: false };
  if (budget === undefined) return undefined;
  return isZero(budget) ? '—' : { text: format.share(current, budget)!, computed: true };
}

function figureCell(figure: Figure, { catalogue }: RenderContext): Cell {
  return figure.computed
    ? html`${figure.text}${renderComputedMark(catalogue)}`
    : figure.text;
}

/** "—" where a rate has no base, with the reason for screen readers (the note under the table gives it to everyone). */
function dashCell(reason: string): Cell {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${reason}</span>`;
}
