/**
 * parseDisclosure: JSON (text or object) in, a typed disclosure and its
 * cross-check warnings out, or a DisclosureError listing every problem with
 * its JSON path: parseStructure (parse.ts) and crossCheck (checks.ts) in one
 * synchronous call, for Node, the CLIs and every caller that wants the
 * warnings at once. The elements call the two apart, the checks in idle time.
 */
import { crossCheck, type DisclosureWarning } from './checks.js';
import { parseStructure, type ParseOptions, type ParsedDisclosure } from './parse.js';

/**
 * Validates a disclosure given as JSON text or as a parsed value. Returns the
 * typed disclosure (amounts normalised to decimal strings, unknown fields
 * never copied) with its cross-check warnings (none with `checks: false`);
 * throws DisclosureError, and only DisclosureError, when it is not valid.
 * A disclosure it returned, given again, is returned as it is with its
 * warnings (only `require` is checked).
 */
export function parseDisclosure(input: unknown, options: ParseOptions = {}): ParsedDisclosure {
  const disclosure = parseStructure(input, options);
  if (options.checks === false) return { disclosure, warnings: [] };
  let warnings = WARNINGS.get(disclosure);
  if (!warnings) {
    warnings = crossCheck(disclosure);
    WARNINGS.set(disclosure, warnings);
  }
  return { disclosure, warnings };
}

/** The warnings of each disclosure parseDisclosure returned. */
const WARNINGS = new WeakMap<object, DisclosureWarning[]>();
