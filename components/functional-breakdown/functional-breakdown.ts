import { html, nothing, svg, type TemplateResult } from 'lit';
import type { DisclosureSection } from '../core/disclosure/index.js';
import { DisclosureElement, type RenderContext } from '../core/element/disclosure-element.js';
import { renderTable, type Row, type RowInteraction } from '../core/table/table.js';
import { renderChartFrame } from '../core/charts/frame.js';
import { textWidthEm } from '../core/charts/layout.js';
import { MarkNavigation } from '../core/charts/marks.js';
import { openedTo, toggled } from '../core/table/expansion.js';
import { toDecimal } from '../core/money.js';
import { functionalBreakdownStyles } from './functional-breakdown.styles.js';
import {
  FUND_SECTIONS,
  allNodes,
  buildFunctionalBreakdownModel,
  chartIndexOf,
  chartLevel,
  chartOrder,
  drawnAt,
  fullExpansion,
  nodeAt,
  visibleRows,
  type Fund,
  type FunctionNode,
  type FunctionalBreakdownModel,
} from './functional-breakdown.model.js';
import { FUNCTIONAL_BREAKDOWN_WORDS, type CatalogueLoader } from '../core/locale/index.js';

export type { Fund } from './functional-breakdown.model.js';

/**
 * The chart's geometry in em of the base text size (--disclosure-font-size), so rows grow with the text:
 * at 16 px a row is 46 px. A length on an SVG <text> is in em of its own font size (labels: 0.875 of the base).
 */
const CHART_ROW_HEIGHT = 46 / 16;
const LABEL_SCALE = 0.875;
/** `px` at the default 16 px text, as an SVG length that scales with the text (`scale`: the element's own font size relative to the base). */
const em = (px: number, scale = 1) => `${+(px / 16 / scale).toFixed(4)}em`;
/** Room after a figure (and the gap before it), in em of the base text. */
const VALUE_GAP = 0.75;

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
 *
 * @csspart toggle - The expand/collapse buttons.
 * @csspart breadcrumb - The chart's level navigation.
 */
export class FunctionalBreakdownElement extends DisclosureElement<FunctionalBreakdownModel> {
  static override styles = [...DisclosureElement.styles, functionalBreakdownStyles];
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [FUNCTIONAL_BREAKDOWN_WORDS];

  static override properties = {
    ...DisclosureElement.properties,
    fund: { type: String, reflect: true },
    expand: { type: String, reflect: true },
    expanded: { state: true },
    chartParent: { state: true },
    selected: { state: true },
  };

  /** Which appropriation to show: `general-public-budget` (default), `government-fund` or `state-capital`. */
  declare fund: Fund;
  /**
   * Which rows are open when the data arrives: `auto` (default: the deepest
   * level that keeps the table within about 50 rows) or `all` (every level, as
   * pre-rendered pages have it, so every figure is in the HTML). The reader
   * can open and close rows either way.
   */
  declare expand: 'auto' | 'all';
  /** Ids of the rows whose children are shown. */
  declare protected expanded: Set<string>;
  /** Id of the item whose children the chart shows; undefined for the top level. */
  declare protected chartParent: string | undefined;
  /** Id of the item selected in the chart and the table. */
  declare protected selected: string | undefined;

  private readonly navigation = new MarkNavigation(this, { onActivate: (_chart, index) => this.selectFromChart(index) });
  /** The current model (for the chart's and the table's event handlers). */
  private current: FunctionalBreakdownModel | undefined;
  private currentCatalogue: RenderContext['catalogue'] | undefined;
  /** The disclosure and fund whose defaults (open rows, chart level) are applied: a language or unit change keeps what the reader opened. */
  private defaultsFor: { disclosure: unknown; fund: Fund; expand: string } | undefined;

  constructor() {
    super();
    this.fund = 'general-public-budget';
    this.expand = 'auto';
    this.expanded = new Set();
  }

  protected get sections(): readonly DisclosureSection[] {
    return [FUND_SECTIONS[this.currentFund]];
  }

  protected override modelKey(): unknown {
    return `${this.currentFund} ${this.expand}`;
  }

