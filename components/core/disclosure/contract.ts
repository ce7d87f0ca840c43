/**
 * The disclosure contract, version 1: the JSON a portal writes for one
 * department's published final accounts (部门决算) or budget (部门预算) of one
 * fiscal year.
 *
 * Design note (v1, extended additively — schemaVersion stays 1):
 * - One field per published figure, named in English domain terms, with the
 *   Chinese column or row it holds in its doc comment. The field docs below
 *   are what an editor sees; the same descriptions, kept next to each field in
 *   `shape.ts`, generate the JSON Schema's descriptions and docs/contract.md,
 *   and a test keeps this file's fields and the shape's fields the same.
 * - Amounts are decimal strings in the disclosure's `unit` ("933.74"); a JSON
 *   number is accepted on input and normalised to a string. A cell the
 *   document leaves blank is an ABSENT field, never "0"; a printed "0.00" is
 *   "0.00". Counts are integers. Percentages are decimal strings in percent
 *   points ("90.3").
 * - The nine tables of a 决算 (and the table set of a 预算) each have their
 *   own section. Tables of the same shape share one type: every table by
 *   function class (功能分类 类/款/项) is a list of `FunctionRow`s — code, name,
 *   the table's amount columns, children — with the columns of its table
 *   (`IncomeColumns`, `ExpenditureColumns`, `FundColumns`, `FundFlowColumns`).
 *   The budget's tables reuse the final accounts' types (收入预算总表 is an
 *   `IncomeTable`, 支出预算总表 an `ExpenditureTable` …).
 * - A table the document publishes empty ("本部门无…，故本表无数据") is present
 *   with `rows: []` and its `remark`; a table the document does not have is
 *   absent.
 * - Text: each section can carry the 情况说明 that explains it
 *   (`explanation`), and a row the text discusses can carry its own. An
 *   explanation keeps the text as published and may list the figures the
 *   text states (`StatedFigure`: an amount, a share, a year-on-year change or
 *   a comparison with the budget, each pointing at the table figure it speaks
 *   of by JSON path), so the cross-checks can compare the narrative with the
 *   tables.
 * - Where each part of a 决算 goes (第二部分 table / 第三部分 说明):
 *   表一 收入支出决算总表 → `accountSummary` (说明一 → its `explanation`);
 *   表二 收入决算表 → `incomeTable` (说明二); 表三 支出决算表 → `expenditureTable`
 *   (说明三); 表四 财政拨款收入支出决算总表 → `appropriationTable` (说明四);
 *   表五 一般公共预算财政拨款支出决算表 → `functionalBreakdown` (说明五, and each
 *   项's paragraph → that item's `explanation`); 表六 基本支出决算表 →
 *   `basicExpenditureTable` (说明六); 表七 “三公”经费 → `threePublicExpenses`
 *   (说明七); 表八 / 表九 → `governmentFundTable` / `stateCapitalTable` (说明八、九);
 *   十 预算绩效管理情况 → `otherMatters.performance`; 十一 其他重要事项 →
 *   `otherMatters` (机关运行经费, 政府采购, 国有资产); 第四部分 名词解释 → `glossary`;
 *   第一部分 → `department` (duties, composition, units).
 *   A 预算: 财务收支预算总表 → `accountSummary`; 收入预算总表 → `incomeTable`;
 *   支出预算总表 → `expenditureTable`; 财政拨款收支预算总表 → `appropriationTable`;
 *   一般公共预算支出功能分类预算表 → `functionalBreakdown`; 政府性基金 / 国有资本经营
 *   预算支出功能分类预算表 → `governmentFundTable` / `stateCapitalTable`;
 *   基本支出经济分类预算表 → `basicExpenditureTable`; “三公”经费和机关运行经费预算表 →
 *   `threePublicExpenses` + `otherMatters.institutionalOperating`; 部门预算编制说明
 *   → `explanations`.
 * - 支出总计 (issue 24): the documents' 支出总计 is the grand total of the
 *   expenditure side, 本年支出合计 + 结余分配 + 年末结转和结余, equal to 收入总计.
 *   It goes in `accountSummary.expenditureGrandTotal`. The v1 field
 *   `accountSummary.expenditureTotal` keeps its v1 meaning (the sum of the
 *   expenditure lines, without the year-end balance) and is read exactly as
 *   before; a new file should give `expenditureGrandTotal` instead.
 */

/** A money amount as a decimal string in the disclosure's unit, e.g. "933.74". */
export type Amount = string;
/** Percent points as a decimal string, e.g. "90.3" for 90.3 %. May exceed 100. */
export type Percent = string;
/** Unit the amounts of a disclosure are stated in. */
export type DisclosureUnit = '元' | '万元';
/** "final-accounts" for 决算, "budget" for 预算. */
export type DisclosureKind = 'final-accounts' | 'budget';

