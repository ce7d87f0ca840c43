/** The en catalogue's part `functionalBreakdown` (the same keys as zh-CN's): <functional-breakdown>, and the words every hierarchy element and the cross-checks share (expand, collapse, column names). */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'functionalBreakdown'> = {
  functionalBreakdown: {
    fund: {
      'general-public-budget': 'General public budget appropriation expenditure',
      'government-fund': 'Government fund budget appropriation expenditure',
      'state-capital': 'State capital operating budget appropriation expenditure',
    },
    byFunction: ' by function',
    table: (unit) => `By functional classification (${unit})`,
    name: 'Class',
    basic: 'Basic',
    project: 'Project',
    budget: 'Initial budget',
    adjustedBudget: 'Adjusted budget',
    completionRate: 'Completion',
    expand: (name) => `Expand "${isolate(name)}"`,
    collapse: (name) => `Collapse "${isolate(name)}"`,
    zeroFund: (year, fund) => `In ${year}, the department had no ${fund.charAt(0).toLowerCase()}${fund.slice(1)}.`,
    chartTitle: 'Expenditure by function',
    chartLevels: 'Chart level',
    allClasses: 'All classes',
    zeroItems: (count, names) => `${count} more item${count === 1 ? '' : 's'} with an amount of 0: ${isolate(names)}.`,
    budgetKey: 'The vertical line marks the initial budget',
    chartShows: (level, count) => `The chart now shows ${isolate(level)}: ${count} items`,
    completion: (rate) => `${rate} of the initial budget`,
    completionShort: (rate) => `${rate} of budget`,
    hasChildren: 'has sub-items; press Enter to show it in the table',
    summary: (year, fund, money) => `In ${year}, ${fund.charAt(0).toLowerCase()}${fund.slice(1)} was ${money}`,
    summaryLargest: (name, money, share) => `; the largest class was ${isolate(name)}, ${money} (${share})`,
    summaryCompletion: (rate) => `; fiscal appropriation expenditure reached ${rate} of the initial budget`,
    summaryTableCompletion: (rate) => `; in all, ${rate} of the initial budget`,
    summaryComputedCompletion: (rate) => `; in all, ${rate} of the initial budget (computed)`,
    groupedItems: (names) => `made up of ${isolate(names)}, each listed in the table`,
    chartGrouped: (top, count, names) => `The chart draws the ${top} largest items and groups the other ${count} as "${count} others": ${isolate(names)}. The table lists every item.`,
    brokenBar: 'bar cut short to fit the scale',
  },
};
