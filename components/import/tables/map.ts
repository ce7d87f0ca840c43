/**
 * One mapper from recognised standard tables (whatever their source) and the
 * narrative to a contract JSON, with the
 * import report. Tables come first;
 * the narrative fills only what the tables do not hold (duties, notes, other
 * matters, glossary, counts), and never overrides a table's figure: where the
 * two differ, the validator's cross-checks say so.
 */
import type { FigureSource, ImportedTable, ImportReport, ReadDocument, ReportNote, TextCell } from '../types.js';
import { IMPORT_MESSAGES } from '../messages.js';
import { amountOf } from '../text.js';
import { BUDGET_TABLES, FINAL_TABLES, matchTitle, standardTitle, type StandardTableId } from './titles.js';
import { figureIn, hasFigures, rowsOf, type RowView } from './rows.js';
import { readNarrative } from '../narrative/narrative.js';
import { readSectionText, type ItemParagraph } from '../narrative/sections.js';
import { attachBudgetText, readBudgetText } from '../narrative/budget.js';
import { addStatedFigures as addStatedFiguresTo } from '../narrative/figures.js';
import { DISCLOSURE_SHAPE } from '../../core/disclosure/shape.js';
import { appropriationTable, economicTable, expenditureTable, EXPENDITURE_PART_COLUMNS, functionLines, fundFlowTable, incomeTable, INCOME_SOURCE_LABELS } from './extended.js';

/**
 * Whether the contract this build validates against has the extended sections
 * (the nine tables, the budget tables). Version 1 has not: the importer then
 * maps what version 1 holds and reports the rest as read but not mapped.
 */
export const contractHasTables = (): boolean => 'incomeTable' in DISCLOSURE_SHAPE.fields;

type Json = Record<string, unknown>;

export interface MapResult {
  disclosure: Json;
  report: ImportReport;
  /** Standard tables found, and whether any holds a figure. */
  tablesFound: number;
  anyFigure: boolean;
  narrativeFound: boolean;
}

