import { expect } from '@open-wc/testing';
import seedJson from '../../stories/data/seed-2022.json' with { type: 'json' };
import syntheticJson from '../../stories/data/synthetic-2023.json' with { type: 'json' };
import {
  DisclosureError,
  MAX_DEPTH,
  parseDisclosure,
  type DisclosureProblem,
  type DisclosureSection,
  type ParsedDisclosure,
} from '../../components/core/disclosure/index.js';
import { DEPTH_PROBLEM_PATH, badInputs, containers, materialise, nestedItems, seededRandom, validFixtures, valueAt } from '../fixtures/bad-inputs.js';

const seed = seedJson as any;
const synthetic = syntheticJson as any;
const bases = { seed, synthetic };

/** The DisclosureError parseDisclosure throws; fails the test when it returns or throws anything else. */
function errorOf(input: unknown, options?: Parameters<typeof parseDisclosure>[1]): DisclosureError {
  try {
    parseDisclosure(input, options);
  } catch (error) {
    if (error instanceof DisclosureError) return error;
    throw new Error(`threw ${String(error)} instead of a DisclosureError`);
  }
  throw new Error('parseDisclosure accepted the input');
}

const pathsAndCodes = (problems: readonly DisclosureProblem[]) => problems.map(({ path, code }) => ({ path, code }));
const CJK = /[\u4e00-\u9fff]/;

describe('parseDisclosure: the seed (高新区党群工作部 2022)', () => {
  let parsed: ParsedDisclosure;
  before(() => {
    parsed = parseDisclosure(structuredClone(seed));
  });

  it('validates with no warnings', () => {
    expect(parsed.warnings).to.deep.equal([]);
  });
  it('keeps every published figure: the result is the input plus the derived 组织事务 (款) amount', () => {
    const expected = structuredClone(seed);
    Object.assign(expected.functionalBreakdown.items[0].children[0], { amount: '933.74', amountDerived: true });
    expect(parsed.disclosure).to.deep.equal(expected);
  });
  it('收入总计 933.74, 财政拨款收入 933.74, 一般公共预算 933.74', () => {
    const summary = parsed.disclosure.accountSummary!;
    expect(summary.incomeTotal).to.equal('933.74');
    expect(summary.income[0]!.amount).to.equal('933.74');
    expect(summary.income[0]!.children![0]!.amount).to.equal('933.74');
    expect(summary.expenditureTotal).to.equal('933.74');
  });
  it('基本支出 1.6 (not 1.60), 项目支出 932.14', () => {
    const summary = parsed.disclosure.accountSummary!;
    expect(summary.expenditure[0]!.amount).to.equal('1.6');
    expect(summary.expenditure[0]!.children![1]!.amount).to.equal('1.6');
    expect(summary.expenditure[1]!.amount).to.equal('932.14');
    expect(parsed.disclosure.fiscalAppropriation!.basic).to.equal('1.6');
    expect(parsed.disclosure.fiscalAppropriation!.project).to.equal('932.14');
    expect(parsed.disclosure.basicExpenditure!.publicUse).to.equal('1.6');
    expect(parsed.disclosure.otherMatters!.institutionalOperating).to.equal('1.6');
  });
  it('the three 项: 行政运行 1.6 (100), 一般行政管理事务 30.97 (77.43), 其他组织事务支出 901.17 (90.82)', () => {
    const items = parsed.disclosure.functionalBreakdown!.items[0]!.children![0]!.children!;
    expect(items.map((item) => [item.code, item.name, item.amount, item.completionRate])).to.deep.equal([
      ['2013201', '行政运行', '1.6', '100'],
      ['2013202', '一般行政管理事务', '30.97', '77.43'],
      ['2013299', '其他组织事务支出', '901.17', '90.82'],
    ]);
  });
  it('完成年初预算 90.3 % (total and project), 100 % (basic)', () => {
    expect(parsed.disclosure.fiscalAppropriation!.completionRate).to.deep.equal({ total: '90.3', basic: '100', project: '90.3' });
  });
  it('自评分 83.4, 覆盖率 100 %, 整体自评 1', () => {
    const performance = parsed.disclosure.otherMatters!.performance!;
    expect(performance.score).to.equal('83.4');
    expect(performance.coverage).to.equal('100');
    expect(performance.overallEvaluations).to.equal(1);
  });
  it('12 类 of which 11 are zero; only 201 一般公共服务支出 is not', () => {
    const items = parsed.disclosure.functionalBreakdown!.items;
    expect(items).to.have.length(12);
    expect(items.filter((item) => item.amount === '0')).to.have.length(11);
    expect(items.filter((item) => item.amount !== '0').map((item) => `${item.code} ${item.name} ${item.amount}`)).to.deep.equal(['201 一般公共服务支出 933.74']);
  });
  it('9 duties, no subordinate units, 19 glossary terms', () => {
    expect(parsed.disclosure.department.duties).to.have.length(9);
    expect(parsed.disclosure.department.duties![3]).to.equal('负责围绕高新区党工委工作部署收集信息、反映动态、综合调研');
    expect(parsed.disclosure.department.subordinateUnits).to.deep.equal([]);
    expect(parsed.disclosure.glossary).to.have.length(19);
    expect(parsed.disclosure.glossary![0]!.term).to.equal('财政拨款收入');
    expect(parsed.disclosure.glossary![18]!.term).to.equal('机关运行经费');
  });
  it('8 vehicle categories, 其他用车 with 一般公务用车 inside, all 0', () => {
    const vehicles = parsed.disclosure.otherMatters!.assets!.vehicles;
    expect(vehicles.total).to.equal(0);
    expect(vehicles.byCategory).to.have.length(8);
    expect(vehicles.byCategory[7]).to.deep.equal({ label: '其他用车', count: 0, children: [{ label: '一般公务用车', count: 0 }] });
  });
  it('the same result from the JSON text', () => {
    expect(parseDisclosure(JSON.stringify(seed))).to.deep.equal(parsed);
  });
  it('the same result from JSON text that starts with a byte-order mark (Windows and Excel exports)', () => {
    expect(parseDisclosure(`\uFEFF${JSON.stringify(seed)}`)).to.deep.equal(parsed);
  });
  it('the input object is not changed (no derived amount written into it)', () => {
    const input = structuredClone(seed);
    parseDisclosure(input);
    expect(input).to.deep.equal(seed);
    expect(input.functionalBreakdown.items[0].children[0]).not.to.have.property('amount');
  });
});

