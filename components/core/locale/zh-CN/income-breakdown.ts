/** The zh-CN catalogue's part `incomeBreakdown`: <income-breakdown>. */
import { isolate } from '../bidi.js';

export const part = {
  incomeBreakdown: {
    section: { 'final-accounts': '收入决算表', budget: '收入预算总表' },
    table: (unit: string) => `收入（按支出功能分类科目，单位：${unit}）`,
    amount: { 'final-accounts': '本年收入合计', budget: '合计' },
    chartTitle: '收入来源构成',
    summary: (year: string, label: string, money: string) => `${year}${label}${money}`,
    summaryAll: (label: string) => `，全部为${isolate(label)}`,
    summaryLargest: (label: string, money: string, share: string) => `，其中${isolate(label)}${money}，占${share}`,
    summaryEnd: '。',
    /** Instead of the bar, when a source's 合计 is not published and a row of it is blank. */
    sourcesUnknown: '原表未公布按来源的合计，且有科目空白，无法画出收入构成。',
  },
};
