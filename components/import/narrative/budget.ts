/**
 * A budget's (部门预算 / 单位预算) narrative, read from the PDF's lines outside
 * the tables, as published (text is text):
 *
 * - 部门预算编制说明 (“2025年部门预算编制说明”): its paragraphs go in the
 *   disclosure's `explanations` (the contract's place for 部门预算编制说明), with
 *   the figures they state (收入预算, 财政拨款收入, 比 2024 年预算减少 …; the
 *   paragraph giving 减少的主要原因 is the reason of the changes before it). Its
 *   numbered paragraphs, one per 项 (1.“一般公共服务支出-…-行政运行”科目1,202.95万元，
 *   主要用于… / “…（类）…（款）…（项）”25.77万元，主要用于…), are the items' own:
 *   each joins its 项 of the 一般公共预算支出功能分类预算表 (`explanation`, and its
 *   主要用于… as `note`), by the 类, 款 and 项 names it gives; one that names no 项
 *   of the table stays in the 编制说明's text and is reported.
 * - 其他相关情况说明: 一、“三公”经费预算情况说明 → `threePublicExpenses.explanation`,
 *   二、机关运行经费预算 → `otherMatters.institutionalOperatingDetail`, 三、政府采购预算情况 →
 *   `otherMatters.procurement` (预算, 货物, 工程, 服务, 面向中小企业 / 小型和微型企业预留),
 *   四、绩效目标设置情况 → `otherMatters.performance` (targets), 五、国有资产占有使用情况 →
 *   `otherMatters.assets` (车辆 by category, 100 万元以上设备, 预算安排购置). A part whose
 *   section cannot hold it (no figure to go with, another unit) is kept in `explanations`.
 * - 项目经费情况说明 (one per project: “…项目经费情况说明”, “…专项经费情况说明”): each is an
 *   entry of `explanations` whose parts are its 一、项目概述 … 七、绩效目标.
 * - …主要职能: the numbered duties after 主要职能包括： → `department.duties` (the paragraph before them, what
 *   the department is, has no place in the contract); …机构设置 → `department.composition`.
 *
 * The stated figures are read by figures.ts (the same reader as a 决算's 情况说明). Spacing is kept as printed
 * ("2025年", "下属 5 家"), only white space around full-width punctuation and inside numbers is dropped.
 */
import type { FigureSource, ReportNote, SourceRef, TextLine } from '../types.js';
import { IMPORT_MESSAGES } from '../messages.js';
import { amountOf } from '../text.js';
import { convertAmount, decimalPlaces, roundAmount, type MoneyUnit } from '../../core/money.js';
import { normaliseProse, paragraphs, type ExplanationText } from './sections.js';
import { addStatedFigures } from './figures.js';
import { vehicleCategories } from './narrative.js';
import { NARRATIVE_HEADING } from './headings.js';

type Json = Record<string, unknown>;

const PREPARATION = /^(?:(?:19|20)\d{2}年度?)?(?:部门|单位)预算编制说明$/;
const OTHER = /^其他相关情况说明$/;
const PROJECT = /^(?!（)[^、，。：；]{0,60}经费情况说明$/;
/** Where a block ends besides the headings above: the 概况's centred titles. */
const OTHER_TITLE = /^.{2,40}(?:主要职能|机构设置)$/;
/** A part heading: "一、项目概述", "一、2025年“三公”经费预算情况说明" — alone on its line, no sentence in it. */
const PART_HEADING = /^[一二三四五六七八九十]+、[^，。；：,;:]{2,40}$/;
/** A duty's number: "1.", "1、", "一、", "（一）". */
const DUTY_NUMBER = /^(?:(\d+|[一二三四五六七八九十]+)[.．、]|（([一二三四五六七八九十]+)）)\s*/;

/** "12" or "十二" → 12. */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (char: string | undefined) => (char ? '一二三四五六七八九'.indexOf(char) + 1 : 0);
  const [tens, units] = text.split('十');
  return text.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(text);
}