export interface Disclosure {
  /** Version of this contract: 1. */
  schemaVersion: 1;
  kind: DisclosureKind;
  /** The fiscal year, e.g. 2022. */
  fiscalYear: number;
  /** The unit every amount below is stated in. */
  unit: DisclosureUnit;
  department: Department;
  /** 收入支出决算总体情况 */
  accountSummary?: AccountSummary;
  /** 财政拨款支出决算总体情况 */
  fiscalAppropriation?: FiscalAppropriation;
  /** 一般公共预算财政拨款支出, by function (类 / 款 / 项) */
  functionalBreakdown?: FunctionalBreakdown;
  /** 政府性基金预算财政拨款支出 */
  governmentFundExpenditure?: FundExpenditure;
  /** 国有资本经营预算财政拨款支出 */
  stateCapitalExpenditure?: FundExpenditure;
  /** "三公"经费 */
  threePublicExpenses?: ThreePublicExpenses;
  /** 一般公共预算财政拨款基本支出 */
  basicExpenditure?: BasicExpenditure;
  /** 其他重要事项 */
  otherMatters?: OtherMatters;
  /** 名词解释 */
  glossary?: GlossaryEntry[];
  /** Published remarks that fit nowhere else (本表无数据, 预算不单列 …). */
  notes?: string[];

  // ── The standard tables (决算: 表二 … 表九; 预算: the same shapes) ──
  /** 收入决算表 (决算 表二) / 部门收入预算总表 (预算): income by function class, by source. */
  incomeTable?: IncomeTable;
  /** 支出决算表 (决算 表三) / 部门支出预算总表 (预算): expenditure by function class, by kind. */
  expenditureTable?: ExpenditureTable;
  /** 财政拨款收入支出决算总表 (决算 表四) / 部门财政拨款收支预算总表 (预算). */
  appropriationTable?: AppropriationTable;
  /** 一般公共预算财政拨款基本支出决算表 (决算 表六) / 一般公共预算基本支出部门预算经济分类预算表 (预算): by economic class. */
  basicExpenditureTable?: EconomicTable;
  /** 政府性基金预算财政拨款收入支出决算表 (决算 表八) / 部门政府性基金预算支出功能分类预算表 (预算). */
  governmentFundTable?: FundFlowTable;
  /** 国有资本经营预算财政拨款收入支出决算表 (决算 表九) / 部门国有资本经营预算支出功能分类预算表 (预算). */
  stateCapitalTable?: FundFlowTable;
  /** 部门预算编制说明 (预算) or any 情况说明 that belongs to no one table. */
  explanations?: Explanation[];
}

export interface Department {
  name: string;
  /** The department's budget code, where published. */
  code?: string;
  /** 主要职责, one entry per duty, without the (一)(二) numbering. */
  duties?: string[];
  /** 决算单位构成: the subordinate units included; [] for 无. */
  subordinateUnits?: string[];
  /** 部门决算单位构成 / 机构设置: the paragraphs as published ("从预算单位构成看，…"). */
  composition?: string[];
  /** The units table of 部门决算单位构成 (序号 / 单位名称 / 备注), every unit including the department itself (本级). */
  units?: DepartmentUnit[];
}

/** One row of the units table (序号 / 单位名称 / 备注). */
export interface DepartmentUnit {
  /** 单位名称, as published ("上海市普陀区土地发展中心"). */
  name: string;
  /** 序号 as published. */
  number?: number;
  /** 备注, or the kind printed with the name ("下属事业单位"). */
  remark?: string;
}

/** Standard income lines of 收入支出决算总表, in their standard order. */
export const INCOME_KEYS = [
  'fiscalAppropriation', // 财政拨款收入
  'superiorSubsidy', // 上级补助收入
  'institutionIncome', // 事业收入
  'operatingIncome', // 经营收入
  'affiliateRemittance', // 附属单位上缴收入
  'otherIncome', // 其他收入
  'reserveFundUse', // 用事业基金弥补收支差额
  'nonFiscalBalanceUse', // 使用非财政拨款结余
  'priorYearBalance', // 上年结转和结余 / 年初结转和结余
] as const;
/** Standard children of 财政拨款收入. */
export const FISCAL_APPROPRIATION_INCOME_KEYS = [
  'generalPublicBudget', // 一般公共预算财政拨款
  'governmentFund', // 政府性基金预算财政拨款
  'stateCapital', // 国有资本经营预算财政拨款
] as const;
/** Standard expenditure lines of 收入支出决算总表, in their standard order. */
export const EXPENDITURE_KEYS = [
  'basic', // 基本支出
  'project', // 项目支出
  'remittanceToSuperior', // 上缴上级支出
  'operating', // 经营支出
  'affiliateSubsidy', // 对附属单位补助支出
  'surplusDistribution', // 结余分配
] as const;
/** Standard children of 基本支出, by economic class. */
export const BASIC_EXPENDITURE_KEYS = [
  'personnel', // 工资福利支出
  'goodsAndServices', // 商品和服务支出
  'householdSubsidies', // 对个人和家庭的补助
  'capital', // 资本性支出
] as const;

