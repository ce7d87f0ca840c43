#!/usr/bin/env node
/**
 * The design tokens of the themes, exported in the W3C Design Tokens
 * Community Group format (DTCG, https://www.designtokens.org/tr/drafts/format/)
 * for design tools (Figma Tokens Studio, Style Dictionary …):
 *
 *   node scripts/tokens.mjs          writes stories/foundations/tokens.json
 *   node scripts/tokens.mjs --check  fails if that file is not what the themes give
 *
 * Generated, never hand-copied: the token list and descriptions come from the
 * base element's `@cssprop` JSDoc (components/core/element/disclosure-element.ts),
 * the values from each theme's first `:root { … }` block (themes/*.css) and
 * its `@media screen { :root { … } }` block (colours for the screen only); a
 * theme's `@media screen and (prefers-color-scheme: dark)` block becomes its
 * "-dark" mode. One top-level group per theme (mode); inside it, groups follow the
 * custom property's name: --disclosure-color-text → color.text.
 * `--disclosure-color-scheme` (a CSS keyword, `light` or `dark`, for the
 * elements' own scrollbars and controls) has no DTCG type and is left out
 * (NOT_TOKENS); the heading rule is a DTCG `border`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const THEMES = ['default', 'dark', 'high-contrast', 'formal'];
export const OUTPUT = join(ROOT, 'stories/foundations/tokens.json');
/** Documented custom properties that are no design token: their values have no DTCG type. */
export const NOT_TOKENS = ['--disclosure-color-scheme'];

/** `[{ name: '--disclosure-color-text', description: 'Text colour.' }, …]` from the base element's JSDoc. */
export function cssProperties(source = readFileSync(join(ROOT, 'components/core/element/disclosure-element.ts'), 'utf8')) {
  return [...source.matchAll(/@cssprop\s+(--disclosure-[\w-]+)\s+-\s+(.+)/g)].map((match) => ({ name: match[1], description: match[2].trim() }));
}

/** The declarations of the first block after `start` whose selector matches `selector`: `{ '--disclosure-…': 'value' }`. */
function declarations(css, selector) {
  const at = css.search(selector);
  if (at < 0) return {};
  const open = css.indexOf('{', at);
  let depth = 0;
  let end = open;
  for (let index = open; index < css.length; index++) {
    if (css[index] === '{') depth++;
    else if (css[index] === '}' && --depth === 0) {
      end = index;
      break;
    }
  }
  const body = css.slice(open + 1, end).replace(/\/\*[\s\S]*?\*\//g, '');
  const inner = body.includes('{') ? body.slice(body.indexOf('{') + 1) : body;
  return Object.fromEntries([...inner.matchAll(/(--disclosure-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1], match[2].trim()]));
}

/** Values per mode: `{ default: { '--disclosure-…': '…' }, 'default-dark': { … }, … }`. */
export function themeValues(read = (name) => readFileSync(join(ROOT, 'themes', `${name}.css`), 'utf8')) {
  const modes = {};
  for (const theme of THEMES) {
    const css = read(theme).replace(/\/\*[\s\S]*?\*\//g, '');
    // A theme's colours for the screen only (dark.css: paper stays light) are its values too.
    modes[theme] = { ...declarations(css, /^:root\s*\{/m), ...declarations(css, /@media\s+screen\s*\{/) };
    const dark = declarations(css, /@media\s*(?:screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)/);
    if (Object.keys(dark).length > 0) modes[`${theme}-dark`] = { ...modes[theme], ...dark };
  }
  return modes;
}

/** --disclosure-color-text → ['color', 'text']; --disclosure-chart-color-1 → ['chart', 'color-1']. */
export function tokenPath(name) {
  const rest = name.replace(/^--disclosure-/, '');
  const [group, ...key] = rest.split('-');
  return key.length === 0 ? [group] : [group, key.join('-')];
}

function typeOf(name) {
  if (name.endsWith('heading-rule')) return 'border';
  if (/colou?r/.test(name)) return 'color';
  if (name.endsWith('font-family')) return 'fontFamily';
  return 'dimension';
}

function valueOf(type, value) {
  const alias = /^var\((--disclosure-[\w-]+)\)$/.exec(value);
  if (alias) return `{${tokenPath(alias[1]).join('.')}}`;
  if (type === 'fontFamily') return value.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
  if (type === 'border') {
    const [width, style, color] = value.split(/\s+/);
    return { color, width: valueOf('dimension', width), style };
  }
  if (type === 'dimension') {
    const match = /^(-?[\d.]+)(px|rem|em)$/.exec(value);
    if (match) return { value: Number(match[1]), unit: match[2] };
  }
  return value;
}

/** The DTCG document. */
export function buildTokens() {
  const properties = cssProperties();
  const modes = themeValues();
  const document = {
    $description:
      'Design tokens of disclosure-elements, one group per theme (themes/*.css; "-dark" = the theme under prefers-color-scheme: dark). Each token is the CSS custom property in $extensions["org.disclosure-elements"].cssVariable. Generated by scripts/tokens.mjs: do not edit.',
  };
  for (const [mode, values] of Object.entries(modes)) {
    const group = { $description: `themes/${mode.replace(/-dark$/, '')}.css${mode.endsWith('-dark') ? ' under prefers-color-scheme: dark' : ''}` };
    for (const { name, description } of properties) {
      const value = values[name];
      if (value === undefined || NOT_TOKENS.includes(name)) continue;
      const path = tokenPath(name);
      let node = group;
      for (const part of path.slice(0, -1)) node = node[part] ??= {};
      const type = typeOf(name);
      node[path.at(-1)] = {
        $type: type,
        $value: valueOf(type, value),
        $description: description,
        $extensions: { 'org.disclosure-elements': { cssVariable: name, css: value } },
      };
    }
    document[mode] = group;
  }
  return document;
}

export const serialise = (tokens) => `${JSON.stringify(tokens, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = serialise(buildTokens());
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run node scripts/tokens.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