/** Paragraphs (a line indented past the left edge starts one, as sections.ts reads them), each with where it starts. */
function located(lines: readonly TextLine[], left: number | undefined): { paragraph: string; at: SourceRef }[] {
  const result: { paragraph: string; at: SourceRef }[] = [];
  let chunk: TextLine[] = [];
  const flush = () => {
    const [paragraph] = paragraphs(chunk, left, false);
    if (paragraph !== undefined) result.push({ paragraph, at: chunk[0]!.at });
    chunk = [];
  };
  for (const line of lines) {
    const x = line.at.kind === 'pdf' ? line.at.x : undefined;
    if (chunk.length > 0 && (left === undefined || x === undefined || x > left + 12)) flush();
    chunk.push(line);
  }
  if (chunk.length > 0) flush();
  return result;
}

/** A numbered paragraph of the 编制说明, one per 项: 1.“subject”(科目) amount 万元，… */
const ITEM = /^(\d+)[.．、]\s*“([^”]+)”\s*(?:科目)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

export interface BudgetItemParagraph {
  className: string;
  sectionName: string;
  itemName: string;
  /** The subject as printed between the quotes. */
  subject: string;
  /** The amount the paragraph opens with (digits as printed, no thousands separators) and its unit. */
  amount: string;
  unit: '元' | '万元';
  text: string;
  at?: SourceRef;
}

export interface BudgetText {
  /** 部门预算编制说明: the paragraphs before the numbered ones. */
  preparation?: ExplanationText;
  items: BudgetItemParagraph[];
  /** 其他相关情况说明's parts, in order, with where each heading was read. */
  otherParts: { explanation: ExplanationText; at: SourceRef }[];
  /** 项目经费情况说明, one per project. */
  projects: ExplanationText[];
  /** 主要职能: the numbered duties after 主要职能包括：, without their numbers. */
  duties?: string[];
  /** Duties printed twice (from–to), and where the second printing starts. */
  repeatedDuties?: { from: number; to: number; at: SourceRef };
  /** 机构设置: the paragraphs as published. */
  composition?: string[];
}

const compact = (line: TextLine) => line.text.replace(/\s+/g, '');
const pageOf = (line: TextLine) => (line.at.kind === 'pdf' ? line.at.page : undefined);
const leftOf = (lines: readonly TextLine[]) => {
  const xs = lines.flatMap((line) => (line.at.kind === 'pdf' ? [line.at.x] : []));
  return xs.length > 0 ? Math.min(...xs) : undefined;
};

/** The item paragraph's 类/款/项 names: “A（类）B（款）C（项）” or “A-B-C”. */
function namesOf(subject: string): [string, string, string] | undefined {
  const marked = /^(.+?)（类[)）](.+?)（款[)）](.+?)（项[)）]$/.exec(subject);
  if (marked) return [marked[1]!, marked[2]!, marked[3]!];
  const parts = subject.split('-');
  return parts.length === 3 ? [parts[0]!, parts[1]!, parts[2]!] : undefined;
}

/** The lines of each block: from a heading to the next heading, the next 概况 title, or a gap of pages (the tables). */
function blocks(lines: readonly TextLine[]): { heading: string; lines: TextLine[]; at: SourceRef }[] {
  const result: { heading: string; lines: TextLine[]; at: SourceRef }[] = [];
  let current: { heading: string; lines: TextLine[]; at: SourceRef } | undefined;
  let lastPage: number | undefined;
  for (const line of lines) {
    const text = compact(line);
    const page = pageOf(line);
    if (NARRATIVE_HEADING.test(text) || OTHER_TITLE.test(text)) {
      current = { heading: text, lines: [], at: line.at };
      result.push(current);
    } else if (current && !(page !== undefined && lastPage !== undefined && page > lastPage + 1)) current.lines.push(line);
    else current = undefined;
    lastPage = page;
  }
  return result;
}

/** Lines printed at one x to paragraphs: a line ending a sentence (。 ：) ends its paragraph. */
function sentenceParagraphs(lines: readonly TextLine[]): string[] {
  const result: string[] = [];
  let open = false;
  for (const line of lines) {
    if (open) result[result.length - 1] += line.text;
    else result.push(line.text);
    open = !/[。：:]\s*$/.test(line.text);
  }
  return result.map((text) => normaliseProse(text, false)).filter((text) => text.length > 0);
}

