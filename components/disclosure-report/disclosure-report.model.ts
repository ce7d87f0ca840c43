/**
 * The view model of <disclosure-report>: which parts and sections the
 * disclosure has, in the template's order, their anchors and titles, the
 * 情况说明 texts, and the data-check warnings with the row each concerns.
 * Plain data (no lit, no DOM).
 */
import type { Disclosure, DisclosureWarning, Explanation, FunctionItem } from '../core/disclosure/index.js';
import type { RenderContext } from '../core/element/context.js';
import { sectionNames } from '../core/locale/index.js';
import { namesAlong } from '../core/element/data-lang.js';
import { pathSteps } from '../core/disclosure/path.js';

/** A section element the report shows, with the attributes particular to it. */
export interface ReportSection {
  /** The anchor (the id of the section's wrapper, and the location hash that leads to it). */
  anchor: string;
  tag: string;
  /** `fund` of `<functional-breakdown>` / `<fund-appropriation>`. */
  fund?: string;
  /** The title in the contents. */
  title: string;
}

export interface ReportExplanation {
  anchor: string;
  title: string;
  /** The title is the document's (Chinese, as published), not the catalogue's fallback. */
  titleFromData: boolean;
  /** The paragraphs before the first sub-headed part. */
  text: string[];
  /** The sub-headed parts (（一）…（三）), each with its paragraphs, as published. */
  parts: { title?: string; text: string[] }[];
}

export interface ReportPart {
  anchor: string;
  title: string;
  sections: ReportSection[];
  /** 第三部分 only: the 情况说明 texts, before the sections. */
  explanations: ReportExplanation[];
  /** 第三部分 of a budget: the texts after the sections (七、项目经费情况说明 after 六、其他相关情况说明). */
  closing?: ReportExplanation[];
}

export interface ReportWarning {
  text: string;
  /** The data strings the text may quote (marked lang="zh-CN" in another language). */
  quotes: string[];
  /** The row code the figure belongs to, where it has one (the link opens the row). */
  code?: string;
  /** The anchor of the section that shows the figure. */
  anchor?: string;
  /** The link text. */
  linkText?: string;
}

export interface ReportModel {
  parts: ReportPart[];
  warnings: ReportWarning[];
}

/** The element that shows each top-level key of the disclosure, in the report's order. */
interface TableEntry {
  key: keyof Disclosure;
  tag: string;
  anchor: string;
  fund?: string;
  /** Index into the catalogue's table names. */
  name: number;
  /** Shown only when the key in `unless` is absent (a v1 section standing in for a v2 table). */
  unless?: keyof Disclosure;
}

/**
 * 第二部分 in the template's order: 收入支出决算总表, 收入决算表, 支出决算表,
 * 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表, 基本支出决算表,
 * “三公”经费, 政府性基金 and 国有资本经营预算财政拨款收入支出决算表. A tag
 * that is not registered (see disclosure-report.ts) is left out.
 */
export const TABLE_ENTRIES: readonly TableEntry[] = [
  { key: 'accountSummary', tag: 'account-summary', anchor: 'account-summary', name: 0 },
  { key: 'incomeTable', tag: 'income-breakdown', anchor: 'income-breakdown', name: 1 },
  { key: 'expenditureTable', tag: 'expenditure-breakdown', anchor: 'expenditure-breakdown', name: 2 },
  { key: 'appropriationTable', tag: 'appropriation-summary', anchor: 'appropriation-summary', name: 3 },
  { key: 'functionalBreakdown', tag: 'functional-breakdown', anchor: 'functional-breakdown', name: 4 },
  { key: 'basicExpenditureTable', tag: 'basic-expenditure', anchor: 'basic-expenditure', name: 5 },
  { key: 'basicExpenditure', tag: 'basic-expenditure', anchor: 'basic-expenditure', name: 5, unless: 'basicExpenditureTable' },
  { key: 'threePublicExpenses', tag: 'three-public-expenses', anchor: 'three-public-expenses', name: 6 },
  { key: 'governmentFundTable', tag: 'fund-appropriation', fund: 'government-fund', anchor: 'government-fund', name: 7 },
  { key: 'governmentFundExpenditure', tag: 'functional-breakdown', fund: 'government-fund', anchor: 'government-fund', name: 7, unless: 'governmentFundTable' },
  { key: 'stateCapitalTable', tag: 'fund-appropriation', fund: 'state-capital', anchor: 'state-capital', name: 8 },
  { key: 'stateCapitalExpenditure', tag: 'functional-breakdown', fund: 'state-capital', anchor: 'state-capital', name: 8, unless: 'stateCapitalTable' },
];

