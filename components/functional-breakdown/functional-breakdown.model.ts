/**
 * The view model of <functional-breakdown>: plain data (no lit, no DOM),
 * built once per data, fund, unit, language or option change. What the
 * reader opens or drills into is view state, kept by the element; the rows
 * and chart levels it shows come from here, each worked out once.
 */
import type { FunctionItem } from '../core/disclosure/index.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { isZero, sumOf, toDecimal, type MoneyUnit } from '../core/money.js';
import { completionRate, publishedOrSum, type CompletionRate } from '../core/figures.js';
import { joinParts } from '../core/sentences.js';
import { formatList } from '../core/locale/index.js';
import { NOT_APPLICABLE, NOT_PUBLISHED, type Cell, type Column, type Row } from '../core/table/rows.js';
import { levelsOpenByDefault, openAll, openLevels } from '../core/table/hierarchy.js';
import { largestAndRest } from '../core/charts/layout.js';
import { padSeries, seriesFigures } from '../core/charts/series-figures.js';

/** Which appropriation the element shows. */
export type Fund = 'general-public-budget' | 'government-fund' | 'state-capital';

export const FUND_SECTIONS: Record<Fund, 'functionalBreakdown' | 'governmentFundExpenditure' | 'stateCapitalExpenditure'> = {
  'general-public-budget': 'functionalBreakdown',
  'government-fund': 'governmentFundExpenditure',
  'state-capital': 'stateCapitalExpenditure',
};

/** The longest bar or budget of a level spans the picture (the element keeps room after it for the figures). */
const BAR_SPAN_PERCENT = 100;

/**
 * One function class (类 / 款 / 项) with what the views need. A consolidated
 * disclosure has thousands, most never shown: a node's children, label, share,
 * row and completion are made the first time they are asked for, then kept.
 */
export class FunctionNode {
  private childNodes: FunctionNode[] | undefined;
  private allZero: boolean | undefined;
  private labelText: string | undefined;
  private shareText: string | undefined;
  private rowData: Row | undefined;
  private completionRate: CompletionRate | undefined | null = null;

  constructor(
    /** "2.0.1" is items[2].children[0].children[1] of the section. */
    readonly id: string,
    readonly item: FunctionItem,
    readonly level: number,
    readonly parent: FunctionNode | undefined,
    private readonly context: RenderContext,
    private readonly total: string,
  ) {}

  /** The level below (款 of a 类, 项 of a 款), in published order. */
  get children(): FunctionNode[] {
    return (this.childNodes ??= nodesOf(this.item.children ?? [], this, this.context, this.total));
  }

  /** Amount and every descendant's amount are 0. */
  get zero(): boolean {
    return (this.allZero ??= isZero(this.item.amount) && this.children.every((child) => child.zero));
  }

  /** "201 一般公共服务支出" */
  get label(): string {
    return (this.labelText ??= this.item.code ? `${this.item.code} ${this.item.name}` : this.item.name);
  }

  /** The completion rate by the one rule (core/figures.ts); undefined without a budget, or against a budget of 0. */
  get completion(): CompletionRate | undefined {
    if (this.completionRate === null) this.completionRate = completionOf(this.item);
    return this.completionRate;
  }

  /** Share of the fund's total. */
  get share(): string {
    return (this.shareText ??= this.context.format.share(this.item.amount, this.total) ?? '');
  }

  /** The node's table row (without its button and selection, which are the element's view state). */
  row(has: FunctionalBreakdownModel['has'], section: string): Row {
    return (this.rowData ??= rowOf(this, has, this.context, section));
  }
}

/** The nodes of `items`, the children of `parent` (the top level when undefined). */
function nodesOf(items: readonly FunctionItem[], parent: FunctionNode | undefined, context: RenderContext, total: string): FunctionNode[] {
  const level = parent ? parent.level + 1 : 0;
  return items.map((item, index) => new FunctionNode(parent ? `${parent.id}.${index}` : String(index), item, level, parent, context, total));
}

function completionOf(item: FunctionItem): CompletionRate | undefined {
  const rate = completionRate(item.amount, item.budget ?? item.adjustedBudget, item.completionRate);
  return rate === 'no-budget' ? undefined : rate;
}

/** The node `id` names ("2.0.1"), made on the way if it was not yet; undefined when there is none. */
export function nodeAt(model: FunctionalBreakdownModel, id: string | undefined): FunctionNode | undefined {
  if (id === undefined) return undefined;
  let node: FunctionNode | undefined;
  let level = model.roots;
  for (const step of id.split('.')) {
    node = level[Number(step)];
    if (!node) return undefined;
    level = node.children;
  }
  return node?.id === id ? node : undefined;
}

