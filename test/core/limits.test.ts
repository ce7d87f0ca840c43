/**
 * The limits (components/core/disclosure/limits.ts, docs/limits.md) and the
 * other hostile-input rules of parseDisclosure: each refused with a
 * localised message naming the JSON path; algorithms linear in the length.
 */
import { expect } from '@open-wc/testing';
import seedJson from '../../stories/data/seed-2022.json' with { type: 'json' };
import { DisclosureError, parseDisclosure, type DisclosureProblem } from '../../components/core/disclosure/index.js';
import {
  MAX_AMOUNT_DIGITS,
  MAX_DOCUMENT_BYTES,
  MAX_LIST_ITEMS,
  MAX_TEXT_LENGTH,
  MAX_TOTAL_ITEMS,
} from '../../components/core/disclosure/limits.js';
import { groupDigits } from '../../components/core/money.js';
import { Formatter } from '../../components/core/format.js';
import { pathSteps } from '../../components/core/disclosure/path.js';

const seed = () => structuredClone(seedJson) as any;

function problemsOf(input: unknown): { path: string; code: string; en: string; zh: string }[] {
  try {
    parseDisclosure(input);
  } catch (error) {
    if (!(error instanceof DisclosureError)) throw error;
    return error.problems.map((problem: DisclosureProblem) => ({ path: problem.path, code: problem.code, en: problem.message.en, zh: problem.message['zh-CN'] }));
  }
  throw new Error('parseDisclosure accepted the input');
}

describe('limits: amounts', () => {
  it(`an amount of ${MAX_AMOUNT_DIGITS} digits is accepted, exactly`, () => {
    const input = seed();
    input.otherMatters.institutionalOperating = `${'9'.repeat(30)}.${'1'.repeat(10)}`;
    expect(parseDisclosure(input).disclosure.otherMatters!.institutionalOperating).to.equal(`${'9'.repeat(30)}.${'1'.repeat(10)}`);
  });
  it(`an amount of ${MAX_AMOUNT_DIGITS + 1} digits (and one of 200,000) is refused, naming the path and the limit`, () => {
    for (const digits of [MAX_AMOUNT_DIGITS + 1, 200_000]) {
      const input = seed();
      input.accountSummary.income[0].amount = '9'.repeat(digits);
      expect(problemsOf(input)).to.deep.equal([
        {
          path: 'accountSummary.income[0].amount',
          code: 'limit',
          en: `This amount has ${digits} digits, more than the limit of 40`,
          zh: `金额有 ${digits} 位数字，超过上限 40 位`,
        },
      ]);
    }
  });
  it('digit grouping is linear: 200,000 digits grouped in well under a second, exactly', () => {
    const digits = '1234567890'.repeat(20_000);
    const started = performance.now();
    const grouped = groupDigits(digits);
    expect(performance.now() - started).to.be.below(1000);
    expect(grouped.length).to.equal(200_000 + 66_666);
    expect(grouped.slice(0, 13)).to.equal('12,345,678,90');
    expect(grouped.replace(/,/g, '')).to.equal(digits);
    expect(groupDigits('1234567.5')).to.equal('1,234,567.5');
    expect(groupDigits('-1234')).to.equal('-1,234');
    expect(groupDigits('123')).to.equal('123');
    expect(groupDigits('123456')).to.equal('123,456');
  });
  it('a 40-digit amount is shown with all its digits, in every unit', () => {
    const format = new Formatter('万元', '元', 'zh-CN');
    expect(format.amount('999999999999999999999999999999.9999999999')).to.equal('9,999,999,999,999,999,999,999,999,999,999,999.999999');
  });
});

describe('limits: texts, lists, the whole disclosure, the document', () => {
  it(`a text of ${MAX_TEXT_LENGTH + 1} characters is refused`, () => {
    const input = seed();
    input.department.duties = ['x'.repeat(MAX_TEXT_LENGTH + 1)];
    expect(problemsOf(input)).to.deep.equal([
      { path: 'department.duties[0]', code: 'limit', en: 'This text has 10001 characters, more than the limit of 10000', zh: '文本有 10001 个字符，超过上限 10000 个' },
    ]);
  });
  it(`a list of ${MAX_LIST_ITEMS + 1} items is refused at once (100,000 too)`, () => {
    for (const count of [MAX_LIST_ITEMS + 1, 100_000]) {
      const input = seed();
      input.department.subordinateUnits = Array.from({ length: count }, (_, index) => `单位${index}`);
      expect(problemsOf(input)).to.deep.equal([
        { path: 'department.subordinateUnits', code: 'limit', en: `This list has ${count} items, more than the limit of 5000`, zh: `列表有 ${count} 项，超过上限 5000 项` },
      ]);
    }
  });
  it(`more than ${MAX_TOTAL_ITEMS} list items in all: one problem, at the list that crossed the limit`, () => {
    const input = seed();
    // Four lists of 5,000 (each at the per-list limit) and the seed's own items: past 20,000 at the last list read.
    input.department.duties = Array.from({ length: 5000 }, () => 'x');
    input.department.subordinateUnits = Array.from({ length: 5000 }, () => 'x');
    input.glossary = Array.from({ length: 5000 }, () => ({ term: 'x', definition: 'x' }));
    input.notes = Array.from({ length: 5000 }, () => 'x');
    expect(problemsOf(input)).to.deep.equal([
      { path: 'notes', code: 'limit', en: 'The disclosure has more than 20000 list items in all, the limit', zh: '整份数据的列表项合计超过上限 20000 项' },
    ]);
  });
  it(`JSON text longer than ${MAX_DOCUMENT_BYTES} characters is refused before it is parsed`, () => {
    const text = `${JSON.stringify(seed())}${' '.repeat(MAX_DOCUMENT_BYTES)}`;
    expect(problemsOf(text)).to.deep.equal([
      { path: '', code: 'limit', en: `The document has ${text.length} characters, more than the limit of 8388608`, zh: `文档有 ${text.length} 个字符，超过上限 8388608 个` },
    ]);
  });
});

