/** The zh-CN catalogue's part `functionalBreakdown`: <functional-breakdown>, and the words every hierarchy element and the cross-checks share (expand, collapse, column names). */
import { isolate } from '../bidi.js';

export const part = {
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
    /** As the documents say it: "本部门2022年度无政府性基金预算财政拨款支出。" */
    zeroFund: (year: string, fund: string) => `本部门${year}无${fund}。`,
    chartTitle: '支出结构（按功能分类）',
    chartLevels: '图表层级',
    allClasses: '全部类',
    zeroItems: (count: number, names: string) => `另有${count}个科目金额为0：${isolate(names)}。`,
    budgetKey: '竖线为年初预算',
    /** Said when a drill-down changes what the chart shows. */
    chartShows: (level: string, count: number) => `图表现显示${isolate(level)}，共 ${count} 项`,
    completion: (rate: string) => `完成年初预算的${rate}`,
    /** After a bar's amount: the completion rate named as a rate, so it is not read as a share. */
    completionShort: (rate: string) => `完成率 ${rate}`,
    hasChildren: '有下级科目，按 Enter 在表格中查看',
    summary: (year: string, fund: string, money: string) => `${year}${fund}${money}`,
    summaryLargest: (name: string, money: string, share: string) => `，其中${isolate(name)}${money}最多，占${share}`,
    summaryCompletion: (rate: string) => `；财政拨款支出完成年初预算的${rate}`,
    /** The whole table's rate as published (表五's 合计, or 说明五's sentence). */
    summaryTableCompletion: (rate: string) => `；合计完成年初预算的${rate}`,
    /** A rate worked out from the top level's budgets: said to be computed. */
    summaryComputedCompletion: (rate: string) => `；合计完成年初预算的${rate}（计算值）`,
    /** The accessible name's end for the bar of the items grouped as "其他 N 项" (the chart draws the largest few). */
    groupedItems: (names: string) => `包括${isolate(names)}，表格中逐项列出`,
    /** The chart's summary, after it, when a level has more items than the chart draws one by one. */
    chartGrouped: (top: number, count: number, names: string) => `图中列出金额最大的 ${top} 项，其余 ${count} 项合并为“其他 ${count} 项”：${isolate(names)}；表格列出全部科目。`,
    /** In the grouped bar's accessible name when its sum is longer than the chart's scale (it is drawn cut, with a break). */
    brokenBar: '条形过长，截断显示',
  },
};
