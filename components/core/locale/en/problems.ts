/** The en catalogue's part `problems` (the same keys as zh-CN's): What went wrong: why an element could not show its disclosure, and the validator's problem messages. Loaded only when an element shows an error, before it is shown. */
import type { CataloguePart } from '../index.js';

export const part: CataloguePart<'problems'> = {
  /** Why an element could not show its disclosure (the alert's technical details; core/element/source.ts). */
  failures: {
    http: (p) => `The server answered HTTP ${p.status}${p.statusText ? ` ${p.statusText}` : ''} for ${p.url}`,
    network: (p) => `Network error: ${p.url} could not be fetched (${p.detail})`,
    timeout: (p) => `${p.url} did not answer within ${p.seconds} second${p.seconds === 1 ? '' : 's'}`,
    'content-type': (p) => `${p.url} answered with ${p.contentType}, not JSON`,
    'too-large': (p) => `${p.url} is larger than the limit of ${p.limit / 1024 / 1024} MB and was not read`,
    words: (p) => `The words of the elements (${p.locale}) could not be loaded: reload the page`,
    'bad-url': (p) => `The data address is not a valid URL: ${p.url} (check the src attribute, such as its port or a space in the host name)`,
    'not-utf8': (p) => `${p.url} is not encoded in UTF-8 (GBK or UTF-16, perhaps): save the JSON file as UTF-8 and publish it again`,
    'not-json': (p) => `The data is not valid JSON${p.url ? ` (${p.url})` : ''}: ${p.detail}`,
    invalid: (p) => `The data is not a valid disclosure${p.url ? ` (${p.url})` : ''}: ${p.count} problem${p.count === 1 ? '' : 's'}:`,
    'no-data': 'No data given: set the disclosure property, add a <script type="application/json"> child, or set the src attribute.',
  },

  problems: {
    'not-json': (p) => `Not valid JSON${p.line === undefined ? '' : ` (line ${p.line}, column ${p.column})`}: ${p.detail}`,
    'schema-version': (p) => `schemaVersion must be 1, found ${p.found}`,
    required: (p) => `Missing required field "${p.field}"`,
    'section-missing': (p) => `The "${p.name}" section (${p.section}) that this element shows is missing`,
    type: (p) => `Wrong type: expected ${p.expected}, found ${p.found}`,
    decimal: (p) => `Not a valid amount or number: ${p.found}; write a decimal string such as "933.74"`,
    negative: (p) => `This amount cannot be negative: ${p.found}`,
    count: (p) => `Expected a whole number of zero or more: ${p.found}`,
    range: (p) => `${p.found} is out of range (${p.min}–${p.max})`,
    enum: (p) => `${p.found} is not allowed; use one of: ${p.allowed}`,
    empty: () => 'Must not be empty',
    'unknown-field': (p) => `Unknown field "${p.field}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    'label-required': (p) => `"${p.key}" is not a standard line key, so the line needs a label`,
    'blank-amount': () => 'A line marked "blank" (printed without an amount) cannot have an amount: remove "amount" or "blank"',
    depth: (p) => `Nested more than ${p.limit} levels deep`,
    limit: (p) =>
      ({
        'amount-digits': `This amount has ${p.found} digits, more than the limit of ${p.limit}`,
        'text-length': `This text has ${p.found} characters, more than the limit of ${p.limit}`,
        'list-items': `This list has ${p.found} items, more than the limit of ${p.limit}`,
        'total-items': `The disclosure has more than ${p.limit} list items in all, the limit`,
        'document-size': `The document has ${p.found} characters, more than the limit of ${p.limit}`,
      })[p.kind],
    precision: (p) =>
      `The JSON number ${p.literal} cannot be read exactly: it becomes ${p.parsed}; write it as the string "${p.literal}"`,
    'duplicate-key': () => 'This field is given twice in the same object, and JSON keeps only the last value: give it once',
  },

  typeNames: {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    null: 'null',
    decimal: 'a decimal string',
  },
};