describe('names and numbers that would change silently', () => {
  it('a name made only of invisible characters (zero-width, joiners, BOM, bidi controls) is empty', () => {
    for (const name of ['\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u202e\u202d\u2066\u2069', ' \u200b \u3000']) {
      const input = seed();
      input.department.name = name;
      expect(problemsOf(input), JSON.stringify(name)).to.deep.equal([{ path: 'department.name', code: 'empty', en: 'Must not be empty', zh: '不能为空' }]);
    }
  });
  it('a name is trimmed of invisible characters at its ends, and keeps those inside', () => {
    const input = seed();
    input.department.name = '\u202e\u200b高新区\u200d党群工作部\ufeff\u2069';
    expect(parseDisclosure(input).disclosure.department.name).to.equal('高新区\u200d党群工作部');
  });
  it('exactly the invisible characters are trimmed: every code point from U+0000 to U+FFFF at both ends of a name', () => {
    // The set as documented (contract.md: zero-width space and joiners, marks, bidi controls and isolates, word joiner, BOM, soft hyphen).
    const invisible = /^[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]$/;
    for (let from = 0; from < 0x10000; from += 4000) {
      const codes = Array.from({ length: Math.min(4000, 0x10000 - from) }, (_, index) => from + index).filter((code) => code < 0xd800 || code > 0xdfff);
      const input = seed();
      input.functionalBreakdown.items[0].children[0].children = codes.map((code) => ({ name: `${String.fromCharCode(code)}项${String.fromCharCode(code)}`, amount: '0' }));
      input.functionalBreakdown.items[0].children[0].amount = '0';
      let names: string[];
      try {
        names = parseDisclosure(input).disclosure.functionalBreakdown!.items[0]!.children![0]!.children!.map((item) => item.name);
      } catch (error) {
        // A name made of white space and the 项 is never empty; only a lone surrogate could be, and none is here.
        throw new Error(`rejected from U+${from.toString(16)}: ${(error as Error).message.slice(0, 200)}`);
      }
      codes.forEach((code, index) => {
        const char = String.fromCharCode(code);
        expect(names[index], `U+${code.toString(16).padStart(4, '0')}`).to.equal(invisible.test(char) ? '项' : `${char}项${char}`);
      });
    }
  });
  it('a JSON number literal beyond 2^53 is an error with both texts (text input)', () => {
    const text = JSON.stringify({ ...seed(), otherMatters: { institutionalOperating: 0 } }).replace('"institutionalOperating":0', '"institutionalOperating":12345678901234567891');
    expect(problemsOf(text)).to.deep.equal([
      {
        path: 'otherMatters.institutionalOperating',
        code: 'precision',
        en: 'The JSON number 12345678901234567891 cannot be read exactly: it becomes 12345678901234567000; write it as the string "12345678901234567891"',
        zh: 'JSON 数字 12345678901234567891 无法精确读取，会变成 12345678901234567000；请写成字符串 "12345678901234567891"',
      },
    ]);
  });
  it('a number literal with 17 significant decimals is an error; exact long literals (1e21, 1.0000000000000000) are not', () => {
    const base = JSON.stringify({ ...seed(), otherMatters: { institutionalOperating: 0 } });
    const withLiteral = (literal: string) => base.replace('"institutionalOperating":0', `"institutionalOperating":${literal}`);
    expect(problemsOf(withLiteral('0.12345678901234567')).map((problem) => [problem.path, problem.code])).to.deep.equal([['otherMatters.institutionalOperating', 'precision']]);
    expect(parseDisclosure(withLiteral('1000000000000000000000')).disclosure.otherMatters!.institutionalOperating).to.equal('1000000000000000000000');
    expect(parseDisclosure(withLiteral('1.0000000000000000')).disclosure.otherMatters!.institutionalOperating).to.equal('1');
    // The same digits inside a string are exact: no problem.
    expect(parseDisclosure(base.replace('"institutionalOperating":0', '"institutionalOperating":"12345678901234567891"')).disclosure.otherMatters!.institutionalOperating).to.equal('12345678901234567891');
  });
  it('a number literal out of a double\'s range is never read as 0, and a number\'s digits count against the 40-digit limit', () => {
    const base = JSON.stringify({ ...seed(), otherMatters: { institutionalOperating: 0 } });
    const withLiteral = (literal: string) => base.replace('"institutionalOperating":0', `"institutionalOperating":${literal}`);
    // 1e-400 parses as 0: an error, not an amount of 0.
    expect(problemsOf(withLiteral('1e-400')).map((problem) => [problem.path, problem.code])).to.deep.equal([['otherMatters.institutionalOperating', 'precision']]);
    // 1e300 is 301 digits written out, 5e-324 (the smallest double) 325: both over the limit, as the same digits in a string are.
    expect(problemsOf(withLiteral('1e300')).map((problem) => [problem.code, problem.en])).to.deep.equal([['limit', 'This amount has 301 digits, more than the limit of 40']]);
    expect(problemsOf(withLiteral('5e-324')).map((problem) => problem.code)).to.deep.equal(['limit']);
    // An exponent that keeps the value exact is fine.
    expect(parseDisclosure(withLiteral('9.3374e2')).disclosure.otherMatters!.institutionalOperating).to.equal('933.74');
  });
  it('a key given twice in one object of JSON text is an error at its path, never the last value silently', () => {
    const base = JSON.stringify(seed());
    const twice = base.replace('"incomeTotal":"933.74"', '"incomeTotal":"1933.74","incomeTotal":"933.74"');
    expect(twice).to.not.equal(base);
    expect(problemsOf(twice)).to.deep.equal([
      {
        path: 'accountSummary.incomeTotal',
        code: 'duplicate-key',
        en: 'This field is given twice in the same object, and JSON keeps only the last value: give it once',
        zh: '同一对象中此字段出现了两次，JSON 只保留最后一个值：请只写一次',
      },
    ]);
    // The same key in two objects, and a string holding quotes and a colon, are no duplicates.
    const input = seed();
    input.accountSummary.note = 'a "quoted": \\" text';
    expect(parseDisclosure(JSON.stringify(input, null, 2)).disclosure.accountSummary!.note).to.equal('a "quoted": \\" text');
  });
  it('invalid JSON: the line and column, in both languages', () => {
    expect(problemsOf('{\n  "schemaVersion": 1,\n  "kind": "budget",\n}').map(({ en, zh }) => [en.split(':')[0], zh.split('：')[0]])).to.deep.equal([
      ['Not valid JSON (line 4, column 1)', '不是有效的 JSON（第 4 行第 1 列）'],
    ]);
    expect(problemsOf('{"a": [1, 2,, 3]}')[0]!.en).to.match(/^Not valid JSON \(line 1, column 13\): /);
    expect(problemsOf('{"a": "x')[0]!.en).to.match(/^Not valid JSON \(line 1, column 7\): /);
    expect(problemsOf('\n\n   tru')[0]!.en).to.match(/^Not valid JSON \(line 3, column 4\): /);
  });
});

