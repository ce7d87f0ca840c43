/**
 * The figures a 情况说明 states (`explanation.figures`, the contract's
 * `StatedFigure`), read from its paragraphs as published and tied to the
 * table figure each restates by JSON path, so that the validator's
 * cross-checks compare the narrative with the tables. Nothing is computed or
 * corrected here: the amount, percent and change keep the text's digits, and a
 * figure stated in 万元 in a disclosure in 元 carries `unit: "万元"`.
 *
 * What is read, clause by clause (a clause ends at ，。；：):
 * - budget comparison: "[L]年初预算为 B 万元，支出决算为 A 万元，完成年初预算的 P%"
 *   (direction and reason from "决算数小于（大于）预算数的主要原因：R" or
 *   "决算数同预算数持平" in the same paragraph) and the short form
 *   "L决算为 A 万元，完成预算的 P%";
 * - change: "[与 2023 年度相比，]L增加（减少）C 万元，增长（下降）P%" (this year's
 *   amount from the explanation's earlier statement of L, the reason after
 *   "主要原因：" / "主要原因是"), "L增加，较上一度增加 C 万元" (reason "主要由于…"),
 *   and "L与上一年度持平";
 * - share: "L A 万元，占 P%" (of the section's whole) and "占本年支出合计的 P%";
 * - amount: "L A 万元" / "L为 A 万元".
 * L must be one of the labels the section's table prints (or a 类 of 表五);
 * an unknown label states no figure here. A figure stated again with the same
 * amount, and the numbered headings of a breakdown ("1、因公出国（境）费支出
 * 0.00 万元。") that restate the figures just given, are recorded once.
 */
import { amountOf } from '../text.js';

type Json = Record<string, unknown>;

export interface StatedFigureJson {
  kind: 'amount' | 'share' | 'change' | 'budget-comparison';
  text: string;
  ref?: string;
  amount?: string;
  unit?: '元' | '万元';
  percent?: string;
  of?: string;
  direction?: 'higher' | 'lower' | 'same';
  change?: string;
  budget?: string;
  budgetRef?: string;
  reason?: string;
}

interface Label {
  words: string;
  refs: string[];
  budgetRef?: string;
}

interface SectionConfig {
  labels: Label[];
  /** The whole a share "占 P%" is of. */
  whole?: string;
  /** Whether "L A 万元，占 P%" is one share figure carrying the amount (else an amount figure and a share without it). */
  shareCarriesAmount: boolean;
}

/** Labels any section's text may use for a figure of another table (说明一、四、五 explain a change by 项目支出). */
const SHARED_LABELS: Label[] = [
  { words: '项目支出', refs: ['expenditureTable.total.project'] },
  { words: '基本支出', refs: ['expenditureTable.total.basic'] },
];

const WHOLES: [RegExp, string][] = [[/^本年支出合计$/, 'accountSummary.currentYearExpenditure']];

