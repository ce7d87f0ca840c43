/** The en catalogue's part `profile` (the same keys as zh-CN's): <department-profile>. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'profile'> = {
  profile: {
    section: { 'final-accounts': 'profile', budget: 'profile' },
    duties: 'Main duties',
    composition: { 'final-accounts': 'Units in the final accounts', budget: 'Units in the budget' },
    unitsTable: { 'final-accounts': 'Units covered by the final accounts', budget: 'Units covered by the budget' },
    number: 'No.',
    unitName: 'Unit',
    remark: 'Remark',
    subordinateUnits: 'Subordinate units',
    noDuties: 'The department has not published its main duties.',
    noComposition: 'The department has not published its units.',
  },
};
