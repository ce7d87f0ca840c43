/** The zh-CN catalogue's part `accountSummary`: <account-summary>. */
import { isolate } from '../bidi.js';

export const part = {
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
    summarySubtotal: (year: string, total: string) => `${year}本年支出合计${total}`,
    summaryAll: (label: string) => `，全部为${isolate(label)}`,
    summaryLargest: (label: string, money: string, share: string) => `，其中${isolate(label)}${money}，占${share}`,
    summaryRest: (count: number) => `，其余${count}项为0`,
    summaryEnd: '。',
  },
};