/** Income lines that are not income of the year (本年收入合计 leaves them out). */
export const CARRY_OVER_INCOME_KEYS = ['reserveFundUse', 'nonFiscalBalanceUse', 'priorYearBalance'] as const;

export type IncomeKey = (typeof INCOME_KEYS)[number] | (typeof FISCAL_APPROPRIATION_INCOME_KEYS)[number];
export type ExpenditureKey = (typeof EXPENDITURE_KEYS)[number] | (typeof BASIC_EXPENDITURE_KEYS)[number];
export type StandardLineKey = IncomeKey | ExpenditureKey;

/**
 * One line of the income or expenditure side. A standard line has a `key`
 * and takes its label from the library's catalogue; any other line has a
 * `label`, and a `code` where it is an economic or functional class
 * (30101 基本工资 …).
 */
export interface Line {
  /** A standard key (see the README), or a key of the portal's own with a `label`. */
  key?: string;
  /** An economic or functional classification code (the 总表's expenditure side by function: "208" 社会保障和就业支出). */
  code?: string;
  /** The label as published; required unless `key` is standard. */
  label?: string;
  /** The amount; absent only on a `blank` line. */
  amount?: Amount;
  /** True for a line printed with its label and a blank amount (二、事业收入 with no figure): not published, never 0, in no sum. */
  blank?: boolean;
  /** The published explanation of the line (主要是为保障机构正常运转 …). */
  note?: string;
  children?: Line[];
}

/**
 * 人员经费, 公用经费 and 项目支出, where a table prints them beside an expenditure amount (a 单位预算's 财务收支预算总表:
 * 合计 / 基本支出 (人员经费, 公用经费) / 项目支出). A blank cell is absent, never "0".
 */
export interface ExpenditureParts {
  personnel?: Amount;
  publicUse?: Amount;
  project?: Amount;
}

/** The fields of `ExpenditureParts`, in the order the table prints them. */
export const EXPENDITURE_LINE_PARTS = ['personnel', 'publicUse', 'project'] as const;

/** One line of the expenditure side: a `Line`, with the parts the table may print beside its amount (`ExpenditureParts`). */
export interface ExpenditureLine extends Line {
  personnel?: Amount;
  publicUse?: Amount;
  project?: Amount;
  children?: ExpenditureLine[];
}

/**
 * 收入支出决算总表 (决算 表一) / 部门财务收支预算总表 (预算), and in older
 * disclosures 收入支出决算总体情况.
 *
 * Income lines of the 2024 template: `generalPublicBudget` 一般公共预算财政拨款收入,
 * `governmentFund`, `stateCapital`, `superiorSubsidy`, `institutionIncome`,
 * `operatingIncome`, `affiliateRemittance`, `otherIncome`, each a top-level
 * line; a budget's 一、财政拨款收入 with 1. 一般公共预算资金 … is the line
 * `fiscalAppropriation` with those three as children. A line whose cell is
 * blank is left out, never given as "0".
 *
 * Rows, in the order the document prints them:
 * income side — the income lines of the year (`income` without the carry-over
 * keys), 本年收入合计 (`currentYearIncome`), 使用非财政拨款结余 and
 * 年初结转和结余 (`income` lines keyed `nonFiscalBalanceUse`, `priorYearBalance`;
 * also `reserveFundUse` 用事业基金弥补收支差额), 总计 (`incomeTotal`);
 * expenditure side — the expenditure lines (by function class in the 2024
 * template: `code` + `label`; by kind in older forms: standard keys),
 * 本年支出合计 (`currentYearExpenditure`), 结余分配 (the line keyed
 * `surplusDistribution`), 年末结转和结余 (`yearEndBalance`), 总计
 * (`expenditureGrandTotal`).
 *
 * The documents' identities: 收入总计 = 支出总计; 支出总计 = 本年支出合计 + 结余分配
 * + 年末结转和结余; 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.
 */
export interface AccountSummary {
  /** Income lines, in the document's order (收入 / 项目, 决算数 or 预算数). */
  income: Line[];
  /** Expenditure lines, in the document's order (支出 / 项目); 结余分配 is the line keyed `surplusDistribution`. */
  expenditure: ExpenditureLine[];
  /** 年末结转和结余; optional when `kind` is "budget". */
  yearEndBalance?: Amount;
  /** 收入总计 (the income side's 总计) as published. */
  incomeTotal?: Amount;
  /**
   * v1: the sum of the expenditure lines (本年支出合计 + 结余分配), WITHOUT the
   * year-end balance. Read as in v1. Not what the documents call 支出总计:
   * give `expenditureGrandTotal` for that.
   */
  expenditureTotal?: Amount;
  /** 支出总计 (the expenditure side's 总计) as published: 本年支出合计 + 结余分配 + 年末结转和结余, equal to 收入总计. */
  expenditureGrandTotal?: Amount;
  /** 支出总计's 人员经费, 公用经费 and 项目支出, where the table prints them (a 单位预算's 财务收支预算总表). */
  expenditureGrandTotalParts?: ExpenditureParts;
  /** 本年收入合计: the income lines without carry-overs. */
  currentYearIncome?: Amount;
  /** 本年支出合计: the expenditure lines without 结余分配. */
  currentYearExpenditure?: Amount;
  /** Last year's totals, for the year-on-year change. */
  previousYear?: { incomeTotal?: Amount; expenditureTotal?: Amount };
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 收入支出决算总体情况说明. */
  explanation?: Explanation;
}

