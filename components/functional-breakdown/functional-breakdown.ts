import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { DisclosureSection, FunctionItem } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { isZero, maxDecimalPlaces, sumOf, toDecimal } from '../core/money.js';
import { renderTable, type Cell, type Column, type Row } from '../core/table/table.js';
import { renderChartFrame } from '../core/charts/frame.js';
import { renderRateCell } from '../core/charts/completion.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { formatList } from '../core/locale/index.js';
import { functionalBreakdownStyles } from './functional-breakdown.styles.js';

/** Which appropriation the element shows. */
export type Fund = 'general-public-budget' | 'government-fund' | 'state-capital';

const FUND_SECTIONS: Record<Fund, 'functionalBreakdown' | 'governmentFundExpenditure' | 'stateCapitalExpenditure'> = {
  'general-public-budget': 'functionalBreakdown',
  'government-fund': 'governmentFundExpenditure',
  'state-capital': 'stateCapitalExpenditure',
};

/**
 * One function class (类 / 款 / 项) with what the views need. A consolidated
 * disclosure has thousands, most never shown: the share and the cells are
 * worked out when the row is first shown.
 */
class FunctionNode {
  readonly children: FunctionNode[] = [];
  /** Amount and every descendant's amount are 0. */
  zero = false;
  /** "201 一般公共服务支出" */
  readonly label: string;
  /** The completion rate as published, else computed from the budget (then `computed`). */
  readonly completion: { rate: string; computed: boolean } | undefined;
  cells?: Cell[];
  private shareText: string | undefined;

  constructor(
    readonly id: string,
    readonly item: FunctionItem,
    readonly level: number,
    readonly parent: FunctionNode | undefined,
    private readonly shareOfTotal: (amount: string) => string,
  ) {
    this.label = item.code ? `${item.code} ${item.name}` : item.name;
    this.completion = completionOf(item);
  }

  /** Share of the fund's total. */
  get share(): string {
    return (this.shareText ??= this.shareOfTotal(this.item.amount));
  }
}

interface FunctionalBreakdownModel {
  fund: Fund;
  total: string;
  roots: FunctionNode[];
  byId: Map<string, FunctionNode>;
  columns: Column[];
  /** Which optional columns the disclosure fills. */
  has: { basic: boolean; project: boolean; budget: boolean; adjustedBudget: boolean; completion: boolean };
  /** Rows open on first render: the deepest level that keeps the table under about 50 rows. */
  initiallyExpanded: Set<string>;
  /** The chart's first level: drilled past levels with a single non-zero item. */
  initialChartParent: string | undefined;
  summary: string;
}

/** The table opens to the deepest level that keeps it within this many rows. */
const ROWS_OPEN_BY_DEFAULT = 50;
const CHART_ROW_HEIGHT = 46;
/** Bars use at most this share of the width, leaving room for the value after them. */
const BAR_SPAN_PERCENT = 68;

/**
 * Spending by function (类 / 款 / 项): the 一般公共预算财政拨款支出 (or the
 * government fund or state capital appropriation) as an expandable table with
 * shares, budget and completion, and a bar chart that drills down by level.
 *
 * Why bars that drill down, not a treemap or sunburst: a department's spending
 * is usually concentrated (933.74 of 933.74 in one 类), where a treemap shows
 * one rectangle and hides the small items; bars compare lengths on a common
 * scale, keep every label horizontal and readable at 320 px, show the budget
 * as a bullet marker on the same scale, and scale to thousands of 项 because
 * only one level is drawn at a time.
 *
 * @summary Expenditure by functional classification, as an expandable table and a drill-down bar chart.
 *
 * @attr fund - `general-public-budget` (default), `government-fund` or `state-capital`.
 * @attr src - URL of the disclosure JSON (fetched once per page for equal URLs).
 * @attr lang - Language: `zh-CN` (default) or `en`; inherited from the nearest ancestor with `lang`.
 * @attr unit - Unit to show amounts in: `元`, `万元` or `亿元`; default the disclosure's own. Converted exactly.
 * @attr view - `both` (default), `table` or `chart`.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2).
 * @attr hide-zero - Collapse items whose amount is 0 into one line per level that says how many.
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
 * @csspart table-region - The scrolling region around the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart toggle - The expand/collapse buttons.
 * @csspart chart - The chart (a figure).
 * @csspart breadcrumb - The chart's level navigation.
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
 * @cssprop --disclosure-color-accent - Accent colour (bars).
 * @cssprop --disclosure-color-focus - Focus ring colour.
 * @cssprop --disclosure-color-selected - Background of the selected table row.
 * @cssprop --disclosure-color-warning - Text and border of the data-check note.
 * @cssprop --disclosure-color-warning-background - Background of the data-check note.
 * @cssprop --disclosure-color-error - Text and border of the error alert.
 * @cssprop --disclosure-color-error-background - Background of the error alert.
 * @cssprop --disclosure-color-bar-track - Track of completion bars.
 * @cssprop --disclosure-radius - Corner radius.
 * @cssprop --disclosure-spacing - Space between blocks.
 */
