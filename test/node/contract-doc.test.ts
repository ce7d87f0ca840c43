/**
 * docs/contract.md is generated (scripts/docs/contract.mjs, `npm run docs`)
 * from the contract's one source. This fails when the committed file was
 * edited by hand or the source changed without regenerating it: run
 * `node scripts/docs/contract.mjs` and commit docs/contract.md.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contractReference } from '../../components/core/disclosure/reference.js';
import { DEFINITIONS, DISCLOSURE_SHAPE, type RecordShape, type Shape } from '../../components/core/disclosure/shape.js';

describe('docs/contract.md', () => {
  test('is exactly what the contract\'s source gives (regenerate with `node scripts/docs/contract.mjs`)', () => {
    const committed = readFileSync('docs/contract.md', 'utf8');
    const generated = contractReference();
    if (committed !== generated) {
      const committedLines = committed.split('\n');
      const generatedLines = generated.split('\n');
      const line = generatedLines.findIndex((text, index) => text !== committedLines[index]);
      assert.fail(`docs/contract.md differs from the generator at line ${line + 1}:\n  committed: ${committedLines[line]}\n  generated: ${generatedLines[line]}`);
    }
  });

  test('every field of the shape has a description, so every row of the reference says what it holds', () => {
    const missing: string[] = [];
    const walk = (shape: Shape, path: string, seen: Set<RecordShape>) => {
      if (shape.type === 'list') return walk(shape.of, `${path}[]`, seen);
      if (shape.type !== 'record' || seen.has(shape)) return;
      seen.add(shape);
      for (const [field, entry] of Object.entries(shape.fields)) {
        if (!entry.description?.trim()) missing.push(`${path}.${field}`);
        walk(entry.shape, `${path}.${field}`, seen);
      }
    };
    walk(DISCLOSURE_SHAPE, '', new Set());
    for (const [name, shape] of Object.entries(DEFINITIONS)) walk(shape, name, new Set());
    assert.deepEqual(missing, []);
  });

  test('names the documents\' 支出总计 and how a v1 file is read', () => {
    const text = contractReference();
    assert.match(text, /\| `accountSummary\.expenditureGrandTotal` \| amount \| — \| 支出总计 as published/);
    assert.match(text, /## Reading a v1 file: 支出总计/);
    assert.match(text, /`expenditureTotal` is still checked as the sum of the expenditure lines/);
  });

  test('lists the cross-checks of every new table and of the explanations', () => {
    const text = contractReference();
    for (const heading of ['`incomeTable`', '`appropriationTable`', '`basicExpenditureTable`', '`governmentFundTable`', 'Explanations (情况说明)']) {
      assert.ok(text.includes(`**${heading}`), `no cross-check section for ${heading}`);
    }
  });
});
