/** The en catalogue's part `basicExpenditure` (the same keys as zh-CN's): <basic-expenditure>. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'basicExpenditure'> = {
  basicExpenditure: {
    section: { 'final-accounts': 'general public budget basic expenditure by economic class', budget: 'general public budget basic expenditure budget by economic class' },
    table: (unit) => `By economic classification (${unit})`,
    amount: { 'final-accounts': 'Final accounts', budget: 'Total' },
    personnelTotal: 'Personnel expenses, total',
    publicUseTotal: 'Public-use expenses, total',
    splitChart: 'Personnel and public-use expenses',
    classChart: 'Basic expenditure by economic class',
    summary: (year, personnel, publicUse) => `In ${year}, personnel expenses were ${personnel} and public-use expenses ${publicUse}`,
    summaryLargest: (name, money, share) => `; the largest class was ${isolate(name)}, ${money} (${share})`,
    summaryEnd: '.',
  },
};
