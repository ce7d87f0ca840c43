/**
 * The 情况说明 read as sentences: "收入总计为933.74万元，包括：1.财政拨款收入
 * 933.74万元…", "完成年初预算的90.3%", the “三公” paragraph, 机关运行经费,
 * 政府采购, 国有资产, 预算绩效, the duties list and 名词解释. Each figure is
 * kept with the sentence it was read from. Works on the seed's web text and on
 * a PDF's text lines alike (a PDF's wrapped lines are joined first).
 */
import type { FigureSource, SourceRef, TextLine } from '../types.js';
import { amountOf } from '../text.js';
import { NARRATIVE_HEADING } from './headings.js';

const AMOUNT = '(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*';
const WAN = `${AMOUNT}万元`;

export interface NarrativeResult {
  /** Contract fragments found in the text (no unit conversion: the narrative states 万元). */
  fragments: Record<string, unknown>;
  figures: FigureSource[];
  department?: string;
  year?: number;
  /** Lines read but not understood (inside the sections the reader knows). */
  notUnderstood: TextLine[];
  /** The 情况说明 of each 项 (类（类）款（款）项（项）…年初预算为…完成年初预算的…), to join to the table's items. */
  itemDetails: ItemDetail[];
}

export interface ItemDetail {
  className: string;
  sectionName: string;
  itemName: string;
  /** 支出决算为: the amount the sentence states. */
  amount?: string;
  budget?: string;
  completionRate?: string;
  note?: string;
  reason?: string;
  sentence: string;
}

interface Section {
  heading: string;
  text: string;
  lines: TextLine[];
}

/** Joins a PDF's wrapped lines: a line that does not start an item continues the one before. */
function paragraphs(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  const starts = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.．、](?!\d)|名词解释|主要职责|主要职能)/;
  // A PDF paragraph starts indented: the page's left margin is its leftmost line.
  const margin = new Map<number, number>();
  for (const line of lines) if (line.at.kind === 'pdf') margin.set(line.at.page, Math.min(margin.get(line.at.page) ?? Infinity, line.at.x));
  const cjk = /[\u4e00-\u9fff，。：；、（）“”%]/;
  for (const line of lines) {
    if (line.at.kind !== 'pdf') {
      const text = line.text.trim();
      if (text) out.push({ text, at: line.at });
      continue;
    }
    // Justified PDF text splits words and even numbers ("202 4 年", "99. 33 分"): join them.
    const text = line.text
      .replace(/\s+/g, (space, offset: number, whole: string) => (cjk.test(whole[offset - 1] ?? '') || cjk.test(whole[offset + space.length] ?? '') ? '' : ' '))
      .replace(/(\d\.?)\s+(?=\d)/g, '$1')
      .trim();
    if (!text) continue;
    const previous = out[out.length - 1];
    const indented = line.at.x - (margin.get(line.at.page) ?? line.at.x) > 8;
    if (previous && previous.at.kind === 'pdf' && !indented && !starts.test(text)) previous.text += text;
    else out.push({ text, at: line.at });
  }
  return out;
}

function splitSections(lines: readonly TextLine[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', text: '', lines: [] };
  for (const line of lines) {
    // A budget's narrative headings (2025年部门预算编制说明, 其他相关情况说明 …) end the section before them too.
    const heading =
      (/^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|名词解释)/.test(line.text) && line.text.length < 40 && !/[，。：:]/.test(line.text.slice(0, -1))) ||
      NARRATIVE_HEADING.test(line.text.replace(/\s+/g, ''));
    if (heading) {
      sections.push(current);
      current = { heading: line.text, text: '', lines: [] };
    } else {
      current.lines.push(line);
      current.text += `${line.text}\n`;
    }
  }
  sections.push(current);
  return sections;
}

export interface NarrativeOptions {
  /** The contract in this build has the extended fields (asOf, performance stages, procurement detail …). */
  extended?: boolean;
}

