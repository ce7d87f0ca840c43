/**
 * parseStructure: JSON (text or object) in, a typed disclosure out, or a
 * DisclosureError listing every problem with its JSON path. Small by design:
 * it walks the shape in `shape.ts` and ships no JSON-Schema runtime to the
 * browser. It runs no cross-check: parseDisclosure (parse-disclosure.ts) adds
 * them synchronously; the elements run them afterwards, in idle time, from
 * their own chunk (checks.ts, `crossCheck`).
 */
import { loadedLocale, localise, PROBLEMS_PARTS, sectionNames, type LocalisedText } from '../locale/index.js';
import { CANONICAL_UNSIGNED, normaliseAmount, sumOf, maxDecimalPlaces } from '../money.js';
import type { Disclosure, DisclosureSection } from './contract.js';
import type { DisclosureWarning } from './checks.js';
import { DEFINITIONS, DISCLOSURE_SHAPE, type RecordShape, type Shape } from './shape.js';
import { childPath, escapeInvisible } from './path.js';
import { MAX_AMOUNT_DIGITS, MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_LIST_ITEMS, MAX_TEXT_LENGTH, MAX_TOTAL_ITEMS } from './limits.js';
import { countKeys, mayHoldLongNumbers, scanJson } from './json-text.js';

export { MAX_DEPTH };

export type ProblemCode =
  | 'not-json'
  | 'schema-version'
  | 'required'
  | 'section-missing'
  | 'type'
  | 'decimal'
  | 'negative'
  | 'count'
  | 'range'
  | 'enum'
  | 'empty'
  | 'unknown-field'
  | 'label-required'
  | 'depth'
  | 'limit'
  | 'precision'
  /** A key given twice in one object of JSON text (JSON.parse would keep only the last value). */
  | 'duplicate-key'
  /** A line marked `blank` (printed without an amount) that has an amount. */
  | 'blank-amount';

/** One thing wrong with the input: where (a JSON path such as `accountSummary.income[2].amount`), what, and the message in every locale. */
export interface DisclosureProblem {
  path: string;
  code: ProblemCode;
  message: LocalisedText;
}

/** Thrown by parseDisclosure when the input is not a valid disclosure; `problems` lists every problem found. */
export class DisclosureError extends Error {
  readonly problems: readonly DisclosureProblem[];
  constructor(problems: readonly DisclosureProblem[]) {
    // In English where its validator messages are loaded (always in Node), else in a loaded language; in the
    // browser, where they load only once a document is invalid, written when first read (codes until then).
    const text = () => {
      const locale = loadedLocale('en', PROBLEMS_PARTS);
      return problems.map((problem) => `${problem.path || '(root)'}: ${locale ? problem.message[locale] : problem.code}`).join('\n');
    };
    const loaded = loadedLocale('en', PROBLEMS_PARTS) !== undefined;
    super(loaded ? text() : undefined);
    if (!loaded) Object.defineProperty(this, 'message', { configurable: true, enumerable: false, get: text });
    this.name = 'DisclosureError';
    this.problems = problems;
  }
}

export interface ParsedDisclosure {
  disclosure: Disclosure;
  warnings: DisclosureWarning[];
}

export interface ParseOptions {
  /**
   * Sections the caller needs; a missing one is reported as an error naming
   * it. A list stands for "one of these" (a v2 table or the v1 section it
   * replaces): missing when none is there, reported under the first.
   */
  require?: readonly (DisclosureSection | readonly DisclosureSection[])[];
  /**
   * `false`: validate the structure only and return no warnings; run
   * `crossCheck(disclosure)` (checks.ts) later for them (what the elements do
   * in idle time). Default true: the warnings are returned with the disclosure.
   */
  checks?: boolean;
}

/**
 * Validates the structure of a disclosure given as JSON text or as a parsed
 * value, without the cross-checks. Returns the typed disclosure (amounts
 * normalised to decimal strings, unknown fields never copied); throws
 * DisclosureError, and only DisclosureError, when it is not valid.
 * `crossCheck(disclosure)` then gives the warnings parseDisclosure returns.
 * A disclosure it returned, given again, is returned as it is (only
 * `require` is checked): it is frozen, every object and list of it, so that
 * what was validated is what is shown (to change it, change a copy:
 * `structuredClone` gives one, validated again when it is given).
 */