function configOf(section: string, disclosure: Json): SectionConfig | undefined {
  switch (section) {
    case 'accountSummary':
      return { labels: [{ words: '收入支出总计', refs: ['accountSummary.incomeTotal', 'accountSummary.expenditureGrandTotal'] }], shareCarriesAmount: false };
    case 'incomeTable':
      return {
        whole: 'incomeTable.total.amount',
        shareCarriesAmount: false,
        labels: [
          ['本年收入合计', 'amount'],
          ['财政拨款收入', 'fiscalAppropriation'],
          ['上级补助收入', 'superiorSubsidy'],
          ['事业收入', 'institutionIncome'],
          ['经营收入', 'operatingIncome'],
          ['附属单位上缴收入', 'affiliateRemittance'],
          ['其他收入', 'otherIncome'],
        ].map(([words, field]) => ({ words: words!, refs: [`incomeTable.total.${field}`] })),
      };
    case 'expenditureTable':
      return {
        whole: 'expenditureTable.total.amount',
        shareCarriesAmount: false,
        labels: [
          ['本年支出合计', 'amount'],
          ['基本支出', 'basic'],
          ['项目支出', 'project'],
          ['上缴上级支出', 'remittanceToSuperior'],
          ['经营支出', 'operating'],
          ['对附属单位补助支出', 'affiliateSubsidy'],
        ].map(([words, field]) => ({ words: words!, refs: [`expenditureTable.total.${field}`] })),
      };
    case 'appropriationTable':
      return { labels: [{ words: '财政拨款收入支出总计', refs: ['appropriationTable.incomeTotal', 'appropriationTable.expenditureTotal.amount'] }], shareCarriesAmount: false };
    case 'functionalBreakdown': {
      const items = ((disclosure.functionalBreakdown as Json | undefined)?.items as Json[] | undefined) ?? [];
      return {
        whole: 'functionalBreakdown.total',
        shareCarriesAmount: true,
        labels: [
          { words: '一般公共预算财政拨款支出', refs: ['functionalBreakdown.total'], budgetRef: 'functionalBreakdown.totalBudget' },
          ...items.map((item, index) => ({ words: `${String(item.name)}（类）`, refs: [`functionalBreakdown.items[${index}].amount`] })),
        ],
      };
    }
    case 'basicExpenditureTable':
      return {
        shareCarriesAmount: false,
        labels: [
          { words: '一般公共预算财政拨款基本支出', refs: ['functionalBreakdown.totalBasic'] },
          { words: '人员经费', refs: ['basicExpenditureTable.total.personnel'] },
          { words: '公用经费', refs: ['basicExpenditureTable.total.publicUse'] },
        ],
      };
    case 'threePublicExpenses':
      return {
        whole: 'threePublicExpenses.total',
        shareCarriesAmount: true,
        labels: [
          // A budget's “三公”经费预算情况说明 (其他相关情况说明 一) names the figures its own way.
          ...(disclosure.kind === 'budget'
            ? [
                { words: '“三公”经费预算数', refs: ['threePublicExpenses.total'] },
                { words: '公务用车购置及运行费', refs: ['threePublicExpenses.officialVehicles.amount'] },
                { words: '公务用车购置费', refs: ['threePublicExpenses.officialVehicles.purchase'] },
                { words: '公务用车运行费', refs: ['threePublicExpenses.officialVehicles.operation'] },
              ]
            : []),
          { words: '“三公”经费财政拨款支出', refs: ['threePublicExpenses.total'], budgetRef: 'threePublicExpenses.budget.total' },
          { words: '因公出国（境）费', refs: ['threePublicExpenses.outboundTravel.amount'], budgetRef: 'threePublicExpenses.budget.outboundTravel' },
          { words: '公务用车购置及运行维护费', refs: ['threePublicExpenses.officialVehicles.amount'], budgetRef: 'threePublicExpenses.budget.officialVehicles' },
          { words: '公务用车购置', refs: ['threePublicExpenses.officialVehicles.purchase'], budgetRef: 'threePublicExpenses.budget.vehiclePurchase' },
          { words: '公务用车运行维护', refs: ['threePublicExpenses.officialVehicles.operation'], budgetRef: 'threePublicExpenses.budget.vehicleOperation' },
          { words: '公务接待费', refs: ['threePublicExpenses.officialReception.amount'], budgetRef: 'threePublicExpenses.budget.officialReception' },
          { words: '国内公务接待', refs: ['threePublicExpenses.officialReception.amount'] },
        ],
      };
    case 'budgetPreparation': {
      // 部门预算编制说明: "收入预算 A 万元，其中：财政拨款收入 A 万元，比 2024 年预算减少 C 万元；事业收入 0 万元…".
      const income = ((disclosure.accountSummary as Json | undefined)?.income as Json[] | undefined) ?? [];
      const line = (key: string) => {
        const index = income.findIndex((entry) => entry.key === key);
        return [index < 0 ? `accountSummary.${key}` : `accountSummary.income[${index}].amount`];
      };
      return {
        shareCarriesAmount: false,
        labels: [
          { words: '收入预算', refs: ['accountSummary.incomeTotal'] },
          { words: '财政拨款收入', refs: line('fiscalAppropriation') },
          { words: '事业收入', refs: line('institutionIncome') },
          { words: '事业单位经营收入', refs: line('operatingIncome') },
          { words: '其他收入', refs: line('otherIncome') },
          { words: '支出预算', refs: ['accountSummary.expenditureGrandTotal'] },
          { words: '财政拨款支出预算', refs: ['appropriationTable.expenditureTotal.amount'] },
          { words: '一般公共预算拨款支出预算', refs: ['appropriationTable.expenditureTotal.generalPublicBudget'] },
          { words: '政府性基金拨款支出预算', refs: ['appropriationTable.expenditureTotal.governmentFund'] },
          { words: '国有资本经营预算拨款支出预算', refs: ['appropriationTable.expenditureTotal.stateCapital'] },
        ],
      };
    }
    case 'institutionalOperating':
      // 其他相关情况说明 二: "…财政拨款的机关运行经费预算为 213.28 万元".
      return { shareCarriesAmount: false, labels: [{ words: '机关运行经费预算', refs: ['otherMatters.institutionalOperating'] }] };
    default:
      return undefined;
  }
}

