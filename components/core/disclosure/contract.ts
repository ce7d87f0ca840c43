/**
 * The disclosure contract, version 1: the JSON a portal writes for one
 * department's published final accounts (部门决算) or budget (部门预算) of one
 * fiscal year. The README's field table and `disclosure.schema.json` describe
 * the same shape; a test keeps the schema and the runtime validator in step.
 *
 * Amounts are decimal strings in the disclosure's `unit` ("933.74"); a JSON
 * number is accepted on input and normalised to a string. Counts are
 * integers. Percentages are decimal strings in percent points ("90.3").
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
}

export interface Department {
  name: string;
  /** The department's budget code, where published. */
  code?: string;
  /** 主要职责, one entry per duty, without the (一)(二) numbering. */
  duties?: string[];
  /** 决算单位构成: the subordinate units included; [] for 无. */
  subordinateUnits?: string[];
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
  /** An economic or functional classification code. */
  code?: string;
  /** The label as published; required unless `key` is standard. */
  label?: string;
  amount: Amount;
  /** The published explanation of the line (主要是为保障机构正常运转 …). */
  note?: string;
  children?: Line[];
}

export interface AccountSummary {
  income: Line[];
  expenditure: Line[];
  /** 年末结转和结余; optional when `kind` is "budget". */
  yearEndBalance?: Amount;
  /** 收入总计 as published. */
  incomeTotal?: Amount;
  /** 支出总计 as published: the expenditure lines' sum, without the year-end balance. */
  expenditureTotal?: Amount;
  /** 本年收入合计: the income lines without carry-overs. */
  currentYearIncome?: Amount;
  /** 本年支出合计. */
  currentYearExpenditure?: Amount;
  /** Last year's totals, for the year-on-year change. */
  previousYear?: { incomeTotal?: Amount; expenditureTotal?: Amount };
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
  /** True when `amount` was not published but summed from the children. Set by the validator, not by the portal. */
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
  /** The published explanation (主要是项目支出). */
  note?: string;
  children?: FunctionItem[];
}

export interface FunctionalBreakdown {
  total?: Amount;
  items: FunctionItem[];
}

export interface FundExpenditure {
  total: Amount;
  items?: FunctionItem[];
}

/** 因公出国（境）费 */
export interface OutboundTravel {
  amount: Amount;
  /** 团组数 */
  delegations?: number;
  /** 人次 */
  persons?: number;
}

/** 公务接待费 */
export interface OfficialReception {
  amount: Amount;
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
  amount: Amount;
  /** 公务用车购置费 */
  purchase: Amount;
  /** 公务用车运行维护费 */
  operation: Amount;
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
}

export interface Procurement {
  total: Amount;
  goods?: Amount;
  works?: Amount;
  services?: Amount;
  /** 授予中小企业合同金额 */
  smeReserved?: Amount;
}

export interface VehicleCategory {
  label: string;
  count: number;
  /** Categories published inside this one (其他用车主要是一般公务用车0辆). */
  children?: VehicleCategory[];
}

export interface Assets {
  vehicles: { total: number; byCategory: VehicleCategory[] };
  /** 单位价值50万元以上大型设备 (台/套) */
  equipmentOver500k?: number;
  /** 单位价值100万元以上大型设备 (台/套) */
  equipmentOver1m?: number;
}

/** 预算绩效情况 */
export interface Performance {
  projectsEvaluated?: number;
  fundsEvaluated?: Amount;
  overallEvaluations?: number;
  /** Coverage in percent points. */
  coverage?: Percent;
  /** Self-evaluation score (自评分). */
  score?: string;
  problems?: string[];
  measures?: string[];
}

export interface OtherMatters {
  /** 机关运行经费 */
  institutionalOperating?: Amount;
  /** 政府采购 */
  procurement?: Procurement;
  /** 国有资产占用 */
  assets?: Assets;
  performance?: Performance;
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
  | 'glossary';