export function parseStructure(input: unknown, options: ParseOptions = {}): Disclosure {
  const problems: DisclosureProblem[] = [];
  // A disclosure this function returned (e.g. handed by <disclosure-report> to its sections) is not walked again: only the sections are checked.
  if (typeof input === 'object' && input !== null && VALIDATED.has(input as Disclosure)) {
    const validated = input as Disclosure;
    const missing = missingSections(validated as unknown as Record<string, unknown>, options.require);
    if (missing.length === 0) return validated;
    throw new DisclosureError(missing.map((section) => problem(section, 'section-missing', (c) => c.problems['section-missing']({ section, name: sectionNames(c, validated.kind)[section] }))));
  }
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_DOCUMENT_BYTES) {
      const found = input.length;
      throw new DisclosureError([problem('', 'limit', (c) => c.problems.limit({ kind: 'document-size', found, limit: MAX_DOCUMENT_BYTES }))]);
    }
    try {
      // A byte-order mark (Windows and Excel exports) is not part of the JSON.
      value = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // JSON.parse does not always say where; the scanner does, as an editor counts lines and columns.
      const at = scanJson(input).error;
      throw new DisclosureError([problem('', 'not-json', (c) => c.problems['not-json']({ detail, line: at?.line, column: at?.column }))]);
    }
    // A number literal JSON.parse cannot keep (more than 15 significant digits) is an error with both texts, never a silent rounding.
    if (mayHoldLongNumbers(input)) {
      for (const { path, literal, parsed } of scanJson(input).lossy) {
        const written = literal.length > 60 ? `${literal.slice(0, 60)}…` : literal;
        problems.push(problem(path, 'precision', (c) => c.problems.precision({ literal: written, parsed })));
      }
    }
  }
  if (isRecord(value) && 'schemaVersion' in value && value.schemaVersion !== 1) {
    const found = describe(value.schemaVersion);
    throw new DisclosureError([problem('schemaVersion', 'schema-version', (c) => c.problems['schema-version']({ found }))]);
  }
  const quick = quickWalk(value);
  const walked = (quick?.value ?? new Walker(problems).visit(value, DISCLOSURE_SHAPE, 0)) as Disclosure | undefined;
  // A key given twice in one object keeps only its last value in JSON.parse: never silently. (Cheap test first: the
  // text writes more keys than its objects have.)
  if (typeof input === 'string' && quick && countKeys(input) !== quick.keys) {
    for (const path of scanJson(input).duplicates) problems.push(problem(path, 'duplicate-key', (c) => c.problems['duplicate-key']()));
  }
  const disclosure = problems.length > 0 ? undefined : walked;
  for (const section of isRecord(value) ? missingSections(value, options.require) : []) {
    problems.push(problem(section, 'section-missing', (c) => c.problems['section-missing']({ section, name: sectionNames(c, isRecord(value) ? String(value.kind) : undefined)[section] })));
  }
  if (problems.length > 0 || disclosure === undefined) throw new DisclosureError(problems);
  VALIDATED.add(disclosure);
  return disclosure;
}

/** The required sections `value` lacks: each missing one, and the first of each "one of" list none of which is there. */
function missingSections(value: Record<string, unknown>, required: ParseOptions['require']): DisclosureSection[] {
  return (required ?? []).flatMap((wanted) => {
    const anyOf: readonly DisclosureSection[] = typeof wanted === 'string' ? [wanted] : wanted;
    return anyOf.some((section) => value[section] !== undefined) ? [] : anyOf.slice(0, 1);
  });
}

/**
 * The walk of a valid disclosure, the common case, made as cheap as it can be: the quick walker reads each
 * record's own fields in the order they are given and stops at the first thing it would report. Undefined
 * then, and the exact walker walks the value again to report every problem, each with its JSON path, in the
 * contract's order. The result of a walk that finds nothing is the same either way but for the order of
 * each record's fields: as given (quick) instead of as in the contract.
 */
function quickWalk(value: unknown): { value: unknown; keys: number } | undefined {
  try {
    const walker = new Walker(undefined);
    const walked = walker.visit(value, DISCLOSURE_SHAPE, 0);
    return walked === undefined ? undefined : { value: walked, keys: walker.keys };
  } catch (stop) {
    if (stop === QUICK_WALK_STOPPED) return undefined;
    throw stop;
  }
}
const QUICK_WALK_STOPPED = Symbol();

/** The disclosures parseStructure returned (frozen by nobody, but never walked twice: see above). */
const VALIDATED = new WeakSet<Disclosure>();

