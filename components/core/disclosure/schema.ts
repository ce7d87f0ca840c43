/**
 * Turns the contract's shape (shape.ts) into the JSON Schema shipped as
 * `dist/disclosure.schema.json` (written by the build, not committed), for
 * portal pipelines and editor autocomplete. Each field's description in the
 * shape becomes its `description` here. test/node/schema.test.ts checks the
 * built file against the fixtures: the valid ones pass, each invalid one
 * fails at its path. Not in the browser bundle.
 */
import { DEFINITIONS, DISCLOSURE_SHAPE, type Shape } from './shape.js';

type JsonSchema = Record<string, unknown>;

/** Non-negative decimal in plain notation; "-0" (also "-00", "-0.00") is zero, so it is allowed too. */
const UNSIGNED_DECIMAL = '^(?:\\d+(?:\\.\\d+)?|-0+(?:\\.0+)?)$';
const SIGNED_DECIMAL = '^-?\\d+(?:\\.\\d+)?$';

export function disclosureJsonSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {
    amount: {
      description: 'A non-negative decimal in the disclosure\'s unit, as a string ("933.74"); a JSON number is accepted.',
      anyOf: [
        { type: 'string', pattern: UNSIGNED_DECIMAL },
        { type: 'number', minimum: 0 },
      ],
    },
    percent: {
      description: 'Percent points as a non-negative decimal string ("90.3" for 90.3 %); may exceed 100; a JSON number is accepted.',
      anyOf: [
        { type: 'string', pattern: UNSIGNED_DECIMAL },
        { type: 'number', minimum: 0 },
      ],
    },
    decimal: {
      description: 'A non-negative decimal as a string ("99.33"); a JSON number is accepted.',
      anyOf: [
        { type: 'string', pattern: UNSIGNED_DECIMAL },
        { type: 'number', minimum: 0 },
      ],
    },
    signedDecimal: {
      description: 'A decimal that may be negative (a change), as a string ("-12.5"); a JSON number is accepted.',
      anyOf: [{ type: 'string', pattern: SIGNED_DECIMAL }, { type: 'number' }],
    },
  };
  for (const [name, shape] of Object.entries(DEFINITIONS)) definitions[name] = toSchema(shape);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Department final accounts or budget disclosure (部门决算 / 部门预算公开), version 1',
    ...toSchema(DISCLOSURE_SHAPE),
    $defs: definitions,
  };
}

function toSchema(shape: Shape): JsonSchema {
  switch (shape.type) {
    case 'decimal':
      return { $ref: shape.signed ? '#/$defs/signedDecimal' : `#/$defs/${shape.unit ?? 'amount'}` };
    case 'count':
      return { type: 'integer', minimum: 0 };
    case 'integer':
      return { type: 'integer', minimum: shape.min, maximum: shape.max };
    case 'text':
      return shape.nonEmpty ? { type: 'string', pattern: '\\S' } : { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'const':
      return { const: shape.value };
    case 'enum':
      return { enum: [...shape.values] };
    case 'list':
      return { type: 'array', items: toSchema(shape.of) };
    case 'ref':
      return { $ref: `#/$defs/${shape.name}` };
    case 'record': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [field, { shape: fieldShape, required: isRequired, description }] of Object.entries(shape.fields)) {
        properties[field] = description === undefined ? toSchema(fieldShape) : { description, ...toSchema(fieldShape) };
        if (isRequired) required.push(field);
      }
      const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
      if (required.length > 0) schema.required = required;
      // Each branch names its type and properties, so Ajv's strict mode (strictTypes, strictRequired) has nothing to warn about.
      if (shape.rule?.type === 'label-unless-standard-key') {
        schema.anyOf = [
          { type: 'object', properties: { label: true }, required: ['label'] },
          { type: 'object', properties: { key: { enum: [...shape.rule.keys] } }, required: ['key'] },
        ];
      }
      if (shape.amountUnlessBlank) {
        // `amount` unless `blank` is true; never both.
        schema.if = { type: 'object', properties: { blank: { const: true } }, required: ['blank'] };
        schema.then = { type: 'object', properties: { amount: false } };
        schema.else = { type: 'object', properties: { amount: true }, required: ['amount'] };
      }
      if (shape.rule?.type === 'amount-unless-children') {
        schema.anyOf = [
          { type: 'object', properties: { amount: true }, required: ['amount'] },
          { type: 'object', properties: { children: { type: 'array', minItems: 1 } }, required: ['children'] },
        ];
      }
      return schema;
    }
  }
}
