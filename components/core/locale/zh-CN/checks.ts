/** The zh-CN catalogue's part `checks`: The cross-checks' warnings and the figures and rows they name: loaded with the checks' chunk, after first paint. */

export const part = {
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
    expenditureParts: '人员经费、公用经费与项目支出之和',
    personnelOfLines: '各支出项人员经费合计',
    publicUseOfLines: '各支出项公用经费合计',
    projectOfLines: '各支出项项目支出合计',
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
    expenditureGrandTotal: '支出总计',
    incomeTotalFigure: '收入总计',
    expenditureLinesPlusBalance: '各支出项与年末结转和结余之和',
    currentYearExpenditurePlusBalances: '本年支出合计、结余分配与年末结转和结余之和',
    rows: '各行合计',
    incomeSources: '各收入来源之和',
    expenditureKinds: '基本支出、项目支出等各列之和',
    funds: '一般公共预算、政府性基金预算与国有资本经营预算财政拨款之和',
    currentYearPlusBalance: '本年数与年末结转和结余之和',
    incomePlusOpening: '本年收入合计与年初结转和结余之和',
    openingIncomeExpenditure: '年初结转和结余加本年收入减本年支出',
    personnelClasses: '工资福利支出与对个人和家庭的补助之和',
    publicUseClasses: '其余经济分类（商品和服务支出、资本性支出等）之和',
    economicRows: '各经济分类合计',
    gradeCounts: '各评级项目数之和',
    statedFigure: '情况说明中的数字',
    tableFigure: '表中的数字',
    statedShare: '情况说明中的占比',
    shareComputed: '两数之比',
    statedChange: '情况说明中的增减额',
    statedChangeComputed: '本年数与上年数之差',
    statedChangePercent: '情况说明中的增减百分比',
    statedCompletion: '情况说明中的完成预算百分比',
  },

  /** A cross-check (勾稽关系) warning: what was published against what the figures give. A tolerance of "0" (counts) has no rounding to mention. */
  warning: (p: { published: string; publishedLabel: string; computed: string; computedLabel: string; difference: string; tolerance: string; withinRounding: boolean }) =>
    `${p.publishedLabel}为 ${p.published}，${p.computedLabel}为 ${p.computed}，相差 ${p.difference}` +
    (p.withinRounding ? `，在四舍五入误差（±${p.tolerance}）以内。` : p.tolerance === '0' ? '，数据不一致。' : `，超出四舍五入误差（±${p.tolerance}），数据不一致。`),

  codeWarnings: {
    'code-prefix': (p: { code: string; parent: string }) => `科目编码 ${p.code} 不以上级编码 ${p.parent} 开头`,
    'duplicate-code': (p: { code: string }) => `同级科目编码 ${p.code} 重复`,
  },

  /** Words of the narrative (情况说明) checks. */
  statedWarnings: {
    directions: { higher: '增加（大于）', lower: '减少（小于）', same: '持平' },
    direction: (p: { stated: string; actual: string; current: string; base: string }) =>
      `情况说明称“${p.stated}”，但数据为 ${p.current} 对 ${p.base}，应为“${p.actual}”。`,
    reason: () => '情况说明写明了增减或预决算差异，但没有说明主要原因。',
    ref: (p: { ref: string }) => `情况说明所指的 ${p.ref} 在数据中没有对应的数字，无法核对。`,
  },

  /** Names of rows the cross-check messages point at. */
  rowNames: {
    total: '合计',
    currentYearIncome: '本年收入合计',
    currentYearExpenditure: '本年支出合计',
    openingBalance: '年初财政拨款结转和结余',
    closingBalance: '年末财政拨款结转和结余',
    grandTotal: '总计',
  },

  /** A figure of a table, for a message: table, row, column. */
  cell: (table: string, row: string, column: string) => `${table}“${row}”行${column}`,
};
