/**
 * Language of parts (WCAG 3.1.2): the published data strings (department,
 * names of lines and classes, notes) are Chinese, whatever language the
 * element speaks. Inside a sentence of the element's language, each occurrence
 * of a data string is wrapped in <span lang="zh-CN">, so a screen reader
 * reads it with a Chinese voice. Text stays text: the strings are never markup.
 */
import { html, type TemplateResult } from 'lit';
import { DATA_LANG } from '../table/rows.js';

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
