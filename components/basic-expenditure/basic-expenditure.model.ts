/**
 * The view model of <basic-expenditure>: plain data (no lit, no DOM), built
 * once per data, unit or language change. The classified table (经济分类
 * 类 / 款) comes from core/table/hierarchy.ts; this file adds the columns of
 * 表六 (决算数) or of the budget's table (合计, 人员经费, 公用经费), the rows
 * 人员经费合计 / 公用经费合计, and the two composition bars.
 */
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { amountOf, buildHierarchy, totalRow, type HierarchyModel } from '../core/table/hierarchy.js';
import { largest, type CompositionChart, type SectionModel } from '../core/table/section-model.js';
import { layoutComposition } from '../core/charts/composition-layout.js';
import type { Row } from '../core/table/rows.js';
import type { BasicExpenditure, EconomicTable } from '../core/disclosure/contract.js';

/**
 * The table, and up to two composition bars: 人员经费 against 公用经费 (when
 * the disclosure gives both), and the classes (301 工资福利支出 …) as parts of
 * their sum (when any has an amount, or when there is no other chart).
 */
export interface BasicExpenditureModel extends SectionModel<CompositionChart> {
  hierarchy: HierarchyModel;
  charts: CompositionChart[];
  summary: string;
}

/** Where 表六 (基本支出决算表 / 基本支出经济分类预算表) is in the disclosure. */
const PUBLISHED = 'basicExpenditureTable';

export function buildBasicExpenditureModel(given: RenderContext): BasicExpenditureModel {
  // A disclosure without 表六 (version 1, like the seed) has the 基本支出 summary only: 合计, 人员经费, 公用经费.
  const published = given.disclosure.basicExpenditureTable !== undefined;
  const table = given.disclosure.basicExpenditureTable ?? summaryTable(given.disclosure.basicExpenditure!);
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, table.unit);
  const { catalogue, format, disclosure } = context;
  const words = catalogue.basicExpenditure;
  const hierarchy = buildHierarchy(context, {
    caption: words.table(format.unitLabel),
    nameLabel: catalogue.tables.name,
    columns: [
      { key: 'amount', label: words.amount[disclosure.kind] },
      { key: 'personnel', label: catalogue.columns.personnel },
      { key: 'publicUse', label: catalogue.columns.publicUse },
    ],
    alwaysShown: ['amount'],
    rows: table.rows,
    // 表六 of a 决算 publishes 人员经费合计 and 公用经费合计 as rows, not as columns of a 合计 row.
    // (The summary of a version-1 disclosure has no classes: its 合计 is the amount column's; 人员经费合计 and
    // 公用经费合计 are rows below, as in 表六.)
    total: table.total?.amount === undefined && hasOnlyAmount(table.rows) ? undefined : table.rows.length === 0 ? { amount: table.total?.amount } : table.total,
    totalLabel: catalogue.tables.total,
    // 表六's rows and 合计 carry their JSON paths (a warning marks its row); the version-1 summary has no classes.
    ...(published ? { path: `${PUBLISHED}.rows`, totalPath: `${PUBLISHED}.total` } : {}),
  });
  if (hasOnlyAmount(table.rows)) {
    // 表六 (决算): 人员经费合计 and 公用经费合计 as the document prints them under the classes, and a 合计 only where published.
    const footer: Row[] = [];
    // Each line carries the JSON path of its figure: in 表六, or in the version-1 summary (`basicExpenditure.total` …).
    const pathOf = (field: 'amount' | 'personnel' | 'publicUse') => (published ? `${PUBLISHED}.total.${field}` : `basicExpenditure.${field === 'amount' ? 'total' : field}`);
    if (table.total?.amount !== undefined) footer.push(totalRow(context, catalogue.tables.total, table.total, table.rows, hierarchy.keys, 'total', pathOf('amount')));
    const totalLine = (key: 'personnel' | 'publicUse', label: string) => {
      const amount = table.total?.[key];
      if (amount !== undefined) footer.push({ key: `total.${key}`, level: 0, label, kind: 'subtotal', cells: [format.amount(amount)], path: pathOf(key) });
    };
    totalLine('personnel', words.personnelTotal);
    totalLine('publicUse', words.publicUseTotal);
    hierarchy.footer = footer.length > 0 ? footer : [totalRow(context, catalogue.tables.total, undefined, table.rows, hierarchy.keys)];
  }

  const personnel = table.total?.personnel;
  const publicUse = table.total?.publicUse;
  const split =
    personnel !== undefined && publicUse !== undefined
      ? layoutComposition(
          [
            { key: 'personnel', label: catalogue.columns.personnel, amount: personnel },
            { key: 'publicUse', label: catalogue.columns.publicUse, amount: publicUse },
          ],
          format,
          catalogue,
        )
      : [];
  const classes = layoutComposition(
    hierarchy.roots.flatMap((node) => {
      const amount = amountOf(node.item, 'amount');
      return amount === undefined ? [] : [{ key: node.id, label: node.label, amount }];
    }),
    format,
    catalogue,
  );
  // Each chart says what it shows (人员经费 against 公用经费; the largest class); the section's summary says both.
  const splitSummary = personnel !== undefined && publicUse !== undefined ? words.summary(catalogue.element.year(disclosure.fiscalYear), format.money(personnel), format.money(publicUse)) : '';
  const first = largest(classes, (segment) => segment.amount);
  const classesSummary = first ? words.summaryLargest(first.label, first.money, first.share) : '';
  const sentence = (text: string) => {
    const opened = text.replace(/^；/, '').replace(/^; /, '');
    // A clause that now starts the sentence starts with a capital ("The largest class was …"; Chinese has no case).
    return opened ? opened.charAt(0).toUpperCase() + opened.slice(1) + words.summaryEnd : '';
  };
  const summary = sentence(splitSummary + classesSummary);
  const charts: CompositionChart[] = [];
  if (split.length > 0) charts.push({ id: 'split', title: words.splitChart, segments: split, summary: sentence(splitSummary) });
  if (classes.length > 0 || split.length === 0) charts.push({ id: 'classes', title: words.classChart, segments: classes, summary: split.length > 0 ? sentence(classesSummary) : summary });
  return { hierarchy, charts, summary, names: hierarchy.roots.map((node) => node.label), remark: table.remark, includes: includesOf(table, disclosure.basicExpenditure, catalogue) };
}

