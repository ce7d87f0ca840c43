/**
 * The contract reference (docs/contract.md), generated from the one source
 * of the contract: the shape and its field descriptions (shape.ts), the
 * standard keys (contract.ts) with their labels (the locale catalogues), and
 * the list of cross-checks (checks.ts). `npm run docs` writes it
 * (scripts/docs/contract.mjs); test/node/contract-doc.test.ts fails when the
 * committed file differs. Not in the browser bundle.
 */
import { en } from '../locale/en.js';
import { zhCN } from '../locale/zh-CN.js';
import { BASIC_EXPENDITURE_KEYS, CARRY_OVER_INCOME_KEYS, EXPENDITURE_KEYS, FISCAL_APPROPRIATION_INCOME_KEYS, INCOME_KEYS } from './contract.js';
import { CROSS_CHECKS } from './checks.js';
import { MAX_DEPTH } from './parse.js';
import { DEFINITIONS, DISCLOSURE_SHAPE, type DefinitionName, type RecordShape, type Shape } from './shape.js';

const INTRO = `A disclosure is one JSON document holding one department's published final accounts (决算), or its budget (预算), for one fiscal year. The TypeScript types are in \`components/core/disclosure/contract.ts\`; the fields, their descriptions and what is required are in \`components/core/disclosure/shape.ts\`, from which this page, the JSON Schema (\`dist/disclosure.schema.json\`) and the validator all come.

- **Amounts** are decimal strings in the document's \`unit\` (\`"933.74"\` in 万元). A JSON number is also accepted and normalised to a string (\`933.74\` → \`"933.74"\`, \`1e21\` → \`"1000000000000000000000"\`). Only plain decimals are accepted (digits, then optionally a point and more digits), so \`"1,234.5"\`, \`" 12 "\`, \`"1e3"\`, \`"+5"\` and \`".5"\` are all rejected. Leading zeros are dropped and \`"-0"\` becomes \`"0"\`. Trailing zeros stay (\`"1.60"\` stays \`"1.60"\`). Amounts can't be negative; the only exceptions are published changes (\`signed amount\`).
- **A blank cell is an absent field, never \`"0"\`.** A printed \`0.00\` is \`"0.00"\`. A table the document prints empty (“本部门无…，故本表无数据”) is present with \`rows: []\` and its \`remark\`; a table the document does not have is absent.
- **Counts** (vehicles, persons, batches, projects …) are non-negative JSON integers.
- **Percentages** are decimal strings in percent points: \`"90.3"\` means 90.3 %. They can exceed 100.
- **Sections are optional at the document level.** Only \`schemaVersion\`, \`kind\`, \`fiscalYear\`, \`unit\` and \`department\` are always required. Each element requires its own section (\`<account-summary>\` needs \`accountSummary\`); a missing one is a \`section-missing\` error that names it.
- **\`kind: "budget"\`** marks a department budget (部门预算) rather than final accounts (\`"final-accounts"\`, 部门决算). Both kinds use the same fields and the same checks: a budget's tables reuse the final accounts' shapes (收入预算总表 is an \`incomeTable\`, 支出预算总表 an \`expenditureTable\` …) and leave out what they don't have.
- **Unknown fields are errors**, not silently ignored, so a typo can't drop a figure. The error suggests the nearest known field within two edits. Unknown fields are never copied into the parsed result.
- **Explanations (情况说明)** keep the text as published (\`text\`, one entry per paragraph) and may list the figures it states (\`figures\`): each points by JSON path (\`ref\`, \`of\`, \`previousRef\`, \`budgetRef\`, written as the validator writes paths: \`functionalBreakdown.items[2].amount\`) at the table figure it speaks of, so the cross-checks compare the narrative with the tables.`;

const MIGRATION = `## Reading a v1 file: 支出总计

In every document of the corpus, 支出总计 is the grand total of the expenditure side: 本年支出合计 + 结余分配 + 年末结转和结余, equal to 收入总计 (the planning-resources 2024 总表: 本年支出合计 9759.38, 年末结转和结余 100.00, 总计 9859.38 on both sides). Version 1 of this contract documented \`accountSummary.expenditureTotal\` as “the expenditure lines' sum, without the year-end balance”. That field keeps exactly that meaning, and a v1 file is read as before:

- \`expenditureTotal\` is still checked as the sum of the expenditure lines, and \`incomeTotal\` = \`expenditureTotal\` + \`yearEndBalance\`.
- The documents' 支出总计 goes in the new field \`expenditureGrandTotal\`, checked as \`currentYearExpenditure\` + 结余分配 + \`yearEndBalance\` (or the lines + \`yearEndBalance\`) and as equal to \`incomeTotal\`. A new file should give \`expenditureGrandTotal\`, and may leave out \`expenditureTotal\`.
- \`<account-summary>\` labels 支出总计 the grand total: \`expenditureGrandTotal\`, or a v1 \`expenditureTotal\` when there is no year-end balance (then they are the same figure). With a year-end balance, a v1 \`expenditureTotal\` is shown as 本年支出合计 (it is the lines' sum) and 支出总计 as the sum of the lines and the balance, marked as computed.
- \`schemaVersion\` stays \`1\`: every v1 file is valid and keeps its meaning.`;