/**
 * Walks a value against a shape in one pass. It allocates nothing for a valid
 * value but the normalised copy: the JSON path of the value being walked is a
 * stack of steps (field names and list indexes) made into text only when a
 * problem is reported.
 */
class Walker {
  /** `problems` to report to; none for the quick walk, which stops at the first problem (`QUICK_WALK_STOPPED`). */
  constructor(private readonly problems: DisclosureProblem[] | undefined) {}

  /** List items seen so far in the whole disclosure, against MAX_TOTAL_ITEMS. */
  private items = 0;
  /** Object keys seen by the quick walk (against the keys a JSON text writes: a key given twice). */
  keys = 0;
  /** The steps from the root to the value being walked (its JSON path, not yet joined). */
  private readonly steps: (string | number)[] = [];

  /** The JSON path of the value being walked, with `last` after it when given (childPath's text, built only for a problem). */
  private path(last?: string): string {
    let path = '';
    for (const step of this.steps) path = childPath(path, step);
    return last === undefined ? path : childPath(path, last);
  }

  /** Checks `value` against `shape`; returns its normalised copy, or undefined when it has a problem. */
  visit(value: unknown, shape: Shape, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      this.report('depth', (c) => c.problems.depth({ limit: MAX_DEPTH }));
      return undefined;
    }
    switch (shape.type) {
      case 'decimal': {
        if (typeof value !== 'string' && typeof value !== 'number') return this.wrongType('decimal', value);
        if (typeof value === 'string' && value.length > MAX_AMOUNT_DIGITS) {
          const found = countDigits(value);
          if (found > MAX_AMOUNT_DIGITS) return this.report('limit', (c) => c.problems.limit({ kind: 'amount-digits', found, limit: MAX_AMOUNT_DIGITS }));
        }
        const normalised = normaliseAmount(value);
        if (normalised === undefined) return this.report('decimal', (c) => c.problems.decimal({ found: describe(value) }));
        // A JSON number's digits are only known once written out (1e300 is 301 digits): the same limit as for text.
        if (typeof value === 'number' && normalised.length > MAX_AMOUNT_DIGITS) {
          const found = countDigits(normalised);
          if (found > MAX_AMOUNT_DIGITS) return this.report('limit', (c) => c.problems.limit({ kind: 'amount-digits', found, limit: MAX_AMOUNT_DIGITS }));
        }
        if (!shape.signed && normalised[0] === '-') return this.report('negative', (c) => c.problems.negative({ found: describe(value) }));
        return normalised;
      }
      case 'count': {
        if (typeof value !== 'number') return this.wrongType('integer', value);
        if (!Number.isInteger(value) || value < 0) return this.report('count', (c) => c.problems.count({ found: String(value) }));
        return value;
      }
      case 'integer': {
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrongType('integer', value);
        if (value < shape.min || value > shape.max) {
          return this.report('range', (c) => c.problems.range({ found: String(value), min: shape.min, max: shape.max }));
        }
        return value;
      }
      case 'text': {
        if (typeof value !== 'string') return this.wrongType('string', value);
        if (value.length > MAX_TEXT_LENGTH) {
          const found = value.length;
          return this.report('limit', (c) => c.problems.limit({ kind: 'text-length', found, limit: MAX_TEXT_LENGTH }));
        }
        if (!shape.nonEmpty) return value;
        // A name is trimmed of invisible characters (zero-width, BOM, bidi controls) at both ends; one made only of them, or of spaces, is empty.
        const name = trimInvisible(value);
        // Not empty when it starts with a character that is neither invisible (trimmed above) nor a space: most names, at once.
        if (name === '' || (SPACE_FIRST.test(name) && name.replace(INVISIBLE, '').trim() === '')) return this.report('empty', (c) => c.problems.empty());
        return name;
      }
      case 'boolean':
        return typeof value === 'boolean' ? value : this.wrongType('boolean', value);
      case 'const':
        if (value !== shape.value) {
          const found = describe(value);
          return this.report('schema-version', (c) => c.problems['schema-version']({ found }));
        }
        return value;
      case 'enum': {
        if (typeof value === 'string' && shape.values.includes(value)) return value;
        const found = describe(value);
        const allowed = shape.values.join(' | ');
        return this.report('enum', (c) => c.problems.enum({ found, allowed }));
      }
      case 'list': {
        if (!Array.isArray(value)) return this.wrongType('array', value);
        const length = value.length;
        if (length > MAX_LIST_ITEMS) {
          return this.report('limit', (c) => c.problems.limit({ kind: 'list-items', found: length, limit: MAX_LIST_ITEMS }));
        }
        this.items += length;
        if (this.items > MAX_TOTAL_ITEMS) {
          // Reported once, at the list that crossed the limit; nothing after it is walked.
          if (this.items - length <= MAX_TOTAL_ITEMS) {
            const found = this.items;
            this.report('limit', (c) => c.problems.limit({ kind: 'total-items', found, limit: MAX_TOTAL_ITEMS }));
          }
          return undefined;
        }
        // Every index, holes included (a hole is undefined: reported, never skipped the way map skips it).
        // A list of a definition (every list of items) resolves it once, not once per item ('ref' below walks at the same depth).
        const of = shape.of.type === 'ref' ? DEFINITIONS[shape.of.name] : shape.of;
        const items: unknown[] = new Array(length);
        let valid = true;
        const steps = this.steps;
        for (let index = 0; index < length; index++) {
          steps.push(index);
          const item = this.visit(value[index], of, depth + 1);
          steps.pop();
          if (item === undefined) valid = false;
          else items[index] = item;
        }
        return valid ? Object.freeze(items) : undefined;
      }
      case 'record':
        return this.visitRecord(value, shape, depth);
      case 'ref':
        return this.visit(value, DEFINITIONS[shape.name], depth);
    }
  }

  private visitRecord(value: unknown, shape: RecordShape, depth: number): unknown {
    if (!isRecord(value)) return this.wrongType('object', value);
    const problems = this.problems;
    const { known, fields, required } = fieldsOf(shape);
    if (!problems) {
      // The quick walk: own fields as given (enumerable or not, as the exact walk reads them), each known.
      const copy: Record<string, unknown> = {};
      const names = Object.getOwnPropertyNames(value);
      this.keys += names.length;
      for (const field of names) {
        const fieldShape = known.get(field);
        if (fieldShape === undefined) throw QUICK_WALK_STOPPED;
        const given = value[field];
        if (given === undefined) continue;
        // Most fields are amounts already in canonical form: kept as they are without a call (what `visit` would return).
        const canonical = fieldShape.type === 'decimal' && typeof given === 'string' && given.length <= MAX_AMOUNT_DIGITS && CANONICAL_UNSIGNED.test(given);
        copy[field] = canonical ? given : this.visit(given, fieldShape, depth + 1);
      }
      for (const field of required) if (copy[field] === undefined) throw QUICK_WALK_STOPPED;
      this.applyRule(shape, value, copy);
      return Object.freeze(copy);
    }
    const before = problems.length;
    for (const field of Object.keys(value)) {
      if (!known.has(field)) {
        const suggestion = closest(field, [...known.keys()]);
        // A key can be of any length (the text limit is for values): path and message show at most 100 characters of it.
        const shown = field.length > 100 ? `${field.slice(0, 100)}…` : field;
        // In the message, a bidi control or invisible character of the key is written as its escape (the path escapes it too).
        const named = escapeInvisible(shown);
        this.report('unknown-field', (c) => c.problems['unknown-field']({ field: named, suggestion }), shown);
      }
    }
    // Only the contract's fields are copied, so a `__proto__` or any other unknown key never reaches the output.
    const copy: Record<string, unknown> = {};
    const steps = this.steps;
    for (const [field, { shape: fieldShape, required }] of fields) {
      if (Object.prototype.hasOwnProperty.call(value, field) && value[field] !== undefined) {
        steps.push(field);
        const normalised = this.visit(value[field], fieldShape, depth + 1);
        steps.pop();
        if (normalised !== undefined) copy[field] = normalised;
      } else if (required) {
        this.report('required', (c) => c.problems.required({ field }), field);
      }
    }
    this.applyRule(shape, value, copy);
    return problems.length > before ? undefined : Object.freeze(copy);
  }

  private applyRule(shape: RecordShape, input: Record<string, unknown>, copy: Record<string, unknown>): void {
    const rule = shape.rule;
    if (rule?.type === 'label-unless-standard-key' && input.label === undefined) {
      if (input.key === undefined) {
        this.report('required', (c) => c.problems.required({ field: 'label' }), 'label');
      } else if (typeof input.key === 'string' && !rule.keys.includes(input.key)) {
        const key = input.key;
        this.report('label-required', (c) => c.problems['label-required']({ key }), 'label');
      }
    }
    if (shape.amountUnlessBlank) {
      // A line printed with its label and no amount: `blank: true` and no amount; any other line needs its amount.
      if (copy.blank === true && input.amount !== undefined) {
        this.report('blank-amount', (c) => c.problems['blank-amount'](), 'amount');
      } else if (copy.blank !== true && input.amount === undefined) {
        this.report('required', (c) => c.problems.required({ field: 'amount' }), 'amount');
      }
    }
    if (rule?.type === 'amount-unless-children') {
      // `amountDerived` is the validator's own mark: whatever the input says, it is worked out again below.
      // (Deleted only when there: deleting a property that is there turns a copy into a slow dictionary object.)
      if (copy.amountDerived !== undefined) delete copy.amountDerived;
      const children = copy.children as { amount: string }[] | undefined;
      // Given on an amount that is exactly the children's sum as the validator writes it (its own output read again): kept.
      if (input.amountDerived === true && input.amount !== undefined && children && children.length > 0) {
        const amounts = children.map((child) => child.amount);
        if (copy.amount === sumOf(amounts).toFixed(maxDecimalPlaces(amounts))) copy.amountDerived = true;
      }
    }
    if (rule?.type === 'amount-unless-children' && input.amount === undefined) {
      const children = copy.children as { amount: string }[] | undefined;
      if (!Array.isArray(input.children) || input.children.length === 0) {
        this.report('required', (c) => c.problems.required({ field: 'amount' }), 'amount');
      } else if (children) {
        // Not published, but exactly the children's sum: kept, and marked as derived so it is never shown as published.
        const amounts = children.map((child) => child.amount);
        copy.amount = sumOf(amounts).toFixed(maxDecimalPlaces(amounts));
        copy.amountDerived = true;
      }
    }
  }

  private wrongType(expected: 'decimal' | 'integer' | 'string' | 'array' | 'object' | 'boolean', value: unknown): undefined {
    const found = typeOf(value);
    return this.report('type', (c) => c.problems.type({ expected: c.typeNames[expected], found: c.typeNames[found] }));
  }

  /** Records a problem at the value being walked (or at its field `last`). */
  private report(code: ProblemCode, build: Parameters<typeof localise>[0], last?: string): undefined {
    if (!this.problems) throw QUICK_WALK_STOPPED;
    this.problems.push(problem(this.path(last), code, build));
    return undefined;
  }
}

