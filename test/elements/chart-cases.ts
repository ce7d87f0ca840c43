/**
 * The cases the chart-wide tests walk (chart-labels, chart-value-rule): every
 * element that draws a chart, registered here, and every fixture with charts
 * (the seed, the synthetic disclosure, the planning-resources transcription,
 * the district office's budget and the large synthetic of 30 类).
 */
import '../../components/account-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/income-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { syntheticConsolidated } from '../../stories/data/synthetic-large.js';
import { loadJson, seedPath, syntheticPath } from './harness.js';

export const CHART_TAGS = ['account-summary', 'basic-expenditure', 'expenditure-breakdown', 'functional-breakdown', 'income-breakdown', 'three-public-expenses'] as const;
export const CHART_FIXTURES: Record<string, () => Promise<unknown>> = {
  seed: () => loadJson(seedPath),
  synthetic: () => loadJson(syntheticPath),
  'planning resources 2024': () => loadJson('test/fixtures/putuo-planning-resources-2024.json'),
  'district office budget 2025': () => loadJson('test/fixtures/putuo-district-office-2025-budget.json'),
  'large synthetic (30 类)': async () => syntheticConsolidated(),
};
