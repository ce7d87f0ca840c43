/** The en catalogue's part `incomeBreakdown` (the same keys as zh-CN's): <income-breakdown>. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'incomeBreakdown'> = {
  incomeBreakdown: {
    section: { 'final-accounts': 'income statement', budget: 'income budget' },
    table: (unit) => `Income by functional classification (${unit})`,
    amount: { 'final-accounts': 'Income of the year', budget: 'Total' },
    chartTitle: 'Income by source',
    summary: (year, label, money) => `${label} in ${year}: ${money}`,
    summaryAll: (label) => `, all of it ${isolate(label)}`,
    summaryLargest: (label, money, share) => `, of which ${isolate(label)} ${money} (${share})`,
    summaryEnd: '.',
    sourcesUnknown: 'The table publishes no total by source and leaves some rows blank, so the composition cannot be drawn.',
  },
};
