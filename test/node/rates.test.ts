/**
 * One rule for rates everywhere (issue 18): a published rate keeps its
 * published digits; a computed completion rate, share or percent change is
 * rounded once (half up) to exactly two decimals. Values worked by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Formatter } from '../../components/core/format.js';
import '../../components/core/locale/all.js';
import { completionRate } from '../../components/core/figures.js';
import { tableToCsv, parseCsv, quote } from '../../components/core/table/csv.js';

const format = new Formatter('万元', '万元', 'zh-CN');

test('computed shares have exactly two decimals, like computed completion rates', () => {
  // 551 / 1000 = 55.1 % → "55.10%", not "55.1%" next to "98.86%".
  assert.equal(format.share('551', '1000'), '55.10%');
  assert.equal(format.share('98.86', '100'), '98.86%');
  assert.equal(format.share('933.74', '933.74'), '100.00%');
  assert.equal(format.share('0', '933.74'), '0.00%');
  // 1 / 3 = 33.333…% → 33.33%; 2 / 3 = 66.666…% → 66.67% (half up).
  assert.equal(format.share('1', '3'), '33.33%');
  assert.equal(format.share('2', '3'), '66.67%');
  assert.equal(format.share('1', '0'), undefined);
  const computed = completionRate('7800', '7800');
  assert.deepEqual(computed, { points: '100.00', computed: true });
  assert.equal(format.percent((computed as { points: string }).points), format.share('7800', '7800'));
});

test('published rates keep their published digits', () => {
  const published = completionRate('1.6', '1.6', '100');
  assert.deepEqual(published, { points: '100', computed: false });
  assert.equal(format.percent('100'), '100%');
  assert.equal(format.percent('90.3'), '90.3%');
});

test('CSV: BOM, RFC 4180 quoting, grouping commas dropped, the unit added to amount headers, formulas defused', () => {
  const text = tableToCsv({
    columns: [{ label: '项目' }, { label: '2023年度', numeric: true }, { label: '占比', numeric: true }, { label: '说明' }],
    rows: [
      { key: 'a', level: 0, label: '含"引号",逗号', cells: [{ kind: 'figure', text: '9,337,400', computed: false }, '55.10%', '无'] },
      { key: 'b', level: 1, label: '=SUM(A1)', code: '2013201', cells: [{ kind: 'dash', reason: '未公布' }, '', '-'] },
      // A code is data too: a formula in it is defused the same way.
      { key: 'c', level: 1, label: '其他', code: '=HYPERLINK("http://example.invalid")', cells: ['1', '', '@SUM(A1)'] },
    ],
    codeHeader: '科目编码',
    unit: '万元',
    withUnit: (label, unit) => `${label}（${unit}）`,
  });
  assert.ok(text.startsWith('\uFEFF'));
  assert.equal(
    text,
    '\uFEFF科目编码,项目,2023年度（万元）,占比,说明\r\n,"含""引号"",逗号",9337400,55.10%,无\r\n2013201,\'=SUM(A1),,,\'-\r\n"\'=HYPERLINK(""http://example.invalid"")",其他,1,,\'@SUM(A1)\r\n',
  );
  assert.deepEqual(parseCsv(text), [
    ['科目编码', '项目', '2023年度（万元）', '占比', '说明'],
    ['', '含"引号",逗号', '9337400', '55.10%', '无'],
    ['2013201', "'=SUM(A1)", '', '', "'-"],
    ['\'=HYPERLINK("http://example.invalid")', '其他', '1', '', "'@SUM(A1)"],
  ]);
  assert.equal(quote('a\nb'), '"a\nb"');
});
