/**
 * decimal.js, cut down to the methods this library calls.
 *
 * decimal.js puts every method on one prototype and every static function on
 * the constructor, so no bundler can drop the ones a program never calls: the
 * trigonometric and hyperbolic functions, logarithms, powers, roots and
 * fractions, with the 1,025-digit π and ln 10 they need, are 7.6 KB of its
 * 12.7 KB gzipped. This transform removes those definitions from decimal.js's
 * own source before bundling; every method kept is decimal.js's code,
 * unchanged. The bundler's tree shaking then drops the helpers only they used.
 *
 * Used by the full bundle (build.config.mjs) and by the browser test server
 * (web-test-runner.config.mjs), so every browser test runs on the same subset
 * the bundle ships. money.ts's `Decimal` interface lists the same methods, so a
 * call to anything else does not type-check (test/node/decimal-subset.test.ts
 * keeps the two lists equal).
 */
import { readFile } from 'node:fs/promises';

/**
 * The prototype methods kept, each by one of its names (decimal.js defines
 * aliases together: keeping `plus` keeps `add`).
 */
export const DECIMAL_METHODS = Object.freeze([
  'abs',
  'cmp',
  'div',
  'eq',
  'gt',
  'gte',
  'isFinite',
  'isInteger',
  'isNaN',
  'isNegative',
  'isPositive',
  'isZero',
  'lt',
  'lte',
  'minus',
  'neg',
  'plus',
  'times',
  'toFixed',
  'toNumber',
  'toString',
  'valueOf',
]);

/** The static functions kept besides `config`/`set` and the rounding constants. */
const KEPT_STATICS = new Set(['clone', 'isDecimal']);

/** The module path the transform applies to. */
export const DECIMAL_MODULE = /[\\/]decimal\.js[\\/]decimal\.mjs$/;

/**
 * Returns decimal.mjs's source with every prototype method outside
 * DECIMAL_METHODS and every static math function removed. Throws when the
 * source no longer has the shape this relies on (a decimal.js upgrade), so a
 * changed library fails the build instead of shipping something half-cut.
 * `removed` names every prototype method dropped, aliases included.
 * @param {string} source the text of decimal.js/decimal.mjs
 * @returns {{ code: string, removed: string[] }}
 */
export function subsetDecimal(source) {
  const text = source.replace(/\r\n?/g, '\n');
  const kept = new Set(DECIMAL_METHODS);
  const found = new Set();
  const removed = [];
  // `P.plus = P.add = function (y) { … };` — a definition starts at a line's
  // start and ends at the first `};` alone on a line.
  let code = text.replace(/^P\.(\w+)(?: = P\.(\w+))? = function\b[^]*?\n};$/gm, (definition, name, alias) => {
    const names = alias ? [name, alias] : [name];
    if (names.some((n) => kept.has(n))) {
      names.forEach((n) => found.add(n));
      return definition;
    }
    removed.push(...names);
    return '';
  });
  const missing = DECIMAL_METHODS.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`decimal-subset: decimal.mjs defines no ${missing.join(', ')}; has decimal.js changed?`);
  // `  Decimal.sin = sin;` inside clone(): the static functions.
  let statics = 0;
  code = code.replace(/^ {2}Decimal\.([a-z]\w*) = ([a-z]\w*);.*$/gm, (line, name) => {
    statics += 1;
    return KEPT_STATICS.has(name) ? line : '';
  });
  // The constants only the removed functions read: `LN10 = new Decimal(LN10);`.
  let constants = 0;
  code = code.replace(/^(LN10|PI) = new Decimal\(\1\);$/gm, () => {
    constants += 1;
    return '';
  });
  if (removed.length < 20 || statics < 30 || constants !== 2) {
    throw new Error('decimal-subset: decimal.mjs no longer has the shape this transform expects; review components/core/decimal-subset.mjs.');
  }
  return { code, removed };
}

/**
 * The transform as an esbuild plugin (the full bundle, the tests; also for
 * portal developers bundling dist/lib with esbuild).
 * @returns {import('esbuild').Plugin}
 */
export function esbuildDecimalSubset() {
  return {
    name: 'decimal-subset',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: DECIMAL_MODULE }, async ({ path }) => ({ contents: subsetDecimal(await readFile(path, 'utf8')).code, loader: 'js' }));
    },
  };
}