/** Total, basic and project parts; each part as the disclosure publishes it. */
export interface BasicProjectSplit<T> {
  total?: T;
  basic?: T;
  project?: T;
}

/** 财政拨款支出决算 */
export interface FiscalAppropriation {
  total: Amount;
  basic?: Amount;
  project?: Amount;
  /** 年初预算 */
  budget?: BasicProjectSplit<Amount>;
  /** 全年预算 / 调整预算 */
  adjustedBudget?: BasicProjectSplit<Amount>;
  /** Completion rate as published, in percent points (against `budget`, else `adjustedBudget`). */
  completionRate?: BasicProjectSplit<Percent>;
  /** 年初财政拨款结转和结余 */
  openingBalance?: Amount;
  /** 年末财政拨款结转和结余 */
  closingBalance?: Amount;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 财政拨款支出决算总体情况说明. */
  explanation?: Explanation;
}

/**
 * One function class: 类 (3-digit code), 款 (5) or 项 (7). A child's code
 * starts with its parent's. Names are shown as published, since they change
 * between years (医疗卫生与计划生育 became 卫生健康).
 */
export interface FunctionItem {
  code?: string;
  name: string;
  /** Required, except on an item with children when the disclosure does not state it; then it is the children's sum and `amountDerived` is true. */
  amount: Amount;
  /** True when `amount` was not published but summed from the children. Set by the validator; accepted on input and recomputed (kept only when `amount` is exactly the children's sum). */
  amountDerived?: boolean;
  /** 基本支出 part */
  basic?: Amount;
  /** 项目支出 part */
  project?: Amount;
  /** 年初预算 */
  budget?: Amount;
  /** 全年预算 / 调整预算 */
  adjustedBudget?: Amount;
  /** As published: against `budget`, or `adjustedBudget` when only that is given. */
  completionRate?: Percent;
  /** The published explanation (主要是项目支出 / 主要用于：…). */
  note?: string;
  /** 决算数大于（小于）预算数的主要原因, as published. */
  reason?: string;
  /** The item's paragraph of the 情况说明, with the figures it states. */
  explanation?: Explanation;
  children?: FunctionItem[];
}

/**
 * 一般公共预算财政拨款支出决算表 (决算 表五) / 一般公共预算支出功能分类预算表
 * (预算): 合计 (`amount`), 基本支出, 项目支出 by function class; the 合计 row is `total`.
 */
export interface FunctionalBreakdown {
  /** 合计 row, 合计 column. */
  total?: Amount;
  /** 合计 row, 基本支出 column. */
  totalBasic?: Amount;
  /** 合计 row, 项目支出 column. */
  totalProject?: Amount;
  /** 年初预算 of the whole table (合计), where published (table or 情况说明); checked against the 项' `budget` sum. */
  totalBudget?: Amount;
  /** 全年预算 / 调整预算 of the whole table, where published. */
  totalAdjustedBudget?: Amount;
  /** 完成率 of the whole table as published: `total` ÷ `totalBudget` (else `totalAdjustedBudget`) × 100. */
  totalCompletionRate?: Percent;
  items: FunctionItem[];
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;

  /** 一般公共预算财政拨款支出决算情况说明. */
  explanation?: Explanation;
}

export interface FundExpenditure {
  total: Amount;
  items?: FunctionItem[];
}

/** 因公出国（境）费 */
export interface OutboundTravel {
  /** Its amount; absent when the table leaves it blank (not published, never "0"). */
  amount?: Amount;
  /** 团组数 */
  delegations?: number;
  /** 人次 */
  persons?: number;
}

/** 公务接待费 */
export interface OfficialReception {
  /** Its amount; absent when the table leaves it blank (not published, never "0"). */
  amount?: Amount;
  /** 国内公务接待批次 */
  batches?: number;
  /** 国内公务接待人次 */
  persons?: number;
  /** 外事接待 amount */
  foreignAmount?: Amount;
  foreignBatches?: number;
  foreignPersons?: number;
}

/** 公务用车购置及运行维护费 */
export interface OfficialVehicles {
  /** 小计; absent when the table leaves it blank (not published, never "0"). */
  amount?: Amount;
  /** 公务用车购置费; absent when blank. */
  purchase?: Amount;
  /** 公务用车运行维护费; absent when blank. */
  operation?: Amount;
  /** 购置公务用车 (辆) */
  purchasedCount?: number;
  /** 年末公务用车保有量 (辆) */
  fleetAtYearEnd?: number;
}

