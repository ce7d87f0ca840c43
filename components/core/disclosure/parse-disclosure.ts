/**
 * parseDisclosure: JSON (text or object) in, a typed disclosure and its
 * cross-check warnings out, or a DisclosureError listing every problem with
 * its JSON path: parseStructure (parse.ts) and crossCheck (checks.ts) in one
 * synchronous call, for Node, the CLIs and every caller that wants the
 * warnings at once. The elements call the two apart, the checks in idle time.
 */
import { crossCheck } from './checks.js';
import { parseStructure, type ParseOptions, type ParsedDisclosure } from './parse.js';

/**
 * Validates a disclosure given as JSON text or as a parsed value. Returns the
 * typed disclosure (amounts normalised to decimal strings, unknown fields
 * never copied) with its cross-check warnings (none with `checks: false`);
 * throws DisclosureError, and only DisclosureError, when it is not valid.
 */
export function parseDisclosure(input: unknown, options: ParseOptions = {}): ParsedDisclosure {
  const disclosure = parseStructure(input, options);
  return { disclosure, warnings: options.checks === false ? [] : crossCheck(disclosure) };
}
