/**
 * Figures that read like a finance table. The rule: every figure of a
 * numeric column is shown with the column's published precision (the most
 * decimals any of its published figures has; converted to a larger unit,
 * the conversion's trailing zeros are trimmed down to 2 decimals first),
 * adding zeros at the end only — never rounding, never dropping a digit.
 * So every number cell of a column has the same decimals, and with tabular
 * numerals the decimal points line up, whether or not a cell carries the
 * "(计算值)" mark. On the seed, the synthetic disclosure and the
 * planning-resources fixture, in the disclosure's unit and in 亿元, for
 * every element that draws a table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import '../../components/appropriation-summary/define.js';
import '../../components/basic-expenditure/define.js';
import '../../components/department-profile/define.js';
import '../../components/expenditure-breakdown/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/fund-appropriation/define.js';
import '../../components/income-breakdown/define.js';
import '../../components/other-matters/define.js';
import '../../components/three-public-expenses/define.js';
import { loadJson, plain, seedPath, syntheticPath, type AnyDisclosureElement } from './harness.js';
import { waitUntil } from '@open-wc/testing';

const FIGURE = /^-?[\d,]*\d(?:\.(\d+))?%?$/;
const TAGS = [
  'account-summary',
  'appropriation-summary',
  'basic-expenditure',
  'department-profile',
  'expenditure-breakdown',
  'functional-breakdown',
  'fund-appropriation',
  'income-breakdown',
  'other-matters',
  'three-public-expenses',
] as const;
const FIXTURES = { seed: seedPath, synthetic: syntheticPath, 'planning resources 2024': 'test/fixtures/putuo-planning-resources-2024.json' };

/** The figure of a number cell as the reader sees it: its `.figure` box (without the computed mark, hidden text and the completion bar). */
function figureOf(cell: HTMLTableCellElement): string {
  return plain(cell.querySelector('.figure')?.textContent ?? cell.textContent).replace(/\s+/g, ' ').trim();
}

async function show(tag: string, disclosure: unknown, unit?: string): Promise<AnyDisclosureElement> {
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.setAttribute('expand', 'all');
  if (unit) element.setAttribute('unit', unit);
  (element as unknown as { disclosure: unknown }).disclosure = disclosure;
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  container.append(element);
  // An element without its section in a disclosure shows its empty state: it has no table to check.
  await waitUntil(() => element.state === 'ready' || element.state === 'error', `<${tag}> settled`, { timeout: 5000 }).catch(() => undefined);
  await element.updateComplete;
  return element;
}

interface NumberColumn {
  where: string;
  figures: string[];
  cells: HTMLTableCellElement[];
}

/** Per table and numeric column: its number cells that hold a figure. */
function columnsOf(element: AnyDisclosureElement): NumberColumn[] {
  const out: NumberColumn[] = [];
  element.shadowRoot!.querySelectorAll('table').forEach((table, tableIndex) => {
    const columns = new Map<number, HTMLTableCellElement[]>();
    // A key–value table's 数值 column holds one quantity per row (a count, an amount, a rate): its figures keep their own decimals.
    const mixed = new Set([...(table.tHead?.rows[0]?.cells ?? [])].flatMap((cell, index) => (cell.dataset.figures === 'as-published' ? [index] : [])));
    for (const row of [...table.tBodies].flatMap((body) => [...body.rows]).concat(table.tFoot ? [...table.tFoot.rows] : [])) {
      [...row.cells].forEach((cell, index) => {
        if (cell.classList.contains('number') && !mixed.has(index) && FIGURE.test(figureOf(cell))) columns.set(index, [...(columns.get(index) ?? []), cell]);
      });
    }
    for (const [index, cells] of columns) out.push({ where: `table ${tableIndex} (${plain(table.caption?.textContent).trim()}), column ${index}`, figures: cells.map(figureOf), cells });
  });
  return out;
}

/** Where the decimal point of a cell's figure is drawn (its left edge), or the figure's right edge when it has no decimals. */
function pointOf(cell: HTMLTableCellElement): number | undefined {
  // The figure's text node (lit puts comment markers beside it).
  const text = [...(cell.querySelector('.figure') ?? cell).childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
  if (!text) return undefined;
  const content = text.textContent!;
  const range = document.createRange();
  const dot = content.indexOf('.');
  if (dot < 0) range.selectNodeContents(text);
  else range.setStart(text, dot), range.setEnd(text, dot + 1);
  const box = range.getBoundingClientRect();
  return dot < 0 ? box.right : box.left;
}

let checkedColumns = 0;
let markedColumns = 0;

for (const [name, path] of Object.entries(FIXTURES)) {
  for (const unit of [undefined, '亿元']) {
    describe(`column decimals: ${name}${unit ? ` in ${unit}` : ''}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}>: every number cell of a column has the same decimals, decimal points aligned`, async () => {
          const element = await show(tag, await loadJson(path), unit);
          for (const { where, figures, cells } of columnsOf(element)) {
            checkedColumns++;
            const decimals = new Set(figures.map((figure) => FIGURE.exec(figure)![1]?.length ?? 0));
            expect([...decimals], `${where}: ${figures.join(' | ')}`).to.have.length(1);
            // With the same decimals and tabular numerals, the decimal points are drawn at one x, marked cells included.
            const points = cells.map(pointOf).filter((x): x is number => x !== undefined);
            expect(points.length, `${where}: measured`).to.equal(cells.length);
            if (cells.some((cell) => cell.querySelector('.mark')) && cells.some((cell) => !cell.querySelector('.mark'))) markedColumns++;
            expect(Math.max(...points) - Math.min(...points), `${where}: decimal points at ${points.join(', ')}`).to.be.below(1);
          }
        });
      }
    });
  }
}

describe('column decimals: the rule is exercised', () => {
  it('many numeric columns were checked, some mixing cells with and without the computed mark', () => {
    expect(checkedColumns).to.be.greaterThan(50);
    expect(markedColumns).to.be.greaterThan(0);
  });
});

describe('column decimals: figures as published, converted units without padding noise', () => {
  // synthetic-2023.json is in 万元. The expenditure column holds 280.00 万元 = 0.028 亿元 (3 decimals), so its
  // 8000.00 万元 shows 0.800; the 财政拨款 table's column has 2 decimals at most, so 13000.00 万元 shows 1.30.
  it('亿元: 8000.00 万元 shows 0.800 in a column of 3 decimals, not 0.800000; 12345.67 万元 keeps every digit (1.234567)', async () => {
    const element = await show('account-summary', await loadJson(syntheticPath), '亿元');
    const texts = [...element.shadowRoot!.querySelectorAll('td.number')].map((cell) => figureOf(cell as HTMLTableCellElement));
    expect(texts).to.include('0.800');
    expect(texts).to.include('0.450');
    expect(texts).to.include('0.028');
    expect(texts).to.include('1.30');
    expect(texts).to.include('1.234567');
    expect(texts).not.to.include('0.800000');
  });

  it('万元: 234.5 published beside 12,345.67 is shown 234.50 (a zero added, nothing rounded)', async () => {
    const element = await show('account-summary', await loadJson(syntheticPath));
    const texts = [...element.shadowRoot!.querySelectorAll('td.number')].map((cell) => figureOf(cell as HTMLTableCellElement));
    expect(texts).to.include('12,345.67');
    expect(texts).to.include('234.50');
    expect(texts).not.to.include('234.5');
  });
});
