/**
 * <expenditure-breakdown>: 支出决算表 (决算 表三) / 支出预算总表: expenditure by function class and by kind, as an expandable table and grouped bars.
 * One story per case: the planning-resources 决算 and a 预算 (hand-transcribed
 * fixtures), every level open, hide-zero, unit, language, view, loading and
 * errors. test/stories/every-story.test.ts runs axe-core on every story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendering } from './data/render.js';
import { DATA_URLS, seed } from './data/disclosures.js';
import { districtOfficeBudget, planningResources, withTableMismatches } from './data/standard-tables.js';
import { PENDING_URL } from './data/pending-fetch.js';

const TAG = 'expenditure-breakdown';
const withPlanning = rendering(TAG, () => ({ disclosure: planningResources() }));

const meta = {
  title: 'Elements/expenditure-breakdown',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** 上海市普陀区规划和自然资源局 2024 部门决算, as transcribed from the PDF. */
export const FinalAccounts: Story = { name: 'Final accounts 2024 (planning and resources)', render: withPlanning };
/** 上海市普陀区人民政府办公室 2025 部门预算: the budget's headings, amounts in 元. */
export const Budget: Story = { name: 'Budget 2025 (district office)', render: rendering(TAG, () => ({ disclosure: districtOfficeBudget() })) };
/** Every level open, as pre-rendered and printed pages have it. */
export const ExpandAll: Story = { name: 'Expand: all', args: { expand: 'all' }, render: withPlanning };
export const HideZero: Story = { name: 'Hide zero', args: { 'hide-zero': true, expand: 'all' }, render: withPlanning };
export const UnitYuan: Story = { name: 'Unit: 元', args: { unit: '元' }, render: withPlanning };
export const English: Story = { name: 'Language: en', args: { lang: 'en' }, render: withPlanning };
export const ViewTable: Story = { name: 'View: table', args: { view: 'table' }, render: withPlanning };
export const ViewChart: Story = { name: 'View: chart', args: { view: 'chart' }, render: withPlanning };
/** Published totals that do not add up: the "数据核对" note under the table, each difference linked to its row. */
export const ValidatorWarnings: Story = { name: 'Published totals that do not add up (数据核对)', render: rendering(TAG, () => ({ disclosure: withTableMismatches() })) };

/** Waiting for `src`: the preview holds this request open (stories/data/pending-fetch.ts). */
export const Loading: Story = { name: 'Loading', tags: ['loading'], args: { src: PENDING_URL, timeout: 86400 } };
export const Error404: Story = { name: 'Error: 404', tags: ['error'], args: { src: DATA_URLS.missing } };
/** The seed (a v1 disclosure) has no standard tables: the alert names the missing one. */
export const ErrorSectionMissing: Story = { name: 'Error: section missing', tags: ['error'], render: rendering(TAG, () => ({ disclosure: seed() })) };
export const ErrorNoData: Story = { name: 'Error: no data', tags: ['error'] };
