/**
 * <department-profile>: 第一部分 概况 — the main duties and the units the accounts cover. One story per case.
 * test/stories/every-story.test.ts runs axe-core on every story of this file.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rendering } from './data/render.js';
import { DATA_URLS, invalid, seed } from './data/disclosures.js';
import { budget, planning } from './data/report-fixtures.js';
import { PENDING_URL } from './data/pending-fetch.js';

const TAG = 'department-profile';

const meta = {
  title: 'Elements/department-profile',
  component: TAG,
  render: rendering(TAG),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** 上海市普陀区规划和自然资源局 2024 年度部门决算 (hand transcription). */
export const Planning: Story = { name: 'Planning resources 2024 (决算)', render: rendering(TAG, () => ({ disclosure: planning() })) };
/** 上海市普陀区人民政府办公室 2025 年度部门预算 (hand transcription). */
export const Budget: Story = { name: 'District office 2025 (预算)', render: rendering(TAG, () => ({ disclosure: budget() })) };
/** The real 2022 seed, fetched from `src`. */
export const Seed: Story = { name: 'Seed 2022 (src)', args: { src: DATA_URLS.seed } };
export const English: Story = { name: 'Language: en', args: { lang: 'en' }, render: rendering(TAG, () => ({ disclosure: planning() })) };
/** A department that publishes its duties but not its units (the seed): a sentence says so. */
export const NoComposition: Story = { name: 'Not published: composition', render: rendering(TAG, () => ({ disclosure: seed() })) };

/** Waiting for `src`: the preview holds this request open. */
export const Loading: Story = { name: 'Loading', tags: ['loading'], args: { src: PENDING_URL, timeout: 86400 } };
export const Error404: Story = { name: 'Error: 404', tags: ['error'], args: { src: DATA_URLS.missing } };
export const ErrorInvalid: Story = { name: 'Error: invalid disclosure', tags: ['error'], render: rendering(TAG, () => ({ disclosure: invalid() })) };
export const ErrorNoData: Story = { name: 'Error: no data', tags: ['error'] };
