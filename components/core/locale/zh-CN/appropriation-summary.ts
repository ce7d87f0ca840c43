/** The zh-CN catalogue's part `appropriationSummary`: <appropriation-summary>. */

export const part = {
  appropriationSummary: {
    section: { 'final-accounts': '财政拨款收入支出决算总表', budget: '财政拨款收支预算总表' },
    // Distinct from <account-summary>'s 收入 / 支出 regions on a page (or report) with both.
    income: '财政拨款收入',
    expenditure: '财政拨款支出',
    incomeTable: (unit: string) => `财政拨款收入（单位：${unit}）`,
    expenditureTable: (unit: string) => `财政拨款支出（单位：${unit}）`,
    item: '项目',
    /** A fund line as the table numbers it (一、一般公共预算财政拨款). */
    numbered: (index: number, label: string) => `${'一二三四五六七八九'[index]}、${label}`,
    actual: { 'final-accounts': '决算数', budget: '预算数' },
    funds: {
      'final-accounts': { generalPublicBudget: '一般公共预算财政拨款', governmentFund: '政府性基金预算财政拨款', stateCapital: '国有资本经营预算财政拨款' },
      budget: { generalPublicBudget: '一般公共预算', governmentFund: '政府性基金预算', stateCapital: '国有资本经营预算' },
    },
    currentYearIncome: '本年收入合计',
    currentYearExpenditure: '本年支出合计',
    openingBalance: '年初财政拨款结转和结余',
    closingBalance: '年末财政拨款结转和结余',
    incomeTotal: { 'final-accounts': '总计', budget: '收入总计' },
    expenditureTotal: { 'final-accounts': '总计', budget: '支出总计' },
  },
};
