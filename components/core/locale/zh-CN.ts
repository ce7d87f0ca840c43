/**
 * The zh-CN catalogue: every word the library shows or says in Chinese.
 * Its shape is the `Catalogue` type that every other locale must match.
 * No DOM here: the CLI uses it too.
 */
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
    threePublicExpenses: '“三公”经费支出',
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
    'not-json': (p: { detail: string }) => `不是有效的 JSON：${p.detail}`,
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

  /** A cross-check (勾稽关系) warning: what was published against what the figures give. */
  warning: (p: { published: string; publishedLabel: string; computed: string; computedLabel: string; difference: string; tolerance: string; withinRounding: boolean }) =>
    `${p.publishedLabel}为 ${p.published}，${p.computedLabel}为 ${p.computed}，相差 ${p.difference}` +
    (p.withinRounding ? `，在四舍五入误差（±${p.tolerance}）以内。` : `，超出四舍五入误差（±${p.tolerance}），数据不一致。`),
  codeWarnings: {
    'code-prefix': (p: { code: string; parent: string }) => `科目编码 ${p.code} 不以上级编码 ${p.parent} 开头`,
    'duplicate-code': (p: { code: string }) => `同级科目编码 ${p.code} 重复`,
  },

  cli: {
    usage:
      '用法：disclosure-validate [--lang zh-CN|en] [--json] 文件...\n校验部门决算公开 JSON：有效时退出码为 0（可有警告），无效为 1，文件无法读取或不是 JSON 为 2。',
    valid: (file: string) => `${file}：有效`,
    validWithWarnings: (file: string, count: number) => `${file}：有效，${count} 条核对警告`,
    invalid: (file: string, count: number) => `${file}：无效，${count} 个错误`,
    unreadable: (file: string, detail: string) => `${file}：无法读取（${detail}）`,
    error: '错误',
    warning: '警告',
    rounding: '舍入差异',
    mismatch: '不一致',
  },
};