/** The sections whose `explanation` the 情况说明 part shows, in the template's order (other matters come after, in their element). */
const EXPLAINED: readonly (keyof Disclosure)[] = [
  'accountSummary',
  'incomeTable',
  'expenditureTable',
  'appropriationTable',
  'fiscalAppropriation',
  'functionalBreakdown',
  'basicExpenditureTable',
  'basicExpenditure',
  'threePublicExpenses',
  'governmentFundTable',
  'stateCapitalTable',
];

/** Sub-headed parts, nested ones after their parent, each with its title and paragraphs. */
function flattenParts(parts: readonly Explanation[]): { title?: string; text: string[] }[] {
  return parts.flatMap((part) => [{ title: part.title, text: [...part.text] }, ...flattenParts(part.parts ?? [])]);
}

/** The paragraphs of the items' own explanations (a 项 explained in 情况说明), depth first, in table order. */
function itemExplanations(items: readonly FunctionItem[]): string[] {
  return items.flatMap((item) => [...(item.explanation?.text ?? []), ...flattenParts(item.explanation?.parts ?? []).flatMap((part) => [part.title ?? '', ...part.text].filter(Boolean)), ...itemExplanations(item.children ?? [])]);
}

/** Which anchor shows the figures under each top-level key. */
function anchorOfKey(key: string, parts: readonly ReportPart[]): string | undefined {
  const entry = TABLE_ENTRIES.find((candidate) => candidate.key === key);
  const wanted =
    key === 'fiscalAppropriation' ? 'account-summary' : key === 'department' ? 'department-profile' : key === 'otherMatters' ? 'other-matters' : key === 'glossary' ? 'disclosure-glossary' : entry?.anchor;
  const shown = parts.flatMap((part) => [...part.sections, ...part.explanations, ...(part.closing ?? [])].map((entry) => entry.anchor));
  return wanted && shown.includes(wanted) ? wanted : undefined;
}

/** The code of the deepest row on the path that has one (a 功能分类 or economic code), if any. */
export function codeAt(disclosure: Disclosure, path: string): string | undefined {
  let value: unknown = disclosure;
  let code: string | undefined;
  for (const segment of pathSteps(path)) {
    if (value === null || typeof value !== 'object') break;
    value = (value as Record<string | number, unknown>)[segment];
    const candidate = value && typeof value === 'object' ? (value as { code?: unknown }).code : undefined;
    if (typeof candidate === 'string' && candidate) code = candidate;
  }
  return code;
}

/** The 情况说明 texts before the sections of 第三部分 and those after them (a budget's 项目经费情况说明). */
function explanationsOf(disclosure: Disclosure, context: RenderContext): [ReportExplanation[], ReportExplanation[]] {
  const { catalogue } = context;
  const texts: ReportExplanation[] = [];
  const push = (anchor: string, fallback: string, explanation: Explanation | undefined, itemTexts: readonly string[] = []) => {
    if (!explanation && itemTexts.length === 0) return;
    const text = [...(explanation?.text ?? [])];
    const parts = flattenParts(explanation?.parts ?? []);
    // The items' own paragraphs (说明五(三)'s "1、…（项）。主要用于：…") close the explanation, in table order, as published.
    if (parts.length > 0) parts[parts.length - 1]!.text.push(...itemTexts);
    else text.push(...itemTexts);
    if (text.length > 0 || parts.length > 0) texts.push({ anchor, title: explanation?.title ?? fallback, titleFromData: explanation?.title !== undefined, text, parts });
  };
  // 决算: the 情况说明 texts, then the sections' explanations, in the template's order. 预算, as the budget prints
  // it: 部门预算编制说明 (`explanations[0]`) with its 科目 paragraphs right after its "财政拨款支出主要内容如下："
  // (when 功能分类 has no explanation of its own), the sections' explanations (其他相关情况说明: “三公” …;
  // <other-matters> follows them), then the other texts (项目经费情况说明), after the sections.
  const free = disclosure.explanations ?? [];
  const budget = disclosure.kind === 'budget' && free.length > 0;
  const breakdown = disclosure.functionalBreakdown;
  const joined = budget && breakdown && !breakdown.explanation ? itemExplanations(breakdown.items) : undefined;
  const pushFree = (from: number, to?: number) =>
    free.slice(from, to).forEach((explanation, index) => push(`explanation-${from + index + 1}`, catalogue.report.parts.explanations, explanation, from + index ? [] : joined));
  pushFree(0, budget ? 1 : undefined);
  const names = sectionNames(catalogue, disclosure.kind) as Record<string, string>;
  for (const key of EXPLAINED) {
    if (joined && key === 'functionalBreakdown') continue;
    const section = disclosure[key] as { explanation?: Explanation } | undefined;
    const name = names[key] ?? key;
    const items = (section as { items?: readonly FunctionItem[] } | undefined)?.items;
    push(`explanation-${key}`, catalogue.report.explanationOf(name), section?.explanation, items ? itemExplanations(items) : []);
  }
  const before = texts.splice(0);
  if (budget) pushFree(1);
  return [before, texts];
}