export function readNarrative(input: readonly TextLine[], options: NarrativeOptions = {}): NarrativeResult {
  const lines = paragraphs(input);
  const figures: FigureSource[] = [];
  const fragments: Record<string, unknown> = {};
  const result: NarrativeResult = { fragments, figures, notUnderstood: [], itemDetails: [] };
  const sections = splitSections(lines);
  const all = lines.map((line) => line.text).join('\n');

  const department = /第一部分\s*(.+?)概况/.exec(all);
  if (department) result.department = department[1]!.trim();
  const year = /((?:19|20)\d{2})\s*年度?部门(?:决算|预算)/.exec(all) ?? /纳入((?:19|20)\d{2})年/.exec(all);
  if (year) result.year = Number(year[1]);

  const sentenceAt = (section: Section, index: number): { sentence: string; at: SourceRef } => {
    // The sentence around a match, and where its line came from.
    const text = section.text;
    const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
    const endCandidates = [text.indexOf('。', index), text.indexOf('\n', index)].filter((value) => value >= 0);
    const end = endCandidates.length > 0 ? Math.min(...endCandidates) + 1 : text.length;
    const sentence = text.slice(start, end).trim();
    const line = section.lines.find((candidate) => candidate.text.includes(sentence.slice(0, 12)));
    const at: SourceRef = line && line.at.kind === 'pdf' ? line.at : { kind: 'text', sentence };
    return { sentence, at };
  };
  const record = (path: string, value: string | number, section: Section, index: number) => {
    const { sentence, at } = sentenceAt(section, index);
    figures.push({ path, value, at, row: sentence });
  };
  /** The first amount after `label` in the section, with what follows it up to the sentence end. */
  const amountAfter = (section: Section, label: string, from = 0): { amount: string; index: number; end: number } | undefined => {
    const pattern = new RegExp(`${label}(?:总计)?(?:为|：|:)?\\s*${WAN}`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(section.text);
    if (!match) return undefined;
    return { amount: amountOf(match[1]!)!, index: match.index, end: match.index + match[0].length };
  };
  // A table of contents repeats the headings: the section is the one with text under it.
  const pick = (pattern: RegExp) =>
    sections.filter((section) => pattern.test(section.heading)).sort((a, b) => b.text.length - a.text.length)[0];
  const find = pick;

  // 主要职责 / 主要职能: the numbered duties.
  // The duties list (a table of contents names the heading too: the longest list wins).
  let dutyLines: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (/^(?:主要职责|主要职能|一、主要职能|一、主要职责)$/.test(line.text.replace(/\s+/g, ''))) {
      current = [];
      continue;
    }
    if (!current) continue;
    if (/^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/.test(line.text)) {
      if (current.length > dutyLines.length) dutyLines = current;
      current = undefined;
      continue;
    }
    const dutyList = current;
    const item = /^(?:（[一二三四五六七八九十]+）|\d+[.．、])\s*(.*)$/.exec(line.text);
    if (item) dutyList.push(item[1]!.trim());
    else if (dutyList.length > 0) dutyList[dutyList.length - 1] += line.text;
  }
  if (current && current.length > dutyLines.length) dutyLines = current;
  const departmentFragment: Record<string, unknown> = {};
  if (dutyLines.length > 0) departmentFragment.duties = dutyLines;
  const units = /纳入.{0,40}?(?:单位|范围的二级预算单位)包括[:：]\s*无/.exec(all);
  if (units) departmentFragment.subordinateUnits = [];
  if (Object.keys(departmentFragment).length > 0) fragments.department = departmentFragment;

  // 一、收入支出决算总体情况说明
  const summary = find(/收入支出决算总体情况/);
  if (summary && /收入总计/.test(summary.text)) {
    const account: Record<string, unknown> = {};
    const incomeTotal = amountAfter(summary, '收入总计');
    if (incomeTotal) {
      account.incomeTotal = incomeTotal.amount;
      record('accountSummary.incomeTotal', incomeTotal.amount, summary, incomeTotal.index);
    }
    const income: Record<string, unknown>[] = [];
    const fiscal = amountAfter(summary, '财政拨款收入');
    if (fiscal) {
      const line: Record<string, unknown> = { key: 'fiscalAppropriation', amount: fiscal.amount };
      record(`accountSummary.income[${income.length}].amount`, fiscal.amount, summary, fiscal.index);
      const children: Record<string, unknown>[] = [];
      const sentenceEnd = summary.text.indexOf('\n', fiscal.end);
      const general = amountAfter(summary, '(?:一般)?公共预算财政拨款收入', fiscal.end);
      if (general && (sentenceEnd < 0 || general.index < sentenceEnd)) {
        record(`accountSummary.income[${income.length}].children[${children.length}].amount`, general.amount, summary, general.index);
        children.push({ key: 'generalPublicBudget', amount: general.amount });
      }
      const fund = amountAfter(summary, '政府性基金(?:预算财政拨款)?收入', fiscal.end);
      if (fund && (sentenceEnd < 0 || fund.index < sentenceEnd)) {
        record(`accountSummary.income[${income.length}].children[${children.length}].amount`, fund.amount, summary, fund.index);
        children.push({ key: 'governmentFund', amount: fund.amount });
      }
      if (children.length > 0) line.children = children;
      income.push(line);
    }
    const incomeLabels: [string, string][] = [
      ['上级补助收入', 'superiorSubsidy'],
      ['事业收入', 'institutionIncome'],
      ['经营收入', 'operatingIncome'],
      ['附属单位上缴收入', 'affiliateRemittance'],
      ['其他收入', 'otherIncome'],
      ['用事业基金弥补收支差额', 'reserveFundUse'],
      ['使用非财政拨款结余', 'nonFiscalBalanceUse'],
      ['(?:上年|年初)结转和结余', 'priorYearBalance'],
    ];
    const expenditureStart = summary.text.search(/支出总计/);
    const incomePart: Section = { ...summary, text: expenditureStart >= 0 ? summary.text.slice(0, expenditureStart) : summary.text };
    const found: { key: string; amount: string; index: number }[] = [];
    for (const [label, key] of incomeLabels) {
      const match = amountAfter(incomePart, `\\d+[.．、]\\s*${label}`);
      if (match) found.push({ key, amount: match.amount, index: match.index });
    }
    found.sort((a, b) => a.index - b.index);
    for (const entry of found) {
      record(`accountSummary.income[${income.length}].amount`, entry.amount, summary, entry.index);
      income.push({ key: entry.key, amount: entry.amount });
    }
    const expenditure: Record<string, unknown>[] = [];
    if (expenditureStart >= 0) {
      const total = amountAfter(summary, '支出总计', expenditureStart);
      if (total) {
        account.expenditureTotal = total.amount;
        record('accountSummary.expenditureTotal', total.amount, summary, total.index);
      }
      const expenditureLabels: [string, string][] = [
        ['基本支出', 'basic'],
        ['项目支出', 'project'],
        ['上缴上级支出', 'remittanceToSuperior'],
        ['经营支出', 'operating'],
        ['对附属单位补助支出', 'affiliateSubsidy'],
        ['结余分配', 'surplusDistribution'],
      ];
      const lines = summary.text.slice(expenditureStart).split('\n');
      let offset = expenditureStart;
      for (const text of lines) {
        for (const [label, key] of expenditureLabels) {
          const match = new RegExp(`^\\d+[.．、]\\s*${label}${WAN}(.*)$`).exec(text);
          if (!match) continue;
          const amount = amountOf(match[1]!)!;
          const line: Record<string, unknown> = { key, amount };
          record(`accountSummary.expenditure[${expenditure.length}].amount`, amount, summary, offset);
          const rest = match[2]!.replace(/^[，,]/, '');
          const note = /^(主要(?:是|包括)[^，。；]*)/.exec(rest);
          if (note) line.note = note[1];
          if (key === 'basic') {
            const children: Record<string, unknown>[] = [];
            for (const [childLabel, childKey] of [
              ['工资福利支出', 'personnel'],
              ['商品和服务支出', 'goodsAndServices'],
              ['对个人和家庭的?补助(?:支出)?', 'householdSubsidies'],
              ['资本性支出', 'capital'],
            ] as const) {
              const child = new RegExp(`${childLabel}${WAN}`).exec(rest);
              if (child) {
                record(`accountSummary.expenditure[${expenditure.length}].children[${children.length}].amount`, amountOf(child[1]!)!, summary, offset);
                children.push({ key: childKey, amount: amountOf(child[1]!)! });
              }
            }
            if (children.length > 0) line.children = children;
          }
          expenditure.push(line);
        }
        offset += text.length + 1;
      }
      const balance = amountAfter(summary, '年末结转和结余', expenditureStart);
      if (balance) {
        account.yearEndBalance = balance.amount;
        record('accountSummary.yearEndBalance', balance.amount, summary, balance.index);
      }
    }
    if (income.length > 0 && expenditure.length > 0) fragments.accountSummary = { income, expenditure, ...account };
  }

  // 二、财政拨款支出决算情况说明
  const fiscalSection = find(/^二、财政拨款支出/);
  if (fiscalSection) {
    const text = fiscalSection.text;
    const appropriation: Record<string, unknown> = {};
    const total = amountAfter(fiscalSection, '财政拨款支出');
    if (total) {
      appropriation.total = total.amount;
      record('fiscalAppropriation.total', total.amount, fiscalSection, total.index);
      const lineEnd = text.indexOf('\n', total.index);
      const paragraph = text.slice(total.index, lineEnd < 0 ? undefined : lineEnd);
      const basic = new RegExp(`其中[:：]\\s*基本支出${WAN}`).exec(paragraph);
      const project = new RegExp(`项目支出${WAN}`).exec(paragraph);
      if (basic) {
        appropriation.basic = amountOf(basic[1]!);
        record('fiscalAppropriation.basic', appropriation.basic as string, fiscalSection, total.index);
      }
      if (project) {
        appropriation.project = amountOf(project[1]!);
        record('fiscalAppropriation.project', appropriation.project as string, fiscalSection, total.index);
      }
      const rate = /财政拨款支出完成年初预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(paragraph);
      const basicRate = /基本支出完成年初预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(paragraph);
      const projectRate = /项目(?:支出)?完成年初预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(paragraph);
      const completionRate: Record<string, string> = {};
      for (const [key, match] of [
        ['total', rate],
        ['basic', basicRate],
        ['project', projectRate],
      ] as const) {
        if (!match) continue;
        completionRate[key] = match[1]!;
        record(`fiscalAppropriation.completionRate.${key}`, match[1]!, fiscalSection, total.index + match.index);
      }
      if (Object.keys(completionRate).length > 0) appropriation.completionRate = completionRate;
      fragments.fiscalAppropriation = appropriation;
    }
    // （二）一般公共预算财政拨款支出: 类 list, then （1）类（类）款（款）项（项）amount.
    const classes = /按支出功能分类科目分，包括([^。\n]*)/.exec(text);
    if (classes) {
      const items: Record<string, unknown>[] = [];
      const breakdown: Record<string, unknown> = { items };
      const before = text.slice(0, classes.index);
      const totalMatch = new RegExp(`财政拨款支出${WAN}[，,]?$`).exec(before);
      if (totalMatch) {
        breakdown.total = amountOf(totalMatch[1]!);
        record('functionalBreakdown.total', breakdown.total as string, fiscalSection, classes.index);
      }
      for (const part of classes[1]!.split(/[，,]/)) {
        const match = new RegExp(`^(.+?)${WAN}$`).exec(part.trim());
        if (!match) continue;
        const name = match[1]!;
        const item: Record<string, unknown> = { name, amount: amountOf(match[2]!) };
        const code = FUNCTION_CLASS_CODES[name.replace(/支出$/, '')];
        if (code) item.code = code;
        record(`functionalBreakdown.items[${items.length}].amount`, item.amount as string, fiscalSection, classes.index);
        items.push(item);
      }
      const detail = /[（(]\d+[)）]\s*(.+?)（类）(.+?)（款）\s*(.+?)（项）\s*(-?\d[\d,]*(?:\.\d+)?)\s*万元([^\n]*)/g;
      for (const match of text.matchAll(detail)) {
        const className = match[1]!.trim();
        const parent = items.find((item) => (item.name as string).replace(/支出$/, '') === className.replace(/支出$/, ''));
        if (!parent) {
          result.notUnderstood.push({ text: match[0], at: { kind: 'text', sentence: match[0] } });
          continue;
        }
        const parentIndex = items.indexOf(parent);
        const children = ((parent.children as Record<string, unknown>[]) ??= []);
        let section = children.find((child) => child.name === match[2]!.trim());
        if (!section) {
          section = { name: match[2]!.trim(), children: [] };
          children.push(section);
        }
        const leaves = section.children as Record<string, unknown>[];
        const leaf: Record<string, unknown> = { name: match[3]!.trim(), amount: amountOf(match[4]!) };
        const rest = match[5]!;
        const rate = /完成年初预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(rest);
        if (rate) leaf.completionRate = rate[1];
        const note = /^[，,]?\s*(主要(?:是|用于)[^，。；]*)/.exec(rest);
        if (note) leaf.note = note[1];
        const path = `functionalBreakdown.items[${parentIndex}].children[${children.indexOf(section)}].children[${leaves.length}]`;
        record(`${path}.amount`, leaf.amount as string, fiscalSection, match.index ?? 0);
        if (rate) record(`${path}.completionRate`, rate[1]!, fiscalSection, match.index ?? 0);
        leaves.push(leaf);
      }
      if (items.length > 0) fragments.functionalBreakdown = breakdown;
    }
    const fund = amountAfter(fiscalSection, '政府性基金预算财政拨款支出');
    if (fund) {
      fragments.governmentFundExpenditure = { total: fund.amount };
      record('governmentFundExpenditure.total', fund.amount, fiscalSection, fund.index);
    }
    const capital = amountAfter(fiscalSection, '国有资本经营预算财政拨款支出');
    if (capital) {
      fragments.stateCapitalExpenditure = { total: capital.amount };
      record('stateCapitalExpenditure.total', capital.amount, fiscalSection, capital.index);
    }
  }

  // 一般公共预算财政拨款支出决算具体情况: "1、类（类）款（款）项（项）。主要用于：…。年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 P%。决算数小于预算数的主要原因：R"
  const detailSection = pick(/一般公共预算财政拨款支出决算情况说明/);
  if (detailSection) {
    const text = detailSection.text.replace(/\n/g, '');
    const starts = [...text.matchAll(/\d+、(?=[^\d、]{1,30}（类）)/g)].map((match) => match.index!);
    starts.forEach((start, index) => {
      const chunk = text.slice(start, starts[index + 1] ?? text.length);
      const names = /^\d+、\s*(.+?)（类）(.+?)（款）(.+?)（项）/.exec(chunk);
      if (!names) return;
      const detail: ItemDetail = { className: names[1]!.trim(), sectionName: names[2]!.trim(), itemName: names[3]!.trim(), sentence: chunk };
      const note = /主要用于[:：]([^。]*)/.exec(chunk);
      const budget = new RegExp(`年初预算为\\s*${AMOUNT}万元`).exec(chunk);
      const amount = new RegExp(`支出决算为\\s*${AMOUNT}万元`).exec(chunk);
      const rate = /完成年初预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(chunk);
      const reason = /决算数[大小]于预算数的主要原因[:：]\s*(.+?)$/.exec(chunk);
      if (note) detail.note = `主要用于：${note[1]!.trim()}`;
      if (budget) detail.budget = amountOf(budget[1]!)!;
      if (amount) detail.amount = amountOf(amount[1]!)!;
      if (rate) detail.completionRate = rate[1]!;
      if (reason) detail.reason = reason[1]!.trim();
      result.itemDetails.push(detail);
    });
  }

  // 三、“三公”经费
  const three = find(/三公/);
  if (three) readThreePublic(three, fragments, record, amountAfter);

  // 四、基本支出
  const basic = pick(/基本支出决算情况说明/);
  if (basic) {
    const match = new RegExp(`基本支出${WAN}[。，,]?\\s*其中[:：]\\s*人员经费${WAN}[，,]\\s*主要包括[:：]?([^；;]*)[；;]\\s*(?:日常)?公用经费${WAN}[，,]\\s*主要包括[:：]?([^\\n]*)`).exec(basic.text);
    if (match) {
      fragments.basicExpenditure = {
        total: amountOf(match[1]!),
        personnel: amountOf(match[2]!),
        publicUse: amountOf(match[4]!),
        personnelNote: `主要包括${match[3]!.trim()}`,
        publicUseNote: `主要包括${match[5]!.trim()}`,
      };
      record('basicExpenditure.total', amountOf(match[1]!)!, basic, match.index);
      record('basicExpenditure.personnel', amountOf(match[2]!)!, basic, match.index);
      record('basicExpenditure.publicUse', amountOf(match[4]!)!, basic, match.index);
    }
  }

  // 其他重要事项
  const other = pick(/其他重要事项/);
  if (other) readOtherMatters(other, fragments, record, amountAfter, options.extended === true);
  // 预算绩效 may be a part of its own (十、预算绩效管理情况).
  const performanceSection = pick(/预算绩效/);
  const matters = fragments.otherMatters as Record<string, unknown> | undefined;
  if (performanceSection && !matters?.performance) {
    const performance = readPerformance(performanceSection, performanceSection.text.replace(/\n/g, ''), options.extended === true);
    if (performance) fragments.otherMatters = { ...(matters ?? {}), performance };
  }

  // 名词解释
  const glossary = pick(/名词解释/);
  if (glossary) {
    const entries: { term: string; definition: string }[] = [];
    for (const line of glossary.lines) {
      const match = /^(?:(?:\d+|[一二三四五六七八九十]+)[.．、]|（[一二三四五六七八九十]+）)\s*([^：:]+)[：:]\s*(.+)$/.exec(line.text);
      if (match) entries.push({ term: match[1]!.trim(), definition: match[2]!.trim() });
      else if (entries.length > 0 && line.at.kind === 'pdf') entries[entries.length - 1]!.definition += line.text;
    }
    if (entries.length > 0) fragments.glossary = entries;
  }
  return result;
}

