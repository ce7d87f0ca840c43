/**
 * Property-based tests (fast-check) over the validator and money formatting:
 * whatever the input, parseDisclosure throws nothing but DisclosureError; a
 * published figure formatted for display and read back is the same decimal;
 * unit conversion there and back is exact.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDisclosure, DisclosureError } from '../../components/core/disclosure/index.js';
import { convertAmount, normaliseAmount, toDecimal, ungroupDigits, MONEY_UNITS } from '../../components/core/money.js';
import { Formatter } from '../../components/core/format.js';
import { loadJson, seedPath } from '../elements/harness.js';

const RUNS = 300;
/** Published figures: plain decimals with up to 30 integer and 10 fraction digits. */
const publishedFigure = fc
  .tuple(fc.stringMatching(/^(0|[1-9]\d{0,29})$/), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

function onlyDisclosureErrors(input: unknown): void {
  try {
    parseDisclosure(input);
  } catch (error) {
    if (!(error instanceof DisclosureError)) throw error;
    expect(error.problems.length).to.be.greaterThan(0);
    for (const problem of error.problems) {
      expect(problem.message['zh-CN']).to.be.a('string').and.not.equal('');
      expect(problem.message.en).to.be.a('string').and.not.equal('');
    }
  }
}

describe('parseDisclosure on arbitrary input', () => {
  it('throws only DisclosureError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), onlyDisclosureErrors), { numRuns: RUNS });
  });

  it('throws only DisclosureError for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), onlyDisclosureErrors), { numRuns: RUNS });
  });

  it('throws only DisclosureError when any part of the seed is replaced by anything', async () => {
    const seed = await loadJson(seedPath);
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) collect(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    collect(seed, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.anything({ withNullPrototype: true, withObjectString: true }), (path, replacement) => {
        const copy = structuredClone(seed);
        let target = copy;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path.at(-1)!] = replacement;
        onlyDisclosureErrors(copy);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('money formatting', () => {
  it('a published figure, formatted for display and read back, is the same decimal', () => {
    fc.assert(
      fc.property(publishedFigure, fc.constantFrom(...MONEY_UNITS), (figure, unit) => {
        const shown = new Formatter(unit, unit, 'zh-CN').amount(figure);
        expect(ungroupDigits(shown)).to.equal(normaliseAmount(figure));
        expect(toDecimal(ungroupDigits(shown)).eq(toDecimal(figure))).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('converting between units and back gives the same decimal', () => {
    fc.assert(
      fc.property(publishedFigure, fc.constantFrom(...MONEY_UNITS), fc.constantFrom(...MONEY_UNITS), (figure, from, to) => {
        const there = convertAmount(figure, from, to);
        const back = convertAmount(there, to, from);
        expect(toDecimal(back).eq(toDecimal(figure))).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});
