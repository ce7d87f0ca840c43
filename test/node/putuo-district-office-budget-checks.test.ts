/**
 * The cross-checks (勾稽) on the hand-made fixture of putuo-district-office-2025-budget.pdf.
 *
 * Expected by hand (test/fixtures/transcriptions/putuo-district-office-2025-budget.differences.md):
 * this document has NO real difference. Every table adds up to the fen, the
 * tables agree with each other, and every figure of the text equals its table
 * once rounded to the text's 万元 precision. So the checks must report nothing.
 *
 * "Nothing" only means something if the checks would see a difference, so each
 * relation the document satisfies is also broken once, by changing one figure,
 * and a warning is expected on the section concerned. Relations of the v1
 * sections (functional table, "三公") are checked by v1 already; the ones of the
 * new tables need the cross-checks of issue 14 (see the report of this branch).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { crossCheck, parseDisclosure, type DisclosureWarning } from '../../components/core/disclosure/index.js';
import { pathSteps } from '../fixtures/bad-inputs.js';

const FIXTURE = 'test/fixtures/putuo-district-office-2025-budget.json';
const fresh = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

/** Sets the value at a JSON path ("a.b[2].c") of a plain object. */
const setAt = (root: any, path: string, value: unknown) => {
  const steps = pathSteps(path);
  const last = steps.pop()!;
  const parent = steps.reduce((node, step) => node[step], root);
  assert.notEqual(parent, undefined, path);
  parent[last] = value;
};
const describeWarnings = (warnings: readonly DisclosureWarning[]) =>
  warnings.map((warning) => `${warning.path} ${warning.code} ${warning.published ?? ''}/${warning.computed ?? ''}`).join('; ') || 'none';

describe('putuo-district-office-2025-budget.json: cross-checks', () => {
  test('the document as published: no warning at all (none expected by hand)', () => {
    const { warnings } = parseDisclosure(fresh());
    assert.deepEqual(warnings, [], describeWarnings(warnings));
    const { disclosure } = parseDisclosure(fresh());
    assert.deepEqual(crossCheck(disclosure), []);
  });

  // One figure changed, the relation it breaks, and the sections where a warning is expected.
  const broken: [relation: string, path: string, value: string, sections: string[]][] = [
    // v1 relations
    ['功能分类预算表: 款 = sum of its 项', 'functionalBreakdown.items[0].children[0].children[0].amount', '12029501.85', ['functionalBreakdown']],
    ['“三公” 合计 = 因公出国 + 公务接待 + 公务用车', 'threePublicExpenses.total', '8676000', ['threePublicExpenses']],
    // issue 14 relations on the budget's table set
    ['收入预算总表: 款 = sum of its 项', 'incomeTable.rows[1].children[0].children[0].amount', '1554220.01', ['incomeTable']],
    ['收入预算总表: 合计 = 财政拨款收入 + …', 'incomeTable.rows[3].children[0].children[1].fiscalAppropriation', '1867680.01', ['incomeTable']],
    ['支出预算总表: 合计 = 基本支出 + 项目支出', 'expenditureTable.rows[0].children[0].children[2].basic', '3767295.59', ['expenditureTable']],
    ['支出预算总表: 合计 row = sum of the 类', 'expenditureTable.total.project', '66410000.01', ['expenditureTable']],
    ['财政拨款收支预算总表: 支出总计 = sum of the 类 lines', 'appropriationTable.expenditure[2].amount', '1097073.44', ['appropriationTable']],
    ['财政拨款收支预算总表: 收入总计 = 支出总计', 'appropriationTable.incomeTotal', '91016775.36', ['appropriationTable']],
    ['财务收支预算总表: 支出总计 = sum of the expenditure lines', 'accountSummary.expenditure[1].amount', '4213779.29', ['accountSummary']],
    ['财务收支预算总表: 收入总计 = 支出总计', 'accountSummary.expenditureGrandTotal', '91016775.36', ['accountSummary']],
    ['经济分类预算表: 类 = sum of its 款', 'basicExpenditureTable.rows[1].children[0].amount', '259400.01', ['basicExpenditureTable']],
    ['经济分类预算表: 合计 = 人员经费 + 公用经费', 'basicExpenditureTable.total.publicUse', '2132777.55', ['basicExpenditureTable']],
    ['经济分类预算表 合计 = 功能分类预算表 基本支出', 'functionalBreakdown.totalBasic', '24606775.36', ['functionalBreakdown', 'basicExpenditureTable']],
    ['财政拨款 总表 total = 功能分类预算表 total', 'appropriationTable.expenditureTotal.generalPublicBudget', '91016775.36', ['appropriationTable', 'functionalBreakdown']],
    ['the text’s figure equals its table (“三公” 因公出国 839万元)', 'threePublicExpenses.explanation.figures[1].amount', '8391000', ['threePublicExpenses']],
    ['the text’s figure equals its table (机关运行经费 213.28万元)', 'otherMatters.institutionalOperatingDetail.explanation.figures[0].amount', '2132900', ['otherMatters']],
  ];
  for (const [relation, path, value, sections] of broken) {
    test(`broken on purpose — ${relation}: ${path} = ${value} gives a warning`, () => {
      const input = fresh();
      setAt(input, path, value);
      const { warnings } = parseDisclosure(input);
      assert.ok(
        warnings.some((warning) => sections.some((section) => warning.path.startsWith(section))),
        `expected a warning on ${sections.join(' or ')}; got: ${describeWarnings(warnings)}`,
      );
    });
  }
});

describe('putuo-district-office-2025-budget.json: messages name the budget tables', () => {
  // The budget's 目录 (putuo-district-office-2025-budget.pdf): 2. 部门收入预算总表, 3. 部门支出预算总表 — not 决算表.
  test('a difference in 支出预算总表 is said to be in 支出预算总表, in both languages', () => {
    const broken = fresh();
    broken.expenditureTable.rows[0].amount = '82096797.43';
    const warnings = crossCheck(parseDisclosure(broken).disclosure);
    const inTable = warnings.filter((warning) => warning.path.startsWith('expenditureTable'));
    assert.ok(inTable.length > 0, describeWarnings(warnings));
    for (const warning of inTable) {
      assert.match(warning.message['zh-CN'], /支出预算总表/);
      assert.doesNotMatch(warning.message['zh-CN'], /决算/);
      assert.match(warning.message.en, /Expenditure budget/);
    }
  });

  test('a missing table a page asks for is named as the budget names it', () => {
    const withoutIncome = fresh();
    delete withoutIncome.incomeTable;
    assert.throws(
      () => parseDisclosure(withoutIncome, { require: ['incomeTable'] }),
      (error: { problems: { message: Record<string, string> }[] }) => {
        assert.match(error.problems[0]!.message['zh-CN'], /收入预算总表/);
        assert.doesNotMatch(error.problems[0]!.message['zh-CN'], /决算/);
        return true;
      },
    );
  });

  test('a final account keeps its 决算 names', () => {
    const planning = JSON.parse(readFileSync('test/fixtures/putuo-planning-resources-2024.json', 'utf8'));
    planning.expenditureTable.rows[0].amount = '754.76';
    const inTable = crossCheck(parseDisclosure(planning).disclosure).filter((warning) => warning.path.startsWith('expenditureTable'));
    assert.ok(inTable.length > 0);
    for (const warning of inTable) assert.match(warning.message['zh-CN'], /支出决算表/);
  });
});
