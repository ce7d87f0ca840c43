/**
 * Turns the contract's shape (shape.ts) into the JSON Schema shipped as
 * `disclosure.schema.json`, for portal pipelines and editor autocomplete.
 * Run by the build; a test checks the committed file is what this gives and
 * that it agrees with parseDisclosure on every fixture. Not in the browser bundle.
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
    signedDecimal: {
      description: 'A decimal that may be negative (a change), as a string ("-12.5"); a JSON number is accepted.',
      anyOf: [{ type: 'string', pattern: SIGNED_DECIMAL }, { type: 'number' }],
    },
  };
  for (const [name, shape] of Object.entries(DEFINITIONS)) definitions[name] = toSchema(shape);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Department final accounts disclosure (部门决算公开), version 1',
    ...toSchema(DISCLOSURE_SHAPE),
    $defs: definitions,
  };
}

function toSchema(shape: Shape): JsonSchema {
  switch (shape.type) {
    case 'decimal':
      return { $ref: shape.signed ? '#/$defs/signedDecimal' : '#/$defs/amount' };
    case 'count':
      return { type: 'integer', minimum: 0 };
    case 'integer':
      return { type: 'integer', minimum: shape.min, maximum: shape.max };
    case 'text':
      return shape.nonEmpty ? { type: 'string', pattern: '\\S' } : { type: 'string' };
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
      for (const [field, { shape: fieldShape, required: isRequired }] of Object.entries(shape.fields)) {
        properties[field] = toSchema(fieldShape);
        if (isRequired) required.push(field);
      }
      const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
      if (required.length > 0) schema.required = required;
      if (shape.rule?.type === 'label-unless-standard-key') {
        schema.anyOf = [{ required: ['label'] }, { required: ['key'], properties: { key: { enum: [...shape.rule.keys] } } }];
      }
      if (shape.rule?.type === 'amount-unless-children') {
        schema.anyOf = [{ required: ['amount'] }, { required: ['children'], properties: { children: { type: 'array', minItems: 1 } } }];
      }
      return schema;
    }
  }
}
