/**
 * The hand-transcribed fixtures the report and the text-part elements show in
 * Storybook: the planning-resources 2024 决算 (all nine tables, every part)
 * and the district office 2025 预算. Each call is a fresh copy.
 */
import type { Disclosure } from '../../components/core/disclosure/index.js';
import planningJson from '../../test/fixtures/putuo-planning-resources-2024.json';
import budgetJson from '../../test/fixtures/putuo-district-office-2025-budget.json';

/** 上海市普陀区规划和自然资源局 2024 年度部门决算, as transcribed. */
export const planning = (): Disclosure => structuredClone(planningJson) as unknown as Disclosure;
/** 上海市普陀区人民政府办公室 2025 年度部门预算, as transcribed. */
export const budget = (): Disclosure => structuredClone(budgetJson) as unknown as Disclosure;
