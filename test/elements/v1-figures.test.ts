/**
 * Every v1 disclosure of the story data (stories/data) and of the shared
 * fixtures (test/fixtures/bad-inputs.ts, validFixtures) still shows, in each
 * element, every figure of the section it shows: the contract's extension
 * (issues 14 and 24) changes no rendered figure. The figures expected are the
 * fixture's own published amounts, not the elements' output, shown under
 * the column rule: with zeros added up to the column's decimals, never
 * rounded (test/elements/column-rule.ts).
 */
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { formatAmount } from '../../components/core/locale/index.js';
import { isZero } from '../../components/core/money.js';
import { parseDisclosure, type Disclosure } from '../../components/core/disclosure/index.js';
import { materialise, validFixtures } from '../fixtures/bad-inputs.js';
import { showsUnderColumnRule } from './column-rule.js';
import { loadJson, render, seedPath, settle, syntheticPath, tables, type AnyDisclosureElement } from './harness.js';

/** Every amount of a v1 accountSummary, with the label of the row it belongs in ('' where any row will do). */
function summaryFigures(summary: any): [string, string][] {
  const figures: [string, string][] = [];
  const lines = (list: any[]) =>
    list.forEach((line) => {
      // A line printed with a blank amount has no figure to find (its dash is tested in section-units-models).
      if (line.amount !== undefined) figures.push([line.label ?? '', line.amount]);
      if (line.children) lines(line.children);
    });
  lines(summary.income);
  lines(summary.expenditure);
  for (const [field, label] of [
    ['incomeTotal', '收入总计'],
    ['currentYearIncome', '本年收入合计'],
    ['currentYearExpenditure', '本年支出合计'],
    ['yearEndBalance', '年末结转和结余'],
    ['expenditureTotal', ''],
  ] as const) {
    if (summary[field] !== undefined) figures.push([label, summary[field]]);
  }
  return figures;
}

/** The non-zero published amounts of the function items (zero items may be folded away), with their names. */
function functionFigures(disclosure: Disclosure): [string, string][] {
  const figures: [string, string][] = [];
  const visit = (items: any[]) =>
    items.forEach((item) => {
      if (!item.amountDerived && item.amount !== undefined && !isZero(item.amount)) figures.push([item.name, item.amount]);
      if (item.children) visit(item.children);
    });
  visit(disclosure.functionalBreakdown!.items);
  return figures;
}

/** The non-zero "三公" amounts of the year. */
function threePublicFigures(disclosure: Disclosure): [string, string][] {
  const three = disclosure.threePublicExpenses!;
  return (
    [
      ['', three.total],
      ['因公出国（境）费', three.outboundTravel.amount],
      ['公务接待费', three.officialReception.amount],
      ['公务用车购置及运行维护费', three.officialVehicles.amount],
      ['公务用车购置费', three.officialVehicles.purchase],
      ['公务用车运行维护费', three.officialVehicles.operation],
    ] as [string, string][]
  ).filter(([, amount]) => amount !== undefined && !isZero(amount));
}

const ELEMENTS = [
  { tag: 'account-summary', section: 'accountSummary', figures: (d: Disclosure) => summaryFigures(d.accountSummary) },
  { tag: 'functional-breakdown', section: 'functionalBreakdown', figures: functionFigures },
  { tag: 'three-public-expenses', section: 'threePublicExpenses', figures: threePublicFigures },
] as const;

/** Rendered in `unit` when given: a section printed in its own unit (e.g. 元 in a disclosure in 万元) then shows its figures as published. */
async function renderElement(tag: string, disclosure: unknown, unit?: string): Promise<AnyDisclosureElement> {
  const template =
    tag === 'account-summary'
      ? html`<account-summary lang="zh-CN" view="table" unit=${unit ?? nothing} .disclosure=${disclosure}></account-summary>`
      : tag === 'functional-breakdown'
        ? html`<functional-breakdown lang="zh-CN" view="table" unit=${unit ?? nothing} .disclosure=${disclosure}></functional-breakdown>`
        : html`<three-public-expenses lang="zh-CN" view="table" unit=${unit ?? nothing} .disclosure=${disclosure}></three-public-expenses>`;
  const element = await render(template);
  await settle(element);
  return element;
}

const cases: [string, () => Promise<unknown>][] = [
  ['stories/data/seed-2022.json', () => loadJson(seedPath)],
  ['stories/data/synthetic-2023.json', () => loadJson(syntheticPath)],
  ...validFixtures.map((fixture): [string, () => Promise<unknown>] => [
    `test/fixtures valid: ${fixture.name}`,
    async () => materialise(fixture.input, await loadJson(fixture.base === 'seed' ? seedPath : syntheticPath)),
  ]),
];

for (const { tag, section, figures } of ELEMENTS) {
  describe(`<${tag}>: every v1 story and fixture still shows each figure of ${section}`, () => {
    for (const [name, load] of cases) {
      it(name, async () => {
        const input = await load();
        const { disclosure } = parseDisclosure(input);
        if (!disclosure[section]) return;
        // The element gets the input as given (the parsed copy carries the validator's amountDerived).
        const sectionUnit = (disclosure[section] as { unit?: string }).unit;
        const element = await renderElement(tag, typeof input === 'string' ? JSON.parse(input) : input, sectionUnit);
        const rows = tables(element).flatMap((table) => table.rows);
        for (const [label, amount] of figures(disclosure)) {
          const shown = formatAmount(amount);
          const found = rows.some((cells) => cells[0]!.includes(label) && cells.slice(1).some((cell) => showsUnderColumnRule(cell, shown)));
          expect(found, `${label || '(any row)'} ${shown} is not shown`).to.equal(true);
        }
      });
    }
  });
}
