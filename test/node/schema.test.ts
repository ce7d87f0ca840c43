/**
 * dist/disclosure.schema.json, the file the build ships, checked against the
 * fixtures rather than against the function that wrote it: Ajv (JSON Schema
 * 2020-12, strict mode) compiles it without a warning, accepts every valid
 * fixture, and rejects every invalid one at the path where parseDisclosure
 * finds the problem.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import seed from '../../stories/data/seed-2022.json' with { type: 'json' };
import synthetic from '../../stories/data/synthetic-2023.json' with { type: 'json' };
import { DisclosureError, parseDisclosure } from '../../components/core/disclosure/index.js';
import { badInputs, containers, materialise, pathSteps, seededRandom, validFixtures } from '../fixtures/bad-inputs.js';

const schemaText = readFileSync('dist/disclosure.schema.json', 'utf8');
const schema = JSON.parse(schemaText);
/** Ajv's strict-mode complaints, which it logs rather than throws for `strictTypes` and `strictTuples`. */
const strictWarnings: string[] = [];
const logger = { log: () => {}, warn: (...args: unknown[]) => strictWarnings.push(args.map(String).join(' ')), error: (...args: unknown[]) => strictWarnings.push(args.map(String).join(' ')) };
const ajv = new Ajv2020({ allErrors: true, strict: true, logger });
const validate = ajv.compile(schema);
const bases = { seed, synthetic };

/** What Ajv sees: the parsed value (JSON text is parsed first, as a pipeline would). */
const asJson = (input: unknown) => (typeof input === 'string' ? JSON.parse(input) : input);
const parses = (input: unknown) => {
  try {
    parseDisclosure(input);
    return true;
  } catch (error) {
    if (error instanceof DisclosureError) return false;
    throw error;
  }
};
/** The JSON Pointer (Ajv's instancePath) of a validator path, or of its parent object. */
const pointer = (path: string, parent = false) =>
  pathSteps(path)
    .slice(0, parent ? -1 : undefined)
    .map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');

describe('the JSON Schema file', () => {
  test('it compiles in Ajv\'s strict mode without a warning', () => {
    assert.deepEqual(strictWarnings, []);
  });
  test('it is a 2020-12 schema without an $id (none would resolve: the file is the package\'s disclosure.schema.json export), valid against the meta-schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, undefined);
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });
  test('it names every section and every required top-level field', () => {
    assert.deepEqual(schema.required, ['schemaVersion', 'kind', 'fiscalYear', 'unit', 'department']);
    assert.deepEqual(Object.keys(schema.properties), [
      'schemaVersion',
      'kind',
      'fiscalYear',
      'unit',
      'department',
      'accountSummary',
      'fiscalAppropriation',
      'functionalBreakdown',
      'governmentFundExpenditure',
      'stateCapitalExpenditure',
      'threePublicExpenses',
      'basicExpenditure',
      'otherMatters',
      'glossary',
      'notes',
      'incomeTable',
      'expenditureTable',
      'appropriationTable',
      'basicExpenditureTable',
      'governmentFundTable',
      'stateCapitalTable',
      'explanations',
    ]);
    assert.equal(schema.additionalProperties, false);
  });
  test('its fields carry the descriptions of the contract (支出总计 is the grand total)', () => {
    assert.match(schema.properties.accountSummary.properties.expenditureGrandTotal.description, /^支出总计 as published: 本年支出合计 \+ 结余分配 \+ 年末结转和结余/);
    assert.match(schema.properties.incomeTable.properties.rows.description, /Rows by function class/);
  });
});