/** `nodes` and every node below them, depth first in published order (each made if it was not yet): for a search by code, or the whole tree open. */
export function* allNodes(nodes: readonly FunctionNode[]): Generator<FunctionNode> {
  for (const node of nodes) {
    yield node;
    yield* allNodes(node.children);
  }
}

/** One bar of the chart's current level: geometry in percent of the width, and its texts. */
export interface ChartBar {
  /** The item drawn; undefined for the bar of the items grouped as "其他 N 项". */
  node?: FunctionNode;
  /** The items drawn together as one bar (their exact sum, computed); every one of them is in the table. */
  grouped?: FunctionNode[];
  /** "201 一般公共服务支出", or "其他 22 项". */
  label: string;
  /** The amount drawn, a decimal string (the published amount, or the grouped items' exact sum). */
  amount: string;
  width: number;
  /** Where the budget marker stands, when the item has a budget. */
  budgetAt?: number;
  /** The grouped bar is longer than the scale (the level's largest item spans it): drawn to the end with a break. */
  broken?: boolean;
  /** Amount (and completion) written after the bar. */
  text: string;
  /** The parts of `text`: the amount, and the completion after it (" · 完成率 90.91%"), left out in a narrow chart. */
  amountText: string;
  completionText?: string;
  /** The mark's accessible name. */
  markLabel: string;
}

/** What the chart shows at one level of the classification. */
export interface ChartLevel {
  /** From the top level down to the level shown (empty at the top level). */
  ancestors: FunctionNode[];
  bars: ChartBar[];
  anyBudget: boolean;
  /** The sentence naming the items of 0 not drawn, if any. */
  zeroText?: string;
  /** The sentence naming the items drawn together as "其他 N 项", if any (the chart's summary ends with it). */
  groupedText?: string;
}

export interface FunctionalBreakdownModel {
  fund: Fund;
  total: string;
  /** The top level; the levels below are made as they are shown (`children`, `nodeAt`). */
  roots: FunctionNode[];
  caption: string;
  columns: Column[];
  /** Which optional columns the disclosure fills. */
  has: { basic: boolean; project: boolean; budget: boolean; adjustedBudget: boolean; completion: boolean };
  totalRow: Row;
  /** The one sentence shown instead of table and chart when the fund is all 0. */
  zeroStatement?: string;
  /** The remark the document prints under the table (说明：…), as published. */
  remark?: string;
  /** Rows open on first render: the deepest level that keeps the table under about 50 rows. */
  initiallyExpanded: Set<string>;
  /** The chart's first level: drilled past levels with a single non-zero item. */
  initialChartParent: string | undefined;
  summary: string;
  /** Chart levels already worked out, by parent id ('' for the top). */
  readonly chartLevels: Map<string, ChartLevel>;
}

