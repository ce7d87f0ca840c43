/**
 * A theme's CSS scoped to one container, so several themes can be shown side
 * by side on one page: the first `:root { … }` block (the light palette) and
 * the theme's `::part` rules, under `[data-theme-sample="<name>"]`. The themes
 * themselves stay page-wide files (themes/*.css).
 */
import defaultTheme from '../../themes/default.css?inline';
import darkTheme from '../../themes/dark.css?inline';
import highContrastTheme from '../../themes/high-contrast.css?inline';
import formalTheme from '../../themes/formal.css?inline';

export const THEME_CSS: Record<string, string> = {
  default: defaultTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  formal: formalTheme,
};
export const THEME_NAMES = Object.keys(THEME_CSS);

/** Removes `@media … { … }` blocks (balanced braces). */
function withoutMedia(css: string): string {
  let out = '';
  let index = 0;
  for (;;) {
    const at = css.indexOf('@media', index);
    if (at < 0) return out + css.slice(index);
    out += css.slice(index, at);
    let depth = 0;
    let end = css.indexOf('{', at);
    for (; end < css.length; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}' && --depth === 0) break;
    }
    index = end + 1;
  }
}

export function scopedTheme(name: string): string {
  const scope = `[data-theme-sample="${name}"]`;
  const css = withoutMedia((THEME_CSS[name] ?? '').replace(/\/\*[\s\S]*?\*\//g, ''));
  return css
    .replace(/:root/g, scope)
    .replace(/(^|[,}]\s*)((?:account-summary|functional-breakdown|three-public-expenses)::part)/gm, `$1${scope} $2`);
}

/** A container showing `content` in the theme `name` (its background, text colour and font). */
export function themeSample(name: string, content: Node[]): HTMLElement {
  const box = document.createElement('div');
  box.dataset.themeSample = name;
  box.style.cssText =
    'padding: 1rem; background: var(--disclosure-color-background); color: var(--disclosure-color-text); font-family: var(--disclosure-font-family); border: 1px solid var(--disclosure-color-border);';
  const style = document.createElement('style');
  style.textContent = scopedTheme(name);
  box.append(style, ...content);
  return box;
}
