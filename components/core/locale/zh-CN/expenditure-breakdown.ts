/** The zh-CN catalogue's part `expenditureBreakdown`: <expenditure-breakdown>. */
import { isolate } from '../bidi.js';

export const part = {
  expenditureBreakdown: {
    section: { 'final-accounts': '支出决算表', budget: '支出预算总表' },
    table: (unit: string) => `支出（按支出功能分类科目，单位：${unit}）`,
    amount: { 'final-accounts': '本年支出合计', budget: '合计' },
    chartTitle: (unit: string) => `各类基本支出与项目支出（单位：${unit}）`,
    summary: (year: string, label: string, money: string) => `${year}${label}${money}`,
    summaryParts: (basic: string, project: string) => `，其中基本支出${basic}，项目支出${project}`,
    markValue: (name: string, series: string, money: string) => `${isolate(name)} ${series}：${money}`,
    summaryLargest: (name: string, money: string, share: string) => `；${isolate(name)}${money}最多，占${share}`,
    summaryEnd: '。',
  },
};