/** The model of the whole element, for `fund`. */
export function buildFunctionalBreakdownModel(given: RenderContext, fund: Fund): FunctionalBreakdownModel {
  const section = given.disclosure[FUND_SECTIONS[fund]]!;
  // A table printed in its own unit (`unit`) is converted from it.
  const context = inSectionUnit(given, (section as { unit?: MoneyUnit }).unit);
  const { catalogue, format, disclosure } = context;
  const items = section.items ?? [];
  // Every item has an amount (published, or its children's sum), so the 合计 can always be summed when not published.
  const { amount: total, computed: totalComputed } = publishedOrSum(section.total, items.map((item) => item.amount));
  // The 合计 row's 年初预算, 调整预算 and 完成率 where the document publishes them for the whole table (表五's 合计, or
  // 说明五's "年初预算为…完成年初预算的…%"); the columns are there whenever a figure for them is.
  const { totalBudget, totalAdjustedBudget, totalCompletionRate } = section as { totalBudget?: string; totalAdjustedBudget?: string; totalCompletionRate?: string };
  // One walk of the items, without making a node for each: which optional columns any item fills, and how many
  // items each level has (for the rows open by default). Nodes are made for the levels shown.
  const has = {
    basic: false,
    project: false,
    budget: totalBudget !== undefined,
    adjustedBudget: totalAdjustedBudget !== undefined,
    completion: totalCompletionRate !== undefined || totalBudget !== undefined || totalAdjustedBudget !== undefined,
  };
  const countsByLevel: number[] = [];
  const scan = (list: readonly FunctionItem[], level: number): void => {
    countsByLevel[level] = (countsByLevel[level] ?? 0) + list.length;
    for (let index = 0; index < list.length; index++) {
      const item = list[index]!;
      if (item.basic !== undefined) has.basic = true;
      if (item.project !== undefined) has.project = true;
      if (item.budget !== undefined) has.budget = true;
      if (item.adjustedBudget !== undefined) has.adjustedBudget = true;
      // Only an item with a rate or a budget can have a completion: the rate is worked out for the first such one only.
      if (!has.completion && (item.completionRate !== undefined || item.budget !== undefined || item.adjustedBudget !== undefined) && completionOf(item) !== undefined) {
        has.completion = true;
      }
      if (item.children) scan(item.children, level + 1);
    }
  };
  scan(items, 0);
  const roots = nodesOf(items, undefined, context, total);
  const words = catalogue.functionalBreakdown;
  const columns: Column[] = [
    { label: words.name },
    { label: catalogue.element.amount(format.unitLabel), numeric: true },
    { label: catalogue.element.share, numeric: true },
    ...(has.basic ? [{ label: words.basic, numeric: true }] : []),
    ...(has.project ? [{ label: words.project, numeric: true }] : []),
    ...(has.budget ? [{ label: words.budget, numeric: true }] : []),
    ...(has.adjustedBudget ? [{ label: words.adjustedBudget, numeric: true }] : []),
    ...(has.completion ? [{ label: words.completionRate, numeric: true }] : []),
  ];
  const allZero = roots.every((root) => root.zero) && isZero(total);
  const totals = section as { totalBasic?: string; totalProject?: string };
  const published = (present: boolean, value: string | undefined): Cell[] => (present ? [value === undefined ? NOT_PUBLISHED : format.amount(value)] : []);
  const totalRate = completionRate(total, totalBudget ?? totalAdjustedBudget, totalCompletionRate);
  return {
    fund,
    total,
    roots,
    remark: (section as { remark?: string }).remark,
    caption: words.table(format.unitLabel),
    columns,
    has,
    totalRow: {
      key: 'total',
      level: 0,
      label: catalogue.element.total,
      kind: 'total',
      // The whole table's figures are fields of the section, not of a 合计 object: a warning on any of them marks the row.
      path: ['total', 'totalBasic', 'totalProject', 'totalBudget', 'totalAdjustedBudget', 'totalCompletionRate'].map((field) => `${FUND_SECTIONS[fund]}.${field}`),
      // The 合计 as published; else the top level's sum, marked computed. Each other column's 合计 where the
      // document publishes it, blank (not published) where it does not; the completion rate as published, else
      // worked out from the published 合计 budget by the rule of every rate (marked computed).
      cells: [
        totalComputed ? { kind: 'figure', text: format.amount(total), computed: true } : format.amount(total),
        NOT_APPLICABLE,
        ...published(has.basic, totals.totalBasic),
        ...published(has.project, totals.totalProject),
        ...published(has.budget, totalBudget),
        ...published(has.adjustedBudget, totalAdjustedBudget),
        ...(has.completion
          ? [typeof totalRate === 'object' ? { kind: 'rate' as const, text: format.percent(totalRate.points), computed: totalRate.computed, points: totalRate.points } : totalRate === 'no-budget' ? NOT_APPLICABLE : NOT_PUBLISHED]
          : []),
      ],
    },
    zeroStatement: allZero ? words.zeroFund(catalogue.element.year(disclosure.fiscalYear), words.fund[fund]) : undefined,
    initiallyExpanded: openLevels(roots, levelsOpenByDefault(countsByLevel)),
    initialChartParent: defaultChartParent(roots),
    summary: summarise(context, fund, total, roots, totalCompletionRate),
    chartLevels: new Map(),
  };
}

/** The rows now shown: expanded levels only; zero items folded into one line per level under hide-zero. */
export function visibleRows(model: FunctionalBreakdownModel, expanded: ReadonlySet<string>, { hideZero, catalogue }: RenderContext): Row[] {
  const rows: Row[] = [];
  const visit = (nodes: readonly FunctionNode[], level: number, groupKey: string) => {
    const zero = hideZero ? nodes.filter((node) => node.zero) : [];
    for (const node of nodes) {
      if (hideZero && node.zero) continue;
      rows.push(node.row(model.has, FUND_SECTIONS[model.fund]));
      if (node.children.length > 0 && expanded.has(node.id)) visit(node.children, level + 1, node.id);
    }
    if (zero.length > 0) {
      rows.push({ key: `zero-${groupKey}`, level, label: catalogue.element.zeroRows(zero.length), kind: 'zero-rows', cells: [] });
    }
  };
  visit(model.roots, 0, 'root');
  return rows;
}