describe('parseDisclosure: the synthetic disclosure (示例市教育局 2023)', () => {
  it('validates with no warnings and every figure as published', () => {
    const { disclosure, warnings } = parseDisclosure(structuredClone(synthetic));
    expect(warnings).to.deep.equal([]);
    expect(disclosure).to.deep.equal(synthetic);
  });
});

describe('parseDisclosure: every bad input gives exactly its problems', () => {
  for (const badInput of badInputs) {
    it(badInput.name, () => {
      const error = errorOf(materialise(badInput.input, seed));
      expect(pathsAndCodes(error.problems)).to.deep.equal(badInput.problems);
      expect(error).to.be.instanceOf(Error);
      expect(error.name).to.equal('DisclosureError');
      for (const problem of error.problems) {
        expect(problem.message['zh-CN'], `zh-CN message at ${problem.path}`).to.match(CJK);
        expect(problem.message.en, `en message at ${problem.path}`).to.match(/[A-Za-z]{3}/);
        expect(problem.message.en).not.to.equal(problem.message['zh-CN']);
      }
      expect(error.message).to.equal(error.problems.map((problem) => `${problem.path || '(root)'}: ${problem.message.en}`).join('\n'));
    });
  }
});

describe('parseDisclosure: messages', () => {
  const only = (input: unknown) => {
    const { problems } = errorOf(input);
    expect(problems).to.have.length(1);
    return problems[0]!.message;
  };
  it('did you mean: "amout" → "amount"', () => {
    const input = structuredClone(seed);
    input.accountSummary.income[1] = { key: 'superiorSubsidy', amout: '0' };
    const [unknown, required] = errorOf(input).problems;
    expect(unknown!.message).to.deep.equal({ 'zh-CN': '未知字段“amout”，是否应为“amount”？', en: 'Unknown field "amout"; did you mean "amount"?' });
    expect(required!.message).to.deep.equal({ 'zh-CN': '缺少必填字段“amount”', en: 'Missing required field "amount"' });
  });
  it('no suggestion for a field far from every known one', () => {
    expect(only({ ...seed, remarks: [] })).to.deep.equal({ 'zh-CN': '未知字段“remarks”', en: 'Unknown field "remarks"' });
  });
  it('a misspelt section: "glosary" → "glossary"', () => {
    const { glossary, ...rest } = seed;
    expect(only({ ...rest, glosary: glossary }).en).to.equal('Unknown field "glosary"; did you mean "glossary"?');
  });
  it('schemaVersion 2', () => {
    expect(only({ ...seed, schemaVersion: 2 })).to.deep.equal({ 'zh-CN': 'schemaVersion 应为 1，实际为 2', en: 'schemaVersion must be 1, found 2' });
  });
  it('a wrong type names both types', () => {
    expect(only({ ...seed, department: '高新区党群工作部' })).to.deep.equal({
      'zh-CN': '类型错误：应为对象，实际为字符串',
      en: 'Wrong type: expected an object, found a string',
    });
  });
  it('a bad amount quotes what was found', () => {
    const input = structuredClone(seed);
    input.accountSummary.income[0].amount = 'abc';
    expect(only(input)).to.deep.equal({
      'zh-CN': '不是有效的金额或数值："abc"，应为十进制数字字符串，例如 "933.74"',
      en: 'Not a valid amount or number: "abc"; write a decimal string such as "933.74"',
    });
  });
  it('a long bad value is cut at 40 characters', () => {
    const input = structuredClone(seed);
    input.accountSummary.income[0].amount = 'x'.repeat(100);
    expect(only(input).en).to.equal(`Not a valid amount or number: "${'x'.repeat(40)}…"; write a decimal string such as "933.74"`);
  });
  it('fiscalYear out of range gives the range', () => {
    expect(only({ ...seed, fiscalYear: 1948 })).to.deep.equal({ 'zh-CN': '数值 1948 超出范围（1949–2999）', en: '1948 is out of range (1949–2999)' });
  });
  it('an enum lists what is allowed', () => {
    expect(only({ ...seed, unit: '千元' })).to.deep.equal({ 'zh-CN': '取值 "千元" 无效，可选：元 | 万元', en: '"千元" is not allowed; use one of: 元 | 万元' });
  });
  it('a key that is not standard asks for a label', () => {
    const input = structuredClone(seed);
    input.accountSummary.income[1] = { key: 'grants', amount: '0' };
    expect(only(input)).to.deep.equal({ 'zh-CN': '“grants”不是标准项目键，须提供 label', en: '"grants" is not a standard line key, so the line needs a label' });
  });
  it('not JSON gives the parser\'s reason', () => {
    const message = only('{"schemaVersion": 1,');
    // With the line and column (json-text.ts): the end of the text, where a value was expected.
    expect(message.en.startsWith('Not valid JSON (line 1, column 21): ')).to.equal(true);
    expect(message['zh-CN'].startsWith('不是有效的 JSON（第 1 行第 21 列）：')).to.equal(true);
    expect(message.en.length).to.be.greaterThan('Not valid JSON (line 1, column 21): '.length);
  });
  it('nesting too deep names the limit', () => {
    expect(MAX_DEPTH).to.equal(64);
    const input = structuredClone(seed);
    input.functionalBreakdown.items[0].children = [nestedItems(40)];
    expect(only(input)).to.deep.equal({ 'zh-CN': '嵌套超过 64 层', en: 'Nested more than 64 levels deep' });
  });
  it('a missing input is not described as an object', () => {
    expect(only(undefined).en).to.equal('Wrong type: expected an object, found null');
  });
  it('the error message puts (root) for the root path', () => {
    expect(errorOf('[]').message).to.equal('(root): Wrong type: expected an object, found an array');
  });
});

