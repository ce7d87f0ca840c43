/**
 * <functional-breakdown>: spending by function (类 / 款 / 项) as an
 * expandable table and a drill-down bar chart. One story per case: the real
 * seed, a non-zero disclosure, a consolidated one with 3,000 项, all zero,
 * each view, unit, language and fund, loading, every kind of error, and the
 * data-check note. test/stories/every-story.test.ts runs axe-core on every
 * story of this file (a new story is covered with no change there).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendering } from './data/render.js';
import { DATA_URLS, NOT_JSON_TEXT, allZero, invalid, synthetic, withMismatch, withoutSections } from './data/disclosures.js';
import { syntheticConsolidated } from './data/synthetic-large.js';
import { PENDING_URL } from './data/pending-fetch.js';

const TAG = 'functional-breakdown';

const meta = {
  title: 'Elements/functional-breakdown',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The real 2022 final accounts of 高新区党群工作部 (all in one 类, 款 amount derived), fetched from `src`. */
export const Seed: Story = { name: '真实数据：高新区党群工作部 2022 (loaded from a URL)', args: { src: DATA_URLS.seed } };

/** 示例市教育局 2023: several 类 with 款 and 项, budgets and completion rates. */
export const Synthetic: Story = { name: '示例数据：示例市教育局 2023 (every line non-zero)', args: { disclosure: synthetic() } };

/** A consolidated disclosure: 30 类, 300 款, 3,000 项 (stories/data/synthetic-large.ts). */
export const LargeConsolidated: Story = {
  name: 'Large department: 30 类 / 300 款 / 3,000 项',
  render: rendering(TAG, () => ({ disclosure: syntheticConsolidated() })),
};

/**
 * 30 类 at the top level: the chart draws the 8 largest and one "其他 22 项" bar (their exact sum, computed), which
 * stops at the chart's end with a break when the rest adds up to more than the largest; the summary names the 22,
 * and the table lists all 30.
 */
export const ThirtyClasses: Story = {
  name: '30 类: the 8 largest and 其他 22 项 (chart)',
  render: rendering(TAG, () => ({ disclosure: syntheticConsolidated({ classes: 30, sectionsPerClass: 1, itemsPerSection: 1 }) })),
  args: { view: 'chart' },
  tags: ['!autodocs'],
};

/** Every amount 0: one sentence instead of an empty chart. */
export const AllZero: Story = { name: 'Every amount is zero', args: { disclosure: allZero() }, tags: ['!autodocs'] };

export const ViewBoth: Story = { name: 'Table and chart', args: { disclosure: synthetic(), view: 'both' }, tags: ['!autodocs'] };
export const ViewTable: Story = { name: 'Table only', args: { disclosure: synthetic(), view: 'table' } };
export const ViewChart: Story = { name: 'Chart only', args: { disclosure: synthetic(), view: 'chart' }, tags: ['!autodocs'] };

/** The seed has eleven 类 at 0: hide-zero folds them into one line that says how many. */
export const HideZero: Story = { name: 'Zero lines folded into one (hide-zero)', args: { src: DATA_URLS.seed, 'hide-zero': true }, tags: ['!autodocs'] };

export const UnitYuan: Story = { name: 'Amounts in 元', args: { disclosure: synthetic(), unit: '元' }, tags: ['!autodocs'] };
export const UnitWanYuan: Story = { name: 'Amounts in 万元', args: { disclosure: synthetic(), unit: '万元' }, tags: ['!autodocs'] };
export const UnitYiYuan: Story = { name: 'Amounts in 亿元', args: { disclosure: synthetic(), unit: '亿元' }, tags: ['!autodocs'] };

export const Chinese: Story = { name: '中文 (lang="zh-CN")', args: { disclosure: synthetic(), lang: 'zh-CN' }, tags: ['!autodocs'] };
export const English: Story = { name: 'English (lang="en")', args: { disclosure: synthetic(), lang: 'en' }, tags: ['!autodocs'] };

/** The government fund appropriation (政府性基金预算财政拨款支出) instead of the general public budget. */
export const FundGovernment: Story = { name: '政府性基金 (government fund)', args: { disclosure: synthetic(), fund: 'government-fund' }, tags: ['!autodocs'] };
/** The state capital appropriation (国有资本经营预算财政拨款支出). */
export const FundStateCapital: Story = { name: '国有资本经营 (state capital)', args: { disclosure: synthetic(), fund: 'state-capital' }, tags: ['!autodocs'] };

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

/** A published total that doesn't add up: shown as published, with the data-check note (数据核对). */
export const ValidatorWarnings: Story = { name: 'Published totals that do not add up (数据核对)', args: { disclosure: withMismatch() }, tags: ['!autodocs'] };

/** Inline JSON, the way a CMS editor pastes it, with a link in the footer slot. */
export const InlineJsonWithFooter: Story = {
  name: 'Pasted into a CMS page, with a source note',
  tags: ['!autodocs'],
  args: { footer: '数据来源：示例市教育局 2023 年度部门决算公开（示例数据）' },
  render: rendering(TAG, () => ({ inline: JSON.stringify(synthetic()) })),
};