/** The items the chart draws at the level below `parentId` (the top level when undefined). */
export function drawnAt(model: FunctionalBreakdownModel, parentId: string | undefined): FunctionNode[] {
  const parent = nodeAt(model, parentId);
  return (parent ? parent.children : model.roots).filter((node) => !node.zero);
}

/**
 * The chart's bars at the level below `parentId`, in the order drawn: every
 * non-zero item in published order, or, with more than CHART_TOP + 1 of them,
 * the CHART_TOP largest (largest first) and then one bar for the rest
 * (core/charts/layout.ts, as the composition charts do).
 */
export function chartOrder(model: FunctionalBreakdownModel, parentId: string | undefined): { shown: FunctionNode[]; rest?: FunctionNode[]; restAmount?: string } {
  const drawn = drawnAt(model, parentId);
  const grouped = largestAndRest(drawn, (node) => node.item.amount);
  return grouped ? { shown: grouped.largest, rest: grouped.rest, restAmount: grouped.restAmount } : { shown: drawn };
}

/** The index of the bar that draws `node` (its own, or the grouped bar it is in); -1 when it is not drawn. */
export function chartIndexOf(model: FunctionalBreakdownModel, node: FunctionNode): number {
  const { shown, rest } = chartOrder(model, node.parent?.id);
  const index = shown.indexOf(node);
  return index >= 0 ? index : rest?.includes(node) ? shown.length : -1;
}

/** The chart at the level below `parentId`, worked out once per level and kept in the model. */
export function chartLevel(model: FunctionalBreakdownModel, parentId: string | undefined, given: RenderContext): ChartLevel {
  const key = parentId ?? '';
  const known = model.chartLevels.get(key);
  if (known) return known;
  const context = inSectionUnit(given, (given.disclosure[FUND_SECTIONS[model.fund]] as { unit?: MoneyUnit } | undefined)?.unit);
  const { catalogue, format, locale } = context;
  const words = catalogue.functionalBreakdown;
  const parent = nodeAt(model, parentId);
  const level = parent ? parent.children : model.roots;
  const { shown, rest, restAmount } = chartOrder(model, parentId);
  const zero = level.filter((node) => node.zero);
  const amounts = [...shown.map((node) => node.item.amount), ...(restAmount === undefined ? [] : [restAmount])];
  // Geometry only: the longest bar or budget of the items drawn one by one spans BAR_SPAN_PERCENT of the width. The
  // rest's sum is not on the scale's end: many small items can add up to many times the largest, and would squash
  // every bar; its bar then stops at the end with a break, its exact figure written after it.
  const extent = Math.max(...shown.map((node) => Math.max(toDecimal(node.item.amount).toNumber(), node.item.budget ? toDecimal(node.item.budget).toNumber() : 0)), 0);
  const position = (value: string) => (extent > 0 ? (toDecimal(value).toNumber() / extent) * BAR_SPAN_PERCENT : 0);
  const ancestors: FunctionNode[] = [];
  for (let node = parent; node; node = node.parent) ancestors.unshift(node);
  // The level's amounts are one series, its completion rates another: each with one number of decimals (core/charts/series-figures.ts).
  const figures = seriesFigures(format, amounts);
  const rates = padSeries(shown.map((node) => (node.completion ? format.percent(node.completion.points) : '')));
  const bars: ChartBar[] = shown.map((node, index) => {
    const money = figures.money(node.item.amount);
    const completionText = node.completion ? ` · ${words.completionShort(rates[index]!)}` : undefined;
    return {
      node,
      label: node.label,
      amount: node.item.amount,
      width: Math.max(position(node.item.amount), 0.4),
      budgetAt: node.item.budget === undefined ? undefined : position(node.item.budget),
      text: money + (completionText ?? ''),
      amountText: money,
      completionText,
      markLabel: joinParts(
        [
          catalogue.element.markValue(node.label, money, node.share),
          node.completion ? words.completion(rates[index]!) : '',
          node.children.length > 0 ? words.hasChildren : '',
        ],
        catalogue,
      ),
    };
  });
  let groupedText: string | undefined;
  if (rest && restAmount !== undefined) {
    // The rest as one bar: their exact sum, marked computed; no budget marker (the rest's budgets are in the table).
    const label = catalogue.element.otherParts(rest.length);
    const money = `${figures.money(restAmount)}(${catalogue.element.computed})`;
    const names = formatList(rest.map((node) => node.label), locale);
    const broken = position(restAmount) > BAR_SPAN_PERCENT;
    bars.push({
      grouped: rest,
      label,
      amount: restAmount,
      width: Math.min(Math.max(position(restAmount), 0.4), BAR_SPAN_PERCENT),
      broken,
      text: money,
      amountText: money,
      markLabel: joinParts(
        [catalogue.element.markValue(label, money, format.share(restAmount, model.total) ?? ''), broken ? words.brokenBar : '', words.groupedItems(names)],
        catalogue,
      ),
    });
    groupedText = words.chartGrouped(shown.length, rest.length, names);
  }
  const chart: ChartLevel = {
    ancestors,
    anyBudget: shown.some((node) => node.item.budget !== undefined),
    bars,
    zeroText: zero.length > 0 ? words.zeroItems(zero.length, formatList(zero.map((node) => node.label), locale)) : undefined,
    groupedText,
  };
  model.chartLevels.set(key, chart);
  return chart;
}