export class FunctionalBreakdownElement extends DisclosureElement<FunctionalBreakdownModel> {
  static override styles = [...DisclosureElement.styles, functionalBreakdownStyles];

  static override properties = {
    ...DisclosureElement.properties,
    fund: { type: String, reflect: true },
    expanded: { state: true },
    chartParent: { state: true },
    selected: { state: true },
  };

  /** Which appropriation to show: `general-public-budget` (default), `government-fund` or `state-capital`. */
  declare fund: Fund;
  /** Ids of the rows whose children are shown. */
  declare protected expanded: Set<string>;
  /** Id of the item whose children the chart shows; undefined for the top level. */
  declare protected chartParent: string | undefined;
  /** Id of the item selected in the chart and the table. */
  declare protected selected: string | undefined;

  private readonly navigation = new MarkNavigation(this, { onActivate: (_chart, index) => this.selectFromChart(index) });
  /** The current model (for the chart's and the table's event handlers). */
  private current: FunctionalBreakdownModel | undefined;
  /** The disclosure and fund whose defaults (open rows, chart level) are applied: a language or unit change keeps what the reader opened. */
  private defaultsFor: { disclosure: unknown; fund: Fund } | undefined;

  constructor() {
    super();
    this.fund = 'general-public-budget';
    this.expanded = new Set();
  }

  protected get sections(): readonly DisclosureSection[] {
    return [FUND_SECTIONS[this.currentFund]];
  }

