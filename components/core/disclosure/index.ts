/**
 * The disclosure contract, its validator and its cross-checks. No DOM, no lit.
 * Every message is there in both languages (both catalogues are registered).
 */
import '../locale/all.js';
export type * from './contract.js';
export {
  INCOME_KEYS,
  FISCAL_APPROPRIATION_INCOME_KEYS,
  EXPENDITURE_KEYS,
  BASIC_EXPENDITURE_KEYS,
  CARRY_OVER_INCOME_KEYS,
} from './contract.js';
export { parseDisclosure } from './parse-disclosure.js';
export { parseStructure, DisclosureError, MAX_DEPTH, type DisclosureProblem, type ParsedDisclosure, type ParseOptions, type ProblemCode } from './parse.js';
export { crossCheck, type DisclosureWarning, type WarningCode } from './checks.js';
