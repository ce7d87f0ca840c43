/**
 * The view models run in Node as plain data: built from the seed (2022
 * 高新区党群工作部 final accounts), with no lit anywhere in their imports.
 * Expected figures read from the seed document by hand: income 933.74 万元,
 * all of it 财政拨款收入; 其他组织事务支出 901.17 万元 at a published 90.82 %.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { Formatter } from '../../components/core/format.js';
import { catalogueFor } from '../../components/core/locale/index.js';
import type { RenderContext } from '../../components/core/element/context.js';
import { buildAccountSummaryModel } from '../../components/account-summary/account-summary.model.js';
import { buildFunctionalBreakdownModel, fullExpansion, visibleRows } from '../../components/functional-breakdown/functional-breakdown.model.js';
import { buildThreePublicModel } from '../../components/three-public-expenses/three-public-expenses.model.js';

const MODELS = [
  'components/account-summary/account-summary.model.ts',
  'components/functional-breakdown/functional-breakdown.model.ts',
  'components/three-public-expenses/three-public-expenses.model.ts',
];

function contextOf(): RenderContext {
  const { disclosure } = parseDisclosure(JSON.parse(readFileSync('stories/data/seed-2022.json', 'utf8')));
  return {
    disclosure,
    locale: 'zh-CN',
    catalogue: catalogueFor('zh-CN'),
    format: new Formatter(disclosure.unit, disclosure.unit, 'zh-CN'),
    hideZero: false,
    view: 'both',
    headingLevel: 2,
    idPrefix: 't',
  };
}

/** Every module a file imports, following relative imports; bare specifiers (packages) as they are. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.')) importGraph(join(dirname(file), specifier).replace(/\.js$/, '.ts'), seen);
    else seen.add(specifier);
  }
  return seen;
}

describe('view models', () => {
  test('import no lit, directly or through the core', () => {
    for (const model of MODELS) {
      const graph = [...importGraph(model)];
      assert.deepEqual(graph.filter((entry) => entry === 'lit' || entry.startsWith('lit/') || entry.startsWith('@lit')), [], model);
    }
  });

  test('account-summary: rows are data, the income line with its amount and share', () => {
    const model = buildAccountSummaryModel(contextOf());
    const row = model.income.rows.find((candidate) => candidate.label === '财政拨款收入');
    assert.deepEqual(row?.cells, ['933.74', '100.00%']);
    assert.equal(model.income.footer[0]!.cells[0], '933.74');
    for (const side of [model.income, model.expenditure]) {
      for (const candidate of [...side.rows, ...side.footer]) {
        for (const cell of candidate.cells) assert.ok(typeof cell === 'string' || typeof cell.kind === 'string', 'a cell is text or a data object');
      }
    }
  });

  test('functional-breakdown: the published completion rate is a rate cell, as published', () => {
    const context = contextOf();
    const model = buildFunctionalBreakdownModel(context, 'general-public-budget');
    const rows = visibleRows(model, fullExpansion(model), context);
    const row = rows.find((candidate) => candidate.label === '其他组织事务支出');
    assert.equal(row?.cells[0], '901.17');
    assert.deepEqual(row?.cells.at(-1), { kind: 'rate', text: '90.82%', computed: false, points: '90.82' });
    // Built once: the same node gives the same row object again.
    assert.equal(visibleRows(model, fullExpansion(model), context).find((candidate) => candidate.label === '其他组织事务支出'), row);
  });

  test('three-public-expenses: the statement is one sentence of text', () => {
    const model = buildThreePublicModel(contextOf());
    assert.equal(typeof model.statement, 'string');
    assert.match(model.statement, /与2021年度持平/);
  });
});
