/**
 * Bidi isolation for text built from data. A department name or a line
 * label may hold right-to-left text or a bidi control (U+202E RIGHT-TO-LEFT
 * OVERRIDE …); interpolated into a sentence, heading or aria label without
 * isolation it would reorder its neighbours, figures included ("932.14万元"
 * shown as "元万41.239"). So every data string is wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE (its own direction, contained), and
 * every figure in LEFT-TO-RIGHT ISOLATE … PDI (always laid out left to
 * right). The marks are invisible and ignored by screen readers.
 */

/** U+2068 FIRST STRONG ISOLATE, U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const LRI = '\u2066';
export const PDI = '\u2069';

/** A data string (name, label) isolated from its neighbours' direction. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** A figure (amount with unit, percentage) isolated and laid out left to right. */
export function isolateFigure(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/** The text without isolation marks (for comparing or copying plain text). */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