type Record_ = (path: string, value: string | number, section: Section, index: number) => void;
type AmountAfter = (section: Section, label: string, from?: number) => { amount: string; index: number; end: number } | undefined;

const NUMBER = '(-?\\d[\\d,]*(?:\\.\\d+)?)';
const signedChange = (direction: string, value: string) => (/^0*(?:\.0*)?$/.test(value) ? value : /减少|下降/.test(direction) ? `-${value}` : value);

function readThreePublic(section: Section, fragments: Record<string, unknown>, record: Record_, amountAfter: AmountAfter): void {
  const text = section.text.replace(/\n/g, '');
  const flat: Section = { ...section, text };
  const first = (...labels: string[]) => {
    for (const label of labels) {
      const found = amountAfter(flat, label);
      if (found) return found;
    }
    return undefined;
  };
  // The seed's wording ("“三公”经费支出0万元，其中：因公出国（境）费0万元…") or the 2024 template's
  // ("1、因公出国（境）费支出 0.00 万元", "公务用车购置支出为 0.00 万元").
  const total = first('“三公”经费支出(?!决算)', '“三公”经费财政拨款支出决算为', '“三公”经费财政拨款支出年初预算为\\s*[\\d.]+\\s*万元[，,]\\s*支出决算为');
  const outbound = first('\\d+[.．、]\\s*因公出国（境）费(?:支出)?');
  const reception = first('\\d+[.．、]\\s*公务接待费(?:支出)?');
  const vehicles = first('\\d+[.．、]\\s*公务用车购置及运行(?:维护)?费(?:支出)?');
  const purchase = first('公务用车购置(?:费|支出)(?:为)?');
  const operation = first('公务用车运行(?:维护)?(?:费|支出)(?:为)?');
  const count = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const result: Record<string, unknown> = {};
  if (total && outbound && reception && vehicles && purchase && operation) {
    Object.assign(result, {
      total: total.amount,
      outboundTravel: { amount: outbound.amount },
      officialReception: { amount: reception.amount },
      officialVehicles: { amount: vehicles.amount, purchase: purchase.amount, operation: operation.amount },
    });
    record('threePublicExpenses.total', total.amount, flat, total.index);
    record('threePublicExpenses.outboundTravel.amount', outbound.amount, flat, outbound.index);
    record('threePublicExpenses.officialReception.amount', reception.amount, flat, reception.index);
    record('threePublicExpenses.officialVehicles.amount', vehicles.amount, flat, vehicles.index);
    record('threePublicExpenses.officialVehicles.purchase', purchase.amount, flat, purchase.index);
    record('threePublicExpenses.officialVehicles.operation', operation.amount, flat, operation.index);
  }
  const travel: Record<string, unknown> = {};
  const delegations = count(/团组\s*(\d+)\s*个/);
  const travellers = count(/团组\s*\d+\s*个[，,、]\s*累计\s*(\d+)\s*人次/);
  if (delegations !== undefined) travel.delegations = delegations;
  if (travellers !== undefined) travel.persons = travellers;
  if (Object.keys(travel).length > 0) result.outboundTravel = { ...(result.outboundTravel as object), ...travel };
  const guests: Record<string, unknown> = {};
  const batches = count(/国内公务接待(?:累计)?\s*(\d+)\s*批次/) ?? count(/列明公务接待\s*(\d+)\s*批次/);
  const persons = count(/国内公务接待(?:累计)?\s*\d+\s*批次[，,、]\s*(\d+)\s*人/) ?? count(/列明公务接待\s*\d+\s*批次[，,、]\s*(\d+)\s*人/);
  const foreign = new RegExp(`含外宾接待支出\\s*${NUMBER}\\s*万元`).exec(text);
  const foreignBatches = count(/接待外宾\s*(\d+)\s*批次/);
  const foreignPersons = count(/接待外宾\s*\d+\s*批次[，,、]\s*(\d+)\s*人/);
  if (batches !== undefined) guests.batches = batches;
  if (persons !== undefined) guests.persons = persons;
  if (foreign) guests.foreignAmount = amountOf(foreign[1]!);
  if (foreignBatches !== undefined) guests.foreignBatches = foreignBatches;
  if (foreignPersons !== undefined) guests.foreignPersons = foreignPersons;
  if (Object.keys(guests).length > 0) result.officialReception = { ...(result.officialReception as object), ...guests };
  const cars: Record<string, unknown> = {};
  const purchased = count(/购置公务用车\s*(\d+)\s*辆/);
  const fleet = count(/保有量(?:为)?\s*(\d+)\s*辆/);
  if (purchased !== undefined) cars.purchasedCount = purchased;
  if (fleet !== undefined) cars.fleetAtYearEnd = fleet;
  if (Object.keys(cars).length > 0) result.officialVehicles = { ...(result.officialVehicles as object), ...cars };
  // 完成预算的 %: the total first, then each part as the sentence names it.
  const rates: Record<string, string> = {};
  const totalRate = /支出决算为\s*[\d.]+\s*万元[，,]\s*完成预算的\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (totalRate) rates.total = totalRate[1]!;
  for (const [label, key] of [
    ['因公出国（境）费', 'outboundTravel'],
    ['公务用车购置及运行维护费', 'officialVehicles'],
    ['公务接待费', 'officialReception'],
  ] as const) {
    const match = new RegExp(`${label}(?:支出)?决算为\\s*[\\d.]+\\s*万元[，,]\\s*完成预算的\\s*(\\d+(?:\\.\\d+)?)\\s*%`).exec(text);
    if (match) rates[key] = match[1]!;
  }
  if (Object.keys(rates).length > 0) result.completionRate = rates;
  // Year-on-year change: "比2021年度减少0 万元，减少0 %" / "比 2023 年度减少 0.15 万元，下降（增长）27.78%".
  const change = new RegExp(`比\\s*\\d{4}\\s*年度?\\s*(增加|减少)\\s*${NUMBER}\\s*万元[，,]\\s*(增长|减少|下降)?(?:（[^）]*）)?\\s*${NUMBER}\\s*%`).exec(text);
  const changes: Record<string, unknown> = {};
  if (change) {
    const amount = signedChange(change[1]!, amountOf(change[2]!)!);
    changes.total = { amount, percent: signedChange(change[1]!, change[4]!) };
    record('threePublicExpenses.change.total.amount', amount, flat, change.index);
  }
  const receptionChange = new RegExp(`公务接待费支出决算(增加|减少)\\s*${NUMBER}\\s*万元[，,]\\s*(?:增长|下降)\\s*${NUMBER}\\s*%`).exec(text);
  if (receptionChange) changes.officialReception = { amount: signedChange(receptionChange[1]!, amountOf(receptionChange[2]!)!), percent: signedChange(receptionChange[1]!, receptionChange[3]!) };
  if (Object.keys(changes).length > 0) result.change = changes;
  if (Object.keys(result).length > 0) fragments.threePublicExpenses = result;
}

