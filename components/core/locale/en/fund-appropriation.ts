/** The en catalogue's part `fundAppropriation` (the same keys as zh-CN's): <fund-appropriation>. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'fundAppropriation'> = {
  fundAppropriation: {
    fund: { 'government-fund': 'government fund budget appropriation', 'state-capital': 'state capital operating budget appropriation' },
    section: {
      'final-accounts': (fund) => `${fund} income and expenditure`,
      budget: (fund) => `${fund} expenditure budget by function`,
    },
    table: (unit) => `By functional classification (${unit})`,
    expenditure: { 'final-accounts': 'Expenditure of the year: total', budget: 'Total' },
    basic: { 'final-accounts': 'Expenditure of the year: basic', budget: 'Basic' },
    project: { 'final-accounts': 'Expenditure of the year: project', budget: 'Project' },
    none: {
      'final-accounts': (year, fund) => `The department had no ${fund} income or expenditure in ${year}.`,
      budget: (year, fund) => `The department has no ${fund} budget for ${year}.`,
    },
  },
};
