/**
 * The TypeScript types (contract.ts, written by hand for their generics and
 * unions) and the shape (shape.ts, the one source of the fields and their
 * descriptions) describe the same fields: every field of the shape has a
 * field of the same name and optionality in the types, and every field of
 * the types has one in the shape. Read from contract.ts's text, so a field
 * added to one side only fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFINITIONS, DISCLOSURE_SHAPE, type RecordShape, type Shape } from '../../components/core/disclosure/shape.js';

const code = readFileSync('components/core/disclosure/contract.ts', 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\/\/.*$/gm, '');

/** The text between the brace at `open` and its match. */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return text.slice(open + 1, index);
  }
  throw new Error('unbalanced braces in contract.ts');
}

type Members = Map<string, { optional: boolean; type: string }>;

/** `a?: T; b: { … };` → members, split at the top level only. */
function membersOf(body: string): Members {
  const members: Members = new Map();
  let depth = 0;
  let start = 0;
  const add = (text: string) => {
    const match = /^\s*(\w+)(\?)?\s*:\s*([\s\S]+?)\s*$/.exec(text);
    if (match) members.set(match[1]!, { optional: match[2] === '?', type: match[3]! });
  };
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '{' || char === '<' || char === '(') depth++;
    else if (char === '}' || char === '>' || char === ')') depth--;
    else if (char === ';' && depth === 0) {
      add(body.slice(start, index));
      start = index + 1;
    }
  }
  add(body.slice(start));
  return members;
}

/** Every exported interface (own members merged with its base's) and the FunctionRow type literal. */
const interfaces = new Map<string, Members>();
const bases = new Map<string, string>();
const typeParameters = new Map<string, string>();
for (const match of code.matchAll(/export interface (\w+)(?:<(\w+)>)?(?:\s+extends\s+(\w+))?\s*\{/g)) {
  interfaces.set(match[1]!, membersOf(braced(code, match.index! + match[0].length - 1)));
  if (match[2]) typeParameters.set(match[1]!, match[2]);
  if (match[3]) bases.set(match[1]!, match[3]);
}
const functionRow = /export type FunctionRow<Columns> = Columns & \{/.exec(code);
assert.ok(functionRow, 'contract.ts has FunctionRow<Columns>');
const functionRowPlace = membersOf(braced(code, functionRow.index + functionRow[0].length - 1));

function interfaceMembers(name: string): Members {
  const own = interfaces.get(name);
  assert.ok(own, `contract.ts has no interface ${name}`);
  const base = bases.get(name);
  return base ? new Map([...interfaceMembers(base), ...own]) : own;
}

/** The members a type expression stands for: an inline object type, FunctionRow<X>, Name<…> or Name (arrays unwrapped). */
function membersOfType(type: string): Members {
  const bare = type.trim().replace(/\[\]$/, '').trim();
  if (bare.startsWith('{')) return membersOf(braced(bare, 0));
  const row = /^FunctionRow<(\w+)>$/.exec(bare);
  if (row) {
    const place = [...functionRowPlace].map(([field, member]): [string, { optional: boolean; type: string }] => [field, { ...member, type: member.type.replace('<Columns>', `<${row[1]}>`) }]);
    return new Map([...interfaceMembers(row[1]!), ...place]);
  }
  const generic = /^(\w+)<(\w+)>$/.exec(bare);
  if (generic) {
    // Name<Arg>: the members with the interface's type parameter replaced by Arg.
    const parameter = typeParameters.get(generic[1]!);
    const members = interfaceMembers(generic[1]!);
    return new Map([...members].map(([field, member]) => [field, { ...member, type: member.type === parameter ? generic[2]! : member.type }]));
  }
  return interfaceMembers(bare);
}

/** Fields that differ on purpose: set by the validator, or required by a rule rather than always. */
const EXCEPTIONS = new Set(['FunctionItem.amount?']);

const recordOf = (shape: Shape): RecordShape | undefined => {
  const inner = shape.type === 'list' ? shape.of : shape;
  if (inner.type === 'ref') return DEFINITIONS[inner.name];
  return inner.type === 'record' ? inner : undefined;
};

test('every field of the shape is a field of the TypeScript types, with the same optionality, and the other way round', () => {
  const problems: string[] = [];
  const seen = new Set<string>();
  const compare = (record: RecordShape, members: Members, path: string, typeLabel: string) => {
    const key = `${typeLabel}@${Object.keys(record.fields).join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const name = record.typeName ?? typeLabel;
    for (const [field, entry] of Object.entries(record.fields)) {
      const member = members.get(field);
      if (!member) {
        problems.push(`${path}.${field}: in the shape, not in the type ${name}`);
        continue;
      }
      const optionalInShape = !entry.required;
      if (member.optional !== optionalInShape && !EXCEPTIONS.has(`${name}.${field}?`)) {
        problems.push(`${path}.${field}: ${optionalInShape ? 'optional' : 'required'} in the shape, ${member.optional ? 'optional' : 'required'} in the type ${name}`);
      }
      const inner = recordOf(entry.shape);
      if (inner) compare(inner, membersOfType(member.type), `${path}.${field}`, member.type);
    }
    for (const field of members.keys()) {
      if (!(field in record.fields) && !EXCEPTIONS.has(`${name}.${field}`)) problems.push(`${path}.${field}: in the type ${name}, not in the shape`);
    }
  };
  compare(DISCLOSURE_SHAPE, interfaceMembers('Disclosure'), '(root)', 'Disclosure');
  assert.deepEqual(problems, []);
});

test('each named record of the shape is the interface it names', () => {
  const named = [DISCLOSURE_SHAPE, ...Object.values(DEFINITIONS)].filter((shape) => shape.typeName && !shape.typeName.includes('<'));
  for (const shape of named) {
    const typeFields = [...interfaceMembers(shape.typeName!).keys()].filter((field) => !EXCEPTIONS.has(`${shape.typeName}.${field}`));
    assert.deepEqual(typeFields.sort(), Object.keys(shape.fields).sort(), shape.typeName);
  }
});

test("every field name of the contract's shape is an identifier (the validator writes their JSON paths without quoting)", () => {
  const names: string[] = [];
  const seen = new Set<Shape>();
  const walk = (shape: Shape): void => {
    if (seen.has(shape)) return;
    seen.add(shape);
    if (shape.type === 'record') {
      for (const [name, field] of Object.entries((shape as RecordShape).fields)) {
        names.push(name);
        walk(field.shape);
      }
    } else if (shape.type === 'list') walk(shape.of);
    else if (shape.type === 'ref') walk(DEFINITIONS[shape.name]);
  };
  walk(DISCLOSURE_SHAPE);
  assert.ok(names.length > 100);
  assert.deepEqual(names.filter((name) => !/^[A-Za-z_$][\w$]*$/.test(name)), []);
});