/** "三公" amounts of a comparison year or of the budget. */
export interface ThreePublicAmounts {
  total: Amount;
  outboundTravel?: Amount;
  officialReception?: Amount;
  officialVehicles?: Amount;
  vehiclePurchase?: Amount;
  vehicleOperation?: Amount;
}

/** A change as published: signed amount (negative for 减少) and signed percent. */
export interface PublishedChange {
  amount: Amount;
  percent?: Percent;
}

export interface ThreePublicParts<T> {
  total?: T;
  outboundTravel?: T;
  officialReception?: T;
  officialVehicles?: T;
}

/** "三公"经费 */
export interface ThreePublicExpenses {
  total: Amount;
  outboundTravel: OutboundTravel;
  officialReception: OfficialReception;
  officialVehicles: OfficialVehicles;
  previousYear?: ThreePublicAmounts;
  budget?: ThreePublicAmounts;
  /** Completion rates as published, percent points. */
  completionRate?: ThreePublicParts<Percent>;
  /** Changes from the previous year as published. */
  change?: ThreePublicParts<PublishedChange>;
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;

  /** 财政拨款“三公”经费支出决算情况说明 / “三公”经费预算情况说明. */
  explanation?: Explanation;
}

/** 基本支出: 人员经费 and 日常公用经费 */
export interface BasicExpenditure {
  total: Amount;
  personnel: Amount;
  publicUse: Amount;
  /** What 人员经费 mainly includes, as published. */
  personnelNote?: string;
  /** What 日常公用经费 mainly includes, as published. */
  publicUseNote?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 一般公共预算财政拨款基本支出决算情况说明. */
  explanation?: Explanation;
}

/** 政府采购支出情况 (决算) / 政府采购预算情况 (预算). */
export interface Procurement {
  /** 政府采购金额 (以合同签订为准) / 政府采购预算. */
  total: Amount;
  /** 货物采购金额. */
  goods?: Amount;
  /** 工程采购金额. */
  works?: Amount;
  /** 服务采购金额. */
  services?: Amount;
  /** v1: 授予中小企业合同金额 (the amount awarded to SMEs). */
  smeReserved?: Amount;
  /** 面向中小企业预留政府采购项目预算金额. */
  smeReservedBudget?: Amount;
  /** 面向小微企业预留政府采购项目预算金额 (预留给小型和微型企业的…预算). */
  smallMicroReservedBudget?: Amount;
  /** 在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的采购金额. */
  smeAwarded?: Amount;
  /** 在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的采购金额. */
  smallMicroAwarded?: Amount;
  /** 在其他政府采购项目中，由中小企业供应商中标或成交的采购金额. */
  smeAwardedOther?: Amount;
  /** 授予中小企业合同金额占政府采购支出金额的比例, percent points, as published. */
  smeShare?: Percent;
  /** The paragraph(s) as published, with the figures they state. */
  explanation?: Explanation;
}

export interface VehicleCategory {
  label: string;
  count: number;
  /** Categories published inside this one (其他用车主要是一般公务用车0辆). */
  children?: VehicleCategory[];
}

/** 车辆: the total (共有车辆 N 辆) and its categories (其中：部级领导干部用车 0 辆、…). */
export interface VehicleHolding {
  /** 共有车辆 / 安排购置车辆 (辆). */
  total: number;
  /** 部级领导干部用车, 主要领导干部用车, 机要通信用车, 应急保障用车, 执法执勤用车, 特种专业技术用车, 离退休干部用车, 其他用车, as published. */
  byCategory: VehicleCategory[];
}

/** 国有资产占有使用情况. */
export interface Assets {
  /** The date the holdings are stated at (截至 2024 年 12 月 31 日), ISO "2024-12-31". */
  asOf?: string;
  vehicles: VehicleHolding;
  /** 单位价值50万元以上大型设备 (台/套) */
  equipmentOver500k?: number;
  /** 单价100万元（含）以上设备（不含车辆）(台/套) */
  equipmentOver1m?: number;
  /** 土地 area where given, in square metres (平方米), as a decimal string. */
  landArea?: string;
  /** 房屋 area where given, in square metres (平方米), as a decimal string. */
  buildingArea?: string;
  /** Budget only: 部门预算安排购置车辆 and 购置单价100万元（含）以上设备. */
  plannedPurchases?: { vehicles?: VehicleHolding; equipmentOver1m?: number };
  /** The paragraph(s) as published. */
  explanation?: Explanation;
}

/** Projects and their budget amount at one stage of performance management (项目 N 个，涉及预算金额 X 万元). */
export interface PerformanceStage {
  /** 项目个数. */
  projects: number;
  /** 涉及预算金额. */
  amount?: Amount;
}

