/**
 * Tables by classification (功能分类 类 / 款 / 项, 经济分类 类 / 款) as a tree
 * of rows, shared by every element that shows one: <income-breakdown>,
 * <expenditure-breakdown>, <fund-appropriation>, <basic-expenditure>.
 * Plain data (no lit, no DOM): the tree, the columns the disclosure fills,
 * each row's cells (absent figures as a dash with the reason, never 0), the
 * 合计 row (published, or summed and marked computed), and which rows are
 * open by default. What the reader opens is the element's view state.
 */
import type { RenderContext } from '../element/context.js';
import { isZero } from '../money.js';
import { sumOfEvery } from '../figures.js';
import { childPath } from '../disclosure/path.js';
import type { Cell, Column, Row } from './rows.js';

/** One row of a classified table: its code, name, amounts and children. */
export interface ClassifiedItem {
  code?: string;
  name: string;
  children?: readonly ClassifiedItem[];
}

/** An amount column: the field it reads and its heading. */
export interface AmountColumn<Key extends string = string> {
  key: Key;
  label: string;
}

/** The table opens to the deepest level that keeps it within this many rows. */
export const ROWS_OPEN_BY_DEFAULT = 50;

/** One row of the tree. */
export interface ClassNode {
  /** Stable id ("0", "0.1", …): the row's key. */
  id: string;
  level: number;
  /** "201 一般公共服务支出" */
  label: string;
  item: ClassifiedItem;
  parent: ClassNode | undefined;
  children: ClassNode[];
  /** Every amount of the row and of its descendants is 0 or absent. */
  zero: boolean;
  row: Row;
}

export interface HierarchyModel {
  caption: string;
  columns: Column[];
  /** The amount fields shown, in column order. */
  keys: string[];
  roots: ClassNode[];
  byId: Map<string, ClassNode>;
  /** The 合计 row(s), shown in <tfoot>. */
  footer: Row[];
  /** Rows open on first render (`expand="auto"`). */
  initiallyExpanded: Set<string>;
}

export interface HierarchyOptions {
  caption: string;
  /** The first column's heading (科目). */
  nameLabel: string;
  /** Every amount column the table can have, in the document's order; only those the disclosure fills are shown. */
  columns: readonly AmountColumn[];
  /** Columns shown even when no row fills them (the table's main amount). */
  alwaysShown?: readonly string[];
  rows: readonly ClassifiedItem[];
  /** The published 合计 row. */
  total?: object;
  totalLabel: string;
  /**
   * The JSON paths of `rows` and of `total` in the disclosure ("incomeTable.rows", "incomeTable.total"): each row
   * carries its own ("incomeTable.rows[7].children[0]"), so a cross-check warning on one of its figures marks it.
   */
  path?: string;
  totalPath?: string;
}