export function mapDocument(document: ReadDocument): MapResult {
  const figures: FigureSource[] = [];
  const notes: ReportNote[] = [];
  const byId = new Map<StandardTableId, ImportedTable>();
  for (const table of document.tables) {
    const id = matchTitle(table.title);
    if (id && !byId.has(id)) byId.set(id, table);
  }
  const budgetCount = [...byId.keys()].filter((id) => id.startsWith('budget.')).length;
  const finalCount = [...byId.keys()].filter((id) => id.startsWith('final.')).length;
  const narrative = readNarrative(document.text, { extended: contractHasTables() });
  const textAll = document.text.map((line) => line.text).join('\n');
  const kind: 'budget' | 'final-accounts' =
    budgetCount > finalCount || (budgetCount === 0 && finalCount === 0 && /部门预算/.test(textAll) && !/部门决算/.test(textAll)) ? 'budget' : 'final-accounts';
  const wanted = kind === 'budget' ? BUDGET_TABLES : FINAL_TABLES;

  // The unit: the one the tables state (the first one's); a table in another unit is reported and left out.
  const tables = [...byId.entries()].filter(([id]) => wanted.includes(id));
  const unit = tables.find(([, table]) => table.unit)?.[1].unit ?? '万元';
  const usable = new Map<StandardTableId, ImportedTable>();
  // The extended contract states a table's own unit (a budget's “三公” table in 万元): its figures are kept as printed.
  const ownUnit = new Map<StandardTableId, '元' | '万元'>();
  for (const [id, table] of tables) {
    if (table.unit && table.unit !== unit && contractHasTables()) {
      notes.push({ code: 'table-unit', table: table.title, message: IMPORT_MESSAGES.tableUnit(table.title, table.unit, unit), at: table.titleAt });
      ownUnit.set(id, table.unit);
      usable.set(id, table);
    } else if (table.unit && table.unit !== unit) notes.push({ code: 'unit-mismatch', table: table.title, message: IMPORT_MESSAGES.unitMismatch(table.title, table.unit, unit), at: table.titleAt });
    else usable.set(id, table);
  }
  const tablesMissing = wanted.filter((id) => !byId.has(id)).map(standardTitle);
  for (const title of tablesMissing) if (byId.size > 0) notes.push({ code: 'table-missing', message: IMPORT_MESSAGES.tableMissing(title) });
  for (const [, table] of usable) {
    if (!hasFigures(table)) {
      const note = table.notes.map((cell) => cell.text).find((text) => /说明|无|空表/.test(text) && !/^注[:：]本表反映/.test(text)) ?? '';
      notes.push({ code: 'table-empty', table: table.title, message: IMPORT_MESSAGES.tableEmpty(table.title, note), at: table.titleAt });
    }
    for (const cell of table.unplaced) notes.push({ code: 'not-understood', table: table.title, message: IMPORT_MESSAGES.notUnderstood(cell.text), at: cell.at });
  }

  const disclosure: Json = { schemaVersion: 1, kind };
  /** The table cells whose figure went into the output (each traced to its path). */
  const mapped = new Set<TextCell>();
  const fromTable = (path: string, value: string | number, table: ImportedTable, row: RowView | undefined, column: string | undefined, cell: TextCell) => {
    mapped.add(cell);
    const source: FigureSource = { path, value, table: table.title, at: cell.at };
    if (row) source.row = row.label || row.code || '';
    if (column) source.column = column;
    figures.push(source);
  };
  const year = [...usable.values()].find((table) => table.year)?.year ?? narrative.year;
  if (year !== undefined) disclosure.fiscalYear = year;
  disclosure.unit = unit;
  const department: Json = {};
  const name = narrative.department ?? [...usable.values()].find((table) => table.department)?.department;
  if (name) department.name = name;
  Object.assign(department, (narrative.fragments.department as Json | undefined) ?? {});
  disclosure.department = department;

  const extended = contractHasTables();
  const sections = extended ? mapExtended(usable, kind, fromTable) : kind === 'budget' ? mapBudget(usable, fromTable) : mapFinal(usable, fromTable);
  Object.assign(disclosure, sections);
  // Nothing read is lost without a word: a figure of a used table that went nowhere (a column the contract has no
  // field for, or one the reader could not name) is reported with its row and column.
  if (extended) for (const table of usable.values()) notMappedFigures(table, mapped, notes);
  if (extended) {
    for (const [id, table] of usable) {
      const sectionName = SECTION_OF[id.replace(/^(?:final|budget)\./, '')] ?? '';
      const section = disclosure[sectionName] as Json | undefined;
      if (!section) continue;
      // 注：本表反映…: what the table covers (a 说明/故本表无数据 line is the table's remark).
      const note = table.notes.map((cell) => cell.text).find((text) => /^注[:：]\s*本表反映/.test(text));
      if (note && section.note === undefined) section.note = note;
      // A table that prints figures under a note saying it is empty (Wanli 2024's “三公” table): the figures are
      // imported as printed, the note is kept as the table's remark, and the contradiction is reported.
      const empty = hasFigures(table) ? table.notes.find((cell) => /本表为空表|本表无数据/.test(cell.text)) : undefined;
      if (empty) {
        const shape = DISCLOSURE_SHAPE.fields[sectionName]?.shape;
        if (section.remark === undefined && shape?.type === 'record' && 'remark' in shape.fields) section.remark = empty.text;
        notes.push({ code: 'not-understood', table: table.title, message: IMPORT_MESSAGES.figuresUnderEmptyNote(table.title, empty.text), at: empty.at });
      }
      const own = ownUnit.get(id);
      if (own) {
        section.unit = own;
        // The budget's “三公” table holds 机关运行经费 too.
        const matters = disclosure.otherMatters as Json | undefined;
        if (/threePublic$/.test(id) && matters?.institutionalOperating !== undefined) matters.unit = own;
      }
    }
  }
  // With the extended contract, the tables hold the figures; the narrative adds only what no table has.
  const narrativeOnly = new Set(extended && usable.size > 0 ? ['otherMatters', 'glossary', 'threePublicExpenses'] : Object.keys(narrative.fragments));
  // The narrative fills sections the tables left absent, and the parts of a section tables never hold.
  const narrativeFigures = new Set<string>();
  for (const [section, fragment] of Object.entries(narrative.fragments)) {
    if (section === 'department' || !narrativeOnly.has(section)) continue;
    if (disclosure[section] === undefined) {
      // A section the narrative states only in part (counts without the amounts) is not a section.
      if (section === 'threePublicExpenses' && (fragment as Json).total === undefined) continue;
      disclosure[section] = fragment;
      narrativeFigures.add(section);
    } else if (section === 'threePublicExpenses' || section === 'basicExpenditure' || section === 'accountSummary' || section === 'functionalBreakdown') {
      mergeMissing(disclosure[section] as Json, fragment as Json);
    }
  }
  for (const figure of narrative.figures) {
    const section = figure.path.split(/[.[]/)[0]!;
    if (narrativeFigures.has(section)) figures.push(figure);
  }
  // The 情况说明 of each 项 joins the table's item: by 类 and 项 name, else by the amount it states within the 类.
  const breakdown = disclosure.functionalBreakdown as { items?: Json[] } | undefined;
  if (breakdown?.items && !narrativeFigures.has('functionalBreakdown')) {
    const strip = (name: string) => name.replace(/支出$/, '');
    for (const detail of narrative.itemDetails) {
      const classIndex = breakdown.items.findIndex((item) => strip(String(item.name)) === strip(detail.className));
      const leaves: { item: Json; path: string }[] = [];
      const walk = (item: Json, path: string) => {
        const children = (item.children as Json[] | undefined) ?? [];
        if (children.length === 0) leaves.push({ item, path });
        children.forEach((child, index) => walk(child, `${path}.children[${index}]`));
      };
      if (classIndex >= 0) walk(breakdown.items[classIndex]!, `functionalBreakdown.items[${classIndex}]`);
      const untouched = leaves.filter((leaf) => leaf.item.budget === undefined && leaf.item.completionRate === undefined && leaf.item.note === undefined);
      // By name; else by the amount the paragraph states, when exactly one item of the 类 has it (said in a note).
      const byName = untouched.find((leaf) => leaf.item.name === detail.itemName);
      const byAmount = byName || detail.amount === undefined ? [] : untouched.filter((leaf) => leaf.item.amount === detail.amount);
      const target = byName ?? (byAmount.length === 1 ? byAmount[0] : undefined);
      if (!target) {
        notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.notUnderstood(detail.sentence.slice(0, 80)), at: { kind: 'text', sentence: detail.sentence } });
        continue;
      }
      if (!byName) {
        notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.narrativeItemByAmount(detail.itemName, String(target.item.name)), at: { kind: 'text', sentence: detail.sentence } });
      }
      const fields: [string, string | undefined][] = [
        ['budget', detail.budget],
        ['completionRate', detail.completionRate],
        ['note', detail.note],
        ['reason', extended ? detail.reason : undefined],
      ];
      for (const [field, value] of fields) {
        if (value === undefined) continue;
        target.item[field] = value;
        if (field === 'budget' || field === 'completionRate') figures.push({ path: `${target.path}.${field}`, value, at: { kind: 'text', sentence: detail.sentence }, row: detail.sentence });
      }
    }
  }
  // The extended contract's text parts: each section's 情况说明 and 部门决算单位构成, as published.
  // PDF only: its layout tells paragraphs apart (a plain-text narrative keeps its own reading).
  if (extended && document.source === 'pdf') {
    const text = readSectionText(document.text);
    for (const [section, explanation] of Object.entries(text.explanations)) {
      const target = disclosure[section] as Json | undefined;
      if (target && typeof target === 'object' && target.explanation === undefined) target.explanation = explanation;
    }
    const matters = disclosure.otherMatters as Json | undefined;
    for (const [field, explanation] of Object.entries(text.otherMatters)) {
      const target = matters?.[field] as Json | undefined;
      if (matters && target === undefined && field === 'institutionalOperatingDetail' && matters.institutionalOperating !== undefined) matters[field] = { explanation };
      else if (target && typeof target === 'object' && target.explanation === undefined) target.explanation = explanation;
    }
    const economic = disclosure.basicExpenditureTable as Json | undefined;
    if (economic && text.personnelNote && economic.personnelNote === undefined) economic.personnelNote = text.personnelNote;
    if (economic && text.publicUseNote && economic.publicUseNote === undefined) economic.publicUseNote = text.publicUseNote;
    attachItemParagraphs(disclosure.functionalBreakdown as Json | undefined, text.items, notes);
    addStatedFigures(disclosure, unit, figures);
    if (text.composition && department.composition === undefined) department.composition = text.composition;
    if (text.units && department.units === undefined) department.units = text.units;
    // A budget's 编制说明, 其他相关情况说明 and 项目经费情况说明.
    if (kind === 'budget') attachBudgetText(disclosure, readBudgetText(document.text), { unit, notes, figures });
  }
  const tableNotes = [...usable.values()].flatMap((table) => table.notes.map((cell) => cell.text)).filter((text) => /^说明[:：]|故本表|本表为空表|本表无数据/.test(text));
  if (tableNotes.length > 0) disclosure.notes = tableNotes;

  const sectionNames = extended
    ? ['accountSummary', 'incomeTable', 'expenditureTable', 'appropriationTable', 'functionalBreakdown', 'basicExpenditureTable', 'threePublicExpenses', 'governmentFundTable', 'stateCapitalTable', 'otherMatters', 'glossary']
    : ['accountSummary', 'fiscalAppropriation', 'functionalBreakdown', 'governmentFundExpenditure', 'stateCapitalExpenditure', 'threePublicExpenses', 'basicExpenditure', 'otherMatters', 'glossary'];
  const sectionsMissing = sectionNames.filter((section) => disclosure[section] === undefined);
  for (const section of sectionsMissing) notes.push({ code: 'section-missing', message: IMPORT_MESSAGES.sectionMissing(section) });
  for (const id of ['final.income', 'final.generalBudgetBasic', 'budget.income', 'budget.generalBudgetBasic'] as const) {
    if (extended) break;
    const table = usable.get(id);
    if (table && hasFigures(table)) notes.push({ code: 'not-mapped', table: table.title, message: IMPORT_MESSAGES.notMapped(table.title), at: table.titleAt });
  }
  for (const line of narrative.notUnderstood) notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.notUnderstood(line.text), at: line.at });

  const report: ImportReport = {
    source: document.source,
    tablesFound: [...byId.values()].map((table) => table.title),
    tablesMissing: byId.size > 0 ? tablesMissing : [],
    sectionsMissing,
    figures,
    notes,
  };
  if (document.pages !== undefined) report.pages = document.pages;
  return {
    disclosure,
    report,
    tablesFound: byId.size,
    anyFigure: [...byId.values()].some(hasFigures),
    narrativeFound: Object.keys(narrative.fragments).some((key) => key !== 'department'),
  };
}

