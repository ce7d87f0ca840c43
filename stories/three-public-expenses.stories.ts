/**
 * <three-public-expenses>: the “三公” expenses against the previous year and
 * the budget, with their counts. One story per case: the real seed (all
 * zero, as many departments publish), a non-zero disclosure, large amounts,
 * each view, unit and language, loading, every kind of error, and the
 * data-check note. test/stories/every-story.test.ts runs axe-core on every
 * story of this file (a new story is covered with no change there).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendering } from './data/render.js';
import { DATA_URLS, NOT_JSON_TEXT, invalid, largeAmounts, seed, synthetic, withMismatch, withoutSections } from './data/disclosures.js';
import { PENDING_URL } from './data/pending-fetch.js';

const TAG = 'three-public-expenses';
const withSynthetic = rendering(TAG, () => ({ disclosure: synthetic() }));

const meta = {
  title: 'Elements/three-public-expenses',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The real 2022 final accounts of 高新区党群工作部, fetched from `src`: its “三公” expenses are all 0. */
export const Seed: Story = { name: 'Seed 2022 (src)', args: { src: DATA_URLS.seed } };

/** 示例市教育局 2023: non-zero parts, previous year, budget, completion rates and published changes. */
export const Synthetic: Story = { name: 'Synthetic 2023 (non-zero)', render: withSynthetic };

/** The synthetic figures 100,000 times larger: long numbers and digit grouping. */
export const LargeAmounts: Story = { name: 'Large amounts', render: rendering(TAG, () => ({ disclosure: largeAmounts() })) };

/** Every amount 0 (the seed, given as a property): one plain sentence instead of a chart. */
export const AllZero: Story = { name: 'All zero', render: rendering(TAG, () => ({ disclosure: seed() })) };

export const ViewBoth: Story = { name: 'View: both', args: { view: 'both' }, render: withSynthetic };
export const ViewTable: Story = { name: 'View: table', args: { view: 'table' }, render: withSynthetic };
export const ViewChart: Story = { name: 'View: chart', args: { view: 'chart' }, render: withSynthetic };

/** Lines whose amounts are all 0 fold into one line that says how many. */
export const HideZero: Story = { name: 'Hide zero', args: { 'hide-zero': true }, render: withSynthetic };

export const UnitYuan: Story = { name: 'Unit: 元', args: { unit: '元' }, render: withSynthetic };
export const UnitWanYuan: Story = { name: 'Unit: 万元', args: { unit: '万元' }, render: withSynthetic };
export const UnitYiYuan: Story = { name: 'Unit: 亿元', args: { unit: '亿元' }, render: withSynthetic };

export const Chinese: Story = { name: 'Language: zh-CN', args: { lang: 'zh-CN' }, render: withSynthetic };
export const English: Story = { name: 'Language: en', args: { lang: 'en' }, render: withSynthetic };

/** Waiting for `src`: the preview holds this request open (stories/data/pending-fetch.ts). */
export const Loading: Story = { name: 'Loading', tags: ['loading'], args: { src: PENDING_URL, timeout: 86400 } };

/** `src` gives no answer within `timeout` seconds (here 1). */
export const ErrorTimeout: Story = { name: 'Error: timeout', tags: ['error'], args: { src: PENDING_URL, timeout: 1 } };
export const Error404: Story = { name: 'Error: 404', tags: ['error'], args: { src: DATA_URLS.missing } };
export const ErrorNotJsonSrc: Story = { name: 'Error: not JSON (src)', tags: ['error'], args: { src: DATA_URLS.notJson } };
export const ErrorNotJsonInline: Story = { name: 'Error: not JSON (inline)', tags: ['error'], render: rendering(TAG, () => ({ inline: NOT_JSON_TEXT })) };
/** The alert lists each problem with its JSON path. */
export const ErrorInvalid: Story = { name: 'Error: invalid disclosure', tags: ['error'], render: rendering(TAG, () => ({ disclosure: invalid() })) };
export const ErrorSectionMissing: Story = { name: 'Error: section missing', tags: ['error'], render: rendering(TAG, () => ({ disclosure: withoutSections() })) };
export const ErrorNoData: Story = { name: 'Error: no data', tags: ['error'] };

/** A published total that doesn't add up (0.01 against parts of 0): shown as published, with the data-check note. */
export const ValidatorWarnings: Story = { name: 'Validator warnings', render: rendering(TAG, () => ({ disclosure: withMismatch() })) };

/** Inline JSON, the way a CMS editor pastes it, with a link in the footer slot. */
export const InlineJsonWithFooter: Story = {
  name: 'Inline JSON, footer slot',
  args: { footer: '数据来源：示例市教育局 2023 年度部门决算公开（示例数据）' },
  render: rendering(TAG, () => ({ inline: JSON.stringify(synthetic()) })),
};
