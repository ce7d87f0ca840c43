/**
 * The built CLI (dist/cli/disclosure-validate.js), run as a pipeline would:
 * exit codes, output in both languages, --json, and several files at once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seed from '../../stories/data/seed-2022.json' with { type: 'json' };
import synthetic from '../../stories/data/synthetic-2023.json' with { type: 'json' };
import { badInputs, materialise, validFixtures } from '../fixtures/bad-inputs.js';

const SEED = 'stories/data/seed-2022.json';
const SYNTHETIC = 'stories/data/synthetic-2023.json';

/** The environment without any locale setting, so only what a test sets counts. */
const bareEnvironment = () => {
  const environment = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete environment[name];
  return environment;
};
const cli = (args: string[], environment: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['dist/cli/disclosure-validate.js', ...args], { encoding: 'utf8', env: { ...bareEnvironment(), ...environment } });
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

let directory: string;
const files = { offByOneCent: '', abc: '', notJson: '', arrayRoot: '', missing: '' };

before(() => {
  directory = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
  const write = (name: string, content: string) => {
    const file = join(directory, name);
    writeFileSync(file, content);
    return file;
  };
  const offByOneCent = structuredClone(seed) as any;
  offByOneCent.accountSummary.income[0].amount = '933.75';
  files.offByOneCent = write('off-by-one-cent.json', JSON.stringify(offByOneCent, null, 2));
  const abc = structuredClone(seed) as any;
  abc.accountSummary.income[0].amount = 'abc';
  files.abc = write('abc.json', JSON.stringify(abc));
  files.notJson = write('not-json.json', JSON.stringify(seed).slice(0, 200));
  files.arrayRoot = write('array.json', '[]');
  files.missing = join(directory, 'missing.json');
});
after(() => rmSync(directory, { recursive: true, force: true }));

const OFF_BY_ONE_CENT_EN = [
  'warning accountSummary.incomeTotal (mismatch): Total income is 933.74 but the sum of the income lines is 933.75, a difference of -0.01, beyond rounding (±0.005): the figures do not agree.',
  'warning accountSummary.income[0].amount (mismatch): Fiscal appropriations is 933.75 but the sum of the items below it is 933.74, a difference of +0.01, beyond rounding (±0.005): the figures do not agree.',
];

describe('disclosure-validate: one file', () => {
  test('the seed: exit 0, valid, no warning', () => {
    const result = cli(['--lang', 'en', SEED]);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${SEED}: valid\n`);
    assert.equal(result.stderr, '');
  });
  test('the synthetic disclosure: exit 0, valid', () => {
    const result = cli(['--lang', 'en', SYNTHETIC]);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${SYNTHETIC}: valid\n`);
  });
  test('an income line off by 0.01: exit 0, the warnings with both figures and their paths', () => {
    const result = cli(['--lang', 'en', files.offByOneCent]);
    assert.equal(result.status, 0);
    assert.deepEqual(lines(result.stdout), [`${files.offByOneCent}: valid, 2 cross-check warnings`, ...OFF_BY_ONE_CENT_EN.map((line) => `  ${line}`)]);
  });
  test('the same in zh-CN', () => {
    const result = cli(['--lang', 'zh-CN', files.offByOneCent]);
    assert.equal(result.status, 0);
    assert.deepEqual(lines(result.stdout), [
      `${files.offByOneCent}：有效，2 条核对警告`,
      '  警告 accountSummary.incomeTotal (不一致)：收入总计为 933.74，各收入项合计为 933.75，相差 -0.01，超出四舍五入误差（±0.005），数据不一致。',
      '  警告 accountSummary.income[0].amount (不一致)：财政拨款收入为 933.75，下级各项合计为 933.74，相差 +0.01，超出四舍五入误差（±0.005），数据不一致。',
    ]);
  });
  test('"amount": "abc": exit 1, names accountSummary.income[0].amount', () => {
    const result = cli(['--lang', 'en', files.abc]);
    assert.equal(result.status, 1);
    assert.deepEqual(lines(result.stdout), [
      `${files.abc}: invalid, 1 error`,
      '  error accountSummary.income[0].amount: Not a valid amount or number: "abc"; write a decimal string such as "933.74"',
    ]);
  });
  test('a root that is not an object: exit 1, the error at (root)', () => {
    const result = cli(['--lang', 'en', files.arrayRoot]);
    assert.equal(result.status, 1);
    assert.deepEqual(lines(result.stdout), [`${files.arrayRoot}: invalid, 1 error`, '  error (root): Wrong type: expected an object, found an array']);
  });
  test('a missing file: exit 2', () => {
    const result = cli(['--lang', 'en', files.missing]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${files.missing}: cannot be read (ENOENT)\n`);
  });
  test('a file that is not JSON: exit 2, with the parser\'s reason', () => {
    const result = cli(['--lang', 'en', files.notJson]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, new RegExp(`^${files.notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read \\(Not valid JSON: .+\\)\\n$`));
  });
  test('a directory: exit 2', () => {
    const result = cli(['--lang', 'en', directory]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${directory}: cannot be read (EISDIR)\n`);
  });
});