/**
 * Each 项's paragraph of 说明五 joins its item of 表五: within the 类 it names, the 项 of that name, else the one
 * 项 whose amount is the 支出决算为 the paragraph states (the text may name a 款 or 项 differently from the table:
 * 其他国土资源事务支出 for 其他自然资源事务支出). One not found is reported, never guessed.
 */
function attachItemParagraphs(breakdown: Json | undefined, paragraphs: readonly ItemParagraph[], notes: ReportNote[]): void {
  const items = breakdown?.items as Json[] | undefined;
  if (!items) return;
  const same = (a: unknown, b: string) => String(a).replace(/支出$/, '') === b.replace(/支出$/, '');
  const leavesOf = (item: Json): Json[] => {
    const children = (item.children as Json[] | undefined) ?? [];
    return children.length === 0 ? [item] : children.flatMap(leavesOf);
  };
  for (const paragraph of paragraphs) {
    const group = items.find((candidate) => same(candidate.name, paragraph.className));
    const leaves = group ? leavesOf(group).filter((leaf) => leaf.explanation === undefined) : [];
    const stated = /支出决算为\s*(\d[\d,]*(?:\.\d+)?)\s*万?元/.exec(paragraph.text)?.[1];
    const byAmount = stated === undefined ? [] : leaves.filter((leaf) => leaf.amount === amountOf(stated));
    const target = leaves.find((leaf) => same(leaf.name, paragraph.itemName)) ?? (byAmount.length === 1 ? byAmount[0] : undefined);
    if (!target) {
      notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.notUnderstood(paragraph.text.slice(0, 80)), at: { kind: 'text', sentence: paragraph.text } });
      continue;
    }
    target.explanation = { text: [paragraph.text] };
  }
}