describe('data quoted in a problem cannot reorder its words', () => {
  it('a bidi control or invisible character in a quoted value, a key or a path is written as its escape; the path still reads back', () => {
    const input = seed();
    input.unit = '元\u202E 1234.5 :was';
    input.department['x\u202Eyz\u200B'] = 1;
    const problems = problemsOf(input);
    expect(problems.map(({ path, code }) => [path, code])).to.deep.equal([
      ['unit', 'enum'],
      ['department["x\\u202Eyz\\u200B"]', 'unknown-field'],
    ]);
    expect(problems[0]!.zh).to.equal('取值 "元\\u202E 1234.5 :was" 无效，可选：元 | 万元');
    expect(problems[1]!.zh).to.equal('未知字段“x\\u202Eyz\\u200B”');
    for (const { path, en, zh } of problems) expect(/[\u200B\u202E]/.test(path + en + zh), path).to.equal(false);
    expect(pathSteps(problems[1]!.path)).to.deep.equal(['department', 'x\u202Eyz\u200B']);
  });
});

describe('unknown fields with huge names', () => {
  it('a 1,000,000-character key is reported with its first 100 characters', () => {
    const input = seed();
    input.department['k'.repeat(1_000_000)] = 1;
    const problems = problemsOf(input);
    expect(problems.map(({ path, code }) => [path, code])).to.deep.equal([[`department.${'k'.repeat(100)}…`.replace(/^department\.(.*)$/, (_, key) => `department[${JSON.stringify(key)}]`), 'unknown-field']]);
    expect(problems[0]!.en.length).to.be.below(200);
  });
});
