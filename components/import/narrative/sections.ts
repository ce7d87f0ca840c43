/**
 * The text parts of the extended contract read from the document's lines:
 * each standard section's 情况说明 (一、收入支出决算总体情况说明 … 九、国有资本
 * 经营预算财政拨款收入支出决算情况说明) as that section's `explanation`
 * ({ title, text }: one entry per paragraph, as published), and 部门决算单位构成
 * (`department.composition` paragraphs, `department.units` 序号/单位名称/备注).
 *
 * Paragraphs: in a PDF a paragraph's first line is indented (its x is right
 * of the body's left edge); in plain text each line is a paragraph. Lines are
 * joined without a space and the PDF's spacing is normalised the way the
 * documents are transcribed: no space around full-width punctuation, none
 * inside a number or before "%", one space between a CJK character and a
 * number ("2024 年度", "占 7.74%").
 *
 * Sub-headed parts: a "（一）…" heading on its own line starts a part
 * ({ title, text }); the paragraphs before the first part are the
 * explanation's `text`. Stated figures are read by figures.ts.
 */
import type { TextLine } from '../types.js';

/** The extended-contract section each numbered 情况说明 heading belongs to. */
const SECTION_HEADINGS: readonly [RegExp, string][] = [
  [/^一、收入支出(决算|预算)总体情况说明$/, 'accountSummary'],
  [/^二、收入(决算|预算)情况说明$/, 'incomeTable'],
  [/^三、支出(决算|预算)情况说明$/, 'expenditureTable'],
  [/^四、财政拨款收入支出(决算|预算)总体情况说明$/, 'appropriationTable'],
  [/^五、一般公共预算财政拨款支出(决算|预算)情况说明$/, 'functionalBreakdown'],
  [/^六、一般公共预算财政拨款基本支出(决算|预算)情况说明$/, 'basicExpenditureTable'],
  [/^七、财政拨款“三公”经费支出(决算|预算)情况说明$/, 'threePublicExpenses'],
  [/^八、政府性基金预算财政拨款收入支出(决算|预算)情况说明$/, 'governmentFundTable'],
  [/^九、国有资本经营预算财政拨款收入支出(决算|预算)情况说明$/, 'stateCapitalTable'],
];

const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五]部分)/;
const HAN = '\\u3400-\\u9FFF\\uF900-\\uFAFF';
const FULL_WIDTH_PUNCTUATION = '、，。；：！？（）《》“”‘’【】';

/**
 * The PDF's spacing normalised (see the module comment). `cjkSpacing: false` keeps the spacing between a CJK
 * character and a number as printed (the budgets print "2025年"), instead of one space ("2024 年度").
 */
export function normaliseProse(text: string, cjkSpacing = true): string {
  const tight = text
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(new RegExp(`\\s+(?=[${FULL_WIDTH_PUNCTUATION}])|(?<=[${FULL_WIDTH_PUNCTUATION}])\\s+`, 'g'), '')
    .replace(/(?<=\d)\s+(?=[\d.%])|(?<=\d\.)\s+(?=\d)/g, '');
  return (cjkSpacing ? tight.replace(new RegExp(`(?<=[${HAN}])\\s*(?=\\d)|(?<=[\\d%])\\s*(?=[${HAN}])`, 'g'), ' ') : tight).replace(/\s{2,}/g, ' ').trim();
}

const xOf = (line: TextLine) => (line.at.kind === 'pdf' ? line.at.x : undefined);
const pageOf = (line: TextLine) => (line.at.kind === 'pdf' ? line.at.page : undefined);

/**
 * Lines to paragraphs: a PDF line indented past the body's left edge starts one; without positions every line does.
 * `leftEdge`: the body's left edge when `lines` are part of a longer text (a budget's 项目经费情况说明 part);
 * `cjkSpacing`: see normaliseProse.
 */