/** A record shape's field names and entries, worked out once per shape (a disclosure has thousands of records of a few shapes). */
const FIELDS = new WeakMap<RecordShape, { known: ReadonlyMap<string, Shape>; fields: [string, RecordShape['fields'][string]][]; required: string[] }>();
function fieldsOf(shape: RecordShape) {
  let entry = FIELDS.get(shape);
  if (!entry) {
    const fields = Object.entries(shape.fields);
    entry = { known: new Map(fields.map(([field, { shape }]) => [field, shape])), fields, required: fields.filter(([, { required }]) => required).map(([field]) => field) };
    FIELDS.set(shape, entry);
  }
  return entry;
}

function problem(path: string, code: ProblemCode, build: Parameters<typeof localise>[0]): DisclosureProblem {
  return { path, code, message: localise(build) };
}

/** Invisible characters: zero-width space and joiners, marks, bidi controls and isolates, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
/** A text that starts with white space (a name that may be empty after all). */
const SPACE_FIRST = /^\s/;

/** The code of an invisible character (INVISIBLE), tested without a string or a regular expression: most names are trimmed of nothing. */
function isInvisible(code: number): boolean {
  // Below U+00AD and from U+2070 to U+FEFE (CJK included) nothing is invisible.
  if (code < 0xad || (code > 0x206f && code !== 0xfeff)) return false;
  return code === 0xad || code === 0x61c || code === 0x180e || code === 0xfeff || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || code >= 0x2066;
}

/** The text without invisible characters at either end (a loop: linear, whatever the text). */
function trimInvisible(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isInvisible(text.charCodeAt(start))) start++;
  while (end > start && isInvisible(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' {
  // undefined (a missing input, a hole in an array) has no JSON type of its own: it is reported as null, not as an object.
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'bigint') return 'number';
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** A short, safe rendering of a value for a message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return escapeInvisible(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? '[…]' : '{…}';
}

/** The known field nearest to a misspelt one (edit distance at most 2), for "did you mean". */
function closest(field: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(field.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