/** A block's lines split at its part headings: the lines before the first part, and each part. */
function partsOf(lines: readonly TextLine[]): { before: TextLine[]; parts: { title: string; lines: TextLine[]; at: SourceRef }[] } {
  const before: TextLine[] = [];
  const parts: { title: string; lines: TextLine[]; at: SourceRef }[] = [];
  for (const line of lines) {
    const text = compact(line);
    if (PART_HEADING.test(text)) parts.push({ title: normaliseProse(line.text, false), lines: [], at: line.at });
    else (parts.at(-1)?.lines ?? before).push(line);
  }
  return { before, parts };
}

/** Reads the budget's 编制说明, 其他相关情况说明 and 项目经费情况说明 from the document's lines. */
export function readBudgetText(lines: readonly TextLine[]): BudgetText {
  const result: BudgetText = { items: [], otherParts: [], projects: [] };
  for (const block of blocks(lines)) {
    const left = leftOf(block.lines);
    const title = normaliseProse(block.heading, false);
    if (PREPARATION.test(block.heading)) {
      const text: string[] = [];
      for (const { paragraph, at } of located(block.lines, left)) {
        const item = ITEM.exec(paragraph.replace(/\s+/g, ''));
        const names = item ? namesOf(item[2]!) : undefined;
        if (item && names) result.items.push({ className: names[0], sectionName: names[1], itemName: names[2], subject: item[2]!, amount: amountOf(item[3]!)!, unit: item[4] as '元' | '万元', text: paragraph, at });
        else text.push(paragraph);
      }
      if (text.length > 0 || result.items.length > 0) result.preparation = { title, text };
    } else if (OTHER.test(block.heading)) {
      const { before, parts } = partsOf(block.lines);
      const intro = paragraphs(before, left, false);
      if (intro.length > 0) result.otherParts.push({ explanation: { title, text: intro }, at: block.at });
      for (const part of parts) result.otherParts.push({ explanation: { title: part.title, text: paragraphs(part.lines, left, false) }, at: part.at });
    } else if (/主要职能$/.test(block.heading)) {
      const all = located(block.lines, left);
      const from = all.findIndex(({ paragraph }) => /^主要职能包括[:：]$/.test(paragraph));
      const duties: { number: number; text: string }[] = [];
      for (const { paragraph, at } of all.slice(from + 1)) {
        const numbered = DUTY_NUMBER.exec(paragraph);
        if (!numbered) continue;
        const number = numberOf((numbered[1] ?? numbered[2])!);
        // A number printed again (the commerce PDFs print duties 8–12 twice, across a page break): the later run is kept.
        const again = duties.findIndex((duty) => duty.number >= number);
        if (again >= 0) {
          result.repeatedDuties = { from: number, to: duties.at(-1)!.number, at };
          duties.splice(again);
        }
        duties.push({ number, text: paragraph.slice(numbered[0].length) });
      }
      if (duties.length > 0) result.duties = duties.map((duty) => duty.text);
    } else if (/机构设置$/.test(block.heading)) {
      // Printed without indentation (every line at one x), a paragraph ends with its sentence (。 or ：) at the line's end.
      const flat = block.lines.every((line) => line.at.kind === 'pdf' && line.at.x === left);
      const composition = flat ? sentenceParagraphs(block.lines) : paragraphs(block.lines, left, false);
      if (composition.length > 0) result.composition = composition;
    } else if (PROJECT.test(block.heading)) {
      const { before, parts } = partsOf(block.lines);
      const project: ExplanationText = { title, text: paragraphs(before, left, false) };
      if (parts.length > 0) project.parts = parts.map((part) => ({ title: part.title, text: paragraphs(part.lines, left, false) }));
      result.projects.push(project);
    }
  }
  return result;
}

export interface BudgetContext {
  /** The disclosure's unit. */
  unit: '元' | '万元';
  notes: ReportNote[];
  figures: FigureSource[];
}

const NUMBER = '(\\d[\\d,]*(?:\\.\\d+)?)';