/**
 * The figures each 情况说明 states (explanation.figures, in each part), and each 项's paragraph's. 说明五(三)'s
 * "年初预算为 B，支出决算为 A，完成年初预算的 P%" of the whole table gives 表五's totalBudget and totalCompletionRate.
 */
function addStatedFigures(disclosure: Json, unit: '元' | '万元', figures: FigureSource[]): void {
  const sections = ['accountSummary', 'incomeTable', 'expenditureTable', 'appropriationTable', 'functionalBreakdown', 'basicExpenditureTable', 'threePublicExpenses'];
  const fill = (explanation: Json, section: string, subject?: { ref: string; budgetRef: string }) =>
    addStatedFiguresTo(explanation, section, subject ? { disclosure, unit, subject } : { disclosure, unit });
  for (const section of sections) {
    const explanation = (disclosure[section] as Json | undefined)?.explanation as Json | undefined;
    if (!explanation) continue;
    const stated = fill(explanation, section);
    const breakdown = disclosure.functionalBreakdown as Json;
    const whole = section === 'functionalBreakdown' ? stated.find((figure) => figure.kind === 'budget-comparison' && figure.ref === 'functionalBreakdown.total' && figure.budget !== undefined && figure.unit === undefined) : undefined;
    if (whole && breakdown.totalBudget === undefined) {
      // Read from the text, and traced to it like every figure (the report's list, and the place of a warning on it).
      const from = (path: string, value: string) => figures.push({ path, value, at: { kind: 'text', sentence: whole.text }, row: whole.text });
      breakdown.totalBudget = whole.budget;
      from('functionalBreakdown.totalBudget', whole.budget!);
      if (whole.percent !== undefined) {
        breakdown.totalCompletionRate = whole.percent;
        from('functionalBreakdown.totalCompletionRate', whole.percent);
      }
      whole.budgetRef = 'functionalBreakdown.totalBudget';
    }
  }
  const walk = (items: Json[] | undefined, base: string) =>
    items?.forEach((item, index) => {
      const path = `${base}[${index}]`;
      if (item.explanation) fill(item.explanation as Json, 'item', { ref: `${path}.amount`, budgetRef: `${path}.budget` });
      walk(item.children as Json[] | undefined, `${path}.children`);
    });
  walk((disclosure.functionalBreakdown as Json | undefined)?.items as Json[] | undefined, 'functionalBreakdown.items');
}

/** Copies into `target` the fields it lacks (deeply for plain objects), never overwriting a figure. */
function mergeMissing(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    if (target[key] === undefined) target[key] = value;
    else if (isPlain(target[key]) && isPlain(value)) mergeMissing(target[key] as Json, value as Json);
  }
}
const isPlain = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The extended contract's section of each standard table (ids without their final./budget. prefix). */
const SECTION_OF: Record<string, string> = {
  summary: 'accountSummary',
  income: 'incomeTable',
  expenditure: 'expenditureTable',
  fiscalSummary: 'appropriationTable',
  generalBudget: 'functionalBreakdown',
  generalBudgetBasic: 'basicExpenditureTable',
  threePublic: 'threePublicExpenses',
  governmentFund: 'governmentFundTable',
  stateCapital: 'stateCapitalTable',
};

type FromTable = (path: string, value: string | number, table: ImportedTable, row: RowView | undefined, column: string | undefined, cell: TextCell) => void;

const INCOME_LABELS: [RegExp, string][] = [
  [/^一般公共预算(?:财政拨款(?:收入)?|资金)$/, 'generalPublicBudget'],
  [/^政府性基金(?:预算财政拨款(?:收入)?|预算)?$/, 'governmentFund'],
  [/^国有资本经营预算(?:财政拨款(?:收入)?)?$/, 'stateCapital'],
  ...INCOME_SOURCE_LABELS,
  [/^用事业基金弥补收支差额$/, 'reserveFundUse'],
  [/^使用非财政拨款结余$/, 'nonFiscalBalanceUse'],
  [/^(?:上年|年初)结转和?结余$/, 'priorYearBalance'],
];
const EXPENDITURE_COLUMNS: [RegExp, string][] = [
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^上缴上级支出$/, 'remittanceToSuperior'],
  [/^经营支出$/, 'operating'],
  [/^对附属单位补助支出$/, 'affiliateSubsidy'],
];
const FISCAL_CHILDREN = new Set(['generalPublicBudget', 'governmentFund', 'stateCapital']);

/**
 * Income lines of a summary table's left side. A line whose cell is blank is left out, or, with `blanks` (a
 * budget's 财务收支预算总表, whose every standard line the 编制说明 speaks of), kept with its label as a `blank`
 * line: no amount, never 0.
 */