const ROUNDING = `### Rounding difference or mismatch

Published figures are rounded, so sums can be slightly off without anything being wrong. Each warning about a figure is classed as a rounding difference (舍入差异, \`withinRounding: true\`) or a mismatch (不一致, \`withinRounding: false\`):

- **Sums.** If published = Σ parts exactly, there is no warning. Otherwise the tolerance is *n* × half a unit in the last published digit, *n* being the number of non-zero parts (at least 1). Counts (vehicles, projects) are never rounded: any difference is a mismatch.
- **The same figure in two tables** (\`cross-table\`): two independently rounded figures may differ by one unit in the last digit (2 × half a unit).
- **Balances** (\`balance\`): opening + income − expenditure against closing, 3 × half a unit.
- **A figure stated in an explanation** (\`stated-amount\`): the text copies the table, so any difference is a mismatch, unless the text is the coarser (fewer decimals, or a larger \`unit\`: "9,101.68万元" against a table in 元): then it is compared at its own precision, and agrees when within half a unit of its last digit.
- **Rates** (completion rates, shares, change percentages): if the published rate is the exact ratio correctly rounded, there is no warning. Otherwise it is a rounding difference when the gap is within half a unit of the rate's last digit plus what the amounts' own rounding can move the ratio, and a mismatch beyond that. Rates against a zero denominator are not checked.

Warnings never stop a disclosure from rendering and never change a figure: the published figure is always what is shown.`;

/** How a shape is named in the "Type" column. */
function typeOf(shape: Shape): string {
  switch (shape.type) {
    case 'decimal': {
      const unit = shape.unit ?? 'amount';
      return shape.signed ? `signed ${unit}` : unit;
    }
    case 'count':
      return 'count';
    case 'integer':
      return `integer ${shape.min}–${shape.max}`;
    case 'text':
      return shape.nonEmpty ? 'text (non-empty)' : 'text';
    case 'boolean':
      return 'boolean';
    case 'const':
      return `\`${shape.value}\``;
    case 'enum':
      return shape.values.map((value) => `\`"${value}"\``).join(' or ');
    case 'list':
      return shape.of.type === 'record' ? 'array of objects' : `array of ${typeOf(shape.of)}`;
    case 'ref':
      return `[\`${DEFINITIONS[shape.name].typeName}\`](#${shape.name})`;
    case 'record':
      return shape.typeName && !shape.typeName.includes('<') ? `object (\`${shape.typeName}\`)` : 'object';
  }
}

