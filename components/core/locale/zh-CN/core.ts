/** The zh-CN catalogue's part `core`: Words the base element and the shared tables and charts show: units, kinds, section and column names, states, errors. Loaded before any element renders. */
import { isolate } from '../bidi.js';

export const part = {
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
    incomeTable: '收入决算表',
    expenditureTable: '支出决算表',
    appropriationTable: '财政拨款收入支出决算总表',
    basicExpenditureTable: '一般公共预算财政拨款基本支出决算表',
    governmentFundTable: '政府性基金预算财政拨款收入支出决算表',
    stateCapitalTable: '国有资本经营预算财政拨款收入支出决算表',
  },
  /** A budget's names for the sections whose 决算 name above says 决算 (the budget's 目录: 收入预算总表 …). */
  budgetSections: {
    accountSummary: '财务收支预算总体情况',
    fiscalAppropriation: '财政拨款支出预算',
    incomeTable: '收入预算总表',
    expenditureTable: '支出预算总表',
    appropriationTable: '财政拨款收支预算总表',
    basicExpenditureTable: '一般公共预算基本支出经济分类预算表',
    governmentFundTable: '政府性基金预算支出功能分类预算表',
    stateCapitalTable: '国有资本经营预算支出功能分类预算表',
  },

  /** Column names of the tables by function and by economic class, for the cross-check messages. */
  columns: {
    amount: '合计',
    fiscalAppropriation: '财政拨款收入',
    superiorSubsidy: '上级补助收入',
    institutionIncome: '事业收入',
    operatingIncome: '经营收入',
    affiliateRemittance: '附属单位上缴收入',
    otherIncome: '其他收入',
    basic: '基本支出',
    project: '项目支出',
    remittanceToSuperior: '上缴上级支出',
    operating: '经营支出',
    affiliateSubsidy: '对附属单位补助支出',
    generalPublicBudget: '一般公共预算财政拨款',
    governmentFund: '政府性基金预算财政拨款',
    stateCapital: '国有资本经营预算财政拨款',
    openingBalance: '年初结转和结余',
    income: '本年收入',
    expenditure: '本年支出',
    closingBalance: '年末结转和结余',
    personnel: '人员经费',
    publicUse: '公用经费',
  },

  /** Words every element shares: states, errors, warnings, tables, charts. */
  element: {
    year: (year: number) => `${year}年度`,
    title: (year: string, department: string, section: string) => `${year}${isolate(department)}${section}`,
    loading: '正在加载数据…',
    errorTitle: '无法显示此数据',
    /** What a citizen reads: no paths, codes or markup; the detail is in the "technical details" disclosure below it. */
    errorCitizen: '这部分公开数据暂时无法显示。请稍后再试，或联系发布单位。',
    /** The data is fine but has no such section (not a failure to retry). */
    sectionAbsentCitizen: '这份公开数据不含此部分。',
    /** No data given (yet): not a failure (a framework may set it a moment later), so neither an alert nor "try again". */
    noDataTitle: '暂无数据',
    noDataCitizen: '这里还没有可显示的公开数据。',
    technicalDetails: '技术详情（供网站编辑）',
    moreProblems: (count: number) => `另有 ${count} 个问题未列出。`,
    warningsSummary: (count: number) => `数据核对：${count} 条提示`,
    warningsIntro: '公布的数据之间存在以下差异。页面按公布数显示，未作任何修改。',
    rounding: '舍入差异',
    mismatch: '不一致',
    notice: '提示',
    zeroRows: (count: number) => `另有 ${count} 项金额为 0，已折叠`,
    /** The button under each table that saves it as a CSV file. */
    downloadCsv: '下载 CSV',
    /** Its accessible name: the visible words, then which table. */
    downloadCsvFor: (caption: string) => `下载 CSV：${isolate(caption)}`,
    /** The button that saves the whole disclosure as JSON. */
    downloadJson: '下载数据（JSON）',
    /** The CSV column of classification codes. */
    csvCode: '科目编码',
    /** A CSV header with its unit: "2023年度（万元）". */
    amountWithUnit: (label: string, unit: string) => `${label}（${unit}）`,
    ofWhich: '其中：',
    computed: '计算值',
    computedDescription: '由公布数计算得出，非公布数',
    notPublished: '未公布（表中空白）',
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
    /** Said by the live region when the data has been rendered. */
    loaded: (title: string) => `已载入：${isolate(title)}`,
    /** Why a table cell is blank, for screen readers. */
    notApplicable: '不适用',
    /** The screen-reader section before each chart. */
    chartType: { composition: '百分比堆积条形图', bars: '条形图', groupedBars: '分组条形图' } as Record<'composition' | 'bars' | 'groupedBars', string>,
    chartDescription: (p: { type: string; title: string; marks: number; series: number; range: string }) =>
      `${p.type}：${isolate(p.title)}。共 ${p.marks} 个数据点${p.series > 1 ? `，分 ${p.series} 个系列` : ''}${p.range ? `，数值从 ${p.range}` : ''}。`,
    chartRange: (low: string, high: string) => `${low} 到 ${high}`,
    chartKeys: (series: boolean): string => (series ? '左右方向键在同一系列的数据点间移动，上下方向键在系列间移动，回车键跳到表格中的对应行。' : '方向键逐项浏览，回车键跳到表格中的对应行。'),
    skipToTable: '跳到数据表',
    /** A cell that a cross-check found different. */
    checkMark: '数据核对',
    checkDescription: '数据核对发现差异，见“数据核对”说明',
    /** Where a data-check difference is: the table and the row a reader sees. */
    checkPlace: (table: string, row: string) => `${isolate(table)}，“${isolate(row)}”行`,
    /** A chart's segment for the parts not drawn one by one (all of them are in the table). */
    otherParts: (count: number) => `其他 ${count} 项`,
  },

  /** Words the classified tables share (<income-breakdown>, <expenditure-breakdown>, <fund-appropriation>, <basic-expenditure>). */
  tables: {
    blank: '原表此处空白，未公布此数',
    name: '科目',
    total: '合计',
  },
};
