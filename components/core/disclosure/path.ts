/** Joins a JSON path as messages show it: `a` + `b` → `a.b`, `a` + 2 → `a[2]`, `a` + `x y` → `a["x y"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${escapeInvisible(JSON.stringify(key))}]`;
  return path ? `${path}.${key}` : key;
}

/** The steps of a JSON path as `childPath` writes it: `a.b[2]["x y"]` → ['a', 'b', 2, 'x y']; '' is the root. */
export function pathSteps(path: string): (string | number)[] {
  const steps = path.match(/\["(?:[^"\\]|\\.)*"\]|\[\d+\]|[^.[\]]+/g) ?? [];
  return steps.map((step) => (step.startsWith('["') ? (JSON.parse(step.slice(1, -1)) as string) : step.startsWith('[') ? Number(step.slice(1, -1)) : step));
}

/** The value at a JSON path (own properties only), undefined where there is none. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of pathSteps(path)) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Bidi controls and isolates, and the invisible format characters (zero-width, word joiner, BOM). */
const INVISIBLE_OR_BIDI = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/**
 * `text` with every bidi control and invisible character written as a JSON escape (`\u202E`): data quoted in a
 * message or a path can neither reorder the words around it (U+202E RIGHT-TO-LEFT OVERRIDE) nor hide.
 * A JSON string stays valid JSON, and reads back to the same text.
 */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE_OR_BIDI, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
