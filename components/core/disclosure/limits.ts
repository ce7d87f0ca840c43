/**
 * Every size limit the library enforces, in one place (docs/limits.md lists
 * them for users). Input beyond a limit is refused with a localised error
 * that names the limit and the JSON path, never truncated or half-shown: a
 * budget needs none of these sizes, and every algorithm on an amount or a
 * string stays linear in its length below them.
 */

/** Digits in one amount (sign and point not counted). A consolidated budget needs about 20 (10^12 万元 with cents). */
export const MAX_AMOUNT_DIGITS = 40;

/** Characters (UTF-16 code units) in one text field: a name, a label, a note, one paragraph of duties. */
export const MAX_TEXT_LENGTH = 10_000;

/** Items in one list (lines, function classes, children of one item, paragraphs). */
export const MAX_LIST_ITEMS = 5_000;

/**
 * List items in the whole disclosure, at every level together. A district consolidation has about 3,000;
 * the largest the performance work measures, 10,000 项 with their 类 and 款, has about 11,000.
 */
export const MAX_TOTAL_ITEMS = 20_000;

/** Levels of nesting (children within children); deeper input is reported, not followed. */
export const MAX_DEPTH = 64;

/** Size of a disclosure document: a fetched `src` (bytes), a file the CLI reads (bytes), or JSON text (characters). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** The longest `timeout` attribute honoured, in seconds; larger values (and Infinity) are clamped to it. */
export const MAX_TIMEOUT_SECONDS = 600;

/** The `src` cache keeps at most this many documents … */
export const MAX_CACHED_DOCUMENTS = 16;

/** … and at most this many bytes (UTF-16 text counted at 2 bytes a character); the least recently used go first. */
export const MAX_CACHED_BYTES = 32 * 1024 * 1024;

/** Seconds the CLI waits for a file or standard input to be read to its end. */
export const CLI_READ_TIMEOUT_SECONDS = 30;

/** The JSON number literals a parser can keep exactly have at most this many significant digits. */
export const SAFE_NUMBER_DIGITS = 15;
