/**
 * The derived figures and sentences every element shares (core/figures.ts,
 * core/sentences.ts, core/format.ts), run in Node: one rule each, so the
 * same figures read the same in every element. Expected values worked out by
 * hand from the seed (2022 高新区党群工作部: 1.6 + 932.14 = 933.74 万元) and
 * the synthetic 2023 disclosure (basic expenditure 7800.00 of a budget of 7800.00).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completionRate, publishedOrSum, sumOfEvery } from '../../components/core/figures.js';
import { changeClause, joinClauses, joinParts } from '../../components/core/sentences.js';
import { Formatter } from '../../components/core/format.js';
import '../../components/core/locale/all.js';
import { catalogueFor } from '../../components/core/locale/index.js';

describe('completionRate: one rule', () => {
  test('7800 of a budget of 7800, computed, is 100.00 (two decimals, marked computed)', () => {
    assert.deepEqual(completionRate('7800.00', '7800.00'), { points: '100.00', computed: true });
  });
  test('a published rate keeps its published digits', () => {
    assert.deepEqual(completionRate('7800.00', '7800.00', '100'), { points: '100', computed: false });
    assert.deepEqual(completionRate('933.74', '1034.05', '90.3'), { points: '90.3', computed: false });
  });
  test('rounds once, half up: 1 of 3 is 33.33, 2 of 3 is 66.67, 268 % stays', () => {
    assert.equal((completionRate('1', '3') as { points: string }).points, '33.33');
    assert.equal((completionRate('2', '3') as { points: string }).points, '66.67');
    assert.equal((completionRate('26.8', '10') as { points: string }).points, '268.00');
  });
  test('no rate against a budget of 0, nor without a figure', () => {
    assert.equal(completionRate('5', '0.00'), 'no-budget');
    assert.equal(completionRate(undefined, '10'), undefined);
    assert.equal(completionRate('10', undefined), undefined);
  });
  test('the same figures through the formatter read the same in both languages', () => {
    const rate = completionRate('7800.00', '7800.00') as { points: string };
    assert.equal(new Formatter('万元', '万元', 'zh-CN').percent(rate.points), '100.00%');
    assert.equal(new Formatter('万元', '万元', 'en').percent(rate.points), '100.00%');
  });
});

describe('publishedOrSum', () => {
  test('a published total is kept as published', () => {
    assert.deepEqual(publishedOrSum('933.75', ['1.6', '932.14']), { amount: '933.75', computed: false });
  });
  test('else the exact sum, with the most precise line’s decimals', () => {
    assert.deepEqual(publishedOrSum(undefined, ['1.6', '932.14']), { amount: '933.74', computed: true });
    assert.deepEqual(publishedOrSum(undefined, ['0.1', '0.2']), { amount: '0.3', computed: true });
    assert.deepEqual(publishedOrSum(undefined, []), { amount: '0', computed: true });
  });
});

describe('sumOfEvery: a total only when every line has a figure', () => {
  test('1.6 + 932.14 is 933.74, with the most precise line’s decimals', () => {
    assert.equal(sumOfEvery(['1.6', '932.14']), '933.74');
  });
  test('a blank line is not 0: no sum (not 1.6), and none of no lines', () => {
    assert.equal(sumOfEvery(['1.6', undefined]), undefined);
    assert.equal(sumOfEvery([]), undefined);
  });
});

describe('shares (Formatter.share)', () => {
  test('1.6 of 933.74 is 0.17 %, 932.14 of 933.74 is 99.83 %, the whole is 100.00 % (two decimals, the one rule for computed shares)', () => {
    const format = new Formatter('万元', '万元', 'zh-CN');
    assert.equal(format.share('1.6', '933.74'), '0.17%');
    assert.equal(format.share('932.14', '933.74'), '99.83%');
    assert.equal(format.share('933.74', '933.74'), '100.00%');
    assert.equal(format.share('1', '0'), undefined);
  });
});

describe('sentences', () => {
  const zh = catalogueFor('zh-CN');
  const en = catalogueFor('en');
  test('clauses are joined with the language’s semicolon and end with its full stop', () => {
    assert.equal(joinClauses(['甲', '乙'], zh), '甲；乙。');
    assert.equal(joinClauses(['a', 'b'], en), 'a; b.');
    assert.equal(joinClauses([], zh), '');
  });
  test('parts of a clause are joined with the language’s comma, empty parts left out', () => {
    assert.equal(joinParts(['甲', '', '乙'], zh), '甲，乙');
    assert.equal(joinParts(['a', 'b'], en), 'a, b');
  });
  test('a change reads as an increase, a decrease or no change, with the amount unsigned', () => {
    const format = new Formatter('万元', '万元', 'zh-CN');
    const context = { catalogue: zh, format, fiscalYear: 2022 };
    assert.equal(changeClause(context, '收入总计', '0', undefined), '收入总计与2021年度持平');
    // The figure is isolated left to right (LRI … PDI) inside the sentence.
    assert.equal(changeClause(context, '收入总计', '-50.30', '-100%'), '收入总计比2021年度减少\u206650.30万元\u2069，下降100%');
  });
});
