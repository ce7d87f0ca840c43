/**
 * The elements' view models with the contract's round-2 fields (issue 14):
 * a table printed in its own unit is shown converted exactly; a line printed
 * with a blank amount, and 公务用车 left blank, show a dash said to be "not
 * published". Built from the district-office 2025 budget fixture, whose
 * figures were read off the PDF by hand: p.20 “三公” table in 万元 (合计
 * 867.50, 因公出国(境)费 839.00, 公务接待费 28.50, 公务用车 blank); p.8 总表 in 元
 * with 二、事业收入 … 四、其他收入 printed without amounts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { Formatter } from '../../components/core/format.js';
import { catalogueFor, type Locale } from '../../components/core/locale/index.js';
import type { RenderContext } from '../../components/core/element/context.js';
import type { MoneyUnit } from '../../components/core/money.js';
import { buildAccountSummaryModel } from '../../components/account-summary/account-summary.model.js';
import { buildThreePublicModel } from '../../components/three-public-expenses/three-public-expenses.model.js';

const { disclosure } = parseDisclosure(readFileSync('test/fixtures/putuo-district-office-2025-budget.json', 'utf8'));

function contextOf(displayUnit: MoneyUnit, locale: Locale = 'zh-CN'): RenderContext {
  return {
    disclosure,
    locale,
    catalogue: catalogueFor(locale),
    format: new Formatter(disclosure.unit, displayUnit, locale),
    hideZero: false,
    view: 'both',
    headingLevel: 2,
    idPrefix: 't',
  };
}

const cellsOf = (rows: { key: string; cells: unknown[] }[], key: string) => rows.find((row) => row.key === key)?.cells;

describe('a section in its own unit, and blanks', () => {
  test('Formatter.from converts from the section\'s unit, exactly', () => {
    const format = new Formatter('元', '元', 'zh-CN');
    assert.equal(format.from('万元').amount('867.50'), '8,675,000');
    assert.equal(format.from('万元').amount('28.50'), '285,000');
    assert.equal(format.from(undefined), format);
    assert.equal(new Formatter('元', '万元', 'zh-CN').from('万元').amount('867.50'), '867.50');
  });

  test('“三公” table printed in 万元: shown in 万元 with its printed digits, or in 元 exactly', () => {
    const inWan = buildThreePublicModel(contextOf('万元'));
    assert.equal(cellsOf(inWan.rows, 'total')![0], '867.50');
    assert.equal(cellsOf(inWan.rows, 'outboundTravel')![0], '839.00');
    assert.equal(cellsOf(inWan.rows, 'officialReception')![0], '28.50');
    const inYuan = buildThreePublicModel(contextOf('元'));
    assert.equal(cellsOf(inYuan.rows, 'total')![0], '8,675,000');
    assert.equal(cellsOf(inYuan.rows, 'officialReception')![0], '285,000');
  });

  test('公务用车 left blank: a dash said to be not published, in both languages, never 0', () => {
    for (const [locale, words] of [['zh-CN', '未公布（表中空白）'], ['en', 'not published (left blank in the table)']] as const) {
      const model = buildThreePublicModel(contextOf('万元', locale));
      for (const key of ['officialVehicles', 'vehiclePurchase', 'vehicleOperation']) {
        assert.deepEqual(cellsOf(model.rows, key)![0], { kind: 'dash', reason: words }, `${locale} ${key}`);
      }
      assert.ok(model.notes.some((note) => note.includes(words)), `${locale}: the note under the table says what the dash means`);
      assert.ok(!model.statement.includes('公务用车') || locale !== 'zh-CN', 'the statement names only the published parts');
    }
  });

  test('总表 lines printed with a blank amount: their labels kept, a dash said to be not published', () => {
    const model = buildAccountSummaryModel(contextOf('元'));
    const labels = model.income.rows.map((row) => row.label);
    for (const label of ['事业收入', '事业单位经营收入', '其他收入', '政府性基金', '国有资本经营预算']) assert.ok(labels.includes(label), label);
    const blank = model.income.rows.find((row) => row.label === '事业收入')!;
    assert.deepEqual(blank.cells, [{ kind: 'dash', reason: '未公布（表中空白）' }, '']);
    assert.equal(blank.zero, false);
    const published = model.income.rows.find((row) => row.label === '财政拨款收入')!;
    assert.equal(published.cells[0], '91,016,775.35');
  });
});