  protected override modelKey(): unknown {
    return this.currentFund;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fund') && this.hasUpdated) this.revalidate();
    super.willUpdate(changed);
  }

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    const words = catalogue.functionalBreakdown;
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, words.fund[this.currentFund] + words.byFunction);
  }

  protected buildModel(context: RenderContext): FunctionalBreakdownModel {
    const fund = this.currentFund;
    const section = context.disclosure[FUND_SECTIONS[fund]]!;
    const items = section.items ?? [];
    const amounts = items.map((item) => item.amount);
    const total = section.total ?? sumOf(amounts).toFixed(maxDecimalPlaces(amounts));
    // d3-hierarchy lays out the classification once: depth, parent and children of every item.
    type Datum = FunctionItem | { children: FunctionItem[] };
    const tree = hierarchy<Datum>({ children: items }, (datum) => datum.children);
    const byId = new Map<string, FunctionNode>();
    const nodes = new Map<HierarchyNode<Datum>, FunctionNode>();
    const roots: FunctionNode[] = [];
    const shareOfTotal = (amount: string) => context.format.share(amount, total) ?? '';
    // eachBefore visits siblings in order, so a node's index is the count of siblings already placed.
    tree.eachBefore((entry) => {
      if (!entry.parent) return;
      const parent = nodes.get(entry.parent);
      const siblings = parent ? parent.children : roots;
      const id = parent ? `${parent.id}.${siblings.length}` : String(siblings.length);
      const node = new FunctionNode(id, entry.data as FunctionItem, entry.depth - 1, parent, shareOfTotal);
      siblings.push(node);
      nodes.set(entry, node);
      byId.set(id, node);
    });
    tree.eachAfter((entry) => {
      const node = nodes.get(entry);
      if (node) node.zero = isZero(node.item.amount) && node.children.every((child) => child.zero);
    });
    const all = [...byId.values()];
    const has = {
      basic: all.some((node) => node.item.basic !== undefined),
      project: all.some((node) => node.item.project !== undefined),
      budget: all.some((node) => node.item.budget !== undefined),
      adjustedBudget: all.some((node) => node.item.adjustedBudget !== undefined),
      completion: all.some((node) => node.completion !== undefined),
    };
    const words = context.catalogue.functionalBreakdown;
    const columns: Column[] = [
      { label: words.name },
      { label: context.catalogue.element.amount(context.format.unitLabel), numeric: true },
      { label: context.catalogue.element.share, numeric: true },
      ...(has.basic ? [{ label: words.basic, numeric: true }] : []),
      ...(has.project ? [{ label: words.project, numeric: true }] : []),
      ...(has.budget ? [{ label: words.budget, numeric: true }] : []),
      ...(has.adjustedBudget ? [{ label: words.adjustedBudget, numeric: true }] : []),
      ...(has.completion ? [{ label: words.completionRate, numeric: true }] : []),
    ];
    return {
      fund,
      total,
      roots,
      byId,
      columns,
      has,
      initiallyExpanded: defaultExpansion(roots),
      initialChartParent: defaultChartParent(roots),
      summary: summarise(context, fund, total, roots),
    };
  }

  protected renderModel(model: FunctionalBreakdownModel, context: RenderContext): TemplateResult {
    const { catalogue, format, disclosure } = context;
    if (model.roots.every((root) => root.zero) && isZero(model.total)) {
      const words = catalogue.functionalBreakdown;
      return html`<p class="zero-statement">${words.zeroFund(catalogue.element.year(disclosure.fiscalYear), words.fund[model.fund], format.money(model.total))}</p>`;
    }
    return html`${context.view !== 'table' ? this.renderChart(model, context) : nothing}
    ${context.view !== 'chart'
      ? renderTable({
          id: `${context.idPrefix}-functions`,
          caption: catalogue.functionalBreakdown.table(format.unitLabel),
          columns: model.columns,
          rows: this.visibleRows(model, context),
          footer: [this.totalRow(model, context)],
          catalogue,
        })
      : nothing}`;
  }

  /** The rows now shown: expanded levels only; zero items folded into one line per level under hide-zero. */
  private visibleRows(model: FunctionalBreakdownModel, context: RenderContext): Row[] {
    const rows: Row[] = [];
    const visit = (nodes: readonly FunctionNode[], level: number, groupKey: string) => {
      const zero = context.hideZero ? nodes.filter((node) => node.zero) : [];
      for (const node of nodes) {
        if (context.hideZero && node.zero) continue;
        rows.push(this.rowOf(node, model, context));
        if (node.children.length > 0 && this.expanded.has(node.id)) visit(node.children, level + 1, node.id);
      }
      if (zero.length > 0) {
        rows.push({ key: `zero-${groupKey}`, level, label: context.catalogue.element.zeroRows(zero.length), kind: 'zero-rows', cells: [] });
      }
    };
    visit(model.roots, 0, 'root');
    return rows;
  }

  private rowOf(node: FunctionNode, model: FunctionalBreakdownModel, context: RenderContext): Row {
    const words = context.catalogue.functionalBreakdown;
    const expanded = this.expanded.has(node.id);
    return {
      key: node.id,
      level: node.level,
      code: node.item.code,
      label: node.item.name,
      note: node.item.note,
      mark: node.item.amountDerived ? { text: context.catalogue.element.computed, description: context.catalogue.element.derived } : undefined,
      cells: (node.cells ??= cellsOf(node, model, context)),
      zero: node.zero,
      selected: this.selected === node.id,
      onSelect: () => this.showInChart(node),
      toggle:
        node.children.length > 0
          ? {
              expanded,
              label: expanded ? words.collapse(node.label) : words.expand(node.label),
              onToggle: (event: Event) => {
                event.stopPropagation();
                this.toggle(node);
              },
              onFocus: () => this.showInChart(node),
            }
          : undefined,
    };
  }

  private totalRow(model: FunctionalBreakdownModel, context: RenderContext): Row {
    const blanks = model.columns.length - 3;
    return {
      key: 'total',
      level: 0,
      label: context.catalogue.element.total,
      kind: 'total',
      cells: [context.format.amount(model.total), '', ...Array.from({ length: blanks }, () => '')],
    };
  }

  private renderChart(model: FunctionalBreakdownModel, context: RenderContext): TemplateResult {
    const { catalogue, format, idPrefix } = context;
    const words = catalogue.functionalBreakdown;
    const chartId = `${idPrefix}-chart`;
    const parent = this.chartParent === undefined ? undefined : model.byId.get(this.chartParent);
    const level = parent ? parent.children : model.roots;
    const drawn = level.filter((node) => !node.zero);
    const zero = level.filter((node) => node.zero);
    // Geometry only: the longest bar or budget of the level spans BAR_SPAN_PERCENT of the width.
    const extent = Math.max(...drawn.map((node) => Math.max(toDecimal(node.item.amount).toNumber(), node.item.budget ? toDecimal(node.item.budget).toNumber() : 0)), 0);
    const position = (value: string) => (extent > 0 ? (toDecimal(value).toNumber() / extent) * BAR_SPAN_PERCENT : 0);
    const anyBudget = drawn.some((node) => node.item.budget !== undefined);
    const markLabel = (node: FunctionNode) =>
      [
        catalogue.element.markValue(node.label, format.money(node.item.amount), node.share),
        node.completion ? words.completion(format.percent(node.completion.rate)) : '',
        node.children.length > 0 ? words.hasChildren : '',
      ]
        .filter(Boolean)
        .join(catalogue.listSeparator === '、' ? '，' : ', ');
    const ancestors: FunctionNode[] = [];
    for (let node = parent; node; node = node.parent) ancestors.unshift(node);
    return renderChartFrame({
      id: chartId,
      title: words.chartTitle,
      summary: model.summary,
      height: drawn.length * CHART_ROW_HEIGHT,
      catalogue,
      navigation: this.navigation,
      before: html`<nav class="breadcrumb" part="breadcrumb" aria-label=${words.chartLevels}>
        <ol>
          <li>${ancestors.length === 0
              ? html`<span aria-current="location">${words.allClasses}</span>`
              : html`<button type="button" @click=${() => this.drill(undefined)}>${words.allClasses}</button>`}</li>
          ${ancestors.map(
            (node, index) => html`<li>${index === ancestors.length - 1
                ? html`<span aria-current="location">${node.label}</span>`
                : html`<button type="button" @click=${() => this.drill(node.id)}>${node.label}</button>`}</li>`,
          )}
        </ol>
      </nav>`,
      picture: svg`${drawn.map((node, index) => {
        const top = index * CHART_ROW_HEIGHT;
        const width = Math.max(position(node.item.amount), 0.4);
        return svg`<text class="bar-label" x="0" y=${top + 15}>${node.label}</text>
          <rect class="bar-value" x="0" y=${top + 21} width=${`${width}%`} height="14" rx="2"></rect>
          ${node.item.budget !== undefined
            ? svg`<line class="bar-reference" x1=${`${position(node.item.budget)}%`} x2=${`${position(node.item.budget)}%`} y1=${top + 18} y2=${top + 38}></line>`
            : nothing}
          <text class="bar-text" x=${`${width}%`} dx="6" y=${top + 33}>${format.money(node.item.amount)}${node.completion
            ? ` · ${format.percent(node.completion.rate)}`
            : ''}</text>`;
      })}`,
      marks: drawn.map((node, index) => ({
        x: '0',
        y: index * CHART_ROW_HEIGHT + 1,
        width: '100%',
        height: CHART_ROW_HEIGHT - 2,
        label: markLabel(node),
        selected: this.selected === node.id,
      })),
      after: html`${anyBudget ? html`<p class="chart-key">${words.budgetKey}</p>` : nothing}
      ${zero.length > 0
        ? html`<p class="chart-zero">${words.zeroItems(zero.length, formatList(zero.map((node) => node.label), context.locale))}</p>`
        : nothing}`,
    });
  }

  protected override modelUpdated(model: FunctionalBreakdownModel, { disclosure }: RenderContext): void {
    this.current = model;
    if (this.defaultsFor?.disclosure === disclosure && this.defaultsFor.fund === model.fund) return;
    this.defaultsFor = { disclosure, fund: model.fund };
    this.expanded = new Set(model.initiallyExpanded);
    this.chartParent = model.initialChartParent;
    this.selected = undefined;
  }

  private toggle(node: FunctionNode): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(node.id)) expanded.delete(node.id);
    else expanded.add(node.id);
    this.expanded = expanded;
  }

  private drill(id: string | undefined): void {
    this.chartParent = id;
    this.navigation.setActive(this.chartId, 0);
  }

  /** A table row was chosen (clicked, or its toggle focused): the chart shows its level with its bar selected. */
  private showInChart(node: FunctionNode): void {
    this.selected = node.id;
    this.chartParent = node.parent?.id;
    const siblings = (node.parent ? node.parent.children : this.current?.roots ?? []).filter((sibling) => !sibling.zero);
    const index = siblings.indexOf(node);
    if (index >= 0) this.navigation.setActive(this.chartId, index);
  }

  /** A chart bar was chosen: its row is opened, selected and focused; the chart goes down a level when it has one. */
  private async selectFromChart(index: number): Promise<void> {
    const model = this.current;
    if (!model) return;
    const parent = this.chartParent === undefined ? undefined : model.byId.get(this.chartParent);
    const node = (parent ? parent.children : model.roots).filter((candidate) => !candidate.zero)[index];
    if (!node) return;
    const expanded = new Set(this.expanded);
    for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) expanded.add(ancestor.id);
    this.expanded = expanded;
    this.selected = node.id;
    if (node.children.some((child) => !child.zero)) this.drill(node.id);
    await this.updateComplete;
    const header = this.shadowRoot?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(node.id)}"] > th`);
    if (header) {
      header.scrollIntoView?.({ block: 'nearest' });
      header.focus();
    }
  }

  private get chartId(): string {
    return `${this.idPrefix}-chart`;
  }

  private get currentFund(): Fund {
    return this.fund in FUND_SECTIONS ? this.fund : 'general-public-budget';
  }
}

