/**
 * The base of every element whose table is a classification (类 / 款 / 项):
 * the `expand` attribute, the rows the reader has opened (view state, kept
 * across language and unit changes), the expandable table itself, and the
 * default rendering of such a section — its charts (data in the model, drawn
 * by the renderer the element names), the table or the sentence that
 * replaces it, and the remark as published. The rows come from
 * core/table/hierarchy.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DisclosureElement } from './disclosure-element.js';
import { SectionElement, type SectionDescription } from './section-element.js';
import type { RenderContext } from './context.js';
import type { Catalogue } from '../locale/index.js';
import { MarkNavigation } from '../charts/marks.js';
import { renderTable, type Row, type RowInteraction } from '../table/table.js';
import { hierarchyStyles } from '../table/hierarchy.styles.js';
import { openAll, visibleHierarchyRows, type HierarchyModel } from '../table/hierarchy.js';
import { openedTo, toggled } from '../table/expansion.js';
import type { SectionModel } from '../table/section-model.js';
import { DATA_LANG } from '../table/rows.js';
import { withDataLang } from './data-lang.js';
import { FUNCTIONAL_BREAKDOWN_WORDS, type CatalogueLoader } from '../locale/index.js';

/** A model with (when its table has rows) a classified table. */
export interface WithHierarchy {
  hierarchy?: HierarchyModel;
}

/** What Enter on a chart's mark needs of it: its marks' keys (a composition's segments, a grouped bar chart's groups). */
interface ChartMarks {
  id: string;
  segments?: readonly { key: string }[];
  layout?: { groups: readonly { key: string; bars: readonly unknown[] }[]; placed: readonly { bar: unknown }[] };
}

type ChartOf<Model> = Model extends { charts?: readonly (infer Chart)[] } ? Chart : never;

/** What a chart renderer is given besides the model's chart data. */
export interface ChartRequest {
  /** The chart's id within the shadow root (the element's prefix and the model's id). */
  id: string;
  summary: string;
  /** Published names the summary and the labels quote (the model's `names`). */
  names: readonly string[];
  catalogue: Catalogue;
  navigation: MarkNavigation;
}

export interface HierarchyDescription<Model> extends SectionDescription<Model> {
  /** The table's name in its id ("income": `d-income`). */
  table: string;
  /** Draws one of the model's charts (renderCompositionChart, renderGroupedBars); an element without one shows its table in every view. */
  chart?: (chart: ChartOf<Model> & ChartRequest) => TemplateResult;
}

export abstract class HierarchyElement<Model extends WithHierarchy & SectionModel<unknown>> extends SectionElement<Model> {
  static override styles = [...DisclosureElement.styles, hierarchyStyles];
  /** Every hierarchy element reads the expand and collapse words of `functionalBreakdown`. */
  protected static override readonly catalogueParts: readonly CatalogueLoader[] = [FUNCTIONAL_BREAKDOWN_WORDS];

  static override properties = {
    ...DisclosureElement.properties,
    expand: { type: String, reflect: true },
    expanded: { state: true },
  };

  /**
   * Which rows are open when the data arrives: `auto` (default: the deepest
   * level that keeps the table within about 50 rows) or `all` (every level, as
   * pre-rendered pages have it, so every figure is in the HTML). The reader
   * can open and close rows either way.
   */
  declare expand: 'auto' | 'all';
  /** Ids of the rows whose children are shown. */
  declare protected expanded: Set<string>;
  /** The disclosure and model whose default open rows are applied: a language or unit change keeps what the reader opened. */
  private defaultsFor: { disclosure: unknown; key: unknown } | undefined;
  /** The classified table of the current model (for `revealRow`). */
  private currentHierarchy: HierarchyModel | undefined;
  /** The charts of the current model (for Enter on a mark). */
  private currentCharts: readonly ChartMarks[] = [];
  /** Keyboard reach to the charts' marks; Enter (or a click) on a mark moves focus to its row of the table. */
  protected readonly navigation = new MarkNavigation(this, { onActivate: (chart, index) => this.activateMark(chart, index) });

  protected abstract override readonly shows: HierarchyDescription<Model>;

  constructor() {
    super();
    this.expand = 'auto';
    this.expanded = new Set();
  }

  protected override modelKey(): unknown {
    return this.expand;
  }

  protected override openRowAncestors(code: string): void {
    this.expanded = openedTo(this.expanded, this.currentHierarchy?.byId.values() ?? [], (node) => node.row.code === code) ?? this.expanded;
  }