const NUMBER = '(\\d[\\d,]*(?:\\.\\d+)?)';
const PERCENT = '(\\d+(?:\\.\\d+)?)';
const BOUNDARY = /[，。；：]/;

/** The clause before `index`: from the last boundary. */
function clauseStart(text: string, index: number): number {
  for (let at = index - 1; at >= 0; at--) if (BOUNDARY.test(text[at]!)) return at + 1;
  return 0;
}

/** The label a clause's words end with (after 支出决算 / 决算 / 支出 / 为 …), longest first. */
function labelOf(words: string, labels: readonly Label[]): Label | undefined {
  const candidates = [words, words.replace(/(?:支出)?(?:决算数?)?(?:为)?\s*$/, ''), words.replace(/支出(?:决算)?(?:为)?\s*$/, ''), words.replace(/(?:为|决算)\s*$/, '')].map((text) => text.trim());
  const sorted = [...labels].sort((a, b) => b.words.length - a.words.length);
  for (const candidate of candidates) {
    const found = sorted.find((label) => candidate.endsWith(label.words));
    if (found) return found;
  }
  return undefined;
}

function has(disclosure: Json, path: string): boolean {
  let value: unknown = disclosure;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((piece) => piece !== undefined && piece !== '')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[part];
  }
  return value !== undefined;
}

export interface FigureContext {
  disclosure: Json;
  /** The disclosure's unit: a figure the text states in another gets `unit`. */
  unit: '元' | '万元';
  /** An item's paragraph: the figure a label-less clause ("年初预算为…") is about. */
  subject?: { ref: string; budgetRef?: string };
}

/**
 * The stated figures of one explanation, paragraph by paragraph: `paragraphs` are the explanation's `text` and its
 * parts' texts in order; the result has one figure list per paragraph.
 */
