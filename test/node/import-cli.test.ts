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

test('--help, unknown flags refused, one file only', () => {
  const help = run('--help', '--lang', 'en');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: disclosure-import FILE \[-o OUT\.json\] \[--report REPORT\.json\] \[--lang zh-CN\|en\]/);
  const unknown = run('--force', 'x.pdf');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /未知参数：--force/);
  const two = run('a.pdf', 'b.pdf', '--lang', 'en');
  assert.equal(two.status, 2);
  assert.match(two.stderr, /Give one file/);
  const dangling = run('a.pdf', '-o');
  assert.equal(dangling.status, 2);
  assert.match(dangling.stderr, /缺少值/);
});
