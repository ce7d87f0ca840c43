/** The en catalogue's part `report` (the same keys as zh-CN's): <disclosure-report>. */
import type { CataloguePart } from '../index.js';
import { isolate } from '../bidi.js';

export const part: CataloguePart<'report'> = {
  report: {
    title: (year, department, kind) => `${isolate(department)}: ${kind}, ${year}`,
    tables: {
      'final-accounts': ['Income and expenditure', 'Income', 'Expenditure', 'Fiscal appropriations: income and expenditure', 'General public budget appropriation expenditure', 'General public budget basic expenditure', '"Three public" expenses', 'Government fund appropriations', 'State capital operation appropriations'],
      budget: ['Income and expenditure budget', 'Income budget', 'Expenditure budget', 'Fiscal appropriations budget', 'General public budget by function', 'General public budget basic expenditure by economic class', '"Three public" expenses and institutional operating expenses budget', 'Government fund budget by function', 'State capital operation budget by function'],
    },
    contents: 'Contents',
    parts: {
      profile: 'Part 1: Profile',
      tables: { 'final-accounts': 'Part 2: Final accounts tables', budget: 'Part 2: Budget tables' },
      explanations: 'Part 3: Explanations',
      glossary: 'Part 4: Glossary',
    },
    explanationOf: (section) => `Explanation: ${section}`,
    warningsTitle: 'Data check',
    warningsIntro: 'The published figures differ from each other as listed below. The page shows the figures as published, unchanged.',
    noWarnings: 'No differences were found between the published figures.',
    goToRow: (code) => `Go to line ${code}`,
    goToSection: (section) => `Go to ${section}`,
    emptyTable: (table) => `The department has no data for ${table.toLowerCase()}.`,
  },
};