/**
 * The report's parts. `registered` says which tags are defined (an element
 * not in this build is left out rather than shown as an unknown tag).
 */
export function buildReportModel(context: RenderContext, warnings: readonly DisclosureWarning[], registered: (tag: string) => boolean, hasProfile: boolean): ReportModel {
  const { disclosure, catalogue, locale } = context;
  const words = catalogue.report;
  const kind = disclosure.kind;
  const parts: ReportPart[] = [];
  if (hasProfile && registered('department-profile')) {
    parts.push({ anchor: 'part-1', title: words.parts.profile, explanations: [], sections: [{ anchor: 'department-profile', tag: 'department-profile', title: catalogue.profile.duties + catalogue.listSeparator + catalogue.profile.composition[kind] }] });
  }
  const tables = TABLE_ENTRIES.filter((entry) => disclosure[entry.key] !== undefined && !(entry.unless && disclosure[entry.unless] !== undefined) && registered(entry.tag)).map(
    (entry): ReportSection => ({ anchor: entry.anchor, tag: entry.tag, fund: entry.fund, title: words.tables[kind][entry.name]! }),
  );
  if (tables.length > 0) parts.push({ anchor: 'part-2', title: words.parts.tables[kind], sections: tables, explanations: [] });
  const [explanations, closing] = explanationsOf(disclosure, context);
  const matters: ReportSection[] =
    disclosure.otherMatters !== undefined && registered('other-matters') ? [{ anchor: 'other-matters', tag: 'other-matters', title: standalone(catalogue.otherMatters.section[kind]) }] : [];
  if (explanations.length > 0 || closing.length > 0 || matters.length > 0) parts.push({ anchor: 'part-3', title: words.parts.explanations, sections: matters, explanations, closing });
  if (disclosure.glossary !== undefined && registered('disclosure-glossary')) {
    parts.push({ anchor: 'part-4', title: words.parts.glossary, explanations: [], sections: [{ anchor: 'disclosure-glossary', tag: 'disclosure-glossary', title: standalone(catalogue.glossaryElement.section) }] });
  }
  const titleOf = (anchor: string) =>
    parts.flatMap((part) => [...part.sections, ...part.explanations, ...(part.closing ?? [])]).find((section) => section.anchor === anchor)?.title ?? anchor;
  const reportWarnings = warnings.map((warning): ReportWarning => {
    const key = pathSteps(warning.path)[0];
    const anchor = typeof key === 'string' ? anchorOfKey(key, parts) : undefined;
    const code = anchor ? codeAt(disclosure, warning.path) : undefined;
    const status =
      warning.withinRounding === undefined ? catalogue.element.notice : warning.withinRounding ? catalogue.element.rounding : catalogue.element.mismatch;
    return {
      text: `${status}${catalogue.colon}${warning.message[locale]}`,
      quotes: namesAlong(disclosure, warning.path),
      code,
      anchor,
      linkText: code ? words.goToRow(code) : anchor ? words.goToSection(titleOf(anchor)) : undefined,
    };
  });
  return { parts, warnings: reportWarnings };
}

/** A section's name as a title of its own (the contents, a heading): its first letter capital ("Other important matters"; Chinese unchanged). */
function standalone(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