/**
 * The 基本支出 summary (`basicExpenditure`: 合计, 人员经费, 公用经费) as a table with no classes: its 合计,
 * 人员经费合计 and 公用经费合计 rows are what the element shows of it, with the split chart.
 */
function summaryTable(summary: BasicExpenditure): EconomicTable {
  return {
    rows: [],
    total: { amount: summary.total, personnel: summary.personnel, publicUse: summary.publicUse },
    personnelNote: summary.personnelNote,
    publicUseNote: summary.publicUseNote,
    unit: summary.unit,
  };
}

/** What the document says 人员经费 and 公用经费 include (说明六's 主要包括…), as published: with the table, or with the summary. */
function includesOf(table: EconomicTable, summary: BasicExpenditure | undefined, catalogue: RenderContext['catalogue']): { label: string; text: string }[] {
  return [
    { label: catalogue.columns.personnel, text: table.personnelNote ?? summary?.personnelNote },
    { label: catalogue.columns.publicUse, text: table.publicUseNote ?? summary?.publicUseNote },
  ].flatMap((entry) => (entry.text ? [{ label: entry.label, text: entry.text }] : []));
}

/** A 决算's 表六 has one amount column (决算数); a 预算's gives 人员经费 and 公用经费 per row. */
function hasOnlyAmount(rows: readonly { personnel?: string; publicUse?: string; children?: readonly object[] }[]): boolean {
  return rows.every((row) => row.personnel === undefined && row.publicUse === undefined && hasOnlyAmount((row.children ?? []) as typeof rows));
}
