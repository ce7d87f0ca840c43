/** The en catalogue's part `expenditureBreakdown` (the same keys as zh-CN's): <expenditure-breakdown>. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'expenditureBreakdown'> = {
  expenditureBreakdown: {
    section: { 'final-accounts': 'expenditure statement', budget: 'expenditure budget' },
    table: (unit) => `Expenditure by functional classification (${unit})`,
    amount: { 'final-accounts': 'Expenditure of the year', budget: 'Total' },
    chartTitle: (unit) => `Basic and project expenditure by class (${unit})`,
    summary: (year, label, money) => `${label} in ${year}: ${money}`,
    summaryParts: (basic, project) => `, of which basic ${basic} and project ${project}`,
    markValue: (name, series, money) => `${isolate(name)}, ${series}: ${money}`,
    summaryLargest: (name, money, share) => `; the largest class was ${isolate(name)}, ${money} (${share})`,
    summaryEnd: '.',
  },
};
