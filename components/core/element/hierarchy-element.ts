/**
 * The base of every element whose table is a classification (类 / 款 / 项):
 * the `expand` attribute, the rows the reader has opened (view state, kept
 * across language and unit changes), and the expandable table itself. The
 * rows come from core/table/hierarchy.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DisclosureElement } from './disclosure-element.js';
import type { RenderContext } from './context.js';
import { renderTable, type Row, type RowInteraction } from '../table/table.js';
import { openAll, visibleHierarchyRows, type ClassNode, type HierarchyModel } from '../table/hierarchy.js';

/** A model with (when its table has rows) a classified table. */
export interface WithHierarchy {
  hierarchy?: HierarchyModel;
}

export abstract class HierarchyElement<Model extends WithHierarchy> extends DisclosureElement<Model> {
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

  constructor() {
    super();
    this.expand = 'auto';
    this.expanded = new Set();
  }

  protected override modelKey(): unknown {
    return this.expand;
  }

  /** The table's name for the heading ("收入决算表"); the heading adds the year and the department. */
  protected abstract sectionTitle(context: RenderContext): string;

  protected headingText(context: RenderContext): string {
    const { catalogue, disclosure } = context;
    return catalogue.element.title(catalogue.element.year(disclosure.fiscalYear), disclosure.department.name, this.sectionTitle(context));
  }

  protected override openRowAncestors(code: string): void {
    const node = [...(this.currentHierarchy?.byId.values() ?? [])].find((candidate) => candidate.row.code === code);
    if (!node?.parent) return;
    const next = new Set(this.expanded);
    for (let ancestor: ClassNode | undefined = node.parent; ancestor; ancestor = ancestor.parent) next.add(ancestor.id);
    this.expanded = next;
  }

  protected override modelUpdated(model: Model, { disclosure }: RenderContext): void {
    this.currentHierarchy = model.hierarchy;
    const key = this.modelKey();
    if (this.defaultsFor?.disclosure === disclosure && this.defaultsFor.key === key) return;
    this.defaultsFor = { disclosure, key };
    const hierarchy = model.hierarchy;
    this.expanded = !hierarchy ? new Set() : this.expand === 'all' ? openAll(hierarchy.byId) : new Set(hierarchy.initiallyExpanded);
  }

  /** The classified table with its open rows, toggles and 合计 row. */
  protected renderHierarchy(hierarchy: HierarchyModel, context: RenderContext, name: string): TemplateResult {
    return renderTable({
      id: `${context.idPrefix}-${name}`,
      caption: hierarchy.caption,
      columns: hierarchy.columns,
      rows: visibleHierarchyRows(hierarchy, this.expanded, context),
      footer: hierarchy.footer,
      precision: [...hierarchy.byId.values()].map((node) => node.row),
      catalogue: context.catalogue,
      interaction: (row) => this.toggleOf(row, hierarchy, context),
    });
  }

  /** The remark the document prints under the table (说明：…), as published. */
  protected renderRemark(remark: string | undefined): TemplateResult | typeof nothing {
    return remark ? html`<p class="remark">${remark}</p>` : nothing;
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
          const next = new Set(this.expanded);
          if (next.has(node.id)) next.delete(node.id);
          else next.add(node.id);
          this.expanded = next;
        },
      },
    };
  }
}