describe('parseDisclosure: valid inputs', () => {
  for (const fixture of validFixtures) {
    it(fixture.name, () => {
      const input = materialise(fixture.input, bases[fixture.base]);
      let parsed: ParsedDisclosure;
      try {
        parsed = parseDisclosure(input);
      } catch (error) {
        throw new Error(`rejected: ${(error as Error).message}`);
      }
      for (const [path, value] of Object.entries(fixture.expect)) expect(valueAt(parsed.disclosure, path), path).to.equal(value);
      expect(parsed.warnings.map(({ path, code }) => ({ path, code }))).to.deep.equal(fixture.warnings);
      if (typeof input !== 'string') {
        // The same document as JSON text gives the same result.
        expect(parseDisclosure(JSON.stringify(input))).to.deep.equal(parsed);
      }
    });
  }
  it('a derived amount is the exact sum at the children\'s decimals', () => {
    const input = structuredClone(synthetic);
    const 普通教育 = input.functionalBreakdown.items[0].children[1];
    delete 普通教育.amount;
    普通教育.children[0].amount = '1500.5';
    普通教育.children[1].amount = '3999.50';
    const parsed = parseDisclosure(input).disclosure.functionalBreakdown!.items[0]!.children![1]!;
    expect(parsed.amount).to.equal('9500.00');
    expect(parsed.amountDerived).to.equal(true);
  });
  it('a __proto__ key never reaches the output or Object.prototype', () => {
    const text = JSON.stringify(seed).replace(/^\{/, '{"__proto__":{"polluted":true},');
    errorOf(text);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
  it('nesting exactly at the limit is accepted, one level more is not', () => {
    const atLimit = structuredClone(seed);
    atLimit.functionalBreakdown.items[0].children = [nestedItems(29, '933.74')];
    expect(parseDisclosure(atLimit).warnings).to.deep.equal([]);
    const beyond = structuredClone(seed);
    beyond.functionalBreakdown.items[0].children = [nestedItems(30, '933.74')];
    expect(pathsAndCodes(errorOf(beyond).problems)).to.deep.equal([{ path: DEPTH_PROBLEM_PATH, code: 'depth' }]);
  });
});

// A valid document is walked once by the quick walker (fields as given, stops at the first problem); any problem
// sends it to the exact walker, which reports them all in the contract's order (parse.ts, quickWalk).
describe('parseDisclosure: the quick walk of a valid document and the exact walk of an invalid one', () => {
  it('a record keeps its fields in the order given (行政运行: note, amount, completionRate, name, code)', () => {
    const input = structuredClone(seed);
    input.functionalBreakdown.items[0].children[0].children[0] = { note: '主要是基本支出', amount: '1.6', completionRate: '100', name: '行政运行', code: '2013201' };
    const item = parseDisclosure(input).disclosure.functionalBreakdown!.items[0]!.children![0]!.children![0]!;
    expect(Object.keys(item)).to.deep.equal(['note', 'amount', 'completionRate', 'name', 'code']);
    expect(item.amount).to.equal('1.6');
  });
  it('a field that is there but not enumerable is read, as the exact walk reads it', () => {
    const input = structuredClone(seed);
    const 行政运行 = input.functionalBreakdown.items[0].children[0].children[0];
    Object.defineProperty(行政运行, 'name', { value: '行政运行', enumerable: false });
    expect(parseDisclosure(input).disclosure.functionalBreakdown!.items[0]!.children![0]!.children![0]!.name).to.equal('行政运行');
    // Missing altogether, it is reported where it is missing.
    delete 行政运行.name;
    expect(pathsAndCodes(errorOf(input).problems)).to.deep.equal([{ path: 'functionalBreakdown.items[0].children[0].children[0].name', code: 'required' }]);
  });
  it('three problems far apart: all reported, in the contract\'s order, after the quick walk stopped at the first', () => {
    const input = structuredClone(synthetic);
    input.functionalBreakdown.items[0].children[1].children[0].amount = '12,5';
    input.functionalBreakdown.items[0].children[1].children[1].nmae = '小学教育';
    input.threePublicExpenses.total = -1;
    expect(pathsAndCodes(errorOf(input).problems)).to.deep.equal([
      { path: 'functionalBreakdown.items[0].children[1].children[0].amount', code: 'decimal' },
      { path: 'functionalBreakdown.items[0].children[1].children[1].nmae', code: 'unknown-field' },
      { path: 'threePublicExpenses.total', code: 'negative' },
    ]);
  });
  it('a normalised amount and a trimmed name are written into the result, not into the input', () => {
    const input = structuredClone(seed);
    const 行政运行 = input.functionalBreakdown.items[0].children[0].children[0];
    行政运行.amount = '01.6';
    行政运行.name = '\u200B行政运行\uFEFF';
    const item = parseDisclosure(input).disclosure.functionalBreakdown!.items[0]!.children![0]!.children![0]!;
    expect([item.amount, item.name]).to.deep.equal(['1.6', '行政运行']);
    expect([行政运行.amount, 行政运行.name]).to.deep.equal(['01.6', '\u200B行政运行\uFEFF']);
  });
});

describe('parseDisclosure: the require option', () => {
  const ALL: DisclosureSection[] = [
    'accountSummary',
    'fiscalAppropriation',
    'functionalBreakdown',
    'governmentFundExpenditure',
    'stateCapitalExpenditure',
    'threePublicExpenses',
    'basicExpenditure',
    'otherMatters',
    'glossary',
  ];
  it('the seed has every section', () => {
    expect(parseDisclosure(structuredClone(seed), { require: ALL }).warnings).to.deep.equal([]);
  });
  it('each missing section is reported as section-missing, in the order asked', () => {
    const input = structuredClone(seed);
    delete input.glossary;
    delete input.otherMatters;
    const { problems } = errorOf(input, { require: ['glossary', 'otherMatters', 'accountSummary'] });
    expect(pathsAndCodes(problems)).to.deep.equal([
      { path: 'glossary', code: 'section-missing' },
      { path: 'otherMatters', code: 'section-missing' },
    ]);
    expect(problems[0]!.message).to.deep.equal({
      'zh-CN': '缺少本组件所需的“名词解释”部分（glossary）',
      en: 'The "Glossary" section (glossary) that this element shows is missing',
    });
  });
  it('the document without the section is valid when nothing requires it', () => {
    const input = structuredClone(seed);
    delete input.glossary;
    expect(parseDisclosure(input).disclosure.glossary).to.equal(undefined);
  });
  it('a section set to undefined (object input) is missing too', () => {
    expect(pathsAndCodes(errorOf({ ...seed, glossary: undefined }, { require: ['glossary'] }).problems)).to.deep.equal([
      { path: 'glossary', code: 'section-missing' },
    ]);
  });
  it('section-missing comes with the other problems', () => {
    const input = structuredClone(seed);
    delete input.kind;
    delete input.threePublicExpenses;
    expect(pathsAndCodes(errorOf(input, { require: ['threePublicExpenses'] }).problems)).to.deep.equal([
      { path: 'kind', code: 'required' },
      { path: 'threePublicExpenses', code: 'section-missing' },
    ]);
  });
  it('a root that is not an object gives only its type problem', () => {
    expect(pathsAndCodes(errorOf('[]', { require: ['glossary'] }).problems)).to.deep.equal([{ path: '', code: 'type' }]);
  });
});

describe('parseDisclosure: throws DisclosureError and nothing else', () => {
  const cyclic = () => {
    const input = structuredClone(seed);
    const item = input.functionalBreakdown.items[0];
    item.children = [item];
    return input;
  };
  const deepText = (levels: number) =>
    `{"schemaVersion":1,"kind":"final-accounts","fiscalYear":2022,"unit":"万元","department":{"name":"x"},"functionalBreakdown":{"items":[${'{"name":"x","amount":"0","children":['.repeat(levels)}{"name":"x","amount":"0"}${']}'.repeat(levels)}]}}`;
  const strange: [string, () => unknown, string][] = [
    ['undefined', () => undefined, ''],
    ['a symbol', () => Symbol('disclosure'), ''],
    ['a function', () => () => seed, ''],
    ['a bigint', () => 10n, ''],
    ['NaN', () => Number.NaN, ''],
    ['a Date', () => new Date(0), 'schemaVersion'],
    ['a Map', () => new Map([['schemaVersion', 1]]), 'schemaVersion'],
    ['an object without a prototype', () => Object.create(null), 'schemaVersion'],
    ['a cyclic object (a 类 that is its own child)', cyclic, DEPTH_PROBLEM_PATH],
    ['JSON text nested 100000 arrays deep', () => `${'['.repeat(100000)}${']'.repeat(100000)}`, ''],
    ['JSON text with children nested 20000 deep', () => deepText(20000), 'functionalBreakdown.items[0]' + '.children[0]'.repeat(31)],
    ['a symbol, a bigint and a function as amounts', () => ({ ...seed, basicExpenditure: { total: Symbol('1'), personnel: 1n, publicUse: () => '1.6' } }), 'basicExpenditure.total'],
  ];
  for (const [name, make, firstPath] of strange) {
    it(`${name} → DisclosureError (first problem at ${JSON.stringify(firstPath)})`, () => {
      const error = errorOf(make());
      expect(error.problems[0]!.path).to.equal(firstPath);
    });
  }

  it('a hole in a required list (a sparse array) is a problem, not a TypeError', () => {
    const input = structuredClone(seed);
    delete input.accountSummary.income[1];
    expect(pathsAndCodes(errorOf(input).problems)).to.deep.equal([{ path: 'accountSummary.income[1]', code: 'type' }]);
  });
  it('a hole in an optional list is a problem, not a list that silently vanishes', () => {
    const input = structuredClone(seed);
    delete input.department.duties[1];
    const { problems } = errorOf(input);
    expect(pathsAndCodes(problems)).to.deep.equal([{ path: 'department.duties[1]', code: 'type' }]);
    expect(problems[0]!.message.en).to.equal('Wrong type: expected a string, found null');
  });

  it('300 random corruptions of the seed and of the synthetic disclosure', () => {
    const { random, pick } = seededRandom(20221231);
    const replacements: unknown[] = [null, undefined, -1, 0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'abc', '-0', '1e3', '0.00', true, [], [{}], {}, { amount: '1' }, Symbol('x'), 10n, 'final-accounts', '万元'];
    const outcomes = { valid: 0, invalid: 0 };
    for (let round = 0; round < 300; round++) {
      const input = structuredClone(round % 2 === 0 ? seed : synthetic);
      for (let change = 0; change < 1 + Math.floor(random() * 3); change++) {
        const [parent, key] = pick(containers(input));
        if (random() < 0.15) delete parent[key];
        else parent[key] = pick(replacements);
      }
      try {
        const { warnings } = parseDisclosure(input);
        for (const warning of warnings) expect(warning.message.en).to.be.a('string');
        outcomes.valid += 1;
      } catch (error) {
        if (!(error instanceof DisclosureError)) throw new Error(`round ${round}: threw ${String(error)}`);
        expect(error.problems.length, `round ${round}`).to.be.greaterThan(0);
        outcomes.invalid += 1;
      }
    }
    expect(outcomes.invalid).to.be.greaterThan(100);
  });
});

describe('parseDisclosure: the planning-resources 2024 收入支出决算总表 (issue 24, read by hand from the PDF)', () => {
  it('keeps 支出总计 9859.38 as expenditureGrandTotal, 本年支出合计 9759.38, 年末结转和结余 100.00, and leaves the blank lines absent', async () => {
    const response = await fetch('/test-api/file?path=test%2Ffixtures%2Fplanning-resources-2024-summary.json');
    const parsed = parseDisclosure(await response.text());
    const summary = parsed.disclosure.accountSummary!;
    expect(parsed.warnings).to.deep.equal([]);
    expect(summary.expenditureGrandTotal).to.equal('9859.38');
    expect(summary.incomeTotal).to.equal('9859.38');
    expect(summary.currentYearExpenditure).to.equal('9759.38');
    expect(summary.yearEndBalance).to.equal('100.00');
    expect(summary.expenditureTotal).to.equal(undefined);
    expect(summary.income.map((line) => line.key)).to.deep.equal(['generalPublicBudget', 'priorYearBalance']);
    expect(summary.expenditure.map((line) => [line.code, line.amount])).to.deep.equal([
      ['208', '754.75'],
      ['210', '236.63'],
      ['212', '3845.25'],
      ['220', '4461.67'],
      ['221', '461.08'],
    ]);
  });
});