describe('the JSON Schema accepts every hand-transcribed disclosure in test/fixtures', () => {
  const files = readdirSync('test/fixtures').filter((file) => file.endsWith('.json'));
  test('there is at least the planning-resources 2024 总表', () => assert.ok(files.includes('planning-resources-2024-summary.json')));
  for (const file of files) {
    test(`test/fixtures/${file}`, () => {
      const input = JSON.parse(readFileSync(`test/fixtures/${file}`, 'utf8'));
      assert.equal(parses(input), true, 'parseDisclosure rejects it');
      assert.equal(validate(input), true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });
  }
});

describe('the JSON Schema accepts every valid fixture', () => {
  for (const fixture of validFixtures) {
    test(fixture.name, () => {
      const input = materialise(fixture.input, bases[fixture.base]);
      assert.equal(parses(input), true, 'parseDisclosure rejects it');
      assert.equal(validate(asJson(input)), true, JSON.stringify(validate.errors, null, 2));
    });
  }
});

describe('the JSON Schema rejects every bad input, where parseDisclosure finds the problem', () => {
  for (const badInput of badInputs) {
    const codes = badInput.problems.map((problem) => problem.code);
    if (codes.includes('not-json')) continue; // Not JSON: there is nothing to give the schema.
    if (codes.includes('depth')) {
      // JSON Schema cannot bound the depth of a recursive $ref: deep nesting is the validator's own limit.
      test(`${badInput.name} (depth: accepted by the schema, rejected by parseDisclosure)`, () => {
        const input = materialise(badInput.input, seed);
        assert.equal(parses(input), false);
        assert.equal(validate(asJson(input)), true);
      });
      continue;
    }
    test(badInput.name, () => {
      const input = materialise(badInput.input, seed);
      assert.equal(parses(input), false, 'parseDisclosure accepts it');
      assert.equal(validate(asJson(input)), false, 'the schema accepts it');
      const errorPaths = new Set((validate.errors ?? []).map((error) => error.instancePath));
      for (const problem of badInput.problems) {
        // Ajv reports a missing or unknown field, and a missing label, at the object that holds it.
        const atParent = problem.code === 'required' || problem.code === 'unknown-field' || problem.code === 'label-required';
        const expected = pointer(problem.path, atParent);
        assert.ok(errorPaths.has(expected), `no schema error at ${expected} for ${problem.code} at ${problem.path}; errors at ${[...errorPaths].join(', ')}`);
      }
    });
  }
});

test('the JSON Schema and parseDisclosure agree on 500 random corruptions of the story data', () => {
  const { random, pick } = seededRandom(7);
  const replacements: unknown[] = [
    null, -1, 0, 1.5, 1e21, '', ' ', '\u3000', 'abc', '-0', '-00', '1e3', '0.00', '12', true, [], [{}], {}, { amount: '1' }, { name: 'x' },
    { key: 'basic', amount: '1' }, { label: 'x', count: 1 }, 'final-accounts', 'budget', '万元', 3000, 2022, 1, { term: 'a', definition: 'b' },
    ['x'], [{ name: 'x', amount: '1' }], [{ name: 'x' }], [{ key: 'otherIncome', amount: '1' }], [{ amount: '1' }],
  ];
  const fieldNames = ['amout', 'label', 'key', 'children', 'amount', 'code', 'name', 'count'];
  const tally = { valid: 0, invalid: 0 };
  for (let round = 0; round < 500; round++) {
    let input: any = structuredClone(round % 2 === 0 ? seed : synthetic);
    for (let change = 0; change < 1 + Math.floor(random() * 2); change++) {
      const [parent, key] = pick(containers(input));
      const roll = random();
      if (roll < 0.15) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (roll < 0.25 && !Array.isArray(parent)) parent[pick(fieldNames)] = structuredClone(pick(replacements));
      else parent[key] = structuredClone(pick(replacements));
    }
    input = JSON.parse(JSON.stringify(input));
    const valid = parses(input);
    assert.equal(validate(input), valid, `round ${round}: parseDisclosure says ${valid ? 'valid' : 'invalid'}, the schema does not (${JSON.stringify(validate.errors?.slice(0, 3))})`);
    tally[valid ? 'valid' : 'invalid'] += 1;
  }
  // Both outcomes occur, so the agreement means something.
  assert.ok(tally.valid > 50 && tally.invalid > 50, JSON.stringify(tally));
});