export function paragraphs(lines: readonly TextLine[], leftEdge?: number, cjkSpacing = true): string[] {
  const xs = lines.map(xOf).filter((x): x is number => x !== undefined);
  const left = leftEdge ?? (xs.length > 0 ? Math.min(...xs) : undefined);
  const result: string[] = [];
  for (const line of lines) {
    const x = xOf(line);
    const starts = left === undefined || x === undefined || x > left + 12 || result.length === 0;
    if (starts) result.push(line.text);
    else result[result.length - 1] += line.text;
  }
  return result.map((text) => normaliseProse(text, cjkSpacing)).filter((text) => text.length > 0);
}

/** A 情况说明 as the contract holds it: title, paragraphs, and the sub-headed parts ((一)(二)(三)) with theirs. */
export interface ExplanationText {
  title?: string;
  text: string[];
  parts?: ExplanationText[];
}

/** One 项's paragraph of 说明五 ("1、社会保障和就业支出（类）…（款）…（项）。主要用于：…"), with the names it gives. */
export interface ItemParagraph {
  className: string;
  sectionName: string;
  itemName: string;
  text: string;
}

export interface SectionText {
  /** The explanation of each section found, by contract key. */
  explanations: Record<string, ExplanationText>;
  /** 说明五's numbered paragraphs, one per 项, to join to the table's items. */
  items: ItemParagraph[];
  /** 其他重要事项's parts by otherMatters field (institutionalOperatingDetail, procurement, assets), and 预算绩效管理情况 (performance). */
  otherMatters: Record<string, ExplanationText>;
  /** 说明六's 人员经费 / 公用经费 主要包括… lists, as published. */
  personnelNote?: string;
  publicUseNote?: string;
  composition?: string[];
  units?: { number?: number; name: string; remark?: string }[];
}

/** A sub-heading inside a 情况说明: "（一）…" alone on its line, short and without a sentence inside it. */
const SUB_HEADING = /^（[一二三四五六七八九十]+）/;
const isSubHeading = (paragraph: string) => SUB_HEADING.test(paragraph) && paragraph.length <= 40 && !/[，；]/.test(paragraph);

/** Paragraphs to an explanation: what comes before the first sub-heading is `text`, each sub-heading starts a part. */
export function explanationOf(title: string | undefined, text: readonly string[]): ExplanationText {
  const explanation: ExplanationText = title === undefined ? { text: [] } : { title, text: [] };
  let part: ExplanationText | undefined;
  for (const paragraph of text) {
    if (isSubHeading(paragraph)) {
      part = { title: paragraph, text: [] };
      (explanation.parts ??= []).push(part);
    } else (part ?? explanation).text.push(paragraph);
  }
  return explanation;
}

/** The last heading of a kind followed by body text (the table of contents lists the headings too). */
function sectionStart(texts: readonly string[], heading: RegExp): number {
  let start = -1;
  texts.forEach((text, index) => {
    if (heading.test(text.replace(/\s+/g, '')) && index + 1 < texts.length && !TOP_HEADING.test(texts[index + 1]!)) start = index;
  });
  return start;
}

const ITEM_PARAGRAPH = /^(\d+)、(.+?)（类）(.+?)（款）(.+?)（项）/;
/** 其他重要事项's sub-headings, by the otherMatters field whose explanation each is. */
const OTHER_MATTERS_PARTS: readonly [RegExp, string][] = [
  [/机关运行经费/, 'institutionalOperatingDetail'],
  [/政府采购/, 'procurement'],
  [/国有资产/, 'assets'],
  [/绩效/, 'performance'],
];

