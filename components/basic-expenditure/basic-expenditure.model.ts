/**
 * The view model of <basic-expenditure>: plain data (no lit, no DOM), built
 * once per data, unit or language change. The classified table (经济分类
 * 类 / 款) comes from core/table/hierarchy.ts; this file adds the columns of
 * 表六 (决算数) or of the budget's table (合计, 人员经费, 公用经费), the rows
 * 人员经费合计 / 公用经费合计, and the two composition bars.
 */
import type { RenderContext } from '../core/element/context.js';
import { toDecimal } from '../core/money.js';
import { amountOf, buildHierarchy, totalRow, type HierarchyModel } from '../core/table/hierarchy.js';
import { layoutComposition, type CompositionSegment } from '../core/charts/composition-layout.js';
import type { Row } from '../core/table/rows.js';

export interface BasicExpenditureModel {
  hierarchy: HierarchyModel;
  /** 人员经费 against 公用经费 (empty when the disclosure gives neither). */
  split: CompositionSegment[];
  /** The classes (301 工资福利支出 …) as parts of their sum. */
  classes: CompositionSegment[];
  /** The charts' description, generated from the figures. */
  summary: string;
  /** The remark under the table, as published. */
  remark?: string;
}

export function buildBasicExpenditureModel(context: RenderContext): BasicExpenditureModel {
  const { catalogue, format, disclosure } = context;
  const table = disclosure.basicExpenditureTable!;
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
    total: table.total?.amount === undefined && hasOnlyAmount(table.rows) ? undefined : table.total,
    totalLabel: catalogue.tables.total,
  });
  if (hasOnlyAmount(table.rows)) {
    // 表六 (决算): 人员经费合计 and 公用经费合计 as the document prints them under the classes, and a 合计 only where published.
    const footer: Row[] = [];
    if (table.total?.amount !== undefined) footer.push(totalRow(context, catalogue.tables.total, table.total, table.rows, hierarchy.keys));
    const totalLine = (key: 'personnel' | 'publicUse', label: string) => {
      const amount = table.total?.[key];
      if (amount !== undefined) footer.push({ key: `total.${key}`, level: 0, label, kind: 'subtotal', cells: [format.amount(amount)] });
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
  let summary = '';
  if (personnel !== undefined && publicUse !== undefined) summary = words.summary(catalogue.element.year(disclosure.fiscalYear), format.money(personnel), format.money(publicUse));
  const largest = classes.reduce<CompositionSegment | undefined>((best, segment) => (!best || toDecimal(segment.amount).gt(toDecimal(best.amount)) ? segment : best), undefined);
  if (largest) summary += words.summaryLargest(largest.label, largest.money, largest.share);
  summary = summary.replace(/^；/, '').replace(/^; /, '');
  if (summary) summary += words.summaryEnd;
  return { hierarchy, split, classes, summary, remark: table.remark };
}

/** A 决算's 表六 has one amount column (决算数); a 预算's gives 人员经费 and 公用经费 per row. */
function hasOnlyAmount(rows: readonly { personnel?: string; publicUse?: string; children?: readonly object[] }[]): boolean {
  return rows.every((row) => row.personnel === undefined && row.publicUse === undefined && hasOnlyAmount((row.children ?? []) as typeof rows));
}