describe('disclosure-validate: --json', () => {
  test('an invalid file: status, errors with path, code and both messages, no warnings', () => {
    const result = cli(['--json', files.abc]);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: files.abc,
        status: 'invalid',
        errors: [
          {
            path: 'accountSummary.income[0].amount',
            code: 'decimal',
            message: {
              'zh-CN': '不是有效的金额或数值："abc"，应为十进制数字字符串，例如 "933.74"',
              en: 'Not a valid amount or number: "abc"; write a decimal string such as "933.74"',
            },
          },
        ],
        warnings: [],
      },
    ]);
  });
  test('a valid file with warnings: every figure of each warning', () => {
    const result = cli(['--json', files.offByOneCent]);
    assert.equal(result.status, 0);
    const [report] = JSON.parse(result.stdout);
    assert.equal(report.status, 'valid');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.warnings.map(({ message: _message, ...figures }: { message: unknown }) => figures),
      [
        { path: 'accountSummary.incomeTotal', code: 'sum', published: '933.74', computed: '933.75', difference: '-0.01', tolerance: '0.005', withinRounding: false },
        { path: 'accountSummary.income[0].amount', code: 'sum', published: '933.75', computed: '933.74', difference: '+0.01', tolerance: '0.005', withinRounding: false },
      ],
    );
    assert.equal(report.warnings[0].message.en, OFF_BY_ONE_CENT_EN[0]!.replace('warning accountSummary.incomeTotal (mismatch): ', ''));
  });
  test('several files: one result each, in order, with an unreadable file\'s reason', () => {
    const result = cli(['--json', SEED, files.missing, files.notJson]);
    assert.equal(result.status, 2);
    const reports = JSON.parse(result.stdout);
    assert.deepEqual(
      reports.map((report: { file: string; status: string; reason?: string; errors: { code: string }[] }) => [report.file, report.status, report.reason, report.errors.map((error) => error.code)]),
      [
        [SEED, 'valid', undefined, []],
        [files.missing, 'unreadable', 'ENOENT', []],
        [files.notJson, 'unreadable', undefined, ['not-json']],
      ],
    );
  });
});

describe('disclosure-validate: language', () => {
  test('--lang en and --lang zh-CN', () => {
    assert.equal(cli(['--lang', 'en', SEED]).stdout, `${SEED}: valid\n`);
    assert.equal(cli(['--lang', 'zh-CN', SEED]).stdout, `${SEED}：有效\n`);
    assert.equal(cli(['--lang=en', SEED]).stdout, `${SEED}: valid\n`);
  });
  test('without --lang or a locale in the environment: zh-CN', () => {
    assert.equal(cli([files.abc]).stdout.split('\n')[0], `${files.abc}：无效，1 个错误`);
  });
  test('LANG=en_US.UTF-8 picks en', () => {
    assert.equal(cli([SEED], { LANG: 'en_US.UTF-8' }).stdout, `${SEED}: valid\n`);
  });
  test('LANG=zh_CN.UTF-8 picks zh-CN', () => {
    assert.equal(cli([SEED], { LANG: 'zh_CN.UTF-8' }).stdout, `${SEED}：有效\n`);
  });
  test('LC_ALL wins over LANG', () => {
    assert.equal(cli([SEED], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }).stdout, `${SEED}: valid\n`);
  });
  test('--lang wins over LANG', () => {
    assert.equal(cli(['--lang', 'zh-CN', SEED], { LANG: 'en_US.UTF-8' }).stdout, `${SEED}：有效\n`);
  });
  test('an unreadable file in zh-CN', () => {
    assert.equal(cli(['--lang', 'zh-CN', files.missing]).stdout, `${files.missing}：无法读取（ENOENT）\n`);
  });
});