  protected override modelUpdated(model: Model, { disclosure }: RenderContext): void {
    this.currentHierarchy = model.hierarchy;
    this.currentCharts = ((model as { charts?: readonly ChartMarks[] }).charts ?? []) as readonly ChartMarks[];
    const key = this.modelKey();
    if (this.defaultsFor?.disclosure === disclosure && this.defaultsFor.key === key) return;
    this.defaultsFor = { disclosure, key };
    const hierarchy = model.hierarchy;
    this.expanded = !hierarchy ? new Set() : this.expand === 'all' ? openAll(hierarchy.byId.values()) : new Set(hierarchy.initiallyExpanded);
  }

  /**
   * The charts (unless `view` is `table`; none drawn: the summary as text),
   * the sentence that replaces a table published empty, the table (unless
   * `view` is `chart` and the element has a chart), the remark, and what
   * the document says its figures include (主要包括…).
   */
  protected renderModel(model: Model, context: RenderContext): TemplateResult {
    const { chart, table } = this.shows;
    return html`${chart && context.view !== 'table' ? this.renderCharts(model, chart, context) : nothing}
      ${model.statement ? html`<p class="zero-statement" part="statement">${model.statement}</p>` : nothing}
      ${model.hierarchy && (!chart || context.view !== 'chart') ? this.renderHierarchy(model.hierarchy, context, table) : nothing}
      ${this.renderRemark(model.remark)}
      ${model.includes?.length
        ? html`<dl class="includes" part="includes">
            ${model.includes.map((entry) => html`<dt>${entry.label}</dt><dd lang=${DATA_LANG}>${entry.text}</dd>`)}
          </dl>`
        : nothing}`;
  }

  private renderCharts(model: Model, draw: NonNullable<HierarchyDescription<Model>['chart']>, { catalogue, idPrefix, view }: RenderContext) {
    const charts = (model.charts ?? []) as readonly (ChartOf<Model> & { id: string; summary?: string })[];
    const summary = model.summary ?? '';
    const names = model.names ?? [];
    if (charts.length === 0) return html`<p class="summary">${withDataLang(summary, names, catalogue.lang)}</p>`;
    // Each chart leads to the table with the same data (its "跳到数据表" link and aria-details), where the table is shown.
    const tableId = model.hierarchy && view !== 'chart' ? `${idPrefix}-${this.shows.table}` : undefined;
    return charts.map((chart) => draw({ ...chart, id: `${idPrefix}-${chart.id}`, summary: chart.summary ?? summary, names, catalogue, navigation: this.navigation, tableId }));
  }

  /**
   * Enter on a chart mark: focus moves to the mark's row (a class of the table), or, for a mark of a column's
   * total (an income source, 人员经费), to that total's row or the 合计 row.
   */
  private activateMark(chartId: string, index: number): void {
    const chart = this.currentCharts.find((candidate) => chartId === `${this.idPrefix}-${candidate.id}`);
    const bar = chart?.layout?.placed[index]?.bar;
    const group = bar === undefined ? undefined : chart?.layout?.groups.find((candidate) => candidate.bars.includes(bar));
    const key: string | undefined = chart?.segments?.[index]?.key ?? group?.key;
    if (key === undefined) return;
    const table = `${this.idPrefix}-${this.shows.table}`;
    const code = this.currentHierarchy?.byId.get(key)?.row.code;
    if (code !== undefined) this.openRowAncestors(code);
    void this.updateComplete.then(() => this.focusTableRow(table, key) || this.focusTableRow(table, `total.${key}`) || this.focusTableRow(table, 'total'));
  }

  /** The classified table with its open rows, toggles and 合计 row. */
  protected renderHierarchy(hierarchy: HierarchyModel, context: RenderContext, name: string): TemplateResult {
    return renderTable({
      id: `${context.idPrefix}-${name}`,
      caption: hierarchy.caption,
      columns: hierarchy.columns,
      // On paper every level is shown; the reader's open rows come back after printing.
      rows: visibleHierarchyRows(hierarchy, this.printing ? openAll(hierarchy.byId.values()) : this.expanded, context),
      footer: hierarchy.footer,
      precision: [...hierarchy.byId.values()].map((node) => node.row),
      catalogue: context.catalogue,
      checks: context.checks,
      interaction: (row) => this.toggleOf(row, hierarchy, context),
    });
  }

  private toggleOf(row: Row, hierarchy: HierarchyModel, { catalogue }: RenderContext): RowInteraction | undefined {
    const node = hierarchy.byId.get(row.key);
    if (!node || node.children.length === 0) return undefined;
    const expanded = this.expanded.has(node.id);
    return {
      toggle: {
        expanded,
        label: expanded ? catalogue.functionalBreakdown.collapse(node.label) : catalogue.functionalBreakdown.expand(node.label),
        onToggle: (event: Event) => {
          event.stopPropagation();
          this.expanded = toggled(this.expanded, node.id);
        },
      },
    };
  }
}
