/**
 * The zh-CN catalogue: every word the library shows or says in Chinese.
 * Its shape is the `Catalogue` type that every other locale must match.
 * No DOM here: the CLI uses it too.
 */
import { isolate } from './bidi.js';

export const zhCN = {
  lang: 'zh-CN',
  listSeparator: '、',
  sentenceEnd: '。',
  colon: '：',
  root: '（根）',

  units: { 元: '元', 万元: '万元', 亿元: '亿元' },
  unitCaption: (unit: string) => `单位：${unit}`,
  money: (amount: string, unit: string) => `${amount}${unit}`,
  percent: (value: string) => `${value}%`,

  kind: { 'final-accounts': '决算', budget: '预算' },

  /** Labels of the standard lines of 收入支出决算总表. */
  lines: {
    fiscalAppropriation: '财政拨款收入',
    generalPublicBudget: '一般公共预算财政拨款收入',
    governmentFund: '政府性基金预算财政拨款收入',
    stateCapital: '国有资本经营预算财政拨款收入',
    superiorSubsidy: '上级补助收入',
    institutionIncome: '事业收入',
    operatingIncome: '经营收入',
    affiliateRemittance: '附属单位上缴收入',
    otherIncome: '其他收入',
    reserveFundUse: '用事业基金弥补收支差额',
    nonFiscalBalanceUse: '使用非财政拨款结余',
    priorYearBalance: '上年结转和结余',
    basic: '基本支出',
    personnel: '工资福利支出',
    goodsAndServices: '商品和服务支出',
    householdSubsidies: '对个人和家庭的补助',
    capital: '资本性支出',
    project: '项目支出',
    remittanceToSuperior: '上缴上级支出',
    operating: '经营支出',
    affiliateSubsidy: '对附属单位补助支出',
    surplusDistribution: '结余分配',
  },

  /** Names of the disclosure's sections and of the figures the cross-checks compare. */
  sections: {
    accountSummary: '收入支出决算总体情况',
    fiscalAppropriation: '财政拨款支出决算',
    functionalBreakdown: '一般公共预算财政拨款支出',
    governmentFundExpenditure: '政府性基金预算财政拨款支出',
    stateCapitalExpenditure: '国有资本经营预算财政拨款支出',
    threePublicExpenses: '‘三公’经费支出',
    basicExpenditure: '一般公共预算财政拨款基本支出',
    otherMatters: '其他重要事项',
    glossary: '名词解释',
  },

  figures: {
    incomeTotal: '收入总计',
    expenditureTotal: '支出总计',
    yearEndBalance: '年末结转和结余',
    currentYearIncome: '本年收入合计',
    currentYearExpenditure: '本年支出合计',
    incomeLines: '各收入项合计',
    expenditureLines: '各支出项合计',
    expenditurePlusBalance: '支出总计与年末结转和结余之和',
    children: '下级各项合计',
    basicPlusProject: '基本支出与项目支出之和',
    functionalTotal: '一般公共预算财政拨款支出合计',
    functionalItems: '各功能分类科目合计',
    fundTotals: '一般公共预算、政府性基金和国有资本经营预算财政拨款支出之和',
    fiscalAppropriationTotal: '财政拨款支出总计',
    fundItems: '各科目合计',
    threePublicTotal: '“三公”经费合计',
    threePublicParts: '因公出国（境）费、公务接待费与公务用车购置及运行维护费之和',
    vehicles: '公务用车购置及运行维护费',
    vehicleParts: '购置费与运行维护费之和',
    basicExpenditureTotal: '基本支出合计',
    personnelPlusPublicUse: '人员经费与日常公用经费之和',
    procurementTotal: '政府采购支出总额',
    procurementParts: '货物、工程和服务采购之和',
    vehicleCount: '车辆总数',
    vehicleCategories: '各类车辆合计',
    completionRate: '公布的完成率',
    completionComputed: '决算数与预算数之比',
    change: '公布的增减额',
    changeComputed: '本年数与上年数之差',
    changePercent: '公布的增减百分比',
    changePercentComputed: '增减额与上年数之比',
  },

  problems: {
    'not-json': (p: { detail: string; line?: number; column?: number }) =>
      `不是有效的 JSON${p.line === undefined ? '' : `（第 ${p.line} 行第 ${p.column} 列）`}：${p.detail}`,
    'schema-version': (p: { found: string }) => `schemaVersion 应为 1，实际为 ${p.found}`,
    required: (p: { field: string }) => `缺少必填字段“${p.field}”`,
    'section-missing': (p: { section: string; name: string }) => `缺少本组件所需的“${p.name}”部分（${p.section}）`,
    type: (p: { expected: string; found: string }) => `类型错误：应为${p.expected}，实际为${p.found}`,
    decimal: (p: { found: string }) => `不是有效的金额或数值：${p.found}，应为十进制数字字符串，例如 "933.74"`,
    negative: (p: { found: string }) => `此处金额不能为负数：${p.found}`,
    count: (p: { found: string }) => `应为非负整数：${p.found}`,
    range: (p: { found: string; min: number; max: number }) => `数值 ${p.found} 超出范围（${p.min}–${p.max}）`,
    enum: (p: { found: string; allowed: string }) => `取值 ${p.found} 无效，可选：${p.allowed}`,
    empty: () => '不能为空',
    'unknown-field': (p: { field: string; suggestion?: string }) =>
      `未知字段“${p.field}”${p.suggestion ? `，是否应为“${p.suggestion}”？` : ''}`,
    'label-required': (p: { key: string }) => `“${p.key}”不是标准项目键，须提供 label`,
    depth: (p: { limit: number }) => `嵌套超过 ${p.limit} 层`,
    limit: (p: { kind: 'amount-digits' | 'text-length' | 'list-items' | 'total-items' | 'document-size'; found: number; limit: number }) =>
      ({
        'amount-digits': `金额有 ${p.found} 位数字，超过上限 ${p.limit} 位`,
        'text-length': `文本有 ${p.found} 个字符，超过上限 ${p.limit} 个`,
        'list-items': `列表有 ${p.found} 项，超过上限 ${p.limit} 项`,
        'total-items': `整份数据的列表项合计超过上限 ${p.limit} 项`,
        'document-size': `文档有 ${p.found} 个字符，超过上限 ${p.limit} 个`,
      })[p.kind],
    precision: (p: { literal: string; parsed: string }) =>
      `JSON 数字 ${p.literal} 无法精确读取，会变成 ${p.parsed}；请写成字符串 "${p.literal}"`,
  },

  typeNames: {
    object: '对象',
    array: '数组',
    string: '字符串',
    number: '数字',
    integer: '整数',
    boolean: '布尔值',
    null: 'null',
    decimal: '十进制数字字符串',
  },

  /** A cross-check (勾稽关系) warning: what was published against what the figures give. A tolerance of "0" (counts) has no rounding to mention. */
  warning: (p: { published: string; publishedLabel: string; computed: string; computedLabel: string; difference: string; tolerance: string; withinRounding: boolean }) =>
    `${p.publishedLabel}为 ${p.published}，${p.computedLabel}为 ${p.computed}，相差 ${p.difference}` +
    (p.withinRounding ? `，在四舍五入误差（±${p.tolerance}）以内。` : p.tolerance === '0' ? '，数据不一致。' : `，超出四舍五入误差（±${p.tolerance}），数据不一致。`),
  codeWarnings: {
    'code-prefix': (p: { code: string; parent: string }) => `科目编码 ${p.code} 不以上级编码 ${p.parent} 开头`,
    'duplicate-code': (p: { code: string }) => `同级科目编码 ${p.code} 重复`,
  },

  /** Words every element shares: states, errors, warnings, tables, charts. */
  element: {
    year: (year: number) => `${year}年度`,
    title: (year: string, department: string, section: string) => `${year}${isolate(department)}${section}`,
    loading: '正在加载数据…',
    errorTitle: '无法显示此数据',
    failures: {
      http: (p: { status: number; statusText: string; url: string }) => `服务器返回 HTTP ${p.status}${p.statusText ? ` ${p.statusText}` : ''}：${p.url}`,
      network: (p: { url: string; detail: string }) => `网络错误，无法获取 ${p.url}（${p.detail}）`,
      timeout: (p: { url: string; seconds: number }) => `${p.url} 在 ${p.seconds} 秒内没有响应`,
      'content-type': (p: { url: string; contentType: string }) => `${p.url} 返回的是 ${p.contentType}，不是 JSON`,
      'too-large': (p: { url: string; limit: number }) => `${p.url} 超过 ${p.limit / 1024 / 1024} MB 的上限，未读取`,
      'not-json': (p: { url?: string; detail: string }) => `数据不是有效的 JSON${p.url ? `（${p.url}）` : ''}：${p.detail}`,
      invalid: (p: { url?: string; count: number }) => `数据不符合部门决算公开格式${p.url ? `（${p.url}）` : ''}，共 ${p.count} 个问题：`,
      'no-data': '没有提供数据：请设置 disclosure 属性、添加 <script type="application/json"> 子元素，或设置 src 属性。',
    },
    moreProblems: (count: number) => `另有 ${count} 个问题未列出。`,
    warningsSummary: (count: number) => `数据核对：${count} 条提示`,
    warningsIntro: '公布的数据之间存在以下差异。页面按公布数显示，未作任何修改。',
    rounding: '舍入差异',
    mismatch: '不一致',
    notice: '提示',
    zeroRows: (count: number) => `另有 ${count} 项金额为 0，已折叠`,
    ofWhich: '其中：',
    computed: '计算值',
    computedDescription: '由公布数计算得出，非公布数',
    derived: '未公布，由下级科目合计得出',
    item: '项目',
    amount: (unit: string) => `金额（${unit}）`,
    share: '占比',
    total: '合计',
    chartMarks: (chart: string) => `${chart}：数据点，可用方向键逐项浏览`,
    markValue: (label: string, money: string, share: string) => `${isolate(label)}：${money}，占${share}`,
    current: '当前：',
    noChartData: '没有可绘制的非零数据。',
    /** A year-on-year change, worded ("比2021年度减少0万元，下降5%" / "与2021年度持平"). */
    change: (p: { subject: string; previousYear: string; direction: 'increase' | 'decrease' | 'unchanged'; money: string; percent?: string }) =>
      p.direction === 'unchanged'
        ? `${p.subject}与${p.previousYear}持平`
        : `${p.subject}比${p.previousYear}${p.direction === 'increase' ? '增加' : '减少'}${p.money}` +
          (p.percent ? `，${p.direction === 'increase' ? '增长' : '下降'}${p.percent}` : ''),
    completionBar: (rate: string) => `完成预算的${rate}`,
  },

  accountSummary: {
    section: { 'final-accounts': '收入支出决算总体情况', budget: '收入支出预算总体情况' },
    income: '收入',
    expenditure: '支出',
    incomeTable: (unit: string) => `收入（单位：${unit}）`,
    expenditureTable: (unit: string) => `支出（单位：${unit}）`,
    currentYearIncome: '本年收入合计',
    currentYearExpenditure: '本年支出合计',
    incomeTotal: '收入总计',
    expenditureTotal: '支出总计',
    yearEndBalance: '年末结转和结余',
    incomeChart: '收入构成',
    expenditureChart: '支出构成',
    appropriationTitle: '财政拨款支出',
    appropriationTable: (unit: string) => `财政拨款支出（单位：${unit}）`,
    actual: (kind: string) => `${kind}数`,
    budget: '年初预算',
    adjustedBudget: '全年预算',
    completionRate: '完成率',
    appropriationTotal: '财政拨款支出合计',
    previousYear: '上年数',
    summaryTotal: (year: string, side: string, total: string) => `${year}${side}总计${total}`,
    summaryAll: (label: string) => `，全部为${isolate(label)}`,
    summaryLargest: (label: string, money: string, share: string) => `，其中${isolate(label)}${money}，占${share}`,
    summaryRest: (count: number) => `，其余${count}项为0`,
    summaryEnd: '。',
  },

  functionalBreakdown: {
    fund: {
      'general-public-budget': '一般公共预算财政拨款支出',
      'government-fund': '政府性基金预算财政拨款支出',
      'state-capital': '国有资本经营预算财政拨款支出',
    },
    byFunction: '（按支出功能分类）',
    table: (unit: string) => `按支出功能分类科目（单位：${unit}）`,
    name: '科目',
    basic: '基本支出',
    project: '项目支出',
    budget: '年初预算',
    adjustedBudget: '全年预算',
    completionRate: '完成率',
    expand: (name: string) => `展开“${isolate(name)}”的下级科目`,
    collapse: (name: string) => `收起“${isolate(name)}”的下级科目`,
    zeroFund: (year: string, fund: string, money: string) => `${year}${fund}${money}。`,
    chartTitle: '支出结构（按功能分类）',
    chartLevels: '图表层级',
    allClasses: '全部类',
    zeroItems: (count: number, names: string) => `另有${count}个科目金额为0：${isolate(names)}。`,
    budgetKey: '竖线为年初预算',
    completion: (rate: string) => `完成年初预算的${rate}`,
    hasChildren: '有下级科目，按 Enter 在表格中查看',
    summary: (year: string, fund: string, money: string) => `${year}${fund}${money}`,
    summaryLargest: (name: string, money: string, share: string) => `，其中${isolate(name)}${money}最多，占${share}`,
    summaryCompletion: (rate: string) => `；财政拨款支出完成年初预算的${rate}`,
    summaryComputedCompletion: (rate: string) => `；合计完成年初预算的${rate}`,
  },

  threePublic: {
    section: { 'final-accounts': '“三公”经费支出', budget: '“三公”经费预算' },
    table: (unit: string) => `“三公”经费（单位：${unit}）`,
    total: '“三公”经费合计',
    outboundTravel: '因公出国（境）费',
    officialReception: '公务接待费',
    foreignReception: '外事接待费',
    officialVehicles: '公务用车购置及运行维护费',
    vehiclePurchase: '公务用车购置费',
    vehicleOperation: '公务用车运行维护费',
    budget: '预算数',
    change: '增减额',
    changePercent: '增减率',
    completionRate: '完成率',
    previousZero: '上年为0，无法计算增减率',
    budgetZero: '预算为0，无法计算完成率',
    dashNote: (reason: string) => `“—”：${reason}。`,
    countsTable: (year: string) => `${year}出国（境）团组、公务接待和公务用车数量`,
    count: '数量',
    counts: {
      delegations: '因公出国（境）团组数（个）',
      travelPersons: '因公出国（境）人次',
      receptionBatches: '国内公务接待批次',
      receptionPersons: '国内公务接待人次',
      foreignBatches: '外事接待批次',
      foreignPersons: '外事接待人次',
      purchasedCount: '购置公务用车（辆）',
      fleetAtYearEnd: '年末公务用车保有量（辆）',
    },
    chartTitle: (unit: string) => `“三公”经费分项比较（单位：${unit}）`,
    markValue: (part: string, series: string, money: string) => `${part} ${series}：${money}`,
    /** The subject of the change clause in `statement` (element.change's subject). */
    changeSubject: '',
    part: (label: string, money: string) => `${label}${money}`,
    completion: (rate: string) => `完成预算的${rate}`,
    /** "2022年度“三公”经费支出为0万元，与2021年度持平。" */
    statement: (p: { year: string; money: string; parts?: string; change?: string; completion?: string }) =>
      `${p.year}“三公”经费支出为${p.money}` +
      (p.parts ? `，其中${p.parts}` : '') +
      (p.change ? `${p.parts ? '；' : '，'}${p.change}` : '') +
      (p.completion ? `；${p.completion}` : '') +
      '。',
  },
};
