/**
 * The built importer CLI (dist/cli/disclosure-import.js), run as a portal
 * pipeline would: exit 0 imported, 1 not a disclosure, 2 unreadable or bad
 * arguments; --help; unknown flags refused; messages in zh-CN and en.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { minimalPdf, sharedFile } from './import-helpers.js';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli/disclosure-import.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8' } });
const scratch = mkdtempSync(join(tmpdir(), 'disclosure-import-'));

test('imports the seed narrative to -o, writes the report, exit 0', () => {
  const out = join(scratch, 'seed.json');
  const report = join(scratch, 'seed-report.json');
  const result = run(sharedFile('seeds/000_db45f6549d3214a0.txt'), '-o', out, '--report', report, '--lang', 'en');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /imported \d+ figures, 0 cross-check warnings/);
  const { disclosure } = parseDisclosure(readFileSync(out, 'utf8'));
  assert.equal(disclosure.accountSummary?.incomeTotal, '933.74');
  const written = JSON.parse(readFileSync(report, 'utf8'));
  assert.ok(written.figures.some((figure: { path: string; value: string }) => figure.path === 'fiscalAppropriation.total' && figure.value === '933.74'));
});

test('without -o the JSON goes to standard output', () => {
  const result = run(sharedFile('seeds/000_db45f6549d3214a0.txt'));
  assert.equal(result.status, 0);
  assert.equal(JSON.parse(result.stdout).fiscalYear, 2022);
  assert.match(result.stderr, /已导入 \d+ 个数字/);
});

test('not a disclosure: exit 1 with the reason', () => {
  const file = join(scratch, 'newsletter.pdf');
  writeFileSync(file, minimalPdf('BT /F1 12 Tf 72 700 Td (Newsletter) Tj ET'));
  const result = run(file, '--lang', 'en');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /does not look like a disclosure/);
  const template = run(sharedFile('corpus/template-2024-final-accounts.pdf'));
  assert.equal(template.status, 1);
  assert.match(template.stderr, /没有任何数字/);
});

test('unreadable: a missing file, an empty file, a truncated PDF: exit 2', () => {
  assert.equal(run(join(scratch, 'missing.pdf')).status, 2);
  const empty = join(scratch, 'empty.pdf');
  writeFileSync(empty, '');
  const emptyResult = run(empty, '--lang', 'en');
  assert.equal(emptyResult.status, 2);
  assert.match(emptyResult.stderr, /The file is empty/);
  const truncated = join(scratch, 'truncated.pdf');
  writeFileSync(truncated, readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf')).subarray(0, 3000));
  const truncatedResult = run(truncated);
  assert.equal(truncatedResult.status, 2);
  assert.match(truncatedResult.stderr, /已损坏或不完整/);
});

test('--help, --version, unknown options, missing values, --lang=fr refused, one file only (shared CLI plumbing)', () => {
  const help = run('--help', '--lang', 'en');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: disclosure-import FILE \[-o OUT\.json\] \[--report REPORT\.json\] \[--lang zh-CN\|en\]/);
  assert.match(help.stdout, /--report FILE +write the import report/);
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `disclosure-import ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  const unknown = run('--force', 'x.pdf');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^disclosure-import：未知选项 --force\n用法：disclosure-import/);
  const unknownEn = run('-x', 'x.pdf', '--lang=en');
  assert.equal(unknownEn.status, 2);
  assert.match(unknownEn.stderr, /^disclosure-import: unknown option -x\n/);
  const two = run('a.pdf', 'b.pdf', '--lang', 'en');
  assert.equal(two.status, 2);
  assert.match(two.stderr, /Give one file/);
  const dangling = run('a.pdf', '-o');
  assert.equal(dangling.status, 2);
  assert.match(dangling.stderr, /选项 -o 需要一个值/);
  const danglingReport = run('a.pdf', '--report', '--lang', 'en');
  assert.equal(danglingReport.status, 2);
  assert.match(danglingReport.stderr, /option --report needs a value/);
  const french = run('--lang=fr', sharedFile('seeds/000_db45f6549d3214a0.txt'));
  assert.equal(french.status, 2);
  assert.equal(french.stdout, '');
  assert.match(french.stderr, /选项 --lang 的值 fr 无效，可选：zh-CN、en/);
  const frenchEn = run('--lang', 'fr', 'x.pdf', '--lang', 'en');
  assert.equal(frenchEn.status, 2);
  assert.match(frenchEn.stderr, /fr is not a valid value for --lang; use one of: zh-CN, en/);
});

test('a hostile file name is printed escaped, never raw', () => {
  const name = join(scratch, 'evil\u001b[2J\u202etxt.exe');
  const missing = run(name, '--lang', 'en');
  assert.equal(missing.status, 2);
  assert.ok(!missing.stderr.includes('\u001b') && !missing.stderr.includes('\u202e'), missing.stderr);
  assert.ok(missing.stderr.includes('evil\\u001B[2J\\u202Etxt.exe: cannot be read (no such file)'), missing.stderr);
  writeFileSync(name, '今天天气很好。');
  const read = run(name);
  assert.equal(read.status, 1);
  assert.ok(!read.stderr.includes('\u001b') && read.stderr.includes('evil\\u001B[2J\\u202Etxt.exe：'), read.stderr);
});

test('text in GB18030 is named as such (exit 2), standard input is read with -', () => {
  const gbk = join(scratch, 'gbk.txt');
  // "收入总计为933.74万元" in GB18030, transcribed byte by byte.
  writeFileSync(gbk, Buffer.from([0xca, 0xd5, 0xc8, 0xeb, 0xd7, 0xdc, 0xbc, 0xc6, 0xce, 0xaa, 0x39, 0x33, 0x33, 0x2e, 0x37, 0x34, 0xcd, 0xf2, 0xd4, 0xaa]));
  const result = run(gbk, '--lang', 'en');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /gbk\.txt: cannot be read \(not UTF-8; it looks like GB18030\/GBK/);
  const piped = spawnSync(process.execPath, ['dist/cli/disclosure-import.js', '-', '--lang', 'en'], {
    encoding: 'utf8',
    input: readFileSync(sharedFile('seeds/000_db45f6549d3214a0.txt'), 'utf8'),
    env: { PATH: process.env.PATH ?? '' },
  });
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(JSON.parse(piped.stdout).fiscalYear, 2022);
  assert.match(piped.stderr, /^\(standard input\): imported \d+ figures/);
});

test('without pdfjs-dist installed, a PDF is refused with how to install it (exit 2); text still imports', () => {
  // The built CLI alone in a directory with no node_modules: pdf.js cannot be resolved.
  const lonely = mkdtempSync(join(tmpdir(), 'disclosure-import-nopdfjs-'));
  const cli = join(lonely, 'disclosure-import.mjs');
  writeFileSync(cli, readFileSync('dist/cli/disclosure-import.js'));
  const pdf = spawnSync(process.execPath, [cli, sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'), '--lang', 'en'], { encoding: 'utf8', cwd: lonely, env: { PATH: process.env.PATH ?? '' } });
  assert.equal(pdf.status, 2, pdf.stderr);
  assert.match(pdf.stderr, /Reading a PDF needs pdfjs-dist, which is not installed: run npm install pdfjs-dist@~5\.6\.205/);
  const text = spawnSync(process.execPath, [cli, sharedFile('seeds/000_db45f6549d3214a0.txt')], { encoding: 'utf8', cwd: lonely, env: { PATH: process.env.PATH ?? '' } });
  assert.equal(text.status, 0, text.stderr);
});