/** Counts of self-evaluated projects by grade (绩效评级). */
export interface PerformanceGrades {
  /** “优” */
  excellent?: number;
  /** “良” */
  good?: number;
  /** “合格” */
  pass?: number;
  /** “不合格” */
  fail?: number;
}

/** One evaluated project with its score or grade, where the document lists them. */
export interface EvaluatedProject {
  name: string;
  /** 预算金额 / 涉及资金. */
  amount?: Amount;
  /** 得分 / 自评分, as published ("92.5"). */
  score?: string;
  /** 绩效评级 as published ("优"). */
  grade?: string;
}

/** 预算绩效管理情况 (决算) / 绩效目标设置情况 (预算). */
export interface Performance {
  /** v1: number of projects evaluated. */
  projectsEvaluated?: number;
  /** v1: funds covered by the evaluations. */
  fundsEvaluated?: Amount;
  overallEvaluations?: number;
  /** Coverage in percent points. */
  coverage?: Percent;
  /** 平均得分 / 自评分, as published ("99.33"). */
  score?: string;
  /** Problems found, one entry each, as published. */
  problems?: string[];
  measures?: string[];
  /** 编报绩效目标的项目 N 个，涉及预算金额 X. */
  targets?: PerformanceStage;
  /** 绩效跟踪评价的项目 N 个，涉及预算金额 X. */
  tracked?: PerformanceStage;
  /** 绩效自评的项目 N 个，涉及预算金额 X. */
  selfEvaluated?: PerformanceStage;
  /** 绩效评级为“优”/“良”/“合格”/“不合格”的项目个数. */
  grades?: PerformanceGrades;
  /** 绩效自评中共发现问题 N 个. */
  problemsFound?: number;
  /** 已经完成整改的 N 个. */
  problemsResolved?: number;
  /** 正在整改的 N 个. */
  problemsInProgress?: number;
  /** Each evaluated project with its score or grade, where given. */
  evaluatedProjects?: EvaluatedProject[];
  /** The paragraph(s) as published (制度, 工作机制 …). */
  explanation?: Explanation;
}

/** 机关运行经费: the amount of the year against the previous year (决算) or the budget (预算). */
export interface InstitutionalOperatingDetail {
  /** 比上年: the previous year's figure, where published or derivable. */
  previousYear?: Amount;
  /** 增加（减少）X 万元，增长（下降）Y%: signed amount (negative for 减少) and signed percent. */
  change?: PublishedChange;
  /** 主要原因, as published. */
  reason?: string;
  /** The paragraph as published, with the figures it states. */
  explanation?: Explanation;
}

/** 其他重要事项 (决算) / 其他相关情况说明 (预算). */
export interface OtherMatters {
  /** 机关运行经费 (决算: 支出; 预算: 机关运行经费预算数). */
  institutionalOperating?: Amount;
  /** 机关运行经费: previous year, change and reason. */
  institutionalOperatingDetail?: InstitutionalOperatingDetail;
  /** The unit this section's amounts are printed in (a budget's 机关运行经费预算数 in the 万元 “三公” table), where it is not the disclosure's. */
  unit?: DisclosureUnit;
  /** 政府采购 */
  procurement?: Procurement;
  /** 国有资产占用 */
  assets?: Assets;
  /** 预算绩效管理情况 */
  performance?: Performance;
}

// ── Tables by function class (功能分类 类 / 款 / 项) ──

/**
 * The columns of a row of a table by function class, and the row's place:
 * `code` (功能分类科目编码, the full code: 3 digits for 类, 5 for 款, 7 for 项,
 * a budget's "201 13 01" written "2011301"), `name` (科目名称, as published) and
 * `children` (the 款 of a 类, the 项 of a 款). A blank cell is an absent field.
 */
export type FunctionRow<Columns> = Columns & {
  /** 功能分类科目编码, the full code ("2080501"). */
  code?: string;
  /** 科目名称, as published. */
  name: string;
  /** The row's paragraph of the 情况说明, with the figures it states. */
  explanation?: Explanation;
  children?: FunctionRow<Columns>[];
};

/** Columns of 收入决算表 / 收入预算总表. */
export interface IncomeColumns {
  /** 本年收入合计 (预算: 合计). */
  amount: Amount;
  /** 财政拨款收入. */
  fiscalAppropriation?: Amount;
  /** 上级补助收入. */
  superiorSubsidy?: Amount;
  /** 事业收入. */
  institutionIncome?: Amount;
  /** 经营收入 (预算: 事业单位经营收入). */
  operatingIncome?: Amount;
  /** 附属单位上缴收入. */
  affiliateRemittance?: Amount;
  /** 其他收入. */
  otherIncome?: Amount;
}

/** 收入决算表 (决算 表二) / 部门收入预算总表 (预算). */
export interface IncomeTable {
  /** The 合计 row. */
  total?: IncomeColumns;
  /** The rows by function class, 类 at the top with their 款 and 项 as children. */
  rows: FunctionRow<IncomeColumns>[];
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 收入决算情况说明. */
  explanation?: Explanation;
}

