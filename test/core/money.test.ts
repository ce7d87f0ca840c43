import { expect } from '@open-wc/testing';
import {
  Decimal,
  MONEY_UNITS,
  changeBetween,
  convertAmount,
  decimalPlaces,
  groupDigits,
  halfUnitAt,
  isDecimalText,
  isZero,
  maxDecimalPlaces,
  normaliseAmount,
  percentOf,
  roundAmount,
  sumOf,
  toDecimal,
  ungroupDigits,
} from '../../components/core/money.js';

describe('money: normaliseAmount', () => {
  const cases: [string, unknown, string | undefined][] = [
    ['the number 0', 0, '0'],
    ['"0"', '0', '0'],
    ['"0.00" keeps its decimals', '0.00', '0.00'],
    ['"933.74"', '933.74', '933.74'],
    ['"1.6" is not padded', '1.6', '1.6'],
    ['"1.60" keeps its trailing zero', '1.60', '1.60'],
    ['leading zeros go ("007")', '007', '7'],
    ['leading zeros go on a negative ("-007.50")', '-007.50', '-7.50'],
    ['"-0" is zero', '-0', '0'],
    ['"-0.00" is zero with its decimals', '-0.00', '0.00'],
    ['"-00" is zero', '-00', '0'],
    ['the number -0', -0, '0'],
    ['"-12.5" stays negative', '-12.5', '-12.5'],
    ['the number -5', -5, '-5'],
    ['the number 1e21 in plain digits', 1e21, '1000000000000000000000'],
    ['the string "1000000000000000000000"', '1000000000000000000000', '1000000000000000000000'],
    ['a number just under 2^67 as JavaScript prints it', 123456789012345680000, '123456789012345680000'],
    ['the number 5e-7 in plain digits', 5e-7, '0.0000005'],
    ['the number 1.5e-10', 1.5e-10, '0.00000000015'],
    ['the number 933.74', 933.74, '933.74'],
    ['the number 0.1 + 0.2 as the number it is', 0.1 + 0.2, '0.30000000000000004'],
    ['thirty decimals, every digit kept', '0.123456789012345678901234567890', '0.123456789012345678901234567890'],
    ['" 12 " (spaces)', ' 12 ', undefined],
    ['"1,234.5" (grouping)', '1,234.5', undefined],
    ['"NaN"', 'NaN', undefined],
    ['"Infinity"', 'Infinity', undefined],
    ['the number NaN', Number.NaN, undefined],
    ['the number Infinity', Number.POSITIVE_INFINITY, undefined],
    ['the number -Infinity', Number.NEGATIVE_INFINITY, undefined],
    ['"1e3" (exponent in text)', '1e3', undefined],
    ['".5" (no integer digit)', '.5', undefined],
    ['"5." (no fraction digit)', '5.', undefined],
    ['"+5" (plus sign)', '+5', undefined],
    ['""', '', undefined],
    ['"abc"', 'abc', undefined],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
    ['true', true, undefined],
    ['an object', { amount: '1' }, undefined],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name} → ${expected === undefined ? 'undefined' : JSON.stringify(expected)}`, () => {
      expect(normaliseAmount(input)).to.equal(expected);
    });
  }
});

describe('money: decimal text and places', () => {
  it('isDecimalText accepts plain decimals only', () => {
    expect(['0', '933.74', '-12.5', '007'].map(isDecimalText)).to.deep.equal([true, true, true, true]);
    expect(['1e3', '.5', '5.', '+5', ' 1', '1,000', ''].map(isDecimalText)).to.deep.equal([false, false, false, false, false, false, false]);
  });
  it('decimalPlaces counts the published digits', () => {
    expect(decimalPlaces('933.74')).to.equal(2);
    expect(decimalPlaces('1.6')).to.equal(1);
    expect(decimalPlaces('0')).to.equal(0);
    expect(decimalPlaces('0.00')).to.equal(2);
    expect(maxDecimalPlaces(['1.6', '933.74', '0'])).to.equal(2);
    expect(maxDecimalPlaces([])).to.equal(0);
  });
  it('isZero treats "0.00" and "-0" as zero and "0.01" as not', () => {
    expect(isZero('0.00')).to.equal(true);
    expect(isZero('-0')).to.equal(true);
    expect(isZero('0.01')).to.equal(false);
  });
  it('runs on decimal.js as published: no method of it was cut away', () => {
    const prototype = Object.getPrototypeOf(new Decimal('1')) as Record<string, unknown>;
    expect(prototype.sqrt).to.be.a('function');
    expect(prototype.toPower).to.be.a('function');
    expect(prototype.plus).to.be.a('function');
  });
  it('toDecimal keeps a Decimal as it is', () => {
    const value = new Decimal('1.6');
    expect(toDecimal(value)).to.equal(value);
    expect(toDecimal('933.74').toFixed()).to.equal('933.74');
  });
  it('toDecimal parses a text once and gives the same value back, also after its cache was emptied', () => {
    expect(toDecimal('901.17')).to.equal(toDecimal('901.17'));
    for (let index = 0; index <= 20_000; index++) toDecimal(`${index}.25`);
    expect(toDecimal('901.17').toFixed()).to.equal('901.17');
    expect(toDecimal('19999.25').plus(toDecimal('0.75')).toFixed()).to.equal('20000');
  });
});

describe('money: exact sums', () => {
  it('0.1 + 0.2 is exactly 0.3', () => {
    expect(sumOf(['0.1', '0.2']).toFixed()).to.equal('0.3');
    expect(sumOf(['0.1', '0.2']).eq('0.3')).to.equal(true);
  });
  it('the seed\'s 1.6 + 30.97 + 901.17 is exactly 933.74', () => {
    expect(sumOf(['1.6', '30.97', '901.17']).toFixed(2)).to.equal('933.74');
  });
  it('a sum of nothing is 0', () => {
    expect(sumOf([]).toFixed()).to.equal('0');
  });
  it('1e21 plus cents keeps the cents', () => {
    expect(sumOf(['1000000000000000000000.01', '0.01']).toFixed()).to.equal('1000000000000000000000.02');
  });
  it('thirty decimals add without loss', () => {
    expect(sumOf(['0.123456789012345678901234567890', '0.876543210987654321098765432110']).toFixed()).to.equal('1');
  });
});

describe('money: convertAmount', () => {
  it('933.74 万元 is 9337400 元', () => {
    expect(convertAmount('933.74', '万元', '元')).to.equal('9337400');
  });
  it('9337400 元 is 933.7400 万元 (the published precision, 1 元, is kept)', () => {
    expect(convertAmount('9337400', '元', '万元')).to.equal('933.7400');
    expect(toDecimal(convertAmount('9337400', '元', '万元')).eq('933.74')).to.equal(true);
  });
  it('1.6 万元 is 0.00016 亿元 and back', () => {
    expect(convertAmount('1.6', '万元', '亿元')).to.equal('0.00016');
    expect(convertAmount('0.00016', '亿元', '万元')).to.equal('1.6');
  });
  it('1.60 万元 keeps its published trailing zero: 0.000160 亿元', () => {
    expect(convertAmount('1.60', '万元', '亿元')).to.equal('0.000160');
  });
  it('"0.00" 万元 is "0" 元, and "0.00" 元 is "0.000000" 万元', () => {
    expect(convertAmount('0.00', '万元', '元')).to.equal('0');
    expect(convertAmount('0.00', '元', '万元')).to.equal('0.000000');
    expect(convertAmount('0.00', '万元', '亿元')).to.equal('0.000000');
  });
  it('亿元 ↔ 元', () => {
    expect(convertAmount('1.5', '亿元', '元')).to.equal('150000000');
    expect(convertAmount('123456789', '元', '亿元')).to.equal('1.23456789');
  });
  it('negative amounts convert with their sign; negative zero does not appear', () => {
    expect(convertAmount('-2.5', '万元', '元')).to.equal('-25000');
    expect(convertAmount('-0.00001', '元', '万元')).to.equal('-0.000000001');
    expect(convertAmount('-0', '万元', '元')).to.equal('0');
  });
  it('1e21 元 with a cent is exact in 亿元', () => {
    expect(convertAmount('1000000000000000000000.01', '元', '亿元')).to.equal('10000000000000.0000000001');
  });
  it('the same unit returns the amount untouched', () => {
    for (const unit of MONEY_UNITS) expect(convertAmount('0.00', unit, unit)).to.equal('0.00');
    expect(convertAmount('933.74', '万元', '万元')).to.equal('933.74');
  });
  it('every round trip gives back the same value', () => {
    for (const from of MONEY_UNITS) {
      for (const to of MONEY_UNITS) {
        const back = convertAmount(convertAmount('933.74', from, to), to, from);
        expect(toDecimal(back).eq('933.74'), `${from} → ${to} → ${from}: ${back}`).to.equal(true);
      }
    }
  });
});

describe('money: percentOf', () => {
  it('1.6 of 933.74 is 0.17 %', () => {
    expect(percentOf('1.6', '933.74')).to.equal('0.17');
  });
  it('a share of a zero whole is undefined, not 0 %', () => {
    expect(percentOf('1', '0')).to.equal(undefined);
    expect(percentOf('0', '0.00')).to.equal(undefined);
  });
  it('nothing of something is 0.00 %', () => {
    expect(percentOf('0', '933.74')).to.equal('0.00');
  });
  it('rounds once, half up (四舍五入)', () => {
    expect(percentOf('1', '8', 0)).to.equal('13');
    expect(percentOf('1', '8', 1)).to.equal('12.5');
    expect(percentOf('-1', '8', 0)).to.equal('-13');
    expect(percentOf('1', '3', 4)).to.equal('33.3333');
  });
  it('may exceed 100 %', () => {
    expect(percentOf('2680', '1000', 0)).to.equal('268');
  });
  it('a tiny negative share rounds to "0.00", not "-0.00"', () => {
    expect(percentOf('-0.00001', '1')).to.equal('0.00');
  });
});

describe('money: changeBetween', () => {
  it('a decrease: 45.60 from 50.30 is -4.70, -9.34 %', () => {
    expect(changeBetween('45.60', '50.30')).to.deep.equal({ amount: '-4.70', percent: '-9.34', direction: 'decrease' });
  });
  it('an increase: 933.74 from 1.6 is 932.14, 58258.75 %', () => {
    expect(changeBetween('933.74', '1.6')).to.deep.equal({ amount: '932.14', percent: '58258.75', direction: 'increase' });
  });
  it('unchanged: 1.6 and 1.60', () => {
    expect(changeBetween('1.6', '1.60')).to.deep.equal({ amount: '0.00', percent: '0.00', direction: 'unchanged' });
  });
  it('from 0 the percent is undefined', () => {
    expect(changeBetween('12.00', '0')).to.deep.equal({ amount: '12.00', percent: undefined, direction: 'increase' });
    expect(changeBetween('0', '0')).to.deep.equal({ amount: '0', percent: undefined, direction: 'unchanged' });
  });
  it('percent places can be chosen', () => {
    expect(changeBetween('10', '8', 1)).to.deep.equal({ amount: '2', percent: '25.0', direction: 'increase' });
  });
});

describe('money: groupDigits / ungroupDigits', () => {
  it('groups the integer digits in threes and leaves the fraction alone', () => {
    expect(groupDigits('1234567.5')).to.equal('1,234,567.5');
    expect(groupDigits('9337400')).to.equal('9,337,400');
    expect(groupDigits('0.12345')).to.equal('0.12345');
    expect(groupDigits('123')).to.equal('123');
    expect(groupDigits('1000')).to.equal('1,000');
    expect(groupDigits('-1234')).to.equal('-1,234');
    expect(groupDigits('1000000000000000000000')).to.equal('1,000,000,000,000,000,000,000');
  });
  it('takes another separator', () => {
    expect(groupDigits('1234567', ' ')).to.equal('1 234 567');
  });
  it('ungroupDigits gives back the exact published string', () => {
    expect(ungroupDigits('1,234,567.5')).to.equal('1234567.5');
    expect(ungroupDigits('1 234', ' ')).to.equal('1234');
    for (const amount of ['933.74', '1.6', '0.00', '-1234567.891', '1000000000000000000000']) {
      expect(ungroupDigits(groupDigits(amount))).to.equal(amount);
    }
  });
});

describe('money: rounding for display', () => {
  it('roundAmount rounds half up and never shows -0', () => {
    expect(roundAmount('0.125', 2)).to.equal('0.13');
    expect(roundAmount('2.5', 0)).to.equal('3');
    expect(roundAmount('-2.5', 0)).to.equal('-3');
    expect(roundAmount('-0.001', 2)).to.equal('0.00');
  });
  it('halfUnitAt is half a unit in the last place', () => {
    expect(halfUnitAt(2).toFixed()).to.equal('0.005');
    expect(halfUnitAt(1).toFixed()).to.equal('0.05');
    expect(halfUnitAt(0).toFixed()).to.equal('0.5');
  });
});
