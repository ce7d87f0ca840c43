/**
 * Language of parts (WCAG 3.1.2): the published data strings (department,
 * names of lines and classes, notes) are Chinese, whatever language the
 * element speaks. Inside a sentence of the element's language, each occurrence
 * of a data string is wrapped in <span lang="zh-CN">, so a screen reader
 * reads it with a Chinese voice. Text stays text: the strings are never markup.
 */
import { html, type TemplateResult } from 'lit';
import { DATA_LANG } from '../table/rows.js';
import { pathSteps } from '../disclosure/path.js';

/**
 * `text` with each occurrence of the `names` (data strings) marked lang="zh-CN"; the text itself when there is none,
 * or when `lang`, the language of the text around it (the catalogue's), is Chinese already.
 */
export function withDataLang(text: string, names: readonly (string | undefined)[], lang: string): TemplateResult | string {
  if (lang === DATA_LANG) return text;
  const wanted = [...new Set(names.filter((name): name is string => !!name && text.includes(name)))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text;
  const parts: (string | TemplateResult)[] = [];
  let rest = text;
  while (rest.length > 0) {
    let best: { at: number; name: string } | undefined;
    for (const name of wanted) {
      const at = rest.indexOf(name);
      if (at >= 0 && (!best || at < best.at)) best = { at, name };
    }
    if (!best) {
      parts.push(rest);
      break;
    }
    if (best.at > 0) parts.push(rest.slice(0, best.at));
    parts.push(html`<span lang=${DATA_LANG}>${best.name}</span>`);
    rest = rest.slice(best.at + best.name.length);
  }
  return html`${parts}`;
}

/**
 * The data strings a message about the figure at `path` may quote: the department, and the name (or label) of each
 * line or item on the way to it, alone and after its code ("212 城乡社区支出", as the checks name a row).
 */
export function namesAlong(disclosure: unknown, path: string): string[] {
  const names: string[] = [];
  const department = (disclosure as { department?: { name?: unknown } } | undefined)?.department?.name;
  if (typeof department === 'string') names.push(department);
  let value: unknown = disclosure;
  for (const step of pathSteps(path)) {
    if (value === null || typeof value !== 'object') break;
    value = (value as Record<string | number, unknown>)[step];
    if (value === null || typeof value !== 'object') break;
    const { code, name, label } = value as { code?: unknown; name?: unknown; label?: unknown };
    for (const text of [name, label]) {
      if (typeof text !== 'string' || !text) continue;
      names.push(text);
      if (typeof code === 'string' && code) names.push(`${code} ${text}`);
    }
  }
  return names;
}
