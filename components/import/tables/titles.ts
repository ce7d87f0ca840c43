/**
 * The standard tables, recognised by their titles whatever the source. A
 * title may be preceded by the year and 部门 / 单位 / 预算单位
 * ("2025年部门财务收支预算总表"); a table of contents line ("4．2025年部门…")
 * or a sentence that mentions a table is not a title.
 */

export type StandardTableId =
  // 决算 (final accounts)
  | 'final.summary' // 收入支出决算总表
  | 'final.income' // 收入决算表
  | 'final.expenditure' // 支出决算表
  | 'final.fiscalSummary' // 财政拨款收入支出决算总表
  | 'final.generalBudget' // 一般公共预算财政拨款支出决算表
  | 'final.generalBudgetBasic' // 一般公共预算财政拨款基本支出决算表
  | 'final.threePublic' // 财政拨款“三公”经费支出决算表
  | 'final.governmentFund' // 政府性基金预算财政拨款收入支出决算表
  | 'final.stateCapital' // 国有资本经营预算财政拨款收入支出决算表
  // 预算 (budget)
  | 'budget.summary' // 财务收支预算总表
  | 'budget.income' // 收入预算总表
  | 'budget.expenditure' // 支出预算总表
  | 'budget.fiscalSummary' // 财政拨款收支预算总表
  | 'budget.generalBudget' // 一般公共预算支出功能分类预算表
  | 'budget.governmentFund' // 政府性基金预算支出功能分类预算表
  | 'budget.stateCapital' // 国有资本经营预算支出功能分类预算表
  | 'budget.generalBudgetBasic' // 一般公共预算基本支出部门预算经济分类预算表
  | 'budget.threePublic'; // “三公”经费和机关运行经费预算表

/** Standard titles, in the standard wording; the longest first so that a title never matches a shorter one inside it. */
export const STANDARD_TITLES: readonly { id: StandardTableId; title: string }[] = [
  { id: 'final.governmentFund', title: '政府性基金预算财政拨款收入支出决算表' },
  { id: 'final.stateCapital', title: '国有资本经营预算财政拨款收入支出决算表' },
  { id: 'final.generalBudgetBasic', title: '一般公共预算财政拨款基本支出决算表' },
  { id: 'final.generalBudget', title: '一般公共预算财政拨款支出决算表' },
  { id: 'final.threePublic', title: '财政拨款“三公”经费支出决算表' },
  { id: 'final.fiscalSummary', title: '财政拨款收入支出决算总表' },
  { id: 'final.summary', title: '收入支出决算总表' },
  { id: 'final.income', title: '收入决算表' },
  { id: 'final.expenditure', title: '支出决算表' },
  { id: 'budget.generalBudgetBasic', title: '一般公共预算基本支出部门预算经济分类预算表' },
  { id: 'budget.stateCapital', title: '国有资本经营预算支出功能分类预算表' },
  { id: 'budget.governmentFund', title: '政府性基金预算支出功能分类预算表' },
  { id: 'budget.generalBudget', title: '一般公共预算支出功能分类预算表' },
  { id: 'budget.threePublic', title: '“三公”经费和机关运行经费预算表' },
  { id: 'budget.fiscalSummary', title: '财政拨款收支预算总表' },
  { id: 'budget.summary', title: '财务收支预算总表' },
  { id: 'budget.income', title: '收入预算总表' },
  { id: 'budget.expenditure', title: '支出预算总表' },
];

const PREFIX = /^(?:(?:19|20)\d{2}年度?)?(?:部门|单位|预算单位)?$/;

/** Quotes as printed vary ("三公", “三公”, 〝三公〞): compare without them. */
const unquote = (text: string) => text.replace(/["“”〝〞'‘’「」]/g, '');

/** The standard table a line's text (white space removed) is the title of, if any. */
export function matchTitle(compact: string): StandardTableId | undefined {
  const plain = unquote(compact.replace(/\s+/g, ''));
  if (plain.length > 40) return undefined;
  for (const { id, title } of STANDARD_TITLES) {
    const wanted = unquote(title);
    if (!plain.endsWith(wanted)) continue;
    const prefix = plain.slice(0, plain.length - wanted.length);
    if (PREFIX.test(prefix)) return id;
    return undefined;
  }
  return undefined;
}

export function standardTitle(id: StandardTableId): string {
  return STANDARD_TITLES.find((entry) => entry.id === id)!.title;
}

export const FINAL_TABLES: readonly StandardTableId[] = [
  'final.summary',
  'final.income',
  'final.expenditure',
  'final.fiscalSummary',
  'final.generalBudget',
  'final.generalBudgetBasic',
  'final.threePublic',
  'final.governmentFund',
  'final.stateCapital',
];
export const BUDGET_TABLES: readonly StandardTableId[] = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscalSummary',
  'budget.generalBudget',
  'budget.governmentFund',
  'budget.stateCapital',
  'budget.generalBudgetBasic',
  'budget.threePublic',
];