  protected headingText({ disclosure, catalogue }: RenderContext): string {
    const words = catalogue.functionalBreakdown;
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, words.fund[this.currentFund] + words.byFunction);
  }

  protected buildModel(context: RenderContext): FunctionalBreakdownModel {
    return buildFunctionalBreakdownModel(context, this.currentFund);
  }

  protected renderModel(model: FunctionalBreakdownModel, context: RenderContext): TemplateResult {
    const remark = this.renderRemark(model.remark);
    if (model.zeroStatement) return html`<p class="zero-statement">${model.zeroStatement}</p>${remark}`;
    return html`${context.view !== 'table' ? this.renderChart(model, context) : nothing}
    ${context.view !== 'chart'
      ? renderTable({
          id: `${context.idPrefix}-functions`,
          caption: model.caption,
          columns: model.columns,
          // On paper every level is shown; the reader's open rows come back after printing.
          rows: visibleRows(model, this.printing ? fullExpansion(model) : this.expanded, context),
          footer: [model.totalRow],
          csv: { rows: () => visibleRows(model, fullExpansion(model), context), unit: context.format.unitLabel },
          catalogue: context.catalogue,
          checks: context.checks,
          interaction: (row) => this.interactionOf(row, model, context),
        })
      : nothing}
    ${remark}`;
  }

  /** A row's expand/collapse button and selection: the reader's view state, not the model's. */
  private interactionOf(row: Row, model: FunctionalBreakdownModel, { catalogue }: RenderContext): RowInteraction | undefined {
    const node = nodeAt(model, row.key);
    if (!node) return undefined;
    const words = catalogue.functionalBreakdown;
    const expanded = this.expanded.has(node.id);
    return {
      selected: this.selected === node.id,
      onSelect: () => this.showInChart(node),
      toggle:
        node.children.length > 0
          ? {
              expanded,
              label: expanded ? words.collapse(node.label) : words.expand(node.label),
              // Only an explicit activation changes the chart: focusing a toggle (Tab) leaves chart and table where they are.
              onToggle: (event: Event) => {
                event.stopPropagation();
                this.toggle(node);
              },
            }
          : undefined,
    };
  }

  private renderChart(model: FunctionalBreakdownModel, context: RenderContext): TemplateResult {
    const { catalogue } = context;
    const words = catalogue.functionalBreakdown;
    const level = chartLevel(model, this.chartParent, context);
    const { ancestors, bars } = level;
    const amounts = [...bars].sort((a, b) => toDecimal(a.amount).cmp(toDecimal(b.amount)));
    // Each figure is written after the end of its bar or budget marker, whichever is further, never on them: the picture
    // keeps room at its end for the longest figure (the amount alone in a narrow chart).
    const room = (texts: string[]) => `${+(Math.max(0, ...texts.map(textWidthEm)) * LABEL_SCALE + VALUE_GAP).toFixed(3)}em`;
    return renderChartFrame({
      id: this.chartId,
      type: 'bars',
      range: amounts.length > 0 ? [amounts[0]!.amountText, amounts[amounts.length - 1]!.amountText] : undefined,
      tableId: context.view !== 'chart' ? `${context.idPrefix}-functions` : undefined,
      names: [...model.roots, ...(bars.at(-1)?.grouped ?? [])].map((node) => node.item.name),
      title: words.chartTitle,
      // A level drawn as its largest items and "其他 N 项" says so, and which items are grouped.
      summary: level.groupedText ? `${model.summary}${catalogue.listSeparator === '、' ? '' : ' '}${level.groupedText}` : model.summary,
      height: `${+(bars.length * CHART_ROW_HEIGHT).toFixed(4)}em`,
      catalogue,
      navigation: this.navigation,
      valueRoom: { wide: room(bars.map((bar) => bar.text)), narrow: room(bars.map((bar) => bar.amountText)) },
      before: html`<nav class="breadcrumb" part="breadcrumb" aria-label=${words.chartLevels}>
        <ol>
          <li>${ancestors.length === 0
              ? html`<span aria-current="location" tabindex="-1">${words.allClasses}</span>`
              : html`<button type="button" @click=${() => this.drillFromBreadcrumb(undefined)}>${words.allClasses}</button>`}</li>
          ${ancestors.map(
            (node, index) => html`<li>${index === ancestors.length - 1
                ? html`<span aria-current="location" tabindex="-1" lang="zh-CN">${node.label}</span>`
                : html`<button type="button" lang="zh-CN" @click=${() => this.drillFromBreadcrumb(node.id)}>${node.label}</button>`}</li>`,
          )}
        </ol>
      </nav>`,
      picture: svg`${bars.map((bar, index) => {
        const top = index * 46;
        const end = Math.max(bar.width, bar.budgetAt ?? 0);
        return svg`<text class="bar-label" x="0" y=${em(top + 15, LABEL_SCALE)} lang=${bar.node ? 'zh-CN' : nothing}>${bar.label}</text>
          <rect class=${bar.grouped ? 'bar-value bar-grouped' : 'bar-value'} x="0" y=${em(top + 21)} width=${`${bar.width}%`} height=${em(14)} rx="2"></rect>
          ${bar.broken
            ? svg`<svg class="bar-break" x=${`${bar.width}%`} y=${em(top + 21)} overflow="visible" aria-hidden="true"><line x1="-1.2em" y1=${em(17)} x2="-0.8em" y2=${em(-3)}></line><line x1="-0.75em" y1=${em(17)} x2="-0.35em" y2=${em(-3)}></line></svg>`
            : nothing}
          ${bar.budgetAt !== undefined
            ? svg`<line class="bar-reference" x1=${`${bar.budgetAt}%`} x2=${`${bar.budgetAt}%`} y1=${em(top + 18)} y2=${em(top + 38)}></line>`
            : nothing}
          <text class="bar-text" x=${`${end}%`} dx=${em(6, LABEL_SCALE)} y=${em(top + 28, LABEL_SCALE)} dominant-baseline="central"><tspan>${bar.amountText}</tspan>${bar.completionText
            ? svg`<tspan class="wide-only">${bar.completionText}</tspan>`
            : nothing}</text>`;
      })}`,
      marks: bars.map((bar, index) => ({
        x: '0',
        y: em(index * 46 + 1),
        width: '100%',
        height: em(46 - 2),
        label: bar.markLabel,
        name: bar.node?.label,
        selected: bar.node ? this.selected === bar.node.id : bar.grouped?.some((node) => node.id === this.selected),
      })),
      after: html`${level.anyBudget ? html`<p class="chart-key">${words.budgetKey}</p>` : nothing}
      ${level.zeroText ? html`<p class="chart-zero">${level.zeroText}</p>` : nothing}`,
    });
  }

  protected override modelUpdated(model: FunctionalBreakdownModel, { disclosure, catalogue }: RenderContext): void {
    this.current = model;
    this.currentCatalogue = catalogue;
    const expand = this.expand === 'all' ? 'all' : 'auto';
    if (this.defaultsFor?.disclosure === disclosure && this.defaultsFor.fund === model.fund && this.defaultsFor.expand === expand) return;
    this.defaultsFor = { disclosure, fund: model.fund, expand };
    this.expanded = expand === 'all' ? fullExpansion(model) : new Set(model.initiallyExpanded);
    this.chartParent = model.initialChartParent;
    this.selected = undefined;
  }

  protected override openRowAncestors(code: string): void {
    this.expanded = openedTo(this.expanded, allNodes(this.current?.roots ?? []), (node) => node.item.code === code) ?? this.expanded;
  }

  private toggle(node: FunctionNode): void {
    this.expanded = toggled(this.expanded, node.id);
  }

  private drill(id: string | undefined): void {
    const changed = this.chartParent !== id;
    this.chartParent = id;
    this.navigation.setActive(this.chartId, 0);
    if (changed) this.announceLevel();
  }

  /** A breadcrumb was followed: the button it was is gone, so focus goes to the level now shown in the breadcrumb, never to <body>. */
  private async drillFromBreadcrumb(id: string | undefined): Promise<void> {
    this.drill(id);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.breadcrumb [aria-current="location"]')?.focus();
  }

  /** Says (politely) what the chart shows after it changed level. */
  private announceLevel(): void {
    const model = this.current;
    if (!model) return;
    const words = this.words;
    if (!words) return;
    const parent = nodeAt(model, this.chartParent);
    this.announce(words.chartShows(parent ? parent.label : words.allClasses, drawnAt(model, this.chartParent).length));
  }

  private get words() {
    return this.currentCatalogue?.functionalBreakdown;
  }

  /** A table row was chosen (clicked, or its toggle focused): the chart shows its level with its bar selected. */
  private showInChart(node: FunctionNode): void {
    this.selected = node.id;
    const changed = this.chartParent !== node.parent?.id;
    this.chartParent = node.parent?.id;
    if (changed) this.announceLevel();
    const index = this.current ? chartIndexOf(this.current, node) : -1;
    if (index >= 0) this.navigation.setActive(this.chartId, index);
  }

  /**
   * A chart bar was chosen: its row is opened, selected and focused; the chart goes down a level when it has one.
   * The "其他 N 项" bar takes the reader to the largest of its items in the table, where every one of them is listed.
   */
  private async selectFromChart(index: number): Promise<void> {
    const model = this.current;
    if (!model) return;
    const { shown, rest } = chartOrder(model, this.chartParent);
    const grouped = index === shown.length ? rest?.[0] : undefined;
    const node = grouped ?? shown[index];
    if (!node) return;
    const expanded = new Set(this.expanded);
    for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) expanded.add(ancestor.id);
    this.expanded = expanded;
    this.selected = node.id;
    if (!grouped && node.children.some((child) => !child.zero)) this.drill(node.id);
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
