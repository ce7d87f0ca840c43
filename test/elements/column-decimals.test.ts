/**
 * Figures that read like a finance table: in every table, every figure of a
 * numeric column has the same number of decimals (zeros added, never
 * rounded), the decimal points line up, and the "(计算值)" mark does not push
 * its figure out of the column's alignment. On the seed, the synthetic
 * disclosure and the planning-resources fixture, in 万元 and 亿元.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/account-summary/define.js';
import '../../components/functional-breakdown/define.js';
import '../../components/three-public-expenses/define.js';
import { loadJson, plain, seedPath, settle, syntheticPath, type AnyDisclosureElement } from './harness.js';

const FIGURE = /^-?[\d,]*\d(?:\.(\d+))?%?$/;
const TAGS = ['account-summary', 'functional-breakdown', 'three-public-expenses'] as const;
const FIXTURES = { seed: seedPath, synthetic: syntheticPath, 'planning resources 2024': 'test/fixtures/putuo-planning-resources-2024.json' };

/** The figure of a number cell as the reader sees it: without the computed mark, hidden text and the completion bar. */
function figureOf(cell: HTMLTableCellElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.mark, .visually-hidden, svg').forEach((node) => node.remove());
  return plain(copy.textContent).replace(/\s+/g, ' ').trim();
}

async function show(tag: string, disclosure: unknown, unit?: string): Promise<AnyDisclosureElement> {
  const element = document.createElement(tag) as AnyDisclosureElement;
  element.setAttribute('lang', 'zh-CN');
  element.setAttribute('expand', 'all');
  if (unit) element.setAttribute('unit', unit);
  (element as unknown as { disclosure: unknown }).disclosure = disclosure;
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  container.append(element);
  await settle(element);
  return element;
}

/** Per table and numeric column: the figures found, by number of decimals. */
function columnsOf(element: AnyDisclosureElement): { where: string; figures: string[]; cells: HTMLTableCellElement[] }[] {
  const out: { where: string; figures: string[]; cells: HTMLTableCellElement[] }[] = [];
  element.shadowRoot!.querySelectorAll('table').forEach((table, tableIndex) => {
    const columns = new Map<number, HTMLTableCellElement[]>();
    for (const row of [...table.tBodies].flatMap((body) => [...body.rows]).concat(table.tFoot ? [...table.tFoot.rows] : [])) {
      [...row.cells].forEach((cell, index) => {
        if (cell.classList.contains('number') && FIGURE.test(figureOf(cell))) columns.set(index, [...(columns.get(index) ?? []), cell]);
      });
    }
    for (const [index, cells] of columns) out.push({ where: `table ${tableIndex} (${plain(table.caption?.textContent).trim()}), column ${index}`, figures: cells.map(figureOf), cells });
  });
  return out;
}

for (const [name, path] of Object.entries(FIXTURES)) {
  for (const unit of [undefined, '亿元']) {
    describe(`column decimals: ${name}${unit ? ` in ${unit}` : ''}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}>: every figure of a numeric column has the same decimals, points aligned`, async () => {
          const element = await show(tag, await loadJson(path), unit);
          const columns = columnsOf(element);
          expect(columns.length, 'numeric columns').to.be.greaterThan(0);
          for (const { where, figures, cells } of columns) {
            const decimals = new Set(figures.map((figure) => FIGURE.exec(figure)![1]?.length ?? 0));
            expect([...decimals], `${where}: ${figures.join(' | ')}`).to.have.length(1);
            // Right-aligned tabular figures with the same decimals: the right edges of the figures line up,
            // whether or not a cell carries the computed mark.
            const edges = cells.map((cell) => {
              const range = document.createRange();
              const text = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ?? cell.querySelector('.rate')?.firstChild;
              if (!text) return undefined;
              range.selectNodeContents(text);
              return range.getBoundingClientRect().right;
            });
            const measured = edges.filter((edge): edge is number => edge !== undefined);
            if (measured.length > 1) expect(Math.max(...measured) - Math.min(...measured), `${where}: right edges ${measured.join(', ')}`).to.be.below(1.5);
          }
        });
      }
    });
  }
}

describe('column decimals: figures as published, converted units without padding noise', () => {
  // The expenditure column holds 280.00 万元 = 0.028 亿元 (3 decimals), so its 8000.00 万元 shows 0.800; the
  // 财政拨款 table's column has 2 decimals at most, so 13000.00 万元 shows 1.30.
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

  it('万元: 234.5 published beside 12,345.67 is padded to 234.50 (a zero added, nothing rounded)', async () => {
    const element = await show('account-summary', await loadJson(syntheticPath));
    const texts = [...element.shadowRoot!.querySelectorAll('td.number')].map((cell) => figureOf(cell as HTMLTableCellElement));
    expect(texts).to.include('12,345.67');
    expect(texts).to.include('234.50');
    expect(texts).not.to.include('234.5');
  });
});
