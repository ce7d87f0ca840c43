/** The zh-CN catalogue's part `fundAppropriation`: <fund-appropriation>. */

export const part = {
  fundAppropriation: {
    fund: { 'government-fund': '政府性基金预算财政拨款', 'state-capital': '国有资本经营预算财政拨款' },
    section: {
      'final-accounts': (fund: string) => `${fund}收入支出决算表`,
      budget: (fund: string) => `${fund}支出功能分类预算表`,
    },
    table: (unit: string) => `按支出功能分类科目（单位：${unit}）`,
    expenditure: { 'final-accounts': '本年支出合计', budget: '合计' },
    basic: { 'final-accounts': '本年支出：基本支出', budget: '基本支出' },
    project: { 'final-accounts': '本年支出：项目支出', budget: '项目支出' },
    none: {
      'final-accounts': (year: string, fund: string) => `本部门${year}无${fund}收入和支出。`,
      budget: (year: string, fund: string) => `本部门${year}无${fund}安排的预算。`,
    },
  },
};