function incomeLines(table: ImportedTable, fromTable: FromTable, labelled = false, blanks = false): { lines: Json[]; totals: Json } {
  const lines: Json[] = [];
  const totals: Json = {};
  let fiscal: Json | undefined;
  for (const row of rowsOf(table, 0)) {
    const figure = figureIn(row);
    const entry = INCOME_LABELS.find(([pattern]) => pattern.test(row.key));
    if (/^本年收入合计$/.test(row.key) && figure) {
      totals.currentYearIncome = figure.amount;
      fromTable('accountSummary.currentYearIncome', figure.amount, table, row, figure.column, figure.cell);
    } else if (/^(?:收入)?总计$/.test(row.key) && figure) {
      totals.incomeTotal = figure.amount;
      fromTable('accountSummary.incomeTotal', figure.amount, table, row, figure.column, figure.cell);
    }
    if (!entry) continue;
    const key = entry[1];
    const label = labelled ? { label: row.key } : {};
    if (!figure) {
      if (!blanks || !labelled) continue;
      if (FISCAL_CHILDREN.has(key) && fiscal) ((fiscal.children as Json[]) ??= []).push({ key, ...label, blank: true });
      else if (key === 'fiscalAppropriation') lines.push((fiscal = { key, ...label, blank: true }));
      else lines.push({ key, ...label, blank: true });
      continue;
    }
    if (key === 'fiscalAppropriation') {
      fiscal = { key, ...label, amount: figure.amount };
      fromTable(`accountSummary.income[${lines.length}].amount`, figure.amount, table, row, figure.column, figure.cell);
      lines.push(fiscal);
    } else if (FISCAL_CHILDREN.has(key) && fiscal) {
      const children = ((fiscal.children as Json[]) ??= []);
      fromTable(`accountSummary.income[${lines.indexOf(fiscal)}].children[${children.length}].amount`, figure.amount, table, row, figure.column, figure.cell);
      children.push({ key, ...label, amount: figure.amount });
    } else {
      fromTable(`accountSummary.income[${lines.length}].amount`, figure.amount, table, row, figure.column, figure.cell);
      lines.push({ key, ...label, amount: figure.amount });
    }
  }
  return { lines, totals };
}

/** Expenditure lines from the 合计 row of 支出决算表 / 支出预算总表 (基本支出, 项目支出 …). */
function expenditureLines(table: ImportedTable | undefined, fromTable: FromTable): Json[] {
  if (!table) return [];
  const total = rowsOf(table).find((row) => /^合计$/.test(row.key));
  if (!total) return [];
  const lines: Json[] = [];
  for (const [pattern, key] of EXPENDITURE_COLUMNS) {
    const figure = figureIn(total, pattern);
    if (!figure) continue;
    fromTable(`accountSummary.expenditure[${lines.length}].amount`, figure.amount, table, total, figure.column, figure.cell);
    lines.push({ key, amount: figure.amount });
  }
  return lines;
}

/** Function items by code (3/5/7 digits: 类/款/项) with 合计, 基本支出, 项目支出. */
function functionItems(table: ImportedTable, base: string, fromTable: FromTable): { items: Json[]; total?: string } {
  const items: Json[] = [];
  let total: string | undefined;
  const stack: { code: string; item: Json; path: string }[] = [];
  for (const row of rowsOf(table)) {
    const amount = figureIn(row, /^(?:合计|本年支出合计|小计)$/) ?? figureIn(row);
    if (/^(?:合计|总计)$/.test(row.key) && !row.code) {
      if (amount) {
        total = amount.amount;
        fromTable(`${base}.total`, amount.amount, table, row, amount.column, amount.cell);
      }
      continue;
    }
    if (!row.code || !amount) continue;
    while (stack.length > 0 && !row.code.startsWith(stack[stack.length - 1]!.code)) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? ((parent.item.children as Json[]) ??= []) : items;
    const path = parent ? `${parent.path}.children[${siblings.length}]` : `${base}.items[${siblings.length}]`;
    const item: Json = { code: row.code, name: row.label, amount: amount.amount };
    fromTable(`${path}.amount`, amount.amount, table, row, amount.column, amount.cell);
    const basic = figureIn(row, /^基本支出$/);
    const project = figureIn(row, /^项目支出$/);
    if (basic) {
      item.basic = basic.amount;
      fromTable(`${path}.basic`, basic.amount, table, row, basic.column, basic.cell);
    }
    if (project) {
      item.project = project.amount;
      fromTable(`${path}.project`, project.amount, table, row, project.column, project.cell);
    }
    siblings.push(item);
    stack.push({ code: row.code, item, path });
  }
  return total === undefined ? { items } : { items, total };
}

function fundSection(table: ImportedTable | undefined, base: string, fromTable: FromTable): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const { items, total } = functionItems(table, base, fromTable);
  if (total === undefined) return undefined;
  return items.length > 0 ? { total, items } : { total };
}

