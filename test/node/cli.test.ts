/**
 * The built CLI (dist/cli/disclosure-validate.js), run as a pipeline would:
 * exit codes, output in both languages, --json, and several files at once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
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
    assert.equal(result.stdout, `${files.missing}: cannot be read (no such file)\n`);
  });
  test('a file that is not JSON: exit 2, with the parser\'s reason', () => {
    const result = cli(['--lang', 'en', files.notJson]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, new RegExp(`^${files.notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read \\(Not valid JSON \\(line 1, column \\d+\\): .+\\)\\n$`));
  });
  test('a directory: exit 2', () => {
    const result = cli(['--lang', 'en', directory]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${directory}: cannot be read (a directory, not a file)\n`);
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
        [files.missing, 'unreadable', 'not-found', []],
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
    assert.equal(cli(['--lang', 'zh-CN', files.missing]).stdout, `${files.missing}：无法读取（文件不存在）\n`);
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
      `${files.missing}: cannot be read (no such file)`,
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

describe('disclosure-validate: options (strict)', () => {
  const USAGE_EN = 'Usage: disclosure-validate [--lang zh-CN|en] [--json] FILE...';
  test('an unknown option (--jsn, --strict, -x): refused with the usage on stderr, exit 2, nothing on stdout', () => {
    for (const option of ['--jsn', '--strict', '-x']) {
      const result = cli(['--lang', 'en', option, SEED]);
      assert.equal(result.status, 2, option);
      assert.equal(result.stdout, '', option);
      assert.deepEqual(lines(result.stderr).slice(0, 2), [`disclosure-validate: unknown option ${option}`, USAGE_EN], option);
    }
  });
  test('the same in zh-CN', () => {
    const result = cli(['--jsn', SEED]);
    assert.equal(result.status, 2);
    assert.equal(lines(result.stderr)[0], 'disclosure-validate：未知选项 --jsn');
  });
  test('--lang without a value, or followed by another option, is refused', () => {
    for (const args of [['--lang'], ['--lang', '--json', SEED], ['--lang=', SEED]]) {
      const result = cli(args, { LANG: 'en_US.UTF-8' });
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(lines(result.stderr)[0], 'disclosure-validate: option --lang needs a value', args.join(' '));
    }
  });
  test('an unsupported --lang (--lang=fr, --lang fr) is refused, naming the allowed values', () => {
    for (const args of [['--lang=fr', SEED], ['--lang', 'fr', SEED]]) {
      const result = cli(args, { LANG: 'en_US.UTF-8' });
      assert.equal(result.status, 2);
      assert.equal(lines(result.stderr)[0], 'disclosure-validate: fr is not a valid value for --lang; use one of: zh-CN, en');
      assert.equal(result.stdout, '');
    }
  });
  test('a flag given a value (--json=1) is refused', () => {
    const result = cli(['--lang', 'en', '--json=1', SEED]);
    assert.equal(result.status, 2);
    assert.equal(lines(result.stderr)[0], 'disclosure-validate: option --json takes no value');
  });
  test('-- ends the options: a file named --json after it is a file', () => {
    const file = join(directory, '--json');
    writeFileSync(file, JSON.stringify(seed));
    const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/disclosure-validate.js'), '--lang', 'en', '--', '--json'], {
      encoding: 'utf8',
      cwd: directory,
      env: bareEnvironment(),
    });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '--json: valid\n');
  });
  test('--help: the usage and every option, exit 0', () => {
    const result = cli(['--help', '--lang', 'en']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: disclosure-validate /);
    for (const option of ['--lang zh-CN|en', '--json', '--help, -h', '--version', '--  ', '-  ']) assert.ok(result.stdout.includes(`\n  ${option}`), option);
  });
  test('--version: the package version, exit 0', async () => {
    const { version } = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8'));
    const result = cli(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `disclosure-validate ${version}\n`);
  });
});

describe('disclosure-validate: reading', () => {
  test('- reads standard input', () => {
    const result = spawnSync(process.execPath, ['dist/cli/disclosure-validate.js', '--lang', 'en', '-'], { encoding: 'utf8', env: bareEnvironment(), input: JSON.stringify(seed) });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '(standard input): valid\n');
  });
  test('standard input that never ends: the read timeout, exit 2', async () => {
    // The writer end of the child's standard input stays open and silent.
    const child = spawn(process.execPath, ['dist/cli/disclosure-validate.js', '--lang', 'en', '-'], {
      env: { ...bareEnvironment(), DISCLOSURE_READ_TIMEOUT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 15000);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(killer);
    child.stdin.destroy();
    assert.equal(status, 2, 'the CLI did not give up by itself');
    assert.equal(stdout, '(standard input): cannot be read (not read to its end within 1 seconds)\n');
  });
  test('a FIFO with no writer is refused at once, not waited on', () => {
    const fifo = join(directory, 'fifo.json');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const result = spawnSync(process.execPath, ['dist/cli/disclosure-validate.js', '--lang', 'en', fifo], { encoding: 'utf8', env: bareEnvironment(), timeout: 10000 });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${fifo}: cannot be read (not a regular file (devices, pipes and sockets are not read; use - for standard input))\n`);
  });
  test('/dev/zero is refused (a device, not a file), without reading it', () => {
    const result = cli(['--lang', 'en', '/dev/zero']);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^\/dev\/zero: cannot be read \(not a regular file/);
  });
  test('a file over the 8 MB limit is refused without being read', () => {
    const big = join(directory, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 8 * 1024 * 1024 + 1);
    const result = cli(['--lang', 'en', big]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${big}: cannot be read (larger than the limit of 8 MB)\n`);
    assert.equal(cli(['--lang', 'zh-CN', big]).stdout, `${big}：无法读取（文件超过 8 MB 的上限）\n`);
  });
  test('a file in GB18030/GBK: not UTF-8, and the message names GB18030', () => {
    // "部门" in GBK is B2 BF C3 C5 (hand-encoded).
    const file = join(directory, 'gbk.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"department":{"name":"'), Buffer.from([0xb2, 0xbf, 0xc3, 0xc5]), Buffer.from('"}}')]));
    const result = cli(['--lang', 'en', file]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${file}: cannot be read (not UTF-8; it looks like GB18030/GBK: convert it to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8))\n`);
    assert.match(cli(['--lang', 'zh-CN', file]).stdout, /不是 UTF-8 编码；看起来是 GB18030\/GBK 编码/);
  });
  test('invalid UTF-8 that is no known encoding: not valid UTF-8 (never "valid")', () => {
    const file = join(directory, 'bad-utf8.json');
    const text = JSON.stringify(seed).replace('"name":"', '"name":"\u0001');
    writeFileSync(file, Buffer.from(text).map((byte) => (byte === 1 ? 0xff : byte)));
    const result = cli(['--lang', 'en', file]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, `${file}: cannot be read (not valid UTF-8)\n`);
  });
  test('invalid JSON: the line and column of the error', () => {
    const file = join(directory, 'trailing-comma.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n}\n');
    const result = cli(['--lang', 'en', file]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, new RegExp(`^${escapeRegExp(file)}: cannot be read \\(Not valid JSON \\(line 3, column 1\\): `));
    assert.match(cli(['--lang', 'zh-CN', file]).stdout, /：无法读取（不是有效的 JSON（第 3 行第 1 列）：/);
  });
  test('a JSON number beyond 2^53 is an error with both texts, not "valid"', () => {
    const file = join(directory, 'lossy.json');
    writeFileSync(file, JSON.stringify({ ...seed, otherMatters: { ...(seed as any).otherMatters, institutionalOperating: 0 } }).replace('"institutionalOperating":0', '"institutionalOperating":12345678901234567891'));
    const result = cli(['--lang', 'en', file]);
    assert.equal(result.status, 1);
    assert.deepEqual(lines(result.stdout), [
      `${file}: invalid, 1 error`,
      '  error otherMatters.institutionalOperating: The JSON number 12345678901234567891 cannot be read exactly: it becomes 12345678901234567000; write it as the string "12345678901234567891"',
    ]);
  });
});

describe('disclosure-validate: hostile names never reach the terminal raw', () => {
  /** ESC, CR, LF, BEL, C1 CSI, NEL, RLO/LRO/PDF, the isolates, LRM/RLM, ALM, zero-width characters, BOM, line separator. */
  const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
  const assertClean = (text: string, what: string) => {
    for (const line of lines(text)) assert.doesNotMatch(line, UNSAFE, `${what}: ${JSON.stringify(line)}`);
  };
  const hostile = '\u001b[2J\u001b[1;32mOK\u001b[0m\r\nseed.json: valid\u0007\u009b31m\u202e\u2066\u200b\ufeff\u2028';
  test('hostile field names, values and file names: escaped in text and --json, in both languages', () => {
    const input = structuredClone(seed) as any;
    input[hostile] = 1;
    input.department.name = `\u202e${hostile}`;
    input.accountSummary.income[0].amount = hostile;
    input.accountSummary.income[0].label = '\u202eABC';
    const file = join(directory, `hostile${hostile.replace(/\u0000/g, '')}.json`.replace(/\//g, '_'));
    writeFileSync(file, JSON.stringify(input));
    const notJsonFile = join(directory, `not-json-\u001b]0;title\u0007-\u202e.json`);
    writeFileSync(notJsonFile, `{"a": \u001b[2J}`);
    const missing = join(directory, `missing-\u001b[31m-\r.json`);
    for (const args of [[file, notJsonFile, missing], ['--json', file, notJsonFile, missing], [`--\u001b[2Jbogus`], ['--lang', `\u001b[31m`, file]]) {
      for (const lang of ['en', 'zh-CN']) {
        const result = cli(args, { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' });
        assert.equal(result.status, 2);
        assertClean(result.stdout, `stdout of ${args.length} args`);
        assertClean(result.stderr, `stderr of ${args.length} args`);
      }
    }
    // What the escapes look like: visible, so that nothing is hidden either.
    const text = cli(['--lang', 'en', file]).stdout;
    assert.ok(text.includes('Unknown field "\\u001B[2J\\u001B[1;32mOK\\u001B[0m\\u000D\\u000Aseed.json: valid'), text);
    const json = JSON.parse(cli(['--json', file, notJsonFile]).stdout);
    assert.equal(json[0].file, file);
    assert.equal(json[1].file, notJsonFile);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
