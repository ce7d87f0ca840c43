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
 * Stated figures (`explanation.figures`) are not read here.
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

/** The PDF's spacing normalised (see the module comment). */
export function normaliseProse(text: string): string {
  return text
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(new RegExp(`\\s+(?=[${FULL_WIDTH_PUNCTUATION}])|(?<=[${FULL_WIDTH_PUNCTUATION}])\\s+`, 'g'), '')
    .replace(/(?<=\d)\s+(?=[\d.%])|(?<=\d\.)\s+(?=\d)/g, '')
    .replace(new RegExp(`(?<=[${HAN}])\\s*(?=\\d)|(?<=[\\d%])\\s*(?=[${HAN}])`, 'g'), ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const xOf = (line: TextLine) => (line.at.kind === 'pdf' ? line.at.x : undefined);
const pageOf = (line: TextLine) => (line.at.kind === 'pdf' ? line.at.page : undefined);

/** Lines to paragraphs: a PDF line indented past the body's left edge starts one; without positions every line does. */
function paragraphs(lines: readonly TextLine[]): string[] {
  const xs = lines.map(xOf).filter((x): x is number => x !== undefined);
  const left = xs.length > 0 ? Math.min(...xs) : undefined;
  const result: string[] = [];
  for (const line of lines) {
    const x = xOf(line);
    const starts = left === undefined || x === undefined || x > left + 12 || result.length === 0;
    if (starts) result.push(line.text);
    else result[result.length - 1] += line.text;
  }
  return result.map(normaliseProse).filter((text) => text.length > 0);
}

export interface SectionText {
  /** The explanation of each section found, by contract key. */
  explanations: Record<string, { title: string; text: string[] }>;
  composition?: string[];
  units?: { number?: number; name: string; remark?: string }[];
}

/** Reads the 情况说明 of each section and 部门决算单位构成 from the document's lines. */
export function readSectionText(lines: readonly TextLine[]): SectionText {
  const result: SectionText = { explanations: {} };
  const texts = lines.map((line) => line.text.trim());
  // The table of contents lists the headings too: a section is the LAST heading of its kind followed by body text.
  for (const [heading, key] of SECTION_HEADINGS) {
    let start = -1;
    texts.forEach((text, index) => {
      if (heading.test(text.replace(/\s+/g, '')) && index + 1 < texts.length && !TOP_HEADING.test(texts[index + 1]!)) start = index;
    });
    if (start < 0) continue;
    let end = start + 1;
    while (end < lines.length && !TOP_HEADING.test(texts[end]!.replace(/\s+/g, ''))) {
      // 五's numbered items ("1 、社会保障和就业支出（类）…") are the items' own explanations, not the section's.
      if (key === 'functionalBreakdown' && /^\d+\s*、/.test(texts[end]!) && xOf(lines[end]!) !== undefined) break;
      end++;
    }
    const text = paragraphs(lines.slice(start + 1, end));
    if (text.length > 0) result.explanations[key] = { title: normaliseProse(texts[start]!), text };
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