/** Puts the budget's narrative in the disclosure (see the module comment); never overrides what the tables gave. */
export function attachBudgetText(disclosure: Json, text: BudgetText, context: BudgetContext): void {
  const explanations: Json[] = [];
  const figureContext = { disclosure, unit: context.unit };
  if (text.preparation) {
    const preparation = text.preparation as unknown as Json;
    const unmatched = attachItems(disclosure, text.items, context);
    if (unmatched.length > 0) (preparation.text as string[]).push(...unmatched);
    const figures = addStatedFigures(preparation, 'budgetPreparation', figureContext);
    // "财政拨款收入支出减少的主要原因是项目调整。": the reason of the 编制说明's changes in that direction that give none.
    for (const paragraph of preparation.text as string[]) {
      const reason = /(增加|减少)的主要原因(?:是|[:：])/.exec(paragraph);
      if (!reason) continue;
      const direction = reason[1] === '增加' ? 'higher' : 'lower';
      for (const figure of figures) if (figure.kind === 'change' && figure.direction === direction && figure.reason === undefined) figure.reason = paragraph;
    }
    explanations.push(preparation);
  }
  const matters = (disclosure.otherMatters as Json | undefined) ?? {};
  for (const { explanation: part, at } of text.otherParts) {
    const explanation = part as unknown as Json;
    const title = part.title ?? '';
    const joined = part.text.join('');
    let placed = false;
    if (/“三公”经费/.test(title)) {
      const section = disclosure.threePublicExpenses as Json | undefined;
      if (section && section.explanation === undefined) {
        section.explanation = explanation;
        addStatedFigures(explanation, 'threePublicExpenses', figureContext);
        placed = true;
      }
    } else if (/机关运行经费/.test(title)) {
      if (matters.institutionalOperating !== undefined) {
        const detail = (matters.institutionalOperatingDetail as Json | undefined) ?? {};
        if (detail.explanation === undefined) {
          detail.explanation = explanation;
          matters.institutionalOperatingDetail = detail;
          addStatedFigures(explanation, 'institutionalOperating', figureContext);
          placed = true;
        }
      }
    } else if (/政府采购/.test(title)) {
      placed = placeMatter(matters, 'procurement', explanation, procurementOf(joined), context, part, at);
    } else if (/绩效/.test(title)) {
      placed = placeMatter(matters, 'performance', explanation, performanceOf(joined), context, part, at);
    } else if (/国有资产/.test(title)) {
      placed = placeMatter(matters, 'assets', explanation, assetsOf(joined), context, part, at);
    }
    if (!placed) {
      explanations.push(explanation);
      context.notes.push({ code: 'narrative-only', message: IMPORT_MESSAGES.budgetPartKept(title), at });
    }
  }
  if (Object.keys(matters).length > 0 && disclosure.otherMatters === undefined) disclosure.otherMatters = matters;
  explanations.push(...(text.projects as unknown as Json[]));
  const department = disclosure.department as Json | undefined;
  if (department && text.duties && department.duties === undefined) {
    department.duties = text.duties;
    const repeated = text.repeatedDuties;
    if (repeated) context.notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.dutiesRepeated(repeated.from, repeated.to), at: repeated.at });
  }
  if (department && text.composition && department.composition === undefined) department.composition = text.composition;
  if (explanations.length > 0 && disclosure.explanations === undefined) disclosure.explanations = explanations;
}

/**
 * 其他相关情况说明's 政府采购 / 绩效目标 / 国有资产 part: its figures (in 万元, as the text states them) and its text go
 * in the otherMatters field, when the section is in 万元 (the budgets' “三公” table makes it so) or holds nothing yet.
 */
function placeMatter(matters: Json, field: string, explanation: Json, read: { value: Json; figures: [string, string | number][] } | undefined, context: BudgetContext, part: ExplanationText, at: SourceRef): boolean {
  if (!read || matters[field] !== undefined) return false;
  const amounts = read.figures.some(([, value]) => typeof value === 'string');
  if (amounts) {
    const unit = (matters.unit as string | undefined) ?? (Object.keys(matters).length === 0 ? undefined : context.unit);
    if (unit !== undefined && unit !== '万元') return false;
    if (unit === undefined && context.unit !== '万元') matters.unit = '万元';
  }
  matters[field] = { ...read.value, explanation };
  for (const [path, value] of read.figures) context.figures.push({ path: `otherMatters.${field}.${path}`, value, at, row: part.title ?? '' });
  return true;
}

