/**
 * The en catalogue, whole: complete, with the same keys as zh-CN (the type
 * checker holds it to that), put together from its parts (./en/*.ts) as
 * zh-CN.ts is.
 */
import type { Catalogue } from './index.js';
import { part as core } from './en/core.js';
import { part as lines } from './en/lines.js';
import { part as problems } from './en/problems.js';
import { part as checks } from './en/checks.js';
import { part as accountSummary } from './en/account-summary.js';
import { part as functionalBreakdown } from './en/functional-breakdown.js';
import { part as incomeBreakdown } from './en/income-breakdown.js';
import { part as expenditureBreakdown } from './en/expenditure-breakdown.js';
import { part as fundAppropriation } from './en/fund-appropriation.js';
import { part as basicExpenditure } from './en/basic-expenditure.js';
import { part as appropriationSummary } from './en/appropriation-summary.js';
import { part as threePublic } from './en/three-public.js';
import { part as profile } from './en/profile.js';
import { part as otherMatters } from './en/other-matters.js';
import { part as glossaryElement } from './en/glossary-element.js';
import { part as report } from './en/report.js';

export const en: Catalogue = { ...core, ...lines, ...problems, ...checks, ...accountSummary, ...functionalBreakdown, ...incomeBreakdown, ...expenditureBreakdown, ...fundAppropriation, ...basicExpenditure, ...appropriationSummary, ...threePublic, ...profile, ...otherMatters, ...glossaryElement, ...report };