function readOtherMatters(section: Section, fragments: Record<string, unknown>, record: Record_, amountAfter: AmountAfter, extended: boolean): void {
  const text = section.text.replace(/\n/g, '');
  const flat: Section = { ...section, text };
  const matters: Record<string, unknown> = {};
  const operating = amountAfter(flat, '机关运行经费支出');
  if (operating) {
    matters.institutionalOperating = operating.amount;
    record('otherMatters.institutionalOperating', operating.amount, flat, operating.index);
    const change = new RegExp(`^[，,]?\\s*比\\s*\\d{4}\\s*年度?\\s*(增加|减少)\\s*${NUMBER}\\s*万元[，,]\\s*(?:增长|下降)\\s*${NUMBER}\\s*%[。，,]?\\s*(?:主要原因(?:是|：|:)\\s*([^（]*?))?(?=（[一二三四五六七八九十]）|$)`).exec(text.slice(operating.end));
    if (extended && change) {
      const detail: Record<string, unknown> = { change: { amount: signedChange(change[1]!, amountOf(change[2]!)!), percent: signedChange(change[1]!, change[3]!) } };
      if (change[4]) detail.reason = change[4].trim();
      matters.institutionalOperatingDetail = detail;
    }
  }
  const procurement = amountAfter(flat, '政府采购支出总额') ?? amountAfter(flat, '政府采购金额(?:（[^）]*）)?为?');
  if (procurement) {
    const entry: Record<string, string> = { total: procurement.amount };
    record('otherMatters.procurement.total', procurement.amount, flat, procurement.index);
    for (const [label, key] of [
      ['货物', 'goods'],
      ['工程', 'works'],
      ['服务', 'services'],
    ] as const) {
      const match = amountAfter(flat, `(?:政府采购)?${label}(?:采购)?(?:支出|金额)?`, procurement.end);
      if (match) entry[key] = match.amount;
    }
    if (extended) {
      for (const [label, key] of [
        ['面向中小企业预留政府采购项目预算金额', 'smeReservedBudget'],
        ['面向小微企业预留政府采购项目预算金额', 'smallMicroReservedBudget'],
        ['在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额', 'smeAwarded'],
        ['在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额', 'smallMicroAwarded'],
        ['在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额', 'smeAwardedOther'],
      ] as const) {
        const match = amountAfter(flat, label);
        if (match) entry[key] = match.amount;
      }
    }
    matters.procurement = entry;
  }
  const vehicles = /共有车辆\s*(\d+)\s*辆[，,]\s*其中[:：]([^；;。]*)/.exec(text);
  if (vehicles) {
    const byCategory = vehicleCategories(vehicles[2]!);
    const assets: Record<string, unknown> = {};
    const asOf = /截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
    if (extended && asOf) assets.asOf = `${asOf[1]}-${asOf[2]!.padStart(2, '0')}-${asOf[3]!.padStart(2, '0')}`;
    assets.vehicles = { total: Number(vehicles[1]), byCategory };
    record('otherMatters.assets.vehicles.total', Number(vehicles[1]), flat, vehicles.index);
    const over500k = /单位价值\s*50\s*万元以上(?:大型)?设备\s*(\d+)\s*台/.exec(text);
    const over1m = /单(?:位价值|价)\s*100\s*万元(?:（含）)?以上(?:大型)?设备(?:（不含车辆）)?\s*(\d+)\s*台/.exec(text);
    if (over500k) assets.equipmentOver500k = Number(over500k[1]);
    if (over1m) assets.equipmentOver1m = Number(over1m[1]);
    matters.assets = assets;
  }
  const performance = readPerformance(section, text, extended);
  if (performance) matters.performance = performance;
  if (Object.keys(matters).length > 0) fragments.otherMatters = matters;
}