/** Reads the 情况说明 of each section and 部门决算单位构成 from the document's lines. */
export function readSectionText(lines: readonly TextLine[]): SectionText {
  const result: SectionText = { explanations: {}, items: [], otherMatters: {} };
  const texts = lines.map((line) => line.text.trim());
  const endOf = (start: number) => {
    let end = start + 1;
    while (end < lines.length && !TOP_HEADING.test(texts[end]!.replace(/\s+/g, ''))) end++;
    return end;
  };
  for (const [heading, key] of SECTION_HEADINGS) {
    const start = sectionStart(texts, heading);
    if (start < 0) continue;
    const end = endOf(start);
    let body = paragraphs(lines.slice(start + 1, end));
    // 五's numbered items ("1、社会保障和就业支出（类）…（项）") are the items' own explanations, not the section's.
    if (key === 'functionalBreakdown') {
      const first = body.findIndex((paragraph) => ITEM_PARAGRAPH.test(paragraph));
      if (first >= 0) {
        for (const paragraph of body.slice(first)) {
          const names = ITEM_PARAGRAPH.exec(paragraph);
          if (names) result.items.push({ className: names[2]!, sectionName: names[3]!, itemName: names[4]!, text: paragraph });
          else if (result.items.length > 0) result.items[result.items.length - 1]!.text += paragraph;
        }
        body = body.slice(0, first);
      }
    }
    if (key === 'basicExpenditureTable') {
      const joined = body.join('');
      const personnel = /人员经费[^，；。]*，(主要包括[:：][^；;。]*)/.exec(joined);
      const publicUse = /公用经费[^，；。]*，(主要包括[:：][^；;。]*)/.exec(joined);
      if (personnel) result.personnelNote = personnel[1]!;
      if (publicUse) result.publicUseNote = publicUse[1]!;
    }
    if (body.length > 0) result.explanations[key] = explanationOf(normaliseProse(texts[start]!), body);
  }
  // 十、预算绩效管理情况 and 十一、其他重要事项的情况说明 ((一) 机关运行经费, (二) 政府采购, (三) 国有资产).
  const performance = sectionStart(texts, /^[一二三四五六七八九十]+、预算绩效管理情况$/);
  if (performance >= 0) {
    const body = paragraphs(lines.slice(performance + 1, endOf(performance)));
    if (body.length > 0) result.otherMatters.performance = { title: normaliseProse(texts[performance]!), text: body };
  }
  const other = sectionStart(texts, /^[一二三四五六七八九十]+、其他重要事项(?:的情况说明)?$/);
  if (other >= 0) {
    for (const part of explanationOf(undefined, paragraphs(lines.slice(other + 1, endOf(other)))).parts ?? []) {
      const field = OTHER_MATTERS_PARTS.find(([pattern]) => pattern.test(part.title!))?.[1];
      if (field && result.otherMatters[field] === undefined && part.text.length > 0) result.otherMatters[field] = part;
    }
  }
  readComposition(lines, texts, result);
  return result;
}

function readComposition(lines: readonly TextLine[], texts: readonly string[], result: SectionText): void {
  let start = -1;
  texts.forEach((text, index) => {
    if (/^[一二三四五六七八九十]+、部门(决算|预算)?单位构成$/.test(text.replace(/\s+/g, '')) && index + 1 < texts.length && !TOP_HEADING.test(texts[index + 1]!)) start = index;
  });
  if (start < 0) return;
  let header = start + 1;
  while (header < lines.length && !/^序号\s*单位名称/.test(texts[header]!) && !TOP_HEADING.test(texts[header]!)) header++;
  const composition = paragraphs(lines.slice(start + 1, header));
  if (composition.length > 0) result.composition = composition;
  if (header >= lines.length || !/^序号\s*单位名称/.test(texts[header]!)) return;
  // The units table: 序号 printed beside (often vertically centred on) a name that wraps, 备注 in （…） after it.
  const page = pageOf(lines[header]!);
  const numbers: number[] = [];
  let names = '';
  for (let index = header + 1; index < lines.length; index++) {
    const text = texts[index]!;
    if (TOP_HEADING.test(text) || (page !== undefined && pageOf(lines[index]!) !== page)) break;
    const lead = /^(\d+)(?:\s+(.*))?$/.exec(text);
    if (lead) {
      numbers.push(Number(lead[1]));
      names += lead[2] ?? '';
    } else names += text;
  }
  const units: { number?: number; name: string; remark?: string }[] = [];
  for (const match of names.replace(/\s+/g, '').matchAll(/([^（）]+)(?:（([^（）]*)）)?/g)) {
    const unit: { number?: number; name: string; remark?: string } = { name: match[1]! };
    const number = numbers[units.length];
    if (number !== undefined) unit.number = number;
    if (match[2]) unit.remark = match[2];
    units.push({ ...(unit.number === undefined ? {} : { number: unit.number }), name: unit.name, ...(unit.remark === undefined ? {} : { remark: unit.remark }) });
  }
  if (units.length > 0) result.units = units;
}