function procurementOf(text: string): { value: Json; figures: [string, string][] } | undefined {
  const total = new RegExp(`政府采购预算\\s?${NUMBER}\\s?万元`).exec(text);
  if (!total) return undefined;
  const value: Json = { total: amountOf(total[1]!) };
  for (const [pattern, key] of [
    ['政府采购货物预算', 'goods'],
    ['政府采购工程预算', 'works'],
    ['政府采购服务预算', 'services'],
    ['面向中小企业预留政府采购项目预算金额', 'smeReservedBudget'],
    ['预留给小型和微型企业的政府采购项目预算为?', 'smallMicroReservedBudget'],
  ] as const) {
    const match = new RegExp(`${pattern}\\s?${NUMBER}\\s?万元`).exec(text);
    if (match) value[key] = amountOf(match[1]!);
  }
  return { value, figures: Object.entries(value) as [string, string][] };
}

function performanceOf(text: string): { value: Json; figures: [string, string | number][] } | undefined {
  const targets = new RegExp(`编报绩效目标的项目(?:共)?\\s?(\\d+)\\s?个[，,]\\s?涉及项目预算资金\\s?${NUMBER}\\s?万元`).exec(text);
  if (!targets) return undefined;
  const stage = { projects: Number(targets[1]), amount: amountOf(targets[2]!)! };
  return { value: { targets: stage }, figures: [['targets.projects', stage.projects], ['targets.amount', stage.amount]] };
}

function assetsOf(text: string): { value: Json; figures: [string, number][] } | undefined {
  const held = /共有车辆\s?(\d+)\s?辆[，,]\s?其中[:：]([^；;。]*)/.exec(text);
  if (!held) return undefined;
  const value: Json = {};
  const figures: [string, number][] = [['vehicles.total', Number(held[1])]];
  const asOf = /截至\s?(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/.exec(text);
  if (asOf) value.asOf = `${asOf[1]}-${asOf[2]!.padStart(2, '0')}-${asOf[3]!.padStart(2, '0')}`;
  value.vehicles = { total: Number(held[1]), byCategory: vehicleCategories(held[2]!) };
  const equipment = /(?<!安排购置)单价\s?100\s?万元（含）以上设备（不含车辆）\s?(\d+)\s?台/.exec(text);
  if (equipment) {
    value.equipmentOver1m = Number(equipment[1]);
    figures.push(['equipmentOver1m', Number(equipment[1])]);
  }
  const planned: Json = {};
  const purchase = /预算安排购置车辆\s?(\d+)\s?辆[，,]\s?其中[:：]([^；;。]*)/.exec(text);
  if (purchase) {
    planned.vehicles = { total: Number(purchase[1]), byCategory: vehicleCategories(purchase[2]!) };
    figures.push(['plannedPurchases.vehicles.total', Number(purchase[1])]);
  }
  const plannedEquipment = /安排购置单价\s?100\s?万元（含）以上设备（不含车辆）\s?(\d+)\s?台/.exec(text);
  if (plannedEquipment) {
    planned.equipmentOver1m = Number(plannedEquipment[1]);
    figures.push(['plannedPurchases.equipmentOver1m', Number(plannedEquipment[1])]);
  }
  if (Object.keys(planned).length > 0) value.plannedPurchases = planned;
  return { value, figures };
}

/**
 * Each numbered paragraph of the 编制说明 joins its 项 of the 功能分类预算表 (by 类, 款 and 项 name) as the item's
 * `explanation` (with the figures it states) and its 主要用于… as `note`. Returns the paragraphs that name no 项
 * of the table: they stay in the 编制说明, and the report says so.
 */
function attachItems(disclosure: Json, items: readonly BudgetItemParagraph[], context: BudgetContext): string[] {
  const unmatched: string[] = [];
  const classes = ((disclosure.functionalBreakdown as Json | undefined)?.items as Json[] | undefined) ?? [];
  const same = (a: unknown, b: string) => String(a).replace(/支出$/, '') === b.replace(/支出$/, '');
  for (const paragraph of items) {
    const classIndex = classes.findIndex((entry) => same(entry.name, paragraph.className));
    const sections = (classes[classIndex]?.children as Json[] | undefined) ?? [];
    const sectionIndex = sections.findIndex((entry) => same(entry.name, paragraph.sectionName));
    const leaves = (sections[sectionIndex]?.children as Json[] | undefined) ?? [];
    const itemIndex = leaves.findIndex((entry) => same(entry.name, paragraph.itemName) && entry.explanation === undefined);
    const path = `functionalBreakdown.items[${classIndex}].children[${sectionIndex}].children[${itemIndex}]`;
    if (itemIndex < 0 && classIndex >= 0) {
      // The text may name the 款 or 项 differently from the table (“卫生健康支出（款）计划生育事务（项）” for
      // 计划生育事务 / 计划生育服务): the one 项 of the 类 whose amount is the one stated, at the text's precision.
      const byAmount = leavesOf(classes[classIndex]!, `functionalBreakdown.items[${classIndex}]`).filter(
        ({ item }) => item.explanation === undefined && typeof item.amount === 'string' && sameAmount(item.amount, context.unit, paragraph.amount, paragraph.unit),
      );
      if (byAmount.length === 1) {
        const leaf = byAmount[0]!;
        context.notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.budgetItemByAmount(paragraph.subject, String(leaf.item.name)), ...(paragraph.at ? { at: paragraph.at } : {}) });
        attachItem(leaf.item, leaf.path, paragraph, context.unit);
        continue;
      }
    }
    if (itemIndex < 0) {
      unmatched.push(paragraph.text);
      context.notes.push({ code: 'not-understood', message: IMPORT_MESSAGES.budgetItemUnmatched(paragraph.subject), ...(paragraph.at ? { at: paragraph.at } : {}) });
      continue;
    }
    attachItem(leaves[itemIndex]!, path, paragraph, context.unit);
  }
  return unmatched;
}