function mapFinal(tables: Map<StandardTableId, ImportedTable>, fromTable: FromTable): Json {
  const out: Json = {};
  const summary = tables.get('final.summary');
  if (summary && hasFigures(summary)) {
    const { lines: income, totals } = incomeLines(summary, fromTable);
    const expenditure = expenditureLines(tables.get('final.expenditure'), fromTable);
    const account: Json = { income, expenditure, ...totals };
    for (const row of rowsOf(summary, 1)) {
      const figure = figureIn(row);
      if (!figure) continue;
      if (/^本年支出合计$/.test(row.key)) {
        // 本年支出合计 is the expenditure lines' sum: the contract's expenditureTotal (the table's 总计 includes the year-end balance).
        account.currentYearExpenditure = figure.amount;
        account.expenditureTotal = figure.amount;
        fromTable('accountSummary.currentYearExpenditure', figure.amount, summary, row, figure.column, figure.cell);
        fromTable('accountSummary.expenditureTotal', figure.amount, summary, row, figure.column, figure.cell);
      } else if (/^年末结转和?结余$/.test(row.key)) {
        account.yearEndBalance = figure.amount;
        fromTable('accountSummary.yearEndBalance', figure.amount, summary, row, figure.column, figure.cell);
      } else if (/^结余分配$/.test(row.key)) {
        fromTable(`accountSummary.expenditure[${expenditure.length}].amount`, figure.amount, summary, row, figure.column, figure.cell);
        expenditure.push({ key: 'surplusDistribution', amount: figure.amount });
      }
    }
    if (income.length > 0 || expenditure.length > 0) out.accountSummary = account;
  }
  const fiscal = tables.get('final.fiscalSummary');
  if (fiscal && hasFigures(fiscal)) {
    const appropriation: Json = {};
    for (const row of rowsOf(fiscal)) {
      if (row.group === 1 && /^本年支出合计$/.test(row.key)) {
        const figure = figureIn(row, /^合计$/) ?? figureIn(row);
        if (figure) {
          appropriation.total = figure.amount;
          fromTable('fiscalAppropriation.total', figure.amount, fiscal, row, figure.column, figure.cell);
        }
      } else if (row.group === 0 && /^年初财政拨款结转和结余$/.test(row.key)) {
        const figure = figureIn(row);
        if (figure) {
          appropriation.openingBalance = figure.amount;
          fromTable('fiscalAppropriation.openingBalance', figure.amount, fiscal, row, figure.column, figure.cell);
        }
      } else if (row.group === 1 && /^年末财政拨款结转和结余$/.test(row.key)) {
        const figure = figureIn(row, /^合计$/) ?? figureIn(row);
        if (figure) {
          appropriation.closingBalance = figure.amount;
          fromTable('fiscalAppropriation.closingBalance', figure.amount, fiscal, row, figure.column, figure.cell);
        }
      }
    }
    if (appropriation.total !== undefined) out.fiscalAppropriation = appropriation;
  }
  const general = tables.get('final.generalBudget');
  if (general && hasFigures(general)) {
    const { items, total } = functionItems(general, 'functionalBreakdown', fromTable);
    if (items.length > 0) out.functionalBreakdown = total === undefined ? { items } : { total, items };
  }
  const fund = fundSection(tables.get('final.governmentFund'), 'governmentFundExpenditure', fromTable);
  if (fund) out.governmentFundExpenditure = fund;
  const capital = fundSection(tables.get('final.stateCapital'), 'stateCapitalExpenditure', fromTable);
  if (capital) out.stateCapitalExpenditure = capital;
  const three = threePublic(tables.get('final.threePublic'), 'final', fromTable);
  if (three) out.threePublicExpenses = three;
  const basic = tables.get('final.generalBudgetBasic');
  if (basic && hasFigures(basic)) {
    const rows = rowsOf(basic);
    const personnel = rows.find((row) => /^人员经费合计$/.test(row.key));
    const publicUse = rows.find((row) => /^(?:日常)?公用经费合计$/.test(row.key));
    const generalTotal = general ? rowsOf(general).find((row) => /^合计$/.test(row.key) && !row.code) : undefined;
    const total = generalTotal ? figureIn(generalTotal, /^基本支出$/) : undefined;
    const personnelFigure = personnel && figureIn(personnel);
    const publicFigure = publicUse && figureIn(publicUse);
    if (total && personnelFigure && publicFigure && generalTotal && general) {
      fromTable('basicExpenditure.total', total.amount, general, generalTotal, total.column, total.cell);
      fromTable('basicExpenditure.personnel', personnelFigure.amount, basic, personnel, personnelFigure.column, personnelFigure.cell);
      fromTable('basicExpenditure.publicUse', publicFigure.amount, basic, publicUse, publicFigure.column, publicFigure.cell);
      out.basicExpenditure = { total: total.amount, personnel: personnelFigure.amount, publicUse: publicFigure.amount };
    }
  }
  return out;
}

/**
 * The “三公” table: figure columns in pairs (预算数, 决算数) under 合计, 因公出国（境）费,
 * 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) and 公务接待费, in the order the
 * header prints them; the budget table has one figure per part and 机关运行经费.
 */
/** How many unmapped figures a note lists before "…". */
const UNMAPPED_SHOWN = 5;

/** One note for the figures of `table` no path took: how many, and the first few with their row and column. */
function notMappedFigures(table: ImportedTable, mapped: ReadonlySet<TextCell>, notes: ReportNote[]): void {
  const left: { cell: TextCell; where: string }[] = [];
  for (const view of rowsOf(table)) {
    for (const { column, cell } of view.values) {
      if (!cell || mapped.has(cell) || amountOf(cell.text) === undefined) continue;
      const row = [view.code, view.label].filter(Boolean).join(' ');
      left.push({ cell, where: [row, column.header.join(' / ')].filter(Boolean).join(' · ') });
    }
  }
  if (left.length === 0) return;
  const shown = left.slice(0, UNMAPPED_SHOWN).map(({ cell, where }) => (where ? `${where}: ${cell.text}` : cell.text));
  notes.push({ code: 'not-mapped', table: table.title, message: IMPORT_MESSAGES.figuresNotMapped(table.title, left.length, shown, left.length > shown.length), at: left[0]!.cell.at });
}