function requiredOf(record: RecordShape, field: string): string {
  const rule = record.rule;
  if (rule?.type === 'label-unless-standard-key' && field === 'label') return 'unless `key` is standard';
  if (rule?.type === 'amount-unless-children' && field === 'amount') return 'unless it has `children`';
  if (record.amountUnlessBlank && field === 'amount') return 'unless `blank` is true';
  return record.fields[field]!.required ? 'yes' : '—';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rows of a record's fields, nested records and lists of records expanded under their path. */
function fieldRows(record: RecordShape, prefix: string, rows: string[] = []): string[] {
  for (const [field, entry] of Object.entries(record.fields)) {
    const isList = entry.shape.type === 'list';
    const path = `${prefix}${field}${isList ? '[]' : ''}`;
    rows.push(`| \`${path}\` | ${typeOf(entry.shape)} | ${requiredOf(record, field)} | ${cell(entry.description ?? '')} |`);
    const inner = entry.shape.type === 'list' ? entry.shape.of : entry.shape;
    if (inner.type === 'record') fieldRows(inner, `${path}.`, rows);
  }
  return rows;
}

const TABLE_HEAD = ['| Field | Type | Required | Meaning |', '| --- | --- | --- | --- |'];

function standardKeys(): string[] {
  const rows = ['| Side | Key | zh-CN label | en label |', '| --- | --- | --- | --- |'];
  const row = (side: string, key: string, child: boolean) =>
    rows.push(`| ${side} | ${child ? '↳ ' : ''}\`${key}\` | ${(zhCN.lines as Record<string, string>)[key]} | ${(en.lines as Record<string, string>)[key]} |`);
  for (const key of INCOME_KEYS) {
    row('income', key, false);
    if (key === 'fiscalAppropriation') for (const child of FISCAL_APPROPRIATION_INCOME_KEYS) row('income', child, true);
  }
  for (const key of EXPENDITURE_KEYS) {
    row('expenditure', key, false);
    if (key === 'basic') for (const child of BASIC_EXPENDITURE_KEYS) row('expenditure', child, true);
  }
  return rows;
}

/** docs/contract.md, as markdown. */
export function contractReference(): string {
  const parts: string[] = [
    '# The disclosure contract (schemaVersion 1)',
    '<!-- Generated by `npm run docs` (scripts/docs/contract.mjs) from components/core/disclosure/shape.ts, the standard keys, the locale catalogues and checks.ts. Edit those, not this file: test/node/contract-doc.test.ts fails when it differs. -->',
    INTRO,
    '## Fields',
    'Column key. **Type**: *amount* = non-negative decimal string in `unit`; *percent* = non-negative decimal string in percent points; *signed amount* / *signed percent* = the same, but may be negative; *decimal* = non-negative decimal string; *count* = non-negative integer; *text (non-empty)* = a string that isn\'t blank. A field name ending in `[]` is an array, and the rows under it describe one element of that array. A linked type is described once, under “Shared types”. **Required**: "yes" means required whenever its parent object is present; "—" means optional.',
    [...TABLE_HEAD, ...fieldRows(DISCLOSURE_SHAPE, '')].join('\n'),
    `\`children\` can nest to any depth the data needs. Input nested more than ${MAX_DEPTH} levels deep (counting every object and array) is reported as a \`depth\` error instead of being followed.`,
    '## Shared types',
    'Types used in several places, or by themselves (`children`).',
  ];
  for (const [name, shape] of Object.entries(DEFINITIONS) as [DefinitionName, RecordShape][]) {
    const keys = shape.rule?.type === 'label-unless-standard-key' ? ` Standard keys: ${name === 'incomeLine' ? 'the income side\'s' : 'the expenditure side\'s'} (see “Standard line keys”).` : '';
    parts.push(`<a id="${name}"></a>\n\n### \`${shape.typeName}\` (\`${name}\`)${keys ? `\n\n${keys.trim()}` : ''}`, [...TABLE_HEAD, ...fieldRows(shape, '')].join('\n'));
  }
  parts.push(
    '## Standard line keys',
    'A line with one of these keys needs no `label`: the library shows the label for the page\'s language. Any other key, or a line with no key, needs a `label`; a line may also give a `label` to show the document\'s own wording (年初结转和结余 for `priorYearBalance`). Indented keys are the standard children of the line above them.',
    standardKeys().join('\n'),
    `The income keys ${CARRY_OVER_INCOME_KEYS.map((key) => `\`${key}\``).join(', ')} are carry-overs, not income of the year, so 本年收入合计 (\`currentYearIncome\`) leaves them out. The keys are exported as \`INCOME_KEYS\`, \`FISCAL_APPROPRIATION_INCOME_KEYS\`, \`EXPENDITURE_KEYS\`, \`BASIC_EXPENDITURE_KEYS\` and \`CARRY_OVER_INCOME_KEYS\`.`,
    MIGRATION,
    '## Cross-checks (勾稽关系)',
    'Once the input is valid, `crossCheck` (in `checks.ts`) tests the relations a published disclosure should satisfy, exactly, on decimal.js. A relation is checked only when all of its figures are present (a blank is not a zero): a column a table leaves blank throughout is in no sum, and a sum with a blank part in a column the table publishes is checked one way only (published parts that already exceed the whole are a mismatch, whatever the blank holds). The disclosure the validator returns is frozen, every object and list of it: what was validated and checked is what the elements show, and a changed copy (`structuredClone`) is validated again. The one-file bundle (`dist/disclosure-elements.js`) leaves out the checks between the tables of 表二–表九 and of the explanations\' stated figures, which no element shows yet (its size budget); the package\'s modules, the CLI and `parseDisclosure` in Node run them all. Each warning has the `path` of the published figure, a `code` and a bilingual `message`; all but the code, direction, reason and reference warnings also carry `published`, `computed`, the signed `difference` (published − computed), `tolerance` and `withinRounding`.',
  );
  for (const group of CROSS_CHECKS) {
    parts.push(`**${group.title}**\n\n${group.rules.map((rule) => `- ${rule}`).join('\n')}`);
  }
  parts.push(ROUNDING);
  return `${parts.join('\n\n')}\n`;
}