/** Columns of 支出决算表 / 支出预算总表. */
export interface ExpenditureColumns {
  /** 本年支出合计 (预算: 合计). */
  amount: Amount;
  /** 基本支出. */
  basic?: Amount;
  /** 项目支出. */
  project?: Amount;
  /** 上缴上级支出. */
  remittanceToSuperior?: Amount;
  /** 经营支出. */
  operating?: Amount;
  /** 对附属单位补助支出. */
  affiliateSubsidy?: Amount;
}

/** 支出决算表 (决算 表三) / 部门支出预算总表 (预算). */
export interface ExpenditureTable {
  /** The 合计 row. */
  total?: ExpenditureColumns;
  rows: FunctionRow<ExpenditureColumns>[];
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 支出决算情况说明. */
  explanation?: Explanation;
}

/** Amounts by fund (资金来源): 合计 and the three 财政拨款 funds. */
export interface FundColumns {
  /** 合计. */
  amount?: Amount;
  /** 一般公共预算财政拨款 (预算: 一般公共预算 / 一般公共预算资金). */
  generalPublicBudget?: Amount;
  /** 政府性基金预算财政拨款 (预算: 政府性基金). */
  governmentFund?: Amount;
  /** 国有资本经营预算财政拨款 (预算: 国有资本经营预算). */
  stateCapital?: Amount;
}

/**
 * 财政拨款收入支出决算总表 (决算 表四) / 部门财政拨款收支预算总表 (预算).
 * Income side: 一、一般公共预算财政拨款 … (`income`, whose `amount` is
 * 本年收入合计), 年初财政拨款结转和结余 by fund (`openingBalance`), 总计
 * (`incomeTotal`). Expenditure side: rows by function 类 with 合计 and one
 * column per fund (`expenditure`), 本年支出合计 (`currentYearExpenditure`),
 * 年末财政拨款结转和结余 (`closingBalance`), 总计 (`expenditureTotal`).
 */
export interface AppropriationTable {
  /** 收入: 一、一般公共预算财政拨款 / 二、政府性基金预算财政拨款 / 三、国有资本经营预算财政拨款; `amount` is 本年收入合计. */
  income: FundColumns;
  /** 年初财政拨款结转和结余: `amount` is the row's own figure, the funds its 一、二、三 rows. */
  openingBalance?: FundColumns;
  /** 收入 总计 (预算: 收入总计). */
  incomeTotal?: Amount;
  /** 支出 rows by function 类: 合计 and per fund. */
  expenditure: FunctionRow<FundColumns>[];
  /** 本年支出合计: 合计 and per fund. */
  currentYearExpenditure?: FundColumns;
  /** 年末财政拨款结转和结余: 合计 and per fund. */
  closingBalance?: FundColumns;
  /** 支出 总计 (预算: 支出总计): 合计 and per fund. */
  expenditureTotal?: FundColumns;
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 财政拨款收入支出决算总体情况说明. */
  explanation?: Explanation;
}

/** Columns of 政府性基金 / 国有资本经营预算财政拨款收入支出决算表 (and their budget 功能分类预算表). */
export interface FundFlowColumns {
  /** 年初结转和结余. */
  openingBalance?: Amount;
  /** 本年收入. */
  income?: Amount;
  /** 本年支出 合计 (预算: 合计). */
  expenditure?: Amount;
  /** 本年支出 基本支出. */
  basic?: Amount;
  /** 本年支出 项目支出. */
  project?: Amount;
  /** 年末结转和结余. */
  closingBalance?: Amount;
}

/**
 * 政府性基金 / 国有资本经营预算财政拨款收入支出决算表 (决算 表八、表九), and the
 * budget's 政府性基金 / 国有资本经营预算支出功能分类预算表 (only 合计, 基本支出,
 * 项目支出). Published empty ("本年度没有…，故本表无数据"): `rows: []` and `remark`.
 */
export interface FundFlowTable {
  /** The 合计 row. */
  total?: FundFlowColumns;
  rows: FunctionRow<FundFlowColumns>[];
  /** The remark under the table (说明：…故本表无数据), as published. */
  remark?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 政府性基金 / 国有资本经营预算财政拨款收入支出决算情况说明. */
  explanation?: Explanation;
}

// ── Basic expenditure by economic class (经济分类) ──

/** Columns of the basic expenditure tables by economic class. */
export interface EconomicColumns {
  /** 决算数 (预算: 合计). */
  amount?: Amount;
  /** 人员经费 (预算 only: a column). */
  personnel?: Amount;
  /** 公用经费 (预算 only: a column). */
  publicUse?: Amount;
}

/** One economic class: 301 工资福利支出 (类, 3 digits) with 30101 基本工资 … (款, 5 digits) as children. */
export interface EconomicRow extends EconomicColumns {
  /** 经济分类科目编码, the full code ("30101"; a budget's "301 01" written "30101"). */
  code?: string;
  /** 科目名称, as published. */
  name: string;
  children?: EconomicRow[];
}

