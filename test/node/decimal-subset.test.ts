/**
 * The cut-down decimal.js the full bundle ships (components/core/decimal-subset.mjs):
 * it keeps exactly the methods money.ts's `Decimal` interface declares, no kept
 * method reaches a removed one, and it computes what the full decimal.js computes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import fc from 'fast-check';
import FullDecimal from 'decimal.js';
import { DECIMAL_METHODS, esbuildDecimalSubset, subsetDecimal } from '../../components/core/decimal-subset.mjs';

const decimalPath = createRequire(import.meta.url).resolve('decimal.js/decimal.mjs');
const decimalSource = readFileSync(decimalPath, 'utf8');
/** The first 40 digits of π and of ln 10, as decimal.js stores them. */
const CONSTANT_DIGITS = ['3.141592653589793238462643383279502884197', '2.302585092994045684017991454684364207601'];

/** decimal.js alone, through the same transform and tree shaking as the bundle (not minified, so names stay). */
async function subsetModule(): Promise<string> {
  const result = await build({
    stdin: { contents: `export { default } from ${JSON.stringify(decimalPath)};`, resolveDir: '.', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    plugins: [esbuildDecimalSubset()],
  });
  return result.outputFiles[0]!.text;
}

test("money.ts's Decimal interface declares exactly the methods the subset keeps", () => {
  const money = readFileSync('components/core/money.ts', 'utf8');
  const body = /export interface Decimal \{([^]*?)\n\}/.exec(money)?.[1] ?? '';
  const declared = [...body.matchAll(/^ {2}(\w+)\(/gm)].map((match) => match[1]).sort();
  assert.deepEqual(declared, [...DECIMAL_METHODS].sort());
});

test('no kept code calls a removed method', async () => {
  const code = await subsetModule();
  const { removed } = subsetDecimal(decimalSource);
  assert.ok(removed.includes('sqrt') && removed.includes('toPower') && removed.includes('ln'), removed.join(' '));
  const calls = removed.flatMap((name) => [...code.matchAll(new RegExp(`(?<!Math)\\.${name}\\(.{0,5}`, 'g'))].map((match) => match[0]));
  // One reference stays, and nothing of ours reaches it: decimal.js's parser for
  // binary, octal and hexadecimal literals with a binary exponent past 2^53
  // ("0x1p60") calls the static Decimal.pow. Every Decimal the library makes
  // is from plain decimal text ("933.74", "1e-4"), a validated amount.
  assert.deepEqual(calls, ['.pow(2, p)']);
  assert.match(code, /function parseOther\([^]*Decimal\.pow\(2, p\)[^]*\nfunction /);
  for (const name of DECIMAL_METHODS) assert.match(code, new RegExp(`P\\.(?:\\w+ = P\\.)?${name}(?: = P\\.\\w+)? = function`));
});

test('the shipped bundle carries the subset: the 1,025-digit π and ln 10 only the removed methods read are gone', () => {
  const bundle = readFileSync('dist/disclosure-elements.js', 'utf8');
  for (const digits of CONSTANT_DIGITS) assert.ok(!bundle.includes(digits));
  assert.ok(bundle.includes('[DecimalError]'), 'decimal.js is in the bundle');
});

test('the subset computes exactly what decimal.js computes', async () => {
  const code = await subsetModule();
  const { default: SubsetDecimal } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: typeof FullDecimal };
  const settings = { precision: 200, rounding: FullDecimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 };
  const Full = FullDecimal.clone(settings);
  const Subset = SubsetDecimal.clone(settings);
  const amount = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 8 }))
    .map(([negative, digits, places]) => {
      const text = digits.toString().padStart(places + 1, '0');
      const signed = `${negative ? '-' : ''}${places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text}`;
      return signed;
    });
  fc.assert(
    fc.property(amount, amount, fc.integer({ min: 0, max: 6 }), (a, b, places) => {
      const [fa, fb, sa, sb] = [new Full(a), new Full(b), new Subset(a), new Subset(b)];
      assert.equal(sa.plus(sb).toFixed(), fa.plus(fb).toFixed());
      assert.equal(sa.minus(sb).toFixed(), fa.minus(fb).toFixed());
      assert.equal(sa.times(sb).toFixed(places), fa.times(fb).toFixed(places));
      assert.equal(sa.cmp(sb), fa.cmp(fb));
      assert.equal(sa.abs().toFixed(places), fa.abs().toFixed(places));
      if (!fb.isZero()) assert.equal(sa.div(sb).times(100).toFixed(places), fa.div(fb).times(100).toFixed(places));
      assert.equal(new Subset(`1e${places - 3}`).times(sa).toFixed(), new Full(a).times(new Full(10).pow(places - 3)).toFixed());
    }),
    { numRuns: 2000 },
  );
});