export function statedFigures(section: string, paragraphs: readonly string[], context: FigureContext): StatedFigureJson[][] {
  const config = configOf(section, context.disclosure) ?? (context.subject ? { labels: [], shareCarriesAmount: false } : undefined);
  if (!config) return paragraphs.map(() => []);
  const labels = [...config.labels, ...SHARED_LABELS];
  const stated = new Map<string, string>();
  const seen = new Set<string>();
  const ref = (path: string | undefined) => (path !== undefined && has(context.disclosure, path) ? path : undefined);
  return paragraphs.map((text) => {
    const found: { at: number; figure: StatedFigureJson }[] = [];
    const used: [number, number][] = [];
    const free = (start: number, end: number) => used.every(([a, b]) => end <= a || start >= b);
    const unitOf = (word: string): Partial<StatedFigureJson> => {
      const unit = word.startsWith('万') ? '万元' : '元';
      return unit === context.unit ? {} : { unit };
    };
    const put = (at: number, end: number, figure: StatedFigureJson) => {
      used.push([at, end]);
      found.push({ at, figure: Object.fromEntries(Object.entries(figure).filter(([, value]) => value !== undefined)) as unknown as StatedFigureJson });
    };
    /** The label the words end with: its refs, and where it starts in the words (the figure's text starts there). */
    const subjectOf = (words: string) => {
      const label = labelOf(words, labels);
      if (label) return { refs: label.refs.map(ref), budgetRef: ref(label.budgetRef), offset: Math.max(words.lastIndexOf(label.words), 0) };
      if (words.trim() === '' && context.subject) return { refs: [ref(context.subject.ref)], budgetRef: ref(context.subject.budgetRef), offset: 0 };
      return undefined;
    };
    const budgetOutcome = (): Partial<StatedFigureJson> => {
      const reason = /决算数([小大])于预算数的主要原因[:：]\s*(.+)$/.exec(text);
      // "…未开展完成。其中：" introduces the items: not part of the reason.
      if (reason) return { direction: reason[1] === '小' ? 'lower' : 'higher', reason: reason[2]!.replace(/其中[:：]$/, '').trim() };
      if (/决算数(?:同|与)预算数持平/.test(text)) return { direction: 'same' };
      return {};
    };

    // Budget comparisons, the full form then the short one.
    for (const match of text.matchAll(new RegExp(`年初预算为\\s?${NUMBER}\\s?(万元|元)[，,]\\s?(?:支出)?决算为\\s?${NUMBER}\\s?(?:万元|元)[，。]\\s?完成(?:年初)?预算的\\s?${PERCENT}\\s?%`, 'g'))) {
      const start = clauseStart(text, match.index);
      const subject = subjectOf(text.slice(start, match.index));
      if (!subject) continue;
      const end = match.index + match[0].length;
      put(start, end, { kind: 'budget-comparison', text: text.slice(start + subject.offset, end), ref: subject.refs[0], amount: amountOf(match[3]!), ...unitOf(match[2]!), budget: amountOf(match[1]!), budgetRef: subject.budgetRef, percent: match[4], ...budgetOutcome() });
    }
    for (const match of text.matchAll(new RegExp(`决算为\\s?${NUMBER}\\s?(万元|元)[，,]\\s?完成(?:年初)?预算的\\s?${PERCENT}\\s?%`, 'g'))) {
      const start = clauseStart(text, match.index);
      const end = match.index + match[0].length;
      if (!free(start, end)) continue;
      const subject = subjectOf(text.slice(start, match.index));
      if (!subject) continue;
      put(start, end, { kind: 'budget-comparison', text: text.slice(start + subject.offset, end), ref: subject.refs[0], amount: amountOf(match[1]!), ...unitOf(match[2]!), budgetRef: subject.budgetRef, percent: match[3] });
    }
    // A budget's change against last year's budget: "L A 万元，比 2024 年预算减少 C 万元" / "L A 万元，与 2024 年预算持平",
    // the reason where the same sentence gives it ("，主要原因是 R").
    for (const match of text.matchAll(new RegExp(`${NUMBER}\\s?(万元|元)[，,。]?\\s?(?:比|与|较)\\s?\\d{4}\\s?年度?预算(?:执行数)?\\s?(?:(增加|减少)\\s?${NUMBER}\\s?(万元|元)|(持平))`, 'g'))) {
      const start = clauseStart(text, match.index);
      const end = match.index + match[0].length;
      if (!free(start, end)) continue;
      const subject = subjectOf(text.slice(start, match.index));
      if (!subject) continue;
      const reason = /^[，,]\s?主要原因(?:是[:：]?|[:：])\s?([^。；]+)/.exec(text.slice(end))?.[1]?.trim();
      put(start, end, {
        kind: 'change',
        text: text.slice(start + subject.offset, end),
        ref: subject.refs[0],
        amount: amountOf(match[1]!),
        ...unitOf(match[2]!),
        direction: match[6] ? 'same' : match[3] === '增加' ? 'higher' : 'lower',
        change: match[4] === undefined ? undefined : amountOf(match[4]),
        reason,
      });
    }
    // Year-on-year changes.
    const reasonMatch = /(?<!预算数的)主要原因(?:是|[:：])\s*(.+)$/.exec(text);
    for (const match of text.matchAll(new RegExp(`(增加|减少)\\s?${NUMBER}\\s?(万元|元)(?:[，,]\\s?(增长|下降)(?:（(?:增长|下降)）)?\\s?${PERCENT}\\s?(%?))?`, 'g'))) {
      let start = clauseStart(text, match.index);
      const end = match.index + match[0].length;
      if (!free(start, end)) continue;
      let words = text.slice(start, match.index).replace(/决算数?比\s?\d{4}\s?年度?$/, '').replace(/^\d{4}\s?年度/, '');
      let reason: string | undefined;
      if (/^较上一?年?度$/.test(words)) {
        // "项目支出增加，较上一度增加 C 万元": the subject is the clause before.
        const previous = clauseStart(text, start - 1);
        words = text.slice(previous, start - 1).replace(/(?:增加|减少)$/, '');
        start = previous;
        reason = /^[，,]\s?(主要由于.+)$/.exec(text.slice(end))?.[1];
      } else if (reasonMatch && reasonMatch.index > end) reason = reasonMatch[1]!.trim();
      const subject = subjectOf(words);
      if (!subject) continue;
      const before = text.slice(clauseStart(text, start - 1), Math.max(start - 1, 0));
      if (start > 0 && /^与\s?\d{4}\s?年度?相比$/.test(before)) start = clauseStart(text, start - 1);
      const subjectRef = subject.refs[0];
      put(start, end, {
        kind: 'change',
        text: text.slice(start, end),
        ref: subjectRef,
        direction: match[1] === '增加' ? 'higher' : 'lower',
        change: amountOf(match[2]!),
        ...unitOf(match[3]!),
        percent: match[5],
        reason,
      });
    }
    for (const match of text.matchAll(/与上一年度持平/g)) {
      const start = clauseStart(text, match.index);
      const subject = subjectOf(text.slice(start, match.index));
      if (!subject) continue;
      put(start, match.index + match[0].length, { kind: 'change', text: text.slice(start + subject.offset, match.index + match[0].length), ref: subject.refs[0], direction: 'same' });
    }
    // Shares: of the section's whole, or of a whole the text names.
    for (const match of text.matchAll(new RegExp(`${NUMBER}\\s?(万元|元)[，,]\\s?占\\s?${PERCENT}\\s?%`, 'g'))) {
      const start = clauseStart(text, match.index);
      const end = match.index + match[0].length;
      if (!free(start, end)) continue;
      const subject = subjectOf(text.slice(start, match.index));
      if (!subject) continue;
      const amount = amountOf(match[1]!)!;
      const amountEnd = match.index + match[0].indexOf(match[2]!) + match[2]!.length;
      const from = start + subject.offset;
      if (!config.shareCarriesAmount) {
        for (const path of subject.refs) {
          seen.add(`${path}|${amount}`);
          found.push({ at: start, figure: { kind: 'amount', text: text.slice(from, amountEnd), ...(path ? { ref: path } : {}), amount, ...unitOf(match[2]!) } });
        }
      }
      put(start, end, { kind: 'share', text: text.slice(from, end), ref: subject.refs[0], ...(config.shareCarriesAmount ? { amount, ...unitOf(match[2]!) } : {}), of: config.whole, percent: match[3] });
    }
    // Amounts: "L A 万元" once per figure; a numbered heading ("1、…") restates the figures just given.
    for (const match of text.matchAll(new RegExp(`${NUMBER}\\s?(万元|万(?!元)|元)`, 'g'))) {
      const start = clauseStart(text, match.index);
      const end = match.index + match[0].length;
      if (!free(start, end) || (start === 0 && /^\d+、/.test(text))) continue;
      const words = text.slice(start, match.index);
      const label = labelOf(words, labels);
      if (!label) continue;
      const amount = amountOf(match[1]!)!;
      const from = start + Math.max(words.lastIndexOf(label.words), 0);
      for (const path of label.refs.map(ref)) {
        // A figure no table holds (事业收入 0 万元; 其他收入 0 万元) is told apart by its label.
        const key = `${path ?? label.words}|${amount}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ at: start, figure: { kind: 'amount', text: text.slice(from, end), ...(path ? { ref: path } : {}), amount, ...unitOf(match[2]!) } });
      }
      used.push([start, end]);
    }
    for (const match of text.matchAll(new RegExp(`占([^，。；：\\d]+?)的\\s?${PERCENT}\\s?%`, 'g'))) {
      const whole = WHOLES.find(([pattern]) => pattern.test(match[1]!))?.[1];
      const end = match.index + match[0].length;
      const previous = [...found].reverse().find((entry) => entry.at < match.index && entry.figure.ref);
      if (!whole || !previous || !free(match.index, end)) continue;
      put(match.index, end, { kind: 'share', text: match[0], ref: previous.figure.ref, of: ref(whole), percent: match[2] });
    }
    // A change's amount is this year's figure as the explanation stated it before (in this paragraph or an earlier one).
    const figures = found.sort((a, b) => a.at - b.at).map((entry) => entry.figure);
    for (const figure of figures) {
      if (figure.kind === 'change' && figure.change !== undefined && figure.amount === undefined && figure.ref && stated.has(figure.ref)) figure.amount = stated.get(figure.ref);
      if (figure.ref && figure.amount !== undefined) stated.set(figure.ref, figure.amount);
    }
    return figures;
  });
}

/** An explanation's stated figures, put in each block (the explanation and its parts) beside the text that states them. */
export function addStatedFigures(explanation: Json, section: string, context: FigureContext): StatedFigureJson[] {
  const blocks = [explanation, ...((explanation.parts as Json[] | undefined) ?? [])];
  const lists = statedFigures(section, blocks.flatMap((block) => block.text as string[]), context);
  let index = 0;
  for (const block of blocks) {
    const figures = (block.text as string[]).flatMap(() => lists[index++] ?? []);
    if (figures.length > 0) block.figures = figures;
  }
  return lists.flat();
}
