/** The zh-CN catalogue's part `basicExpenditure`: <basic-expenditure>. */
import { isolate } from '../bidi.js';

export const part = {
  basicExpenditure: {
    section: { 'final-accounts': '一般公共预算财政拨款基本支出决算表', budget: '一般公共预算基本支出经济分类预算表' },
    table: (unit: string) => `按经济分类科目（单位：${unit}）`,
    amount: { 'final-accounts': '决算数', budget: '合计' },
    personnelTotal: '人员经费合计',
    publicUseTotal: '公用经费合计',
    splitChart: '人员经费与公用经费',
    classChart: '基本支出（按经济分类的类）',
    summary: (year: string, personnel: string, publicUse: string) => `${year}人员经费${personnel}，公用经费${publicUse}`,
    summaryLargest: (name: string, money: string, share: string) => `；各类中${isolate(name)}${money}最多，占${share}`,
    summaryEnd: '。',
  },
};