function attachItem(item: Json, path: string, paragraph: BudgetItemParagraph, unit: '元' | '万元'): void {
  const note = /主要用于[^。]*。/.exec(paragraph.text)?.[0];
  if (note && item.note === undefined) item.note = note;
  const explanation: Json = { text: [paragraph.text] };
  item.explanation = explanation;
  const figures = itemFigures(paragraph.text, `${path}.amount`, unit);
  if (figures.length > 0) explanation.figures = figures;
}

/** The 项 (leaves) under a 类, with their JSON paths. */
function leavesOf(item: Json, path: string): { item: Json; path: string }[] {
  const children = (item.children as Json[] | undefined) ?? [];
  return children.length === 0 ? [{ item, path }] : children.flatMap((child, index) => leavesOf(child, `${path}.children[${index}]`));
}

/** A table amount equals a stated one when, in the text's unit, it rounds to the text's digits. */
function sameAmount(table: string, tableUnit: MoneyUnit, stated: string, statedUnit: MoneyUnit): boolean {
  return roundAmount(convertAmount(table, tableUnit, statedUnit), decimalPlaces(stated)) === roundAmount(stated, decimalPlaces(stated));
}

/**
 * An item paragraph's figures: its amount ("“…”科目1,202.95万元") and, where stated, the change against last year's
 * 预算执行数 ("2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。").
 */
function itemFigures(text: string, ref: string, unit: '元' | '万元'): Json[] {
  const figures: Json[] = [];
  const unitOf = (word: string) => (word === unit ? {} : { unit: word });
  const amount = new RegExp(`“[^”]+”\\s?(?:科目)?\\s?${NUMBER}\\s?(万元|元)`).exec(text);
  if (!amount) return figures;
  const change = new RegExp(
    `\\d{4}\\s?年当年预算执行数为\\s?${NUMBER}\\s?(万元|元)[，,]\\s?\\d{4}\\s?年预算安排\\s?${NUMBER}\\s?(?:万元|元)[，,]\\s?比\\s?\\d{4}\\s?年预算执行数\\s?(?:(增加|减少)\\s?(\\d+(?:\\.\\d+)?)\\s?%|(持平))`,
  ).exec(text);
  // The amount the paragraph opens with, unless the 预算安排 restates it (the change figure then carries it).
  if (!change || amountOf(change[3]!) !== amountOf(amount[1]!)) figures.push({ kind: 'amount', text: amount[0], ref, amount: amountOf(amount[1]!), ...unitOf(amount[2]!) });
  if (change) {
    const reason = /主要原因(?:是[:：]?|[:：])\s?([^。；]+)/.exec(text.slice(change.index + change[0].length))?.[1]?.trim();
    figures.push({
      kind: 'change',
      text: change[0],
      ref,
      amount: amountOf(change[3]!),
      ...unitOf(change[2]!),
      previous: amountOf(change[1]!),
      direction: change[6] ? 'same' : change[4] === '增加' ? 'higher' : 'lower',
      ...(change[5] === undefined ? {} : { percent: change[5] }),
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return figures;
}
