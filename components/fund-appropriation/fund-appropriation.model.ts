/**
 * The view model of <fund-appropriation>: plain data (no lit, no DOM), built
 * once per data, fund, unit or language change. The classified table comes
 * from core/table/hierarchy.ts; this file adds the columns of 表八 / 表九 and
 * the sentence of a table published empty.
 */
import type { DisclosureSection } from '../core/disclosure/index.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { buildHierarchy } from '../core/table/hierarchy.js';
import type { SectionModel } from '../core/table/section-model.js';

/** Which fund's table the element shows. */
export type AppropriationFund = 'government-fund' | 'state-capital';

export const FUND_TABLES: Record<AppropriationFund, DisclosureSection & ('governmentFundTable' | 'stateCapitalTable')> = {
  'government-fund': 'governmentFundTable',
  'state-capital': 'stateCapitalTable',
};

/** The columns of the table, in the document's order: opening + income − expenditure = closing. */
const FLOW_COLUMNS = ['openingBalance', 'income', 'expenditure', 'basic', 'project', 'closingBalance'] as const;

/** The table, or (published empty) the sentence that says so: "本部门2024年度无政府性基金预算财政拨款收入和支出。". No chart. */
export interface FundAppropriationModel extends SectionModel {
  fund: AppropriationFund;
}

export function buildFundAppropriationModel(given: RenderContext, fund: AppropriationFund): FundAppropriationModel {
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, given.disclosure[FUND_TABLES[fund]]?.unit);
  const { catalogue, format, disclosure } = context;
  const table = disclosure[FUND_TABLES[fund]]!;
  const words = catalogue.fundAppropriation;
  if (table.rows.length === 0) {
    return { fund, statement: words.none[disclosure.kind](catalogue.element.year(disclosure.fiscalYear), words.fund[fund]), remark: table.remark };
  }
  const labels: Record<(typeof FLOW_COLUMNS)[number], string> = {
    openingBalance: catalogue.columns.openingBalance,
    income: catalogue.columns.income,
    expenditure: words.expenditure[disclosure.kind],
    basic: words.basic[disclosure.kind],
    project: words.project[disclosure.kind],
    closingBalance: catalogue.columns.closingBalance,
  };
  const hierarchy = buildHierarchy(context, {
    caption: words.table(format.unitLabel),
    nameLabel: catalogue.tables.name,
    columns: FLOW_COLUMNS.map((key) => ({ key, label: labels[key] })),
    alwaysShown: ['expenditure'],
    rows: table.rows,
    total: table.total,
    totalLabel: catalogue.tables.total,
    path: `${FUND_TABLES[fund]}.rows`,
    totalPath: `${FUND_TABLES[fund]}.total`,
  });
  return { fund, hierarchy, remark: table.remark };
}
