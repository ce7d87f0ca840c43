/**
 * Pre-rendering the standard-table elements under Node: with expand="all"
 * every figure of the table is in the HTML. Expected figures come from the
 * hand transcription of the PDF (test/fixtures/transcriptions), not the code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderToString } from '../../components/render/render.js';

const planning = JSON.parse(readFileSync('test/fixtures/putuo-planning-resources-2024.json', 'utf8'));
const transcription = JSON.parse(readFileSync('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json', 'utf8'));

function visibleText(fragment: string): string {
  return fragment
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const grouped = (amount: string) => amount.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const tableNumber = (number: number) => transcription.tables.find((table: { number: number }) => table.number === number);

describe('pre-rendered standard tables', () => {
  for (const [tag, number] of [
    ['income-breakdown', 2],
    ['expenditure-breakdown', 3],
  ] as const) {
    it(`<${tag}> expand="all" holds every figure of table ${number}`, async () => {
      const text = visibleText(await renderToString(tag, planning, { expand: 'all' }));
      for (const row of tableNumber(number).rows as { code: string | null; name: string; cells: (string | null)[] }[]) {
        if (row.code) assert.ok(text.includes(`${row.code} ${row.name}`), `${row.code} ${row.name}`);
        for (const cell of row.cells) if (cell !== null) assert.ok(text.includes(grouped(cell)), `${row.name}: ${cell}`);
      }
    });
  }

  it('<basic-expenditure> expand="all" holds every figure of 表六', async () => {
    const text = visibleText(await renderToString('basic-expenditure', planning, { expand: 'all' }));
    for (const cells of tableNumber(6).rowsAsPrinted as (string | null)[][]) {
      for (const index of [1, 4]) if (cells[index] !== null) assert.ok(text.includes(`${cells[index]}`), cells[index]!);
      for (const index of [2, 5]) if (cells[index] !== null) assert.ok(text.includes(grouped(cells[index]!)), `${cells[index - 1]}: ${cells[index]}`);
    }
  });

  it('<appropriation-summary> holds every figure of 表四, and <fund-appropriation> the sentence of an empty 表八', async () => {
    const text = visibleText(await renderToString('appropriation-summary', planning));
    for (const cells of tableNumber(4).rowsAsPrinted as (string | null)[][]) {
      for (const cell of [cells[1], ...cells.slice(3)]) if (cell !== null) assert.ok(text.includes(grouped(cell)), cell);
    }
    const fund = visibleText(await renderToString('fund-appropriation', planning));
    assert.ok(fund.includes('本部门2024年度无政府性基金预算财政拨款收入和支出。'));
    assert.ok(!/<table/.test(fund));
  });
});
