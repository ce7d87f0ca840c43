/**
 * The planning-resources PDF against the hand-transcribed fixture of the
 * contract issue (test/fixtures/putuo-planning-resources-2024.json, written by
 * another helper from the PDF's text), leaf by leaf: every figure, text and
 * stated figure of the fixture must be imported as typed, and nothing the
 * fixture lacks may be imported (top-level `notes` aside). With the version-1
 * contract the importer maps only what version 1 holds and reports the other
 * tables as read but not mapped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { importDisclosure } from '../../components/import/index.js';
import { contractHasTables } from '../../components/import/tables/map.js';
import { sharedFile } from './import-helpers.js';

const FIXTURE = 'test/fixtures/putuo-planning-resources-2024.json';
/**
 * Text typed with a spacing the importer does not reproduce: the duties ("15 分钟" where the narrative reader joins
 * "15分钟") and 说明十's paragraph, typed without the space between a number and CJK that every other paragraph has
 * (compared without white space in import-text-parts.test.ts). Everything else is compared: the figures of every
 * table, the 情况说明 with their parts and stated figures, each 项's explanation, the tables' notes.
 */
const NOT_COMPARED = /^department\.duties|^otherMatters\.performance\.explanation\.text/;

function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, out);
  else out.set(path, value);
  return out;
}

test('planning-resources 2024 against the contract fixture', async () => {
  const { json, report } = await importDisclosure(new Uint8Array(readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'))));
  if (!contractHasTables() || !existsSync(FIXTURE)) {
    // Version 1: the tables it has no section for are named in the report, and none is invented.
    assert.equal(json.incomeTable, undefined);
    const notMapped = report.notes.filter((note) => note.code === 'not-mapped').map((note) => note.table);
    assert.deepEqual(notMapped, ['收入决算表', '一般公共预算财政拨款基本支出决算表']);
    return;
  }
  const want = leaves(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const got = leaves(json);
  const differences: string[] = [];
  for (const [path, value] of want) {
    if (NOT_COMPARED.test(path)) continue;
    if (got.get(path) !== value) differences.push(`${path}: fixture ${JSON.stringify(value)}, imported ${JSON.stringify(got.get(path))}`);
  }
  for (const path of got.keys()) {
    if (!want.has(path) && !/^notes\[/.test(path)) differences.push(`${path}: imported ${JSON.stringify(got.get(path))}, not in the fixture`);
  }
  assert.deepEqual(differences, []);
});
