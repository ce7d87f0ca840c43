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

const meta = {
  title: 'Elements/three-public-expenses',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The real 2022 final accounts of 高新区党群工作部, fetched from `src`: its “三公” expenses are all 0. */
export const Seed: Story = { name: '真实数据：高新区党群工作部 2022 (loaded from a URL)', args: { src: DATA_URLS.seed } };

/** 示例市教育局 2023: non-zero parts, previous year, budget, completion rates and published changes. */
export const Synthetic: Story = { name: '示例数据：示例市教育局 2023 (every line non-zero)', args: { disclosure: synthetic() } };

/** The synthetic figures 100,000 times larger: long numbers and digit grouping. */
export const LargeAmounts: Story = { name: 'Very large amounts (long figures)', args: { disclosure: largeAmounts() }, tags: ['!autodocs'] };

/** Every amount 0 (the seed, given as a property): one plain sentence instead of a chart. */
export const AllZero: Story = { name: 'Every amount is zero', args: { disclosure: seed() }, tags: ['!autodocs'] };

export const ViewBoth: Story = { name: 'Table and chart', args: { disclosure: synthetic(), view: 'both' }, tags: ['!autodocs'] };
export const ViewTable: Story = { name: 'Table only', args: { disclosure: synthetic(), view: 'table' } };
export const ViewChart: Story = { name: 'Chart only', args: { disclosure: synthetic(), view: 'chart' }, tags: ['!autodocs'] };

/** Lines whose amounts are all 0 fold into one line that says how many. */
export const HideZero: Story = { name: 'Zero lines folded into one (hide-zero)', args: { disclosure: synthetic(), 'hide-zero': true }, tags: ['!autodocs'] };

export const UnitYuan: Story = { name: 'Amounts in 元', args: { disclosure: synthetic(), unit: '元' }, tags: ['!autodocs'] };
export const UnitWanYuan: Story = { name: 'Amounts in 万元', args: { disclosure: synthetic(), unit: '万元' }, tags: ['!autodocs'] };
export const UnitYiYuan: Story = { name: 'Amounts in 亿元', args: { disclosure: synthetic(), unit: '亿元' }, tags: ['!autodocs'] };

export const Chinese: Story = { name: '中文 (lang="zh-CN")', args: { disclosure: synthetic(), lang: 'zh-CN' }, tags: ['!autodocs'] };
export const English: Story = { name: 'English (lang="en")', args: { disclosure: synthetic(), lang: 'en' }, tags: ['!autodocs'] };

/** Waiting for `src`: the preview holds this request open (stories/data/pending-fetch.ts). */
export const Loading: Story = { name: 'Loading: waiting for the data', tags: ['!autodocs', 'loading'], args: { src: PENDING_URL, timeout: 86400 } };

/** `src` gives no answer within `timeout` seconds (here 1). */
export const ErrorTimeout: Story = { name: 'Error: the data took too long to arrive', tags: ['!autodocs', 'error'], args: { src: PENDING_URL, timeout: 1 } };
export const Error404: Story = { name: 'Error: data file not found (404)', tags: ['!autodocs', 'error'], args: { src: DATA_URLS.missing } };
export const ErrorNotJsonSrc: Story = { name: 'Error: the data file is not JSON', tags: ['!autodocs', 'error'], args: { src: DATA_URLS.notJson } };
export const ErrorNotJsonInline: Story = { name: 'Error: pasted data is not JSON', tags: ['!autodocs', 'error'], render: rendering(TAG, () => ({ inline: NOT_JSON_TEXT })) };
/** The alert lists each problem with its JSON path. */
export const ErrorInvalid: Story = { name: 'Error: figures missing or malformed', tags: ['error'], render: rendering(TAG, () => ({ disclosure: invalid() })) };
export const ErrorSectionMissing: Story = { name: 'Error: a required table is missing', tags: ['!autodocs', 'error'], args: { disclosure: withoutSections() } };
export const ErrorNoData: Story = { name: 'Error: no data given', tags: ['!autodocs', 'error'] };

/** A published total that doesn't add up (0.01 against parts of 0): shown as published, with the data-check note. */
export const ValidatorWarnings: Story = { name: 'Published totals that do not add up (数据核对)', args: { disclosure: withMismatch() }, tags: ['!autodocs'] };

/** Inline JSON, the way a CMS editor pastes it, with a link in the footer slot. */
export const InlineJsonWithFooter: Story = {
  name: 'Pasted into a CMS page, with a source note',
  tags: ['!autodocs'],
  args: { footer: '数据来源：示例市教育局 2023 年度部门决算公开（示例数据）' },
  render: rendering(TAG, () => ({ inline: JSON.stringify(synthetic()) })),
};