function completionOf(item: FunctionItem): FunctionNode['completion'] {
  if (item.completionRate !== undefined) return { rate: item.completionRate, computed: false };
  const budget = item.budget ?? item.adjustedBudget;
  if (budget === undefined || isZero(budget)) return undefined;
  return { rate: toDecimal(item.amount).div(toDecimal(budget)).times(100).toFixed(2), computed: true };
}

function cellsOf(node: FunctionNode, model: FunctionalBreakdownModel, { format, catalogue }: RenderContext): Cell[] {
  const { item } = node;
  const optional = (present: boolean, value: string | undefined) => (present ? [value === undefined ? '' : format.amount(value)] : []);
  const completion = node.completion;
  return [
    format.amount(item.amount),
    node.share,
    ...optional(model.has.basic, item.basic),
    ...optional(model.has.project, item.project),
    ...optional(model.has.budget, item.budget),
    ...optional(model.has.adjustedBudget, item.adjustedBudget),
    ...(model.has.completion
      ? [
          completion ? renderRateCell(completion, format, catalogue) : '',
        ]
      : []),
  ];
}

/** Open every level while the rows shown stay within ROWS_OPEN_BY_DEFAULT (at least the top level is shown). */
function defaultExpansion(roots: readonly FunctionNode[]): Set<string> {
  const countsByLevel: number[] = [];
  const count = (nodes: readonly FunctionNode[]) =>
    nodes.forEach((node) => {
      countsByLevel[node.level] = (countsByLevel[node.level] ?? 0) + 1;
      count(node.children);
    });
  count(roots);
  let shown = 0;
  let levelsShown = 1;
  for (let level = 0; level < countsByLevel.length; level++) {
    shown += countsByLevel[level]!;
    if (shown > ROWS_OPEN_BY_DEFAULT) break;
    levelsShown = level + 1;
  }
  const expanded = new Set<string>();
  const open = (nodes: readonly FunctionNode[]) =>
    nodes.forEach((node) => {
      if (node.level < levelsShown - 1 && node.children.length > 0) {
        expanded.add(node.id);
        open(node.children);
      }
    });
  open(roots);
  return expanded;
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

function summarise({ catalogue, format, disclosure }: RenderContext, fund: Fund, total: string, roots: readonly FunctionNode[]): string {
  const words = catalogue.functionalBreakdown;
  let sentence = words.summary(catalogue.element.year(disclosure.fiscalYear), words.fund[fund], format.money(total));
  const largest = roots.reduce<FunctionNode | undefined>((best, node) => (!best || toDecimal(node.item.amount).gt(toDecimal(best.item.amount)) ? node : best), undefined);
  if (largest && !largest.zero) sentence += words.summaryLargest(largest.item.name, format.money(largest.item.amount), largest.share);
  const stated = disclosure.fiscalAppropriation?.completionRate?.total;
  const budgets = roots.map((node) => node.item.budget);
  if (fund === 'general-public-budget' && stated !== undefined) {
    sentence += words.summaryCompletion(format.percent(stated));
  } else if (roots.length > 0 && budgets.every((budget) => budget !== undefined) && !sumOf(budgets as string[]).isZero()) {
    const rate = sumOf(roots.map((node) => node.item.amount)).div(sumOf(budgets as string[])).times(100).toFixed(2);
    sentence += words.summaryComputedCompletion(format.percent(rate));
  }
  return sentence + catalogue.sentenceEnd;
}