/**
 * 一般公共预算财政拨款基本支出决算表 (决算 表六) / 一般公共预算基本支出部门预算经济分类预算表
 * (预算). In a 决算, 人员经费合计 is `total.personnel` and 公用经费合计
 * `total.publicUse`; in a 预算, the 合计 row gives all three columns.
 */
export interface EconomicTable {
  /** 合计 / 人员经费合计 / 公用经费合计. */
  total?: EconomicColumns;
  /** The classes (301, 302, 303, 310 …) with their items as children, in the document's order. */
  rows: EconomicRow[];
  /** The remark under the table (说明：…), as published. */
  remark?: string;
  /** 人员经费主要包括…, as published. */
  personnelNote?: string;
  /** 公用经费主要包括…, as published. */
  publicUseNote?: string;
  /** The unit this table's figures are printed in, where it is not the disclosure's `unit` (a budget's “三公”经费和机关运行经费预算表 in 万元). Absent: the disclosure's `unit`. */
  unit?: DisclosureUnit;
  /** 注：本表反映…, as published: what the table covers. Distinct from `remark` (说明：…). */
  note?: string;
  /** 一般公共预算财政拨款基本支出决算情况说明 (人员经费 / 公用经费 主要包括 …). */
  explanation?: Explanation;
}

// ── Narrative (情况说明) ──

/**
 * A 情况说明: the text as published, and the figures it states, each tied to
 * the table figure it speaks of so that the cross-checks can compare them.
 */
export interface Explanation {
  /** A heading, where the text has one ("（一）机关运行经费支出情况"). */
  title?: string;
  /** The text, one entry per paragraph, as published. */
  text: string[];
  /** The figures the text states. */
  figures?: StatedFigure[];
  /** The sub-headed parts (五(一)…(三)): each a title, paragraphs and figures; `text` holds what comes before the first. */
  parts?: Explanation[];
}

/**
 * One figure a 情况说明 states. `kind` says what it is:
 * - "amount": `amount` is a figure that must equal the table figure at `ref`
 *   ("本年收入合计 9746.50 万元" → ref "accountSummary.currentYearIncome");
 * - "share": `percent` is `ref`'s share of `of` ("占 55.10%");
 * - "change": a year-on-year change of the figure at `ref` (or of `amount`):
 *   `direction` (增加/减少/持平), `change` (the size, as published, unsigned),
 *   `percent` (增长/下降 %), `previous` (the previous year's figure, where
 *   stated), `reason` (主要原因);
 * - "budget-comparison": the figure at `ref` (or `amount`) against the budget
 *   `budget` (or at `budgetRef`): `direction` (大于/小于/持平), `percent` (完成
 *   预算的 %), `reason` (决算数大于（小于）预算数的主要原因).
 * Paths are JSON paths into this disclosure, as the validator writes them
 * ("expenditureTable.total.basic", "functionalBreakdown.items[2].amount").
 */
export interface StatedFigure {
  kind: 'amount' | 'share' | 'change' | 'budget-comparison';
  /** The words as published ("基本支出 5377.64 万元，占 55.10%"). */
  text?: string;
  /** JSON path of the table figure the statement is about. */
  ref?: string;
  /** The amount the text states (for a change: this year's figure), with its printed digits. */
  amount?: Amount;
  /** The unit of `amount`, `change`, `previous` and `budget` as the text states them ("9,101.68万元"), where not the disclosure's. */
  unit?: DisclosureUnit;
  /** The percent the text states: the share, the change (增长/下降), or the completion rate (完成预算的). */
  percent?: Percent;
  /** "share": JSON path of the whole the share is of. */
  of?: string;
  /** "change" and "budget-comparison": the direction the words give: higher (增加/增长/大于), lower (减少/下降/小于), same (持平). */
  direction?: 'higher' | 'lower' | 'same';
  /** "change": the size of the change, as published (unsigned: the direction is in `direction`). */
  change?: Amount;
  /** "change": the previous year's figure, where the text or a table gives it. */
  previous?: Amount;
  /** "change": JSON path of the previous year's figure, where a table gives it. */
  previousRef?: string;
  /** "budget-comparison": the budget figure the text states (年初预算为 X). */
  budget?: Amount;
  /** "budget-comparison": JSON path of the budget figure, where a table gives it. */
  budgetRef?: string;
  /** 主要原因, as published. */
  reason?: string;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** The sections an element can require. */
export type DisclosureSection =
  | 'accountSummary'
  | 'fiscalAppropriation'
  | 'functionalBreakdown'
  | 'governmentFundExpenditure'
  | 'stateCapitalExpenditure'
  | 'threePublicExpenses'
  | 'basicExpenditure'
  | 'otherMatters'
  | 'glossary'
  | 'incomeTable'
  | 'expenditureTable'
  | 'appropriationTable'
  | 'basicExpenditureTable'
  | 'governmentFundTable'
  | 'stateCapitalTable';