function rowOf(node: FunctionNode, has: FunctionalBreakdownModel['has'], { format, catalogue }: RenderContext, section: string): Row {
  const { item } = node;
  const optional = (present: boolean, value: string | undefined): Cell[] => (present ? [value === undefined ? NOT_PUBLISHED : format.amount(value)] : []);
  const completion = node.completion;
  const cells: Cell[] = [
    format.amount(item.amount),
    node.share,
    ...optional(has.basic, item.basic),
    ...optional(has.project, item.project),
    ...optional(has.budget, item.budget),
    ...optional(has.adjustedBudget, item.adjustedBudget),
    ...(has.completion
      ? [completion ? { kind: 'rate' as const, text: format.percent(completion.points), computed: completion.computed, points: completion.points } : NOT_APPLICABLE]
      : []),
  ];
  return {
    key: node.id,
    level: node.level,
    code: item.code,
    label: item.name,
    labelFromData: true,
    // "2.0.1" is items[2].children[0].children[1] of the section.
    path: `${section}.${node.id
      .split('.')
      .map((index, depth) => `${depth === 0 ? 'items' : 'children'}[${index}]`)
      .join('.')}`,
    note: item.note,
    mark: item.amountDerived ? { text: catalogue.element.computed, description: catalogue.element.derived } : undefined,
    cells,
    zero: node.zero,
  };
}

/** Every row that has children: the whole hierarchy open (`expand="all"`: printed and pre-rendered pages). */
export function fullExpansion(model: FunctionalBreakdownModel): Set<string> {
  return openAll(allNodes(model.roots));
}

/** Start the chart below levels that hold a single non-zero item with children of its own. */
function defaultChartParent(roots: readonly FunctionNode[]): string | undefined {
  let parent: FunctionNode | undefined;
  let level = roots;
  for (;;) {
    const drawn = level.filter((node) => !node.zero);
    if (drawn.length !== 1 || drawn[0]!.children.filter((child) => !child.zero).length === 0) return parent?.id;
    parent = drawn[0]!;
    level = parent.children;
  }
}

function summarise({ catalogue, format, disclosure }: RenderContext, fund: Fund, total: string, roots: readonly FunctionNode[], totalCompletionRate: string | undefined): string {
  const words = catalogue.functionalBreakdown;
  let sentence = words.summary(catalogue.element.year(disclosure.fiscalYear), words.fund[fund], format.money(total));
  const largest = roots.reduce<FunctionNode | undefined>((best, node) => (!best || toDecimal(node.item.amount).gt(toDecimal(best.item.amount)) ? node : best), undefined);
  if (largest && !largest.zero) sentence += words.summaryLargest(largest.item.name, format.money(largest.item.amount), largest.share);
  const stated = disclosure.fiscalAppropriation?.completionRate?.total;
  const budgets = roots.map((node) => node.item.budget);
  // The table's own published rate first; then, for 一般公共预算, the rate the document states for all 财政拨款支出
  // (said as such); else a rate worked out from the top level's budgets, said to be computed.
  if (totalCompletionRate !== undefined) {
    sentence += words.summaryTableCompletion(format.percent(totalCompletionRate));
  } else if (fund === 'general-public-budget' && stated !== undefined) {
    sentence += words.summaryCompletion(format.percent(stated));
  } else if (roots.length > 0 && budgets.every((budget) => budget !== undefined)) {
    // The same rule as every computed rate (core/figures.ts), on the sums of the top level.
    const rate = completionRate(sumOf(roots.map((node) => node.item.amount)).toFixed(), sumOf(budgets as string[]).toFixed());
    if (typeof rate === 'object') sentence += words.summaryComputedCompletion(format.percent(rate.points));
  }
  return sentence + catalogue.sentenceEnd;
}
