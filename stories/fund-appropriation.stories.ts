/**
 * <fund-appropriation>: 政府性基金 / 国有资本经营预算财政拨款收入支出决算表
 * (决算 表八 / 表九) and the budget's tables. Most departments publish them
 * empty: one sentence with the published remark. With figures: opening
 * balance, income, expenditure (basic / project) and closing balance by
 * function. test/stories/every-story.test.ts runs axe-core on every story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendering } from './data/render.js';
import { DATA_URLS, seed } from './data/disclosures.js';
import { districtOfficeBudget, planningResources, withGovernmentFundRows, withTableMismatches } from './data/standard-tables.js';
import { PENDING_URL } from './data/pending-fetch.js';

const TAG = 'fund-appropriation';
const withRows = rendering(TAG, () => ({ disclosure: withGovernmentFundRows() }));

const meta = {
  title: 'Elements/fund-appropriation',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** 表八 of the planning-resources 决算, published empty: one sentence and the remark. */
export const EmptyGovernmentFund: Story = { name: 'Empty: government fund (表八)', render: rendering(TAG, () => ({ disclosure: planningResources() })) };
/** 表九, published empty. */
export const EmptyStateCapital: Story = { name: 'Empty: state capital (表九)', args: { fund: 'state-capital' }, render: rendering(TAG, () => ({ disclosure: planningResources() })) };
/** The budget's 政府性基金预算支出功能分类预算表, published empty. */
export const EmptyBudget: Story = { name: 'Empty: budget', render: rendering(TAG, () => ({ disclosure: districtOfficeBudget() })) };
/** A table with figures (an example based on the planning-resources disclosure). */
export const WithRows: Story = { name: 'With rows', render: withRows };
export const ExpandAll: Story = { name: 'Expand: all', args: { expand: 'all' }, render: withRows };
export const English: Story = { name: 'Language: en', args: { lang: 'en', expand: 'all' }, render: withRows };
/** Published totals that do not add up: the "数据核对" note under the table, each difference linked to its row. */
export const ValidatorWarnings: Story = { name: 'Published totals that do not add up (数据核对)', render: rendering(TAG, () => ({ disclosure: withTableMismatches() })) };

export const Loading: Story = { name: 'Loading', tags: ['loading'], args: { src: PENDING_URL, timeout: 86400 } };
export const Error404: Story = { name: 'Error: 404', tags: ['error'], args: { src: DATA_URLS.missing } };
/** The seed has no 表八: the alert names it. */
export const ErrorSectionMissing: Story = { name: 'Error: section missing', tags: ['error'], render: rendering(TAG, () => ({ disclosure: seed() })) };
export const ErrorNoData: Story = { name: 'Error: no data', tags: ['error'] };