/** Where each part of the “三公” table goes in `threePublicExpenses` (its budget side is flat: `budget.vehiclePurchase`). */
const THREE_PUBLIC_PATHS: Record<string, string> = {
  total: 'total',
  outboundTravel: 'outboundTravel.amount',
  officialReception: 'officialReception.amount',
  officialVehicles: 'officialVehicles.amount',
  vehiclePurchase: 'officialVehicles.purchase',
  vehicleOperation: 'officialVehicles.operation',
};
/** The standard table's column of each part, as the standard table prints it. */
const THREE_PUBLIC_COLUMNS: Record<string, string> = {
  total: '合计',
  outboundTravel: '因公出国（境）费',
  officialReception: '公务接待费',
  officialVehicles: '公务用车购置及运行费 / 小计',
  vehiclePurchase: '公务用车购置及运行费 / 购置费',
  vehicleOperation: '公务用车购置及运行费 / 运行费',
  institutionalOperating: '机关运行经费',
};

function threePublic(table: ImportedTable | undefined, kind: 'final' | 'budget', fromTable: FromTable): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const row = rowsOf(table).find((candidate) => candidate.values.some((value) => value.cell && amountOf(value.cell.text) !== undefined));
  if (!row) return undefined;
  // The figures go by the standard column order, so each is reported under its standard column (the header words
  // read over a column of a wide cell may stand apart from its figure).
  const columnName = (part: string, isBudget: boolean) => `${THREE_PUBLIC_COLUMNS[part]}${kind === 'final' ? ` / ${isBudget ? '预算数' : '决算数'}` : ''}`;
  const order = kind === 'final'
    ? ['total', 'outboundTravel', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation', 'officialReception']
    : ['total', 'outboundTravel', 'officialReception', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation', 'institutionalOperating'];
  const expected = kind === 'final' ? order.length * 2 : order.length;
  // Each figure's part from the standard column order: by column when the table has exactly its columns (a blank
  // cell — 公务用车 not published — stays absent), else by the figures when they are exactly as many.
  const figuresOnly = row.values.filter((value) => value.cell && amountOf(value.cell.text) !== undefined);
  const slots = row.values.length === expected ? row.values : figuresOnly.length === expected ? figuresOnly : undefined;
  if (!slots) return undefined;
  const budget: Json = {};
  const actual: Json = {};
  slots.forEach((value, index) => {
    const amount = value.cell ? amountOf(value.cell.text) : undefined;
    if (amount === undefined) return;
    const part = order[kind === 'final' ? Math.floor(index / 2) : index]!;
    const isBudget = kind === 'budget' || index % 2 === 0;
    (isBudget ? budget : actual)[part] = amount;
    const path =
      part === 'institutionalOperating' ? 'otherMatters.institutionalOperating' : kind === 'final' && isBudget ? `threePublicExpenses.budget.${part}` : `threePublicExpenses.${THREE_PUBLIC_PATHS[part]}`;
    fromTable(path, amount, table, row, columnName(part, isBudget), value.cell!);
  });
  const figures = kind === 'final' ? actual : budget;
  // 合计 is required; a part's cell may be blank (the commerce budgets' 因公出国(境)费 and 公务用车): its amount
  // is absent (not published, never 0).
  if (typeof figures.total !== 'string') return undefined;
  const defined = (entries: [string, unknown][]): Json => Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  const result: Json = {
    total: figures.total,
    outboundTravel: defined([['amount', figures.outboundTravel]]),
    officialReception: defined([['amount', figures.officialReception]]),
    officialVehicles: defined([
      ['amount', figures.officialVehicles],
      ['purchase', figures.vehiclePurchase],
      ['operation', figures.vehicleOperation],
    ]),
  };
  if (kind === 'final' && typeof budget.total === 'string') {
    result.budget = defined(['total', 'outboundTravel', 'officialReception', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation'].map((key) => [key, budget[key]]));
  } else if (typeof budget.institutionalOperating === 'string') {
    result.institutionalOperating = budget.institutionalOperating;
  }
  return result;
}

function mapBudget(tables: Map<StandardTableId, ImportedTable>, fromTable: FromTable): Json {
  const out: Json = {};
  const summary = tables.get('budget.summary');
  if (summary && hasFigures(summary)) {
    const { lines: income, totals } = incomeLines(summary, fromTable);
    const expenditure = expenditureLines(tables.get('budget.expenditure'), fromTable);
    const account: Json = { income, expenditure, ...totals };
    for (const row of rowsOf(summary, 1)) {
      const figure = figureIn(row);
      if (figure && /^支出总计$/.test(row.key)) {
        account.expenditureTotal = figure.amount;
        fromTable('accountSummary.expenditureTotal', figure.amount, summary, row, figure.column, figure.cell);
      }
    }
    if (income.length > 0 || expenditure.length > 0) out.accountSummary = account;
  }
  const fiscal = tables.get('budget.fiscalSummary');
  if (fiscal && hasFigures(fiscal)) {
    const row = rowsOf(fiscal, 1).find((candidate) => /^支出总计$/.test(candidate.key));
    const figure = row && (figureIn(row, /^合计$/) ?? figureIn(row));
    if (row && figure) {
      out.fiscalAppropriation = { total: figure.amount };
      fromTable('fiscalAppropriation.total', figure.amount, fiscal, row, figure.column, figure.cell);
    }
  }
  const general = tables.get('budget.generalBudget');
  if (general && hasFigures(general)) {
    const { items, total } = functionItems(general, 'functionalBreakdown', fromTable);
    if (items.length > 0) out.functionalBreakdown = total === undefined ? { items } : { total, items };
  }
  const fund = fundSection(tables.get('budget.governmentFund'), 'governmentFundExpenditure', fromTable);
  if (fund) out.governmentFundExpenditure = fund;
  const capital = fundSection(tables.get('budget.stateCapital'), 'stateCapitalExpenditure', fromTable);
  if (capital) out.stateCapitalExpenditure = capital;
  const three = threePublic(tables.get('budget.threePublic'), 'budget', fromTable);
  if (three) {
    const operating = three.institutionalOperating;
    delete three.institutionalOperating;
    out.threePublicExpenses = three;
    if (typeof operating === 'string') out.otherMatters = { institutionalOperating: operating };
  }
  return out;
}

/** The extended contract: every standard table in its own section, as the document prints it. */
function mapExtended(tables: Map<StandardTableId, ImportedTable>, kind: 'budget' | 'final-accounts', fromTable: FromTable): Json {
  const out: Json = {};
  const budget = kind === 'budget';
  const id = (name: string) => `${budget ? 'budget' : 'final'}.${name}` as StandardTableId;
  const summary = tables.get(id('summary'));
  if (summary && hasFigures(summary)) {
    const { lines: income, totals } = incomeLines(summary, fromTable, true, budget);
    const expenditure = functionLines(summary, fromTable, 'accountSummary.expenditure', 0);
    const account: Json = { income, expenditure, ...totals };
    for (const row of rowsOf(summary, 1)) {
      const figure = figureIn(row);
      if (!figure) continue;
      const field = /^本年支出合计$/.test(row.key)
        ? 'currentYearExpenditure'
        : /^年末结转和?结余$/.test(row.key)
          ? 'yearEndBalance'
          : /^(?:支出)?总计$/.test(row.key)
            ? 'expenditureGrandTotal'
            : undefined;
      if (field) {
        account[field] = figure.amount;
        fromTable(`accountSummary.${field}`, figure.amount, summary, row, figure.column, figure.cell);
        // A 单位预算's 支出总计 prints its 人员经费, 公用经费 and 项目支出 too.
        if (field === 'expenditureGrandTotal') {
          const parts: Json = {};
          for (const [header, part] of EXPENDITURE_PART_COLUMNS) {
            const found = figureIn(row, header);
            if (!found || found.cell === figure.cell) continue;
            parts[part] = found.amount;
            fromTable(`accountSummary.expenditureGrandTotalParts.${part}`, found.amount, summary, row, found.column, found.cell);
          }
          if (Object.keys(parts).length > 0) account.expenditureGrandTotalParts = parts;
        }
      } else if (/^结余分配$/.test(row.key)) {
        fromTable(`accountSummary.expenditure[${expenditure.length}].amount`, figure.amount, summary, row, figure.column, figure.cell);
        expenditure.push({ key: 'surplusDistribution', label: row.key, amount: figure.amount });
      }
    }
    out.accountSummary = account;
  }
  const income = incomeTable(tables.get(id('income')), fromTable);
  if (income) out.incomeTable = income;
  const expenditure = expenditureTable(tables.get(id('expenditure')), fromTable);
  if (expenditure) out.expenditureTable = expenditure;
  const appropriation = appropriationTable(tables.get(id('fiscalSummary')), fromTable);
  if (appropriation) out.appropriationTable = appropriation;
  const general = tables.get(id('generalBudget'));
  if (general && hasFigures(general)) {
    const { items, total } = functionItems(general, 'functionalBreakdown', fromTable);
    const breakdown: Json = total === undefined ? { items } : { total, items };
    const totalRow = rowsOf(general).find((row) => /^合计$/.test(row.key) && !row.code);
    for (const [pattern, field] of [
      [/^基本支出$/, 'totalBasic'],
      [/^项目支出$/, 'totalProject'],
    ] as const) {
      const figure = totalRow && figureIn(totalRow, pattern);
      if (figure && totalRow) {
        breakdown[field] = figure.amount;
        fromTable(`functionalBreakdown.${field}`, figure.amount, general, totalRow, figure.column, figure.cell);
      }
    }
    if (items.length > 0) out.functionalBreakdown = breakdown;
  }
  const economic = economicTable(tables.get(id('generalBudgetBasic')), fromTable);
  if (economic) out.basicExpenditureTable = economic;
  const three = threePublic(tables.get(id('threePublic')), budget ? 'budget' : 'final', fromTable);
  if (three) {
    const operating = three.institutionalOperating;
    delete three.institutionalOperating;
    out.threePublicExpenses = three;
    if (typeof operating === 'string') out.otherMatters = { institutionalOperating: operating };
  }
  const fund = fundFlowTable(tables.get(id('governmentFund')), 'governmentFundTable', budget, fromTable);
  if (fund) out.governmentFundTable = fund;
  const capital = fundFlowTable(tables.get(id('stateCapital')), 'stateCapitalTable', budget, fromTable);
  if (capital) out.stateCapitalTable = capital;
  return out;
}
