/**
 * What JSON.parse does not say about a JSON text: where a syntax error is
 * (line and column), and which number literals JSON.parse cannot keep
 * exactly (12345678901234567891 becomes 12345678901234567000). One linear
 * pass over the text, without recursion; no DOM, no lit.
 */
import { Decimal } from '../money.js';
import { childPath } from './path.js';

/** A place in the text: 1-based line and column (in UTF-16 code units, as editors count). */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** A JSON number literal whose parsed value differs from what is written. */
export interface LossyNumber {
  path: string;
  literal: string;
  parsed: string;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

interface Frame {
  type: 'object' | 'array';
  path: string;
  index: number;
  /** For an object: the key of the value being read. */
  key?: string;
}

/**
 * Scans a JSON text. Returns the position of its first syntax error (if
 * any) and every number literal that JSON.parse would change.
 */
export function scanJson(text: string): { error?: TextPosition; lossy: LossyNumber[]; duplicates: string[] } {
  const lossy: LossyNumber[] = [];
  /** The JSON path of each key given a second time in its object (JSON.parse keeps the last value). */
  const duplicates: string[] = [];
  const keysOf = new Map<Frame, Set<string>>();
  const stack: Frame[] = [];
  /** Records `key` as the current key of the object `frame`, noting a key its object already has. */
  const setKey = (frame: Frame, key: string) => {
    let keys = keysOf.get(frame);
    if (!keys) keysOf.set(frame, (keys = new Set()));
    if (keys.has(key)) duplicates.push(childPath(frame.path, key));
    keys.add(key);
    frame.key = key;
  };
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };
  const fail = () => ({ error: positionAt(text, at), lossy, duplicates });
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) return undefined;
    at += found[0].length;
    return found[0];
  };
  const pathOfValue = (): string => {
    const frame = stack[stack.length - 1];
    if (!frame) return '';
    return frame.type === 'array' ? childPath(frame.path, frame.index) : childPath(frame.path, frame.key!);
  };
  if (text.startsWith('\uFEFF')) at = 1;
  // Reads one value; containers push a frame and are closed in the loop below.
  for (;;) {
    skip();
    const path = pathOfValue();
    const char = text[at];
    if (char === '{' || char === '[') {
      at++;
      stack.push({ type: char === '{' ? 'object' : 'array', path, index: 0 });
      skip();
      if (text[at] === (char === '{' ? '}' : ']')) {
        at++;
        stack.pop();
      } else if (char === '{') {
        const key = match(STRING);
        if (key === undefined) return fail();
        skip();
        if (text[at] !== ':') return fail();
        at++;
        setKey(stack[stack.length - 1]!, JSON.parse(key) as string);
        continue;
      } else continue;
    } else if (char === '"') {
      if (match(STRING) === undefined) return fail();
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      const literal = match(NUMBER);
      if (literal === undefined) return fail();
      if (mayLosePrecision(literal)) {
        const number = Number(literal);
        const parsed = String(number);
        // Beyond a double's range (1e400, Infinity) the walk reports the value itself; within it, any change.
        if (Number.isFinite(number) && !new Decimal(parsed).eq(literal)) lossy.push({ path, literal, parsed });
      }
    } else if (match(LITERAL) === undefined) return fail();
    // A value is complete: close containers, or go on to the next item.
    for (;;) {
      const frame = stack[stack.length - 1];
      skip();
      if (!frame) return at === text.length ? { lossy, duplicates } : fail();
      if (text[at] === ',') {
        at++;
        frame.index++;
        if (frame.type === 'object') {
          skip();
          const key = match(STRING);
          if (key === undefined) return fail();
          skip();
          if (text[at] !== ':') return fail();
          at++;
          setKey(frame, JSON.parse(key) as string);
        }
        break;
      }
      if (text[at] === (frame.type === 'object' ? '}' : ']')) {
        at++;
        stack.pop();
        continue;
      }
      return fail();
    }
  }
}

/**
 * Cheap test: fewer than 16 digits without an exponent are always kept exactly. An exponent may take the
 * value out of a double's range (1e-400 parses as 0, 1e400 as Infinity): such a literal is checked too.
 */
function mayLosePrecision(literal: string): boolean {
  let digits = 0;
  for (let index = 0; index < literal.length; index++) {
    const code = literal.charCodeAt(index);
    if (code === 0x65 || code === 0x45) return true; // e, E
    if (code >= 0x30 && code <= 0x39 && ++digits > 15) return true;
  }
  return false;
}

/** True when the text may hold a number literal of 16 digits or more, or one with an exponent (a quick test before scanning). */
export function mayHoldLongNumbers(text: string): boolean {
  return /[0-9.]{16}|[0-9][eE][-+]?[0-9]/.test(text);
}

/**
 * How many object keys a valid JSON text writes, counted cheaply (each string token followed by a colon). More
 * keys than its parsed objects have means a key was given twice in one object: then `scanJson` says where.
 */
export function countKeys(text: string): number {
  let count = 0;
  // Outside strings a valid JSON text has no quote: each quote found here opens a string.
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at)) {
    // The closing quote: the next one not escaped (preceded by an even number of backslashes).
    let end = text.indexOf('"', at + 1);
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    if (end < 0) return count;
    at = end + 1;
    let next = at;
    while (next < text.length && WHITESPACE.has(text[next]!)) next++;
    if (text.charCodeAt(next) === 0x3a) count++; // :
  }
  return count;
}