describe('disclosure-validate: several files and usage', () => {
  test('valid + valid with warnings → 0', () => {
    assert.equal(cli([SEED, files.offByOneCent]).status, 0);
  });
  test('valid + invalid → 1', () => {
    const result = cli(['--lang', 'en', SEED, files.abc]);
    assert.equal(result.status, 1);
    assert.deepEqual(lines(result.stdout).filter((line) => !line.startsWith('  ')), [`${SEED}: valid`, `${files.abc}: invalid, 1 error`]);
  });
  test('invalid + missing + valid → 2 (the highest), every file still reported', () => {
    const result = cli(['--lang', 'en', files.abc, files.missing, SEED]);
    assert.equal(result.status, 2);
    assert.deepEqual(lines(result.stdout).filter((line) => !line.startsWith('  ')), [
      `${files.abc}: invalid, 1 error`,
      `${files.missing}: cannot be read (ENOENT)`,
      `${SEED}: valid`,
    ]);
  });
  test('no arguments: the usage and exit 2', () => {
    const result = cli(['--lang', 'en']);
    assert.equal(result.status, 2);
    assert.equal(
      result.stdout,
      'Usage: disclosure-validate [--lang zh-CN|en] [--json] FILE...\nValidates disclosure JSON: exit 0 when valid (warnings allowed), 1 when invalid, 2 when a file cannot be read or is not JSON.\n',
    );
  });
  test('no arguments at all: the usage in zh-CN and exit 2', () => {
    const result = cli([]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^用法：disclosure-validate \[--lang zh-CN\|en\] \[--json\] 文件\.\.\.\n/);
  });
  test('--help: the usage and exit 0', () => {
    const result = cli(['--help', '--lang', 'en']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: disclosure-validate /);
    assert.equal(cli(['-h']).status, 0);
  });
});

describe('disclosure-validate: the shared corpus', () => {
  const asText = (input: unknown) => (typeof input === 'string' ? input : JSON.stringify(input));
  test('every bad input: exactly its problems, unreadable (not JSON) or invalid; exit 2 for the lot', () => {
    const written = badInputs.map((badInput, index) => {
      const file = join(directory, `bad-${index}.json`);
      writeFileSync(file, asText(materialise(badInput.input, seed)));
      return file;
    });
    const result = cli(['--json', ...written]);
    assert.equal(result.status, 2);
    const reports = JSON.parse(result.stdout) as { file: string; status: string; errors: { path: string; code: string }[] }[];
    assert.equal(reports.length, badInputs.length);
    badInputs.forEach((badInput, index) => {
      const report = reports[index]!;
      assert.equal(report.file, written[index]);
      const notJson = badInput.problems.some((problem) => problem.code === 'not-json');
      assert.equal(report.status, notJson ? 'unreadable' : 'invalid', badInput.name);
      assert.deepEqual(report.errors.map(({ path, code }) => ({ path, code })), badInput.problems, badInput.name);
    });
  });
  test('a bad input that is JSON, alone: exit 1', () => {
    const badInput = badInputs.find((candidate) => candidate.name === 'missing kind')!;
    const file = join(directory, 'missing-kind.json');
    writeFileSync(file, asText(materialise(badInput.input, seed)));
    assert.equal(cli([file]).status, 1);
  });
  test('every valid fixture: exit 0, its warnings exactly', () => {
    const written = validFixtures.map((fixture, index) => {
      const file = join(directory, `valid-${index}.json`);
      writeFileSync(file, asText(materialise(fixture.input, fixture.base === 'seed' ? seed : synthetic)));
      return file;
    });
    const result = cli(['--json', ...written]);
    assert.equal(result.status, 0);
    const reports = JSON.parse(result.stdout) as { status: string; warnings: { path: string; code: string }[] }[];
    validFixtures.forEach((fixture, index) => {
      assert.equal(reports[index]!.status, 'valid', fixture.name);
      assert.deepEqual(reports[index]!.warnings.map(({ path, code }) => ({ path, code })), fixture.warnings, fixture.name);
    });
  });
});
