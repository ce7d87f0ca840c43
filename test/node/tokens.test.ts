/**
 * stories/foundations/tokens.json, the themes' tokens in the W3C design-tokens
 * (DTCG) format, is what scripts/tokens.mjs makes from themes/*.css and the
 * base element's @cssprop list, and holds the values the themes set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildTokens, cssProperties, NOT_TOKENS, OUTPUT, serialise } from '../../scripts/tokens.mjs';

interface Token {
  $type: string;
  $value: unknown;
  $description: string;
  $extensions: { 'org.disclosure-elements': { cssVariable: string; css: string } };
}
const committed = JSON.parse(readFileSync(OUTPUT, 'utf8')) as Record<string, Record<string, Record<string, Token> | string>>;
const token = (mode: string, group: string, key: string) => (committed[mode]![group] as Record<string, Token>)[key]!;

test('tokens.json is what node scripts/tokens.mjs makes now (run it after changing a theme)', () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), serialise(buildTokens()));
});

test('one group per theme and per dark mode of a theme that follows the OS', () => {
  assert.deepEqual(Object.keys(committed).filter((key) => !key.startsWith('$')), ['default', 'default-dark', 'dark', 'high-contrast', 'high-contrast-dark', 'formal']);
});

test('every documented custom property is a token in every theme', () => {
  const names = cssProperties().map((property) => property.name);
  assert.ok(names.includes('--disclosure-font-size'));
  assert.ok(names.includes('--disclosure-measure'));
  assert.equal(names.length, 30);
  // A CSS keyword (light, dark) with no DTCG type: set by every theme, no token.
  assert.deepEqual(NOT_TOKENS, ['--disclosure-color-scheme']);
  for (const mode of Object.keys(committed).filter((key) => !key.startsWith('$'))) {
    const found: string[] = [];
    const walk = (node: unknown) => {
      for (const [key, value] of Object.entries(node as object)) {
        if (key.startsWith('$')) continue;
        if ((value as Token).$type) found.push((value as Token).$extensions['org.disclosure-elements'].cssVariable);
        else walk(value);
      }
    };
    walk(committed[mode]);
    assert.deepEqual(found.sort(), names.filter((name) => !NOT_TOKENS.includes(name)).sort(), mode);
  }
});

// Values read by hand from themes/*.css.
test('values as the theme files set them', () => {
  assert.equal(token('default', 'color', 'text').$value, '#1f2328');
  assert.equal(token('default', 'color', 'text').$type, 'color');
  assert.equal(token('default-dark', 'color', 'text').$value, '#e6edf3');
  assert.equal(token('dark', 'color', 'text').$value, '#e6edf3');
  assert.equal(token('high-contrast', 'color', 'text').$value, '#000000');
  assert.equal(token('high-contrast-dark', 'color', 'text').$value, '#ffffff');
  assert.equal(token('formal', 'color', 'heading').$value, '#a4161a');
  assert.equal(token('formal', 'color', 'border').$value, '#bfbfbf');
  assert.deepEqual(token('high-contrast', 'font', 'size').$value, { value: 1.0625, unit: 'rem' });
  assert.equal(token('high-contrast', 'font', 'size').$type, 'dimension');
  assert.deepEqual(token('default', 'heading', 'size').$value, { value: 1.25, unit: 'em' });
  assert.equal(token('formal', 'font', 'family').$type, 'fontFamily');
  // formal.css: --disclosure-heading-rule: 2px solid #a4161a; the others draw none (0px).
  assert.equal(token('formal', 'heading', 'rule').$type, 'border');
  assert.deepEqual(token('formal', 'heading', 'rule').$value, { color: '#a4161a', width: { value: 2, unit: 'px' }, style: 'solid' });
  assert.deepEqual(token('default', 'heading', 'rule').$value, { color: '#c9d1d9', width: { value: 0, unit: 'px' }, style: 'solid' });
  assert.deepEqual(token('formal', 'heading', 'rule-gap').$value, { value: 0.375, unit: 'rem' });
  assert.equal((token('formal', 'font', 'family').$value as string[])[0], 'Noto Serif CJK SC');
  assert.equal(token('default', 'chart', 'color-1').$value, '#0b5cad');
  assert.equal(token('default', 'chart', 'color-1').$extensions['org.disclosure-elements'].cssVariable, '--disclosure-chart-color-1');
});