/** A field of an item as an amount, when it holds one. */
export function amountOf(item: object | undefined, key: string): string | undefined {
  const value = (item as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Builds the tree, its rows and its 合计 row. */
export function buildHierarchy(context: RenderContext, options: HierarchyOptions): HierarchyModel {
  const { format, catalogue } = context;
  const all: ClassifiedItem[] = [];
  const collect = (items: readonly ClassifiedItem[]) =>
    items.forEach((item) => {
      all.push(item);
      collect(item.children ?? []);
    });
  collect(options.rows);
  const shown = options.columns.filter(
    (column) =>
      options.alwaysShown?.includes(column.key) || amountOf(options.total, column.key) !== undefined || all.some((item) => amountOf(item, column.key) !== undefined),
  );
  const keys = shown.map((column) => column.key);
  const blank: Cell = { kind: 'dash', reason: catalogue.tables.blank };
  const cellOf = (item: object, key: string): Cell => {
    const value = amountOf(item, key);
    return value === undefined ? blank : format.amount(value);
  };
  const byId = new Map<string, ClassNode>();
  const place = (items: readonly ClassifiedItem[], parent: ClassNode | undefined): ClassNode[] =>
    items.map((item, index) => {
      const id = parent ? `${parent.id}.${index}` : String(index);
      const level = parent ? parent.level + 1 : 0;
      const parentPath = parent?.row.path;
      const path = typeof parentPath === 'string' ? childPath(childPath(parentPath, 'children'), index) : options.path === undefined ? undefined : childPath(options.path, index);
      const node: ClassNode = {
        id,
        level,
        label: item.code ? `${item.code} ${item.name}` : item.name,
        item,
        parent,
        children: [],
        zero: false,
        // The name is the document's (Chinese): marked as such where the element speaks another language.
        row: { key: id, level, code: item.code, label: item.name, labelFromData: true, cells: keys.map((key) => cellOf(item, key)), ...(path === undefined ? {} : { path }) },
      };
      byId.set(id, node);
      node.children = place(item.children ?? [], node);
      // Zero: every figure it has is 0, and so are its rows below. A row with no figure at all is blank, not 0 (it
      // is never folded away as "金额为 0").
      const figures = keys.map((key) => amountOf(item, key)).filter((amount): amount is string => amount !== undefined);
      node.zero = figures.every(isZero) && node.children.every((child) => child.zero) && (figures.length > 0 || node.children.length > 0);
      node.row.zero = node.zero;
      return node;
    });
  const roots = place(options.rows, undefined);
  return {
    caption: options.caption,
    columns: [{ label: options.nameLabel }, ...shown.map((column) => ({ label: column.label, numeric: true }))],
    keys,
    roots,
    byId,
    footer: roots.length > 0 || options.total ? [totalRow(context, options.totalLabel, options.total, options.rows, keys, 'total', options.totalPath)] : [],
    initiallyExpanded: defaultExpansion(roots),
  };
}

/**
 * A 合计 row: each published figure as published; where the document leaves
 * it out, the top rows' sum marked computed when every top row has the figure;
 * a dash where a row is blank (a blank is not 0) or there is no row. `path`: the JSON path of the published 合计
 * (a warning on one of its figures marks the row).
 */
export function totalRow(context: RenderContext, label: string, total: object | undefined, rows: readonly object[], keys: readonly string[], key = 'total', path?: string): Row {
  const { format, catalogue } = context;
  return {
    key,
    level: 0,
    label,
    kind: 'total',
    ...(path === undefined ? {} : { path }),
    cells: keys.map((field): Cell => {
      const published = amountOf(total, field);
      if (published !== undefined) return format.amount(published);
      const sum = sumOfEvery(rows.map((row) => amountOf(row, field)));
      return sum === undefined ? { kind: 'dash', reason: catalogue.tables.blank } : { kind: 'figure', text: format.amount(sum), computed: true };
    }),
  };
}

/** The rows now shown: open levels only; zero rows folded into one line per level under hide-zero. */
export function visibleHierarchyRows(model: Pick<HierarchyModel, 'roots'>, expanded: ReadonlySet<string>, { hideZero, catalogue }: RenderContext): Row[] {
  const rows: Row[] = [];
  const visit = (nodes: readonly ClassNode[], level: number, groupKey: string) => {
    let zero = 0;
    for (const node of nodes) {
      if (hideZero && node.zero) {
        zero++;
        continue;
      }
      rows.push(node.row);
      if (node.children.length > 0 && expanded.has(node.id)) visit(node.children, level + 1, node.id);
    }
    if (zero > 0) rows.push({ key: `zero-${groupKey}`, level, label: catalogue.element.zeroRows(zero), kind: 'zero-rows', cells: [] });
  };
  visit(model.roots, 0, 'root');
  return rows;
}

/** Every row that has children: the whole tree open (`expand="all"`: printed and pre-rendered pages). */
export function openAll(nodes: Iterable<{ id: string; children: readonly unknown[] }>): Set<string> {
  const expanded = new Set<string>();
  for (const node of nodes) if (node.children.length > 0) expanded.add(node.id);
  return expanded;
}

/** Open every level while the rows shown stay within ROWS_OPEN_BY_DEFAULT (at least the top level is shown). */
export function defaultExpansion<Node extends { id: string; level: number; children: readonly Node[] }>(roots: readonly Node[]): Set<string> {
  const countsByLevel: number[] = [];
  const count = (nodes: readonly Node[]) =>
    nodes.forEach((node) => {
      countsByLevel[node.level] = (countsByLevel[node.level] ?? 0) + 1;
      count(node.children);
    });
  count(roots);
  return openLevels(roots, levelsOpenByDefault(countsByLevel));
}

/** How many levels are shown by default, given how many rows each level has: as many as stay within ROWS_OPEN_BY_DEFAULT, at least one. */
export function levelsOpenByDefault(countsByLevel: readonly number[]): number {
  let shown = 0;
  let levelsShown = 1;
  for (let level = 0; level < countsByLevel.length; level++) {
    shown += countsByLevel[level]!;
    if (shown > ROWS_OPEN_BY_DEFAULT) break;
    levelsShown = level + 1;
  }
  return levelsShown;
}

/** The rows to open so that `levelsShown` levels are shown (only the nodes of those levels are visited). */
export function openLevels<Node extends { id: string; level: number; children: readonly Node[] }>(roots: readonly Node[], levelsShown: number): Set<string> {
  const expanded = new Set<string>();
  const open = (nodes: readonly Node[]) =>
    nodes.forEach((node) => {
      if (node.level < levelsShown - 1 && node.children.length > 0) {
        expanded.add(node.id);
        open(node.children);
      }
    });
  open(roots);
  return expanded;
}

/** A table by function class (收入决算表, 支出决算表, 表八 / 表九): its rows and the published 合计 row. */
export interface FunctionTable {
  rows: readonly ClassifiedItem[];
  total?: object;
}

/**
 * The classified table of a table by function class: `amount` (本年收入合计,
 * 本年支出合计 …) first and always shown, then the columns `keys` names (their
 * headings from the catalogue) where the disclosure fills them.
 */
export function buildFunctionTable(
  context: RenderContext,
  table: FunctionTable,
  caption: string,
  amountLabel: string,
  keys: readonly (keyof RenderContext['catalogue']['columns'])[],
  section?: string,
): HierarchyModel {
  return buildHierarchy(context, {
    ...(section === undefined ? {} : { path: `${section}.rows`, totalPath: `${section}.total` }),
    caption,
    nameLabel: context.catalogue.tables.name,
    columns: [{ key: 'amount', label: amountLabel }, ...keys.map((key) => ({ key, label: context.catalogue.columns[key] }))],
    alwaysShown: ['amount'],
    rows: table.rows,
    total: table.total,
    totalLabel: context.catalogue.tables.total,
  });
}

/** A column's 合计: as published, else the top rows' sum when every top row has the figure; undefined otherwise. */
export function columnTotal(table: FunctionTable, key: string): string | undefined {
  return amountOf(table.total, key) ?? sumOfEvery(table.rows.map((row) => amountOf(row, key)));
}

/** True when the column has figures but no 合计 can be given: none published, and some top rows have it, some not. */
export function columnTotalUnknown(table: FunctionTable, key: string): boolean {
  if (amountOf(table.total, key) !== undefined) return false;
  const given = table.rows.filter((row) => amountOf(row, key) !== undefined).length;
  return given > 0 && given < table.rows.length;
}
