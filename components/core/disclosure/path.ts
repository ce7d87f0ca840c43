/** Joins a JSON path as messages show it: `a` + `b` → `a.b`, `a` + 2 → `a[2]`, `a` + `x y` → `a["x y"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}