/** The vehicles by category after 其中：("部级领导干部用车0辆、…、其他用车7辆", "…其中主要是执法执勤用车 1 辆"). */
export function vehicleCategories(list: string): { label: string; count: number; children?: { label: string; count: number }[] }[] {
  const byCategory: { label: string; count: number; children?: { label: string; count: number }[] }[] = [];
  for (const part of list.split(/[，,、]/)) {
    const child = /^(.+?)主要是(.+?)(\d+)\s*辆$/.exec(part.trim());
    if (child) {
      const parent = byCategory.find((category) => category.label === child[1]!.trim());
      if (parent) parent.children = [{ label: child[2]!.trim(), count: Number(child[3]) }];
      continue;
    }
    const match = /^(.+?)(\d+)\s*辆$/.exec(part.trim());
    if (match) byCategory.push({ label: match[1]!.trim(), count: Number(match[2]) });
  }
  return byCategory;
}

/** 预算绩效: the seed's "共涉及预算支出项目0个…自评分83.4分", or the 2024 template's stages, grades and problems. */
function readPerformance(section: Section, text: string, extended: boolean): Record<string, unknown> | undefined {
  const performance: Record<string, unknown> = {};
  const evaluation = new RegExp(`共涉及预算支出项目\\s*(\\d+)\\s*个[，,]\\s*涉及资金\\s*${NUMBER}\\s*万元[，,]\\s*整体自评\\s*(\\d+)\\s*个[，,]\\s*覆盖率达到\\s*(\\d+(?:\\.\\d+)?)\\s*%[，,]\\s*自评分\\s*(\\d+(?:\\.\\d+)?)\\s*分`).exec(text);
  if (evaluation) {
    Object.assign(performance, {
      projectsEvaluated: Number(evaluation[1]),
      fundsEvaluated: amountOf(evaluation[2]!),
      overallEvaluations: Number(evaluation[3]),
      coverage: evaluation[4],
      score: evaluation[5],
    });
    const lines = section.text;
    const problemsStart = lines.search(/主要存在问题[:：]/);
    const measuresStart = lines.search(/下一步将采取以下措施加以改进[:：]/);
    if (problemsStart >= 0 && measuresStart > problemsStart) {
      const block = lines.slice(lines.indexOf('\n', problemsStart) + 1, measuresStart);
      const problems = block.split('\n').map((line) => line.trim()).filter(Boolean);
      if (problems.length > 0) performance.problems = problems;
    }
    if (measuresStart >= 0) {
      const after = lines.slice(measuresStart).replace(/^下一步将采取以下措施加以改进[:：]\s*/, '').split('\n');
      const until = after.findIndex((line) => /^\d+[.．、]/.test(line.trim()));
      const kept = (until >= 0 ? after.slice(0, until) : after).map((line) => line.trim()).filter(Boolean);
      if (kept.length > 0) performance.measures = kept;
    }
  }
  if (extended) {
    for (const [label, key] of [
      ['编报绩效目标的', 'targets'],
      ['绩效跟踪评价的', 'tracked'],
      ['绩效自评的', 'selfEvaluated'],
    ] as const) {
      const match = new RegExp(`${label}(?:\\d{4}年度?)?项目\\s*(\\d+)\\s*个[，,]\\s*涉及预算金额\\s*${NUMBER}\\s*万元`).exec(text);
      if (match) performance[key] = { projects: Number(match[1]), amount: amountOf(match[2]!) };
    }
    const average = /平均得分\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
    if (average) performance.score = average[1];
    const grades: Record<string, number> = {};
    for (const [label, key] of [
      ['优', 'excellent'],
      ['良', 'good'],
      ['合格', 'pass'],
      ['不合格', 'fail'],
    ] as const) {
      const match = new RegExp(`绩效评级为“${label}”的项目\\s*(\\d+)\\s*个`).exec(text);
      if (match) grades[key] = Number(match[1]);
    }
    if (Object.keys(grades).length > 0) performance.grades = grades;
    const found = /共发现问题\s*(\d+)\s*个/.exec(text);
    if (found) performance.problemsFound = Number(found[1]);
  }
  return Object.keys(performance).length > 0 ? performance : undefined;
}

/** 类 codes of the 政府收支分类科目 (functional classification), for 类 named in the narrative without a code. */
export const FUNCTION_CLASS_CODES: Record<string, string> = {
  一般公共服务: '201',
  外交: '202',
  国防: '203',
  公共安全: '204',
  教育: '205',
  科学技术: '206',
  文化旅游体育与传媒: '207',
  文化体育与传媒: '207',
  社会保障和就业: '208',
  卫生健康: '210',
  医疗卫生与计划生育: '210',
  节能环保: '211',
  城乡社区: '212',
  农林水: '213',
  农林水事务: '213',
  交通运输: '214',
  资源勘探工业信息等: '215',
  资源勘探信息等: '215',
  商业服务业等: '216',
  商业服务业等事务: '216',
  金融: '217',
  援助其他地区: '219',
  自然资源海洋气象等: '220',
  国土资源气象等: '220',
  住房保障: '221',
  粮油物资储备: '222',
  国有资本经营预算: '223',
  灾害防治及应急管理: '224',
  其他: '229',
};
