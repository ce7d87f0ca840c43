/**
 * The contract's shape as data, with every field's description next to it:
 * the ONE place the contract is written. From it come
 * - the runtime validator (`parse.ts` walks it),
 * - the JSON Schema (`schema.ts`; each field's `description` becomes the
 *   schema's `description`),
 * - the contract reference, docs/contract.md (`reference.ts`, run by
 *   `npm run docs`; a test fails when the committed file differs).
 * The TypeScript types in `contract.ts` are written by hand for their
 * generics and unions; a test (test/node/contract-types.test.ts) fails when a
 * field of the shape has no field of the same name and optionality in the
 * types, or the other way round.
 *
 * Descriptions cost bytes in the browser bundle, which only validates. Each
 * is written `NO_DOCS || '…'`: the bundle's build defines
 * `globalThis.__DISCLOSURE_NO_DOCS__` as true, so there the expression is
 * `true` and the minifier drops the text; everywhere else (Node, the tests,
 * dist/lib, the docs generator) it is the text.
 */
import {
  BASIC_EXPENDITURE_KEYS,
  EXPENDITURE_KEYS,
  FISCAL_APPROPRIATION_INCOME_KEYS,
  INCOME_KEYS,
} from './contract.js';

export type Shape =
  /** A decimal string or JSON number; `signed` allows negatives (changes). */
  | { type: 'decimal'; signed?: boolean; unit?: 'amount' | 'percent' | 'decimal' }
  /** A non-negative integer (a count of vehicles, persons …). */
  | { type: 'count' }
  /** An integer within a range. */
  | { type: 'integer'; min: number; max: number }
  | { type: 'text'; nonEmpty?: boolean }
  /** true or false. */
  | { type: 'boolean' }
  | { type: 'const'; value: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list'; of: Shape }
  | RecordShape
  | { type: 'ref'; name: DefinitionName };

export interface RecordShape {
  type: 'record';
  fields: Record<string, Field>;
  /** The TypeScript type in contract.ts this record is (for the types test and the reference); absent for an inline object type, and in the browser bundle. */
  typeName?: string;
  /** Rules across fields, each with its own check in the validator and its own clause in the schema. */
  rule?:
    /** `label` is required unless `key` is one of these standard keys. */
    | { type: 'label-unless-standard-key'; keys: readonly string[] }
    /** `amount` is required unless `children` has at least one item. */
    | { type: 'amount-unless-children' };
  /** `amount` is required unless `blank` is true, and absent when it is (a line printed with its label and no amount). */
  amountUnlessBlank?: true;
}

export interface Field {
  shape: Shape;
  required?: boolean;
  /** What the field holds, naming the document's Chinese row or column; absent in the browser bundle. */
  description?: string;
}

/** True only in the browser bundle (esbuild `define`), where descriptions are dropped; see above. */
const NO_DOCS = (globalThis as { __DISCLOSURE_NO_DOCS__?: true }).__DISCLOSURE_NO_DOCS__;

const amount: Shape = { type: 'decimal', unit: 'amount' };
const percent: Shape = { type: 'decimal', unit: 'percent' };
const decimal: Shape = { type: 'decimal', unit: 'decimal' };
const signedAmount: Shape = { type: 'decimal', signed: true, unit: 'amount' };
const signedPercent: Shape = { type: 'decimal', signed: true, unit: 'percent' };
const count: Shape = { type: 'count' };
const text: Shape = { type: 'text' };
const name: Shape = { type: 'text', nonEmpty: true };
const texts: Shape = { type: 'list', of: text };

/** `description` is `NO_DOCS || '…'`: the text, or true where descriptions are dropped. */
const describe = (description: string | true) => (typeof description === 'string' ? description : undefined);
const req = (shape: Shape, description: string | true): Field => ({ shape, required: true, description: describe(description) });
const opt = (shape: Shape, description: string | true): Field => ({ shape, description: describe(description) });
const record = (fields: Record<string, Field>, typeName?: string | true, rule?: RecordShape['rule']): RecordShape => ({ type: 'record', fields, typeName: describe(typeName ?? true), rule });
const flag: Shape = { type: 'boolean' };
/** The unit a section's figures are printed in, where it differs from the disclosure's (`unit`). */
const sectionUnit = opt(
  { type: 'enum', values: ['元', '万元'] },
  NO_DOCS || 'The unit this table\'s figures are printed in (单位), where it is not the disclosure\'s `unit` (a budget\'s “三公”经费和机关运行经费预算表 in 万元 while the other tables are in 元). Its amounts keep their printed digits; elements convert them exactly for display, and the cross-checks compare across units exactly. Absent: the disclosure\'s `unit`.',
);
/** 注：本表反映… printed under (or over) a table: what the table shows. */
const tableNote = opt(text, NO_DOCS || 'The note printed with the table (注：本表反映…), as published: what the table covers. Distinct from `remark` (说明：…).');
const list = (of: Shape): Shape => ({ type: 'list', of });
const ref = (target: DefinitionName): Shape => ({ type: 'ref', name: target });

const line = (side: 'incomeLine' | 'expenditureLine', keys: readonly string[]): RecordShape => ({
  ...record(
    {
      key: opt(name, NO_DOCS || 'A standard key (see "Standard line keys"), or a key of the portal\'s own (then `label` is required).'),
      code: opt(name, NO_DOCS || 'Economic or functional classification code (科目编码) of a non-standard line; the 2024 总表\'s expenditure side by function gives each 类 its code ("208").'),
      label: opt(name, NO_DOCS || 'Label as published. Required unless `key` is standard: a standard key takes its label from the library\'s catalogue.'),
      amount: opt(amount, NO_DOCS || 'The line\'s amount (决算数 / 预算数). Required unless `blank` is true.'),
      blank: opt(flag, NO_DOCS || 'True for a line the document prints with its label but no amount (财务收支预算总表\'s 二、事业收入 with a blank cell): the label is kept, `amount` is absent (never "0"), elements show a dash marked "not published", and the line takes no part in any sum.'),
      note: opt(text, NO_DOCS || 'Published explanation of the line (主要是为保障机构正常运转…).'),
      children: opt(list(ref(side)), NO_DOCS || 'Sub-lines with the same fields, nested (`generalPublicBudget` … under `fiscalAppropriation`; economic classes under `basic`). Checked to sum to the line.'),
      ...(side === 'expenditureLine'
        ? {
            personnel: opt(amount, NO_DOCS || 'The line\'s 人员经费, where the table prints it beside the amount (a 单位预算\'s 财务收支预算总表: 合计 / 基本支出 (人员经费, 公用经费) / 项目支出). A blank cell is absent, never "0". With `publicUse` and `project`, checked to sum to the amount.'),
            publicUse: opt(amount, NO_DOCS || 'The line\'s 公用经费, as `personnel`.'),
            project: opt(amount, NO_DOCS || 'The line\'s 项目支出, as `personnel`.'),
          }
        : {}),
    },
    NO_DOCS || (side === 'expenditureLine' ? 'ExpenditureLine' : 'Line'),
    { type: 'label-unless-standard-key', keys },
  ),
  amountUnlessBlank: true,
});

const split = (of: Shape, what: string | true) =>
  record({ total: opt(of, NO_DOCS || `${what} of the total.`), basic: opt(of, NO_DOCS || `${what} of 基本支出.`), project: opt(of, NO_DOCS || `${what} of 项目支出.`) }, NO_DOCS || 'BasicProjectSplit');
const threePublicParts = (of: Shape, what: string | true) =>
  record(
    {
      total: opt(of, NO_DOCS || `${what} of the total (合计).`),
      outboundTravel: opt(of, NO_DOCS || `${what} of 因公出国（境）费.`),
      officialReception: opt(of, NO_DOCS || `${what} of 公务接待费.`),
      officialVehicles: opt(of, NO_DOCS || `${what} of 公务用车购置及运行维护费.`),
    },
    NO_DOCS || 'ThreePublicParts',
  );
const threePublicAmounts = (whose: string | true) =>
  record(
    {
      total: req(amount, NO_DOCS || `${whose} total (合计).`),
      outboundTravel: opt(amount, NO_DOCS || `${whose} 因公出国（境）费.`),
      officialReception: opt(amount, NO_DOCS || `${whose} 公务接待费.`),
      officialVehicles: opt(amount, NO_DOCS || `${whose} 公务用车购置及运行维护费 (小计).`),
      vehiclePurchase: opt(amount, NO_DOCS || `${whose} 公务用车购置费.`),
      vehicleOperation: opt(amount, NO_DOCS || `${whose} 公务用车运行维护费 (预算: 运行费).`),
    },
    NO_DOCS || 'ThreePublicAmounts',
  );
const remark = opt(text, NO_DOCS || 'The remark printed under the table (说明：…故本表无数据), as published.');
const explanation = (what: string | true) => opt(ref('explanation'), NO_DOCS || `${what}: the text as published, and the figures it states.`);
const rowPlace = (children: DefinitionName) => ({
  code: opt(name, NO_DOCS || '功能分类科目编码, the full code: 3 digits for 类, 5 for 款, 7 for 项 (a budget\'s "201 13 01" is "2011301").'),
  name: req(name, NO_DOCS || '科目名称, as published.'),
  explanation: opt(ref('explanation'), NO_DOCS || 'The row\'s paragraph of the 情况说明, with the figures it states.'),
  children: opt(list(ref(children)), NO_DOCS || 'The level below (款 of a 类, 项 of a 款), with the same columns.'),
});

const incomeColumns = (amountRequired: boolean) => ({
  amount: (amountRequired ? req : opt)(amount, NO_DOCS || '本年收入合计 (预算: 合计).'),
  fiscalAppropriation: opt(amount, NO_DOCS || '财政拨款收入.'),
  superiorSubsidy: opt(amount, NO_DOCS || '上级补助收入.'),
  institutionIncome: opt(amount, NO_DOCS || '事业收入.'),
  operatingIncome: opt(amount, NO_DOCS || '经营收入 (预算: 事业单位经营收入).'),
  affiliateRemittance: opt(amount, NO_DOCS || '附属单位上缴收入.'),
  otherIncome: opt(amount, NO_DOCS || '其他收入.'),
});
const expenditureColumns = (amountRequired: boolean) => ({
  amount: (amountRequired ? req : opt)(amount, NO_DOCS || '本年支出合计 (预算: 合计).'),
  basic: opt(amount, NO_DOCS || '基本支出.'),
  project: opt(amount, NO_DOCS || '项目支出.'),
  remittanceToSuperior: opt(amount, NO_DOCS || '上缴上级支出.'),
  operating: opt(amount, NO_DOCS || '经营支出.'),
  affiliateSubsidy: opt(amount, NO_DOCS || '对附属单位补助支出.'),
});
const fundColumns = {
  amount: opt(amount, NO_DOCS || '合计.'),
  generalPublicBudget: opt(amount, NO_DOCS || '一般公共预算财政拨款 (预算: 一般公共预算 / 一般公共预算资金).'),
  governmentFund: opt(amount, NO_DOCS || '政府性基金预算财政拨款 (预算: 政府性基金).'),
  stateCapital: opt(amount, NO_DOCS || '国有资本经营预算财政拨款 (预算: 国有资本经营预算).'),
};
const fundFlowColumns = {
  openingBalance: opt(amount, NO_DOCS || '年初结转和结余.'),
  income: opt(amount, NO_DOCS || '本年收入.'),
  expenditure: opt(amount, NO_DOCS || '本年支出 合计 (预算: 合计).'),
  basic: opt(amount, NO_DOCS || '本年支出 基本支出.'),
  project: opt(amount, NO_DOCS || '本年支出 项目支出.'),
  closingBalance: opt(amount, NO_DOCS || '年末结转和结余.'),
};
const economicColumns = {
  amount: opt(amount, NO_DOCS || '决算数 (预算: 合计).'),
  personnel: opt(amount, NO_DOCS || '人员经费 (a column of the budget\'s table; in a 决算, 人员经费合计 is `total.personnel`).'),
  publicUse: opt(amount, NO_DOCS || '公用经费 (a column of the budget\'s table; in a 决算, 公用经费合计 is `total.publicUse`).'),
};

const vehicleHolding = record(
  {
    total: req(count, NO_DOCS || '共有车辆 / 安排购置车辆 (辆).'),
    byCategory: req(list(ref('vehicleCategory')), NO_DOCS || 'Vehicles by category, as published (部级领导干部用车, 主要领导干部用车, 机要通信用车, 应急保障用车, 执法执勤用车, 特种专业技术用车, 离退休干部用车, 其他用车).'),
  },
  NO_DOCS || 'VehicleHolding',
);
const performanceStage = (what: string | true) =>
  record({ projects: req(count, NO_DOCS || `${what}的项目个数.`), amount: opt(amount, NO_DOCS || '涉及预算金额.') }, NO_DOCS || 'PerformanceStage');

/** Shapes that refer to themselves (children) or are used in several places. */
export const DEFINITIONS = {
  incomeLine: line('incomeLine', [...INCOME_KEYS, ...FISCAL_APPROPRIATION_INCOME_KEYS]),
  expenditureLine: line('expenditureLine', [...EXPENDITURE_KEYS, ...BASIC_EXPENDITURE_KEYS]),
  functionItem: record(
    {
      code: opt(name, NO_DOCS || 'Classification code (科目编码). A child\'s code should start with its parent\'s.'),
      name: req(name, NO_DOCS || '科目名称 as published (names change between years, e.g. 医疗卫生与计划生育 became 卫生健康).'),
      amount: opt(amount, NO_DOCS || '决算数 (合计). Required unless the item has `children`; then it may be left out, and is their sum, marked `amountDerived`.'),
      amountDerived: opt(flag, NO_DOCS || 'Set by the validator: true when `amount` was not published but summed from the children. Accepted on input so that the validator\'s output is valid input, but never trusted: it is recomputed (kept only when `amount` is exactly the children\'s sum, as the validator wrote it; otherwise dropped and `amount` is read as published).'),
      basic: opt(amount, NO_DOCS || '基本支出 part.'),
      project: opt(amount, NO_DOCS || '项目支出 part.'),
      budget: opt(amount, NO_DOCS || '年初预算.'),
      adjustedBudget: opt(amount, NO_DOCS || '全年预算 / 调整预算.'),
      completionRate: opt(percent, NO_DOCS || '完成率 as published: against `budget`, or `adjustedBudget` when there is no `budget`.'),
      note: opt(text, NO_DOCS || 'Published explanation (主要是项目支出 / 主要用于：…).'),
      reason: opt(text, NO_DOCS || '决算数大于（小于）预算数的主要原因, as published.'),
      explanation: opt(ref('explanation'), NO_DOCS || 'The item\'s paragraph of the 情况说明, with the figures it states.'),
      children: opt(list(ref('functionItem')), NO_DOCS || 'The level below (款 of a 类, 项 of a 款), with the same fields.'),
    },
    NO_DOCS || 'FunctionItem',
    { type: 'amount-unless-children' },
  ),
  vehicleCategory: record(
    {
      label: req(name, NO_DOCS || 'Category as published (主要领导干部用车 …).'),
      count: req(count, NO_DOCS || 'Number of vehicles (辆).'),
      children: opt(list(ref('vehicleCategory')), NO_DOCS || 'Categories published inside this one, same fields (其他用车 → 一般公务用车).'),
    },
    NO_DOCS || 'VehicleCategory',
  ),
  incomeRow: record({ ...incomeColumns(true), ...rowPlace('incomeRow') }, NO_DOCS || 'FunctionRow<IncomeColumns>'),
  expenditureRow: record({ ...expenditureColumns(true), ...rowPlace('expenditureRow') }, NO_DOCS || 'FunctionRow<ExpenditureColumns>'),
  fundRow: record({ ...fundColumns, ...rowPlace('fundRow') }, NO_DOCS || 'FunctionRow<FundColumns>'),
  fundFlowRow: record({ ...fundFlowColumns, ...rowPlace('fundFlowRow') }, NO_DOCS || 'FunctionRow<FundFlowColumns>'),
  economicRow: record(
    {
      code: opt(name, NO_DOCS || '经济分类科目编码, the full code (类 "301", 款 "30101"; a budget\'s "301 01" is "30101").'),
      name: req(name, NO_DOCS || '科目名称, as published.'),
      ...economicColumns,
      children: opt(list(ref('economicRow')), NO_DOCS || 'The 款 of a 类 (30101 基本工资 … under 301 工资福利支出).'),
    },
    NO_DOCS || 'EconomicRow',
  ),
  explanation: record(
    {
      title: opt(text, NO_DOCS || 'A heading, where the text has one (（一）机关运行经费支出情况).'),
      text: req(texts, NO_DOCS || 'The text, one entry per paragraph, as published.'),
      figures: opt(list(ref('statedFigure')), NO_DOCS || 'The figures the text states, each tied to the table figure it speaks of.'),
      parts: opt(list(ref('explanation')), NO_DOCS || 'The sub-headed parts of one 情况说明, in order (五(一)…(三), 七(一)(二)): each with its `title` (the sub-heading as published), `text` and `figures`. `text` above holds the paragraphs before the first sub-heading (may be []).'),
    },
    NO_DOCS || 'Explanation',
  ),
  statedFigure: record(
    {
      kind: req(
        { type: 'enum', values: ['amount', 'share', 'change', 'budget-comparison'] },
        NO_DOCS || 'What the text states: "amount" (a figure equal to the one at `ref`), "share" (`percent` = `ref` ÷ `of`), "change" (a year-on-year change), "budget-comparison" (against the budget).',
      ),
      text: opt(text, NO_DOCS || 'The words as published ("基本支出 5377.64 万元，占 55.10%").'),
      ref: opt(name, NO_DOCS || 'JSON path of the table figure the statement is about ("expenditureTable.total.basic").'),
      amount: opt(amount, NO_DOCS || 'The amount the text states (for a change or a comparison: this year\'s figure), with its printed digits, in `unit`.'),
      unit: opt({ type: 'enum', values: ['元', '万元'] }, NO_DOCS || 'The unit the text states `amount`, `change`, `previous` and `budget` in ("9,101.68万元" → "9101.68", "万元"), where it is not the disclosure\'s `unit`. Compared with the table figure exactly across units, at the text\'s precision: a difference only when beyond half a unit of the text\'s last digit.'),
      percent: opt(percent, NO_DOCS || 'The percent the text states: the share, the change (增长/下降), or the completion rate (完成预算的).'),
      of: opt(name, NO_DOCS || '"share": JSON path of the whole the share is of.'),
      direction: opt({ type: 'enum', values: ['higher', 'lower', 'same'] }, NO_DOCS || 'The direction the words give: "higher" (增加/增长/大于), "lower" (减少/下降/小于), "same" (持平).'),
      change: opt(amount, NO_DOCS || '"change": the size of the change as published, unsigned (the sign is `direction`).'),
      previous: opt(amount, NO_DOCS || '"change": the previous year\'s figure, where stated.'),
      previousRef: opt(name, NO_DOCS || '"change": JSON path of the previous year\'s figure, where a table gives it.'),
      budget: opt(amount, NO_DOCS || '"budget-comparison": the budget figure the text states (年初预算为 X).'),
      budgetRef: opt(name, NO_DOCS || '"budget-comparison": JSON path of the budget figure, where a table gives it.'),
      reason: opt(text, NO_DOCS || '主要原因, as published.'),
    },
    NO_DOCS || 'StatedFigure',
  ),
} satisfies Record<string, RecordShape>;
export type DefinitionName =
  | 'incomeLine'
  | 'expenditureLine'
  | 'functionItem'
  | 'vehicleCategory'
  | 'incomeRow'
  | 'expenditureRow'
  | 'fundRow'
  | 'fundFlowRow'
  | 'economicRow'
  | 'explanation'
  | 'statedFigure';

/** The whole disclosure. */
export const DISCLOSURE_SHAPE: RecordShape = record(
  {
    schemaVersion: req({ type: 'const', value: 1 }, NO_DOCS || 'Contract version. Any other value is reported alone as `schema-version`.'),
    kind: req({ type: 'enum', values: ['final-accounts', 'budget'] }, NO_DOCS || '"final-accounts" 决算 or "budget" 预算.'),
    fiscalYear: req({ type: 'integer', min: 1949, max: 2999 }, NO_DOCS || 'Fiscal year (年度), e.g. 2022.'),
    unit: req({ type: 'enum', values: ['元', '万元'] }, NO_DOCS || 'Unit of every amount in the document (单位): 元 or 万元.'),
    department: req(
      record(
        {
          name: req(name, NO_DOCS || 'Department name as published (部门名称).'),
          code: opt(name, NO_DOCS || 'Department budget code (部门编码), where published.'),
          duties: opt(texts, NO_DOCS || '主要职能 / 主要职责, one entry per duty, without the 1. 2. / (一)(二) numbering.'),
          subordinateUnits: opt(texts, NO_DOCS || '决算单位构成: the subordinate units included; [] for 无.'),
          composition: opt(texts, NO_DOCS || '部门决算单位构成 / 机构设置: the paragraphs as published (从预算单位构成看，…).'),
          units: opt(
            list(
              record(
                {
                  name: req(name, NO_DOCS || '单位名称, as published.'),
                  number: opt(count, NO_DOCS || '序号.'),
                  remark: opt(text, NO_DOCS || '备注, or the kind printed with the name (下属事业单位).'),
                },
                NO_DOCS || 'DepartmentUnit',
              ),
            ),
            NO_DOCS || 'The units table (序号 / 单位名称 / 备注), every unit including the department itself (本级).',
          ),
        },
        NO_DOCS || 'Department',
      ),
      NO_DOCS || 'The department (部门).',
    ),
    accountSummary: opt(
      record(
        {
          income: req(list(ref('incomeLine')), NO_DOCS || 'Income lines (收入), in the document\'s order, carry-overs (`nonFiscalBalanceUse` 使用非财政拨款结余, `priorYearBalance` 年初结转和结余) included.'),
          expenditure: req(list(ref('expenditureLine')), NO_DOCS || 'Expenditure lines (支出), in the document\'s order: by function class (`code` + `label`) in the 2024 template, by kind (standard keys) in older forms; 结余分配 is the line keyed `surplusDistribution`.'),
          yearEndBalance: opt(amount, NO_DOCS || '年末结转和结余. Optional, since a budget has none.'),
          incomeTotal: opt(amount, NO_DOCS || '收入总计 as published: all income lines, carry-overs included.'),
          expenditureTotal: opt(amount, NO_DOCS || 'v1 field, read as in v1: the sum of the expenditure lines (本年支出合计 + 结余分配), WITHOUT the year-end balance. The documents\' 支出总计 is `expenditureGrandTotal`.'),
          expenditureGrandTotal: opt(amount, NO_DOCS || '支出总计 as published: 本年支出合计 + 结余分配 + 年末结转和结余, equal to 收入总计.'),
          expenditureGrandTotalParts: opt(
            record(
              {
                personnel: opt(amount, NO_DOCS || '支出总计\'s 人员经费.'),
                publicUse: opt(amount, NO_DOCS || '支出总计\'s 公用经费.'),
                project: opt(amount, NO_DOCS || '支出总计\'s 项目支出.'),
              },
              NO_DOCS || 'ExpenditureParts',
            ),
            NO_DOCS || '支出总计\'s 人员经费, 公用经费 and 项目支出, where the table prints them (a 单位预算\'s 财务收支预算总表); each checked against the lines\' column.',
          ),
          currentYearIncome: opt(amount, NO_DOCS || '本年收入合计: the income lines without carry-overs (`reserveFundUse`, `nonFiscalBalanceUse`, `priorYearBalance`).'),
          currentYearExpenditure: opt(amount, NO_DOCS || '本年支出合计: the expenditure lines without `surplusDistribution`.'),
          previousYear: opt(
            record({ incomeTotal: opt(amount, NO_DOCS || 'Last year\'s 收入总计.'), expenditureTotal: opt(amount, NO_DOCS || 'Last year\'s total expenditure, as `expenditureTotal`.') }),
            NO_DOCS || 'Last year\'s totals (上年数), for the year-on-year change.',
          ),
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '收入支出决算总体情况说明'),
        },
        NO_DOCS || 'AccountSummary',
      ),
      NO_DOCS || '收入支出决算总表 (决算 表一) / 财务收支预算总表 (预算); in older forms 收入支出决算总体情况.',
    ),
    fiscalAppropriation: opt(
      record(
        {
          total: req(amount, NO_DOCS || '财政拨款支出 total.'),
          basic: opt(amount, NO_DOCS || '基本支出 part.'),
          project: opt(amount, NO_DOCS || '项目支出 part.'),
          budget: opt(split(amount, NO_DOCS || '年初预算'), NO_DOCS || '年初预算, as published.'),
          adjustedBudget: opt(split(amount, NO_DOCS || '全年预算'), NO_DOCS || '全年预算 / 调整预算, as published.'),
          completionRate: opt(split(percent, NO_DOCS || '完成率'), NO_DOCS || '完成率 as published: against `budget`, or `adjustedBudget` when there is no `budget`.'),
          openingBalance: opt(amount, NO_DOCS || '年初财政拨款结转和结余.'),
          closingBalance: opt(amount, NO_DOCS || '年末财政拨款结转和结余.'),
          unit: sectionUnit,
          explanation: explanation(NO_DOCS || '财政拨款支出决算总体情况说明'),
        },
        NO_DOCS || 'FiscalAppropriation',
      ),
      NO_DOCS || '财政拨款支出决算总体情况 (v1).',
    ),
    functionalBreakdown: opt(
      record(
        {
          total: opt(amount, NO_DOCS || '合计 row, 合计 column, as published.'),
          totalBasic: opt(amount, NO_DOCS || '合计 row, 基本支出 column.'),
          totalProject: opt(amount, NO_DOCS || '合计 row, 项目支出 column.'),
          totalBudget: opt(amount, NO_DOCS || '年初预算 of the whole table (合计), where published (in the table or its 情况说明: "年初预算为10210.34万元"). Checked against the sum of the items\' `budget` at the lowest level (项), when every one has one.'),
          totalAdjustedBudget: opt(amount, NO_DOCS || '全年预算 / 调整预算 of the whole table, where published.'),
          totalCompletionRate: opt(percent, NO_DOCS || '完成率 of the whole table as published ("完成年初预算的95.45%"): `total` ÷ `totalBudget` (or `totalAdjustedBudget`) × 100.'),
          items: req(list(ref('functionItem')), NO_DOCS || 'Function classes: 类 (3-digit code), each with its 款 (5 digits) and 项 (7 digits) as `children`.'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '一般公共预算财政拨款支出决算情况说明'),
        },
        NO_DOCS || 'FunctionalBreakdown',
      ),
      NO_DOCS || '一般公共预算财政拨款支出决算表 (决算 表五) / 一般公共预算支出功能分类预算表 (预算): by function (功能分类: 类 / 款 / 项).',
    ),
    governmentFundExpenditure: opt(
      record({ total: req(amount, NO_DOCS || 'Its total.'), items: opt(list(ref('functionItem')), NO_DOCS || 'Function items, with the same fields as `functionalBreakdown.items[]`.') }, NO_DOCS || 'FundExpenditure'),
      NO_DOCS || '政府性基金预算财政拨款支出 (v1; the whole table is `governmentFundTable`).',
    ),
    stateCapitalExpenditure: opt(
      record({ total: req(amount, NO_DOCS || 'Its total.'), items: opt(list(ref('functionItem')), NO_DOCS || 'Function items, with the same fields as `functionalBreakdown.items[]`.') }, NO_DOCS || 'FundExpenditure'),
      NO_DOCS || '国有资本经营预算财政拨款支出 (v1; the whole table is `stateCapitalTable`).',
    ),
    threePublicExpenses: opt(
      record(
        {
          total: req(amount, NO_DOCS || '“三公”经费 total (合计, 决算数; 预算: 预算数).'),
          outboundTravel: req(
            record(
              {
                amount: opt(amount, NO_DOCS || 'Its amount. Absent when the table leaves the cell blank (not published; never "0"): a figure the text states goes in the explanation\'s `figures`.'),
                delegations: opt(count, NO_DOCS || '团组数.'),
                persons: opt(count, NO_DOCS || '人次.'),
              },
              NO_DOCS || 'OutboundTravel',
            ),
            NO_DOCS || '因公出国（境）费.',
          ),
          officialReception: req(
            record(
              {
                amount: opt(amount, NO_DOCS || 'Its amount. Absent when the table leaves the cell blank (not published; never "0"): a figure the text states goes in the explanation\'s `figures`.'),
                batches: opt(count, NO_DOCS || '国内公务接待批次.'),
                persons: opt(count, NO_DOCS || '国内公务接待人次.'),
                foreignAmount: opt(amount, NO_DOCS || '外事接待 (外宾接待支出) amount.'),
                foreignBatches: opt(count, NO_DOCS || '外事接待批次.'),
                foreignPersons: opt(count, NO_DOCS || '外事接待人次.'),
              },
              NO_DOCS || 'OfficialReception',
            ),
            NO_DOCS || '公务接待费.',
          ),
          officialVehicles: req(
            record(
              {
                amount: opt(amount, NO_DOCS || 'Its amount (小计). Absent when the table leaves the cell blank (not published; never "0"): a figure the text states goes in the explanation\'s `figures`.'),
                purchase: opt(amount, NO_DOCS || '公务用车购置费. Absent when the cell is blank (not published).'),
                operation: opt(amount, NO_DOCS || '公务用车运行维护费. Absent when the cell is blank (not published).'),
                purchasedCount: opt(count, NO_DOCS || '购置公务用车 (辆).'),
                fleetAtYearEnd: opt(count, NO_DOCS || '年末公务用车保有量 (辆).'),
              },
              NO_DOCS || 'OfficialVehicles',
            ),
            NO_DOCS || '公务用车购置及运行维护费.',
          ),
          previousYear: opt(threePublicAmounts('Last year\'s'), NO_DOCS || 'Last year\'s “三公” amounts (上年数).'),
          budget: opt(threePublicAmounts(NO_DOCS || 'Budgeted'), NO_DOCS || '“三公” budget (预算数), the table\'s 预算数 columns.'),
          completionRate: opt(threePublicParts(percent, NO_DOCS || '完成率'), NO_DOCS || '完成率 as published, against `budget`.'),
          change: opt(
            threePublicParts(
              record({ amount: req(signedAmount, NO_DOCS || '增减额, negative for 减少.'), percent: opt(signedPercent, NO_DOCS || '增减百分比, negative for 减少.') }, NO_DOCS || 'PublishedChange'),
              NO_DOCS || 'Change',
            ),
            NO_DOCS || '比上年增减 as published.',
          ),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '财政拨款“三公”经费支出决算情况说明 / “三公”经费预算情况说明'),
        },
        NO_DOCS || 'ThreePublicExpenses',
      ),
      NO_DOCS || '财政拨款“三公”经费支出决算表 (决算 表七) / “三公”经费预算表 (预算).',
    ),
    basicExpenditure: opt(
      record(
        {
          total: req(amount, NO_DOCS || '基本支出 total.'),
          personnel: req(amount, NO_DOCS || '人员经费.'),
          publicUse: req(amount, NO_DOCS || '日常公用经费 / 公用经费.'),
          personnelNote: opt(text, NO_DOCS || 'What 人员经费 mainly includes, as published (主要包括基本工资、津贴补贴…).'),
          publicUseNote: opt(text, NO_DOCS || 'What 日常公用经费 mainly includes, as published (主要包括办公费、印刷费…).'),
          unit: sectionUnit,
          explanation: explanation(NO_DOCS || '一般公共预算财政拨款基本支出决算情况说明'),
        },
        NO_DOCS || 'BasicExpenditure',
      ),
      NO_DOCS || '一般公共预算财政拨款基本支出: 人员经费 and 日常公用经费 (v1; by economic class: `basicExpenditureTable`).',
    ),
    otherMatters: opt(
      record(
        {
          institutionalOperating: opt(amount, NO_DOCS || '机关运行经费 (决算: 支出; 预算: 机关运行经费预算数).'),
          institutionalOperatingDetail: opt(
            record(
              {
                previousYear: opt(amount, NO_DOCS || '上年 机关运行经费, where published or stated.'),
                change: opt(
                  record({ amount: req(signedAmount, NO_DOCS || '增减额, negative for 减少.'), percent: opt(signedPercent, NO_DOCS || '增减百分比, negative for 减少.') }, NO_DOCS || 'PublishedChange'),
                  NO_DOCS || '增加（减少）X，增长（下降）Y%, signed.',
                ),
                reason: opt(text, NO_DOCS || '主要原因, as published.'),
                explanation: explanation(NO_DOCS || '机关运行经费支出情况'),
              },
              NO_DOCS || 'InstitutionalOperatingDetail',
            ),
            NO_DOCS || '机关运行经费: previous year, change and reason.',
          ),
          procurement: opt(
            record(
              {
                total: req(amount, NO_DOCS || '政府采购金额 (以合同签订为准) / 政府采购预算.'),
                goods: opt(amount, NO_DOCS || '货物采购金额.'),
                works: opt(amount, NO_DOCS || '工程采购金额.'),
                services: opt(amount, NO_DOCS || '服务采购金额.'),
                smeReserved: opt(amount, NO_DOCS || 'v1: 授予中小企业合同金额 (awarded to SMEs).'),
                smeReservedBudget: opt(amount, NO_DOCS || '面向中小企业预留政府采购项目预算金额.'),
                smallMicroReservedBudget: opt(amount, NO_DOCS || '面向小微企业预留政府采购项目预算金额 (预留给小型和微型企业的…预算).'),
                smeAwarded: opt(amount, NO_DOCS || '在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额.'),
                smallMicroAwarded: opt(amount, NO_DOCS || '在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额.'),
                smeAwardedOther: opt(amount, NO_DOCS || '在其他政府采购项目中，由中小企业供应商中标或成交的采购金额.'),
                smeShare: opt(percent, NO_DOCS || '授予中小企业合同金额占政府采购金额的比例, as published.'),
                explanation: explanation(NO_DOCS || '政府采购支出情况'),
              },
              NO_DOCS || 'Procurement',
            ),
            NO_DOCS || '政府采购支出情况 (决算) / 政府采购预算情况 (预算).',
          ),
          assets: opt(
            record(
              {
                asOf: opt(name, NO_DOCS || 'The date the holdings are stated at (截至 2024 年 12 月 31 日), ISO "2024-12-31".'),
                vehicles: req(vehicleHolding, NO_DOCS || 'Vehicles held (车辆).'),
                equipmentOver500k: opt(count, NO_DOCS || '单位价值50万元以上大型设备 (台/套).'),
                equipmentOver1m: opt(count, NO_DOCS || '单价100万元（含）以上设备（不含车辆）(台/套).'),
                landArea: opt(decimal, NO_DOCS || '土地 area, square metres (平方米), where given.'),
                buildingArea: opt(decimal, NO_DOCS || '房屋 area, square metres (平方米), where given.'),
                plannedPurchases: opt(
                  record({ vehicles: opt(vehicleHolding, NO_DOCS || '部门预算安排购置车辆.'), equipmentOver1m: opt(count, NO_DOCS || '安排购置单价100万元（含）以上设备 (台/套).') }),
                  NO_DOCS || 'Budget only: 部门预算安排购置 vehicles and equipment.',
                ),
                explanation: explanation(NO_DOCS || '国有资产占有使用情况'),
              },
              NO_DOCS || 'Assets',
            ),
            NO_DOCS || '国有资产占有使用情况.',
          ),
          unit: sectionUnit,
          performance: opt(
            record(
              {
                projectsEvaluated: opt(count, NO_DOCS || 'v1: number of projects self-evaluated (项目绩效自评).'),
                fundsEvaluated: opt(amount, NO_DOCS || 'v1: funds those evaluations cover.'),
                overallEvaluations: opt(count, NO_DOCS || 'Number of overall (部门整体支出) evaluations.'),
                coverage: opt(percent, NO_DOCS || 'Evaluation coverage (覆盖率).'),
                score: opt(decimal, NO_DOCS || '平均得分 / 自评分, e.g. "99.33".'),
                problems: opt(texts, NO_DOCS || 'Problems found (存在的问题), as published.'),
                measures: opt(texts, NO_DOCS || 'Improvement measures (改进措施), as published.'),
                targets: opt(performanceStage(NO_DOCS || '编报绩效目标'), NO_DOCS || '编报绩效目标的项目 N 个，涉及预算金额 X.'),
                tracked: opt(performanceStage(NO_DOCS || '绩效跟踪评价'), NO_DOCS || '绩效跟踪评价的项目 N 个，涉及预算金额 X.'),
                selfEvaluated: opt(performanceStage(NO_DOCS || '绩效自评'), NO_DOCS || '绩效自评的项目 N 个，涉及预算金额 X.'),
                grades: opt(
                  record(
                    {
                      excellent: opt(count, NO_DOCS || '绩效评级为“优”的项目个数.'),
                      good: opt(count, NO_DOCS || '绩效评级为“良”的项目个数.'),
                      pass: opt(count, NO_DOCS || '绩效评级为“合格”的项目个数.'),
                      fail: opt(count, NO_DOCS || '绩效评级为“不合格”的项目个数.'),
                    },
                    NO_DOCS || 'PerformanceGrades',
                  ),
                  NO_DOCS || 'Self-evaluated projects by grade (绩效评级).',
                ),
                problemsFound: opt(count, NO_DOCS || '绩效自评中共发现问题 N 个.'),
                problemsResolved: opt(count, NO_DOCS || '已经完成整改的 N 个.'),
                problemsInProgress: opt(count, NO_DOCS || '正在整改的 N 个.'),
                evaluatedProjects: opt(
                  list(
                    record(
                      {
                        name: req(name, NO_DOCS || '项目名称, as published.'),
                        amount: opt(amount, NO_DOCS || '预算金额 / 涉及资金.'),
                        score: opt(decimal, NO_DOCS || '得分 / 自评分, as published.'),
                        grade: opt(name, NO_DOCS || '绩效评级 as published (优).'),
                      },
                      NO_DOCS || 'EvaluatedProject',
                    ),
                  ),
                  NO_DOCS || 'Each evaluated project with its score or grade, where given.',
                ),
                explanation: explanation(NO_DOCS || '预算绩效管理情况'),
              },
              NO_DOCS || 'Performance',
            ),
            NO_DOCS || '预算绩效管理情况 (决算) / 绩效目标设置情况 (预算).',
          ),
        },
        NO_DOCS || 'OtherMatters',
      ),
      NO_DOCS || '其他重要事项 (决算) / 其他相关情况说明 (预算).',
    ),
    glossary: opt(
      list(record({ term: req(name, NO_DOCS || 'The term (名词).'), definition: req(name, NO_DOCS || 'Its explanation as published.') }, NO_DOCS || 'GlossaryEntry')),
      NO_DOCS || '名词解释, in published order.',
    ),
    notes: opt(texts, NO_DOCS || 'Published remarks that fit nowhere else (本表无数据, 预算不单列 …).'),
    incomeTable: opt(
      record(
        {
          total: opt(record(incomeColumns(true), 'IncomeColumns'), NO_DOCS || 'The 合计 row.'),
          rows: req(list(ref('incomeRow')), NO_DOCS || 'Rows by function class: 类 with their 款 and 项 as `children`.'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '收入决算情况说明'),
        },
        NO_DOCS || 'IncomeTable',
      ),
      NO_DOCS || '收入决算表 (决算 表二) / 部门收入预算总表 (预算): income by function class, one column per source.',
    ),
    expenditureTable: opt(
      record(
        {
          total: opt(record(expenditureColumns(true), 'ExpenditureColumns'), NO_DOCS || 'The 合计 row.'),
          rows: req(list(ref('expenditureRow')), NO_DOCS || 'Rows by function class: 类 with their 款 and 项 as `children`.'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '支出决算情况说明'),
        },
        NO_DOCS || 'ExpenditureTable',
      ),
      NO_DOCS || '支出决算表 (决算 表三) / 部门支出预算总表 (预算): expenditure by function class, one column per kind.',
    ),
    appropriationTable: opt(
      record(
        {
          income: req(record(fundColumns, 'FundColumns'), NO_DOCS || '收入: 一、一般公共预算财政拨款 / 二、政府性基金预算财政拨款 / 三、国有资本经营预算财政拨款; `amount` is 本年收入合计.'),
          openingBalance: opt(record(fundColumns, 'FundColumns'), NO_DOCS || '年初财政拨款结转和结余: `amount` is the row\'s own figure, the funds its 一、二、三 rows.'),
          incomeTotal: opt(amount, NO_DOCS || '收入 总计 (预算: 收入总计).'),
          expenditure: req(list(ref('fundRow')), NO_DOCS || '支出 rows by function 类: 合计 and one column per fund.'),
          currentYearExpenditure: opt(record(fundColumns, 'FundColumns'), NO_DOCS || '本年支出合计: 合计 and per fund.'),
          closingBalance: opt(record(fundColumns, 'FundColumns'), NO_DOCS || '年末财政拨款结转和结余: 合计 and per fund.'),
          expenditureTotal: opt(record(fundColumns, 'FundColumns'), NO_DOCS || '支出 总计 (预算: 支出总计): 合计 and per fund.'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '财政拨款收入支出决算总体情况说明'),
        },
        NO_DOCS || 'AppropriationTable',
      ),
      NO_DOCS || '财政拨款收入支出决算总表 (决算 表四) / 部门财政拨款收支预算总表 (预算).',
    ),
    basicExpenditureTable: opt(
      record(
        {
          total: opt(record(economicColumns, 'EconomicColumns'), NO_DOCS || '合计 / 人员经费合计 (`personnel`) / 公用经费合计 (`publicUse`).'),
          rows: req(list(ref('economicRow')), NO_DOCS || 'The classes (301, 302, 303, 310 …) with their items as `children`, in the document\'s order.'),
          remark,
          personnelNote: opt(text, NO_DOCS || 'What 人员经费 mainly includes, as published (人员经费主要包括基本工资、津贴补贴…).'),
          publicUseNote: opt(text, NO_DOCS || 'What 公用经费 mainly includes, as published (公用经费主要包括办公费、印刷费…).'),
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '一般公共预算财政拨款基本支出决算情况说明'),
        },
        NO_DOCS || 'EconomicTable',
      ),
      NO_DOCS || '一般公共预算财政拨款基本支出决算表 (决算 表六) / 一般公共预算基本支出部门预算经济分类预算表 (预算): by economic class (经济分类).',
    ),
    governmentFundTable: opt(
      record(
        {
          total: opt(record(fundFlowColumns, 'FundFlowColumns'), NO_DOCS || 'The 合计 row.'),
          rows: req(list(ref('fundFlowRow')), NO_DOCS || 'Rows by function class; [] for a table published empty (then give `remark`).'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '政府性基金预算财政拨款收入支出决算情况说明'),
        },
        NO_DOCS || 'FundFlowTable',
      ),
      NO_DOCS || '政府性基金预算财政拨款收入支出决算表 (决算 表八) / 政府性基金预算支出功能分类预算表 (预算).',
    ),
    stateCapitalTable: opt(
      record(
        {
          total: opt(record(fundFlowColumns, 'FundFlowColumns'), NO_DOCS || 'The 合计 row.'),
          rows: req(list(ref('fundFlowRow')), NO_DOCS || 'Rows by function class; [] for a table published empty (then give `remark`).'),
          remark,
          unit: sectionUnit,
          note: tableNote,
          explanation: explanation(NO_DOCS || '国有资本经营预算财政拨款收入支出决算情况说明'),
        },
        NO_DOCS || 'FundFlowTable',
      ),
      NO_DOCS || '国有资本经营预算财政拨款收入支出决算表 (决算 表九) / 国有资本经营预算支出功能分类预算表 (预算).',
    ),
    explanations: opt(list(ref('explanation')), NO_DOCS || '部门预算编制说明, or any 情况说明 that belongs to no one table.'),
  },
  NO_DOCS || 'Disclosure',
);
