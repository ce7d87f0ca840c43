/**
 * The zh-CN catalogue, whole: every word the library shows or says in Chinese.
 * Its shape is the `Catalogue` type that every other locale must match. Each
 * word is written once, in one of its parts (./zh-CN/*.ts: a part is one
 * file, see index.ts), which the elements load as they need them;
 * this file puts the parts together for the entries that register every
 * word at once (all.ts: Node, the CLIs, the pre-renderer, the validation
 * entry, the one-file bundle). No DOM here: the CLI uses it too.
 */
import { part as core } from './zh-CN/core.js';
import { part as lines } from './zh-CN/lines.js';
import { part as problems } from './zh-CN/problems.js';
import { part as checks } from './zh-CN/checks.js';
import { part as accountSummary } from './zh-CN/account-summary.js';
import { part as functionalBreakdown } from './zh-CN/functional-breakdown.js';
import { part as incomeBreakdown } from './zh-CN/income-breakdown.js';
import { part as expenditureBreakdown } from './zh-CN/expenditure-breakdown.js';
import { part as fundAppropriation } from './zh-CN/fund-appropriation.js';
import { part as basicExpenditure } from './zh-CN/basic-expenditure.js';
import { part as appropriationSummary } from './zh-CN/appropriation-summary.js';
import { part as threePublic } from './zh-CN/three-public.js';
import { part as profile } from './zh-CN/profile.js';
import { part as otherMatters } from './zh-CN/other-matters.js';
import { part as glossaryElement } from './zh-CN/glossary-element.js';
import { part as report } from './zh-CN/report.js';

export const zhCN = { ...core, ...lines, ...problems, ...checks, ...accountSummary, ...functionalBreakdown, ...incomeBreakdown, ...expenditureBreakdown, ...fundAppropriation, ...basicExpenditure, ...appropriationSummary, ...threePublic, ...profile, ...otherMatters, ...glossaryElement, ...report };
