/**
 * The import page in Chromium with the REAL corpus PDF (served from
 * ../shared/corpus by test/tools/corpus-server.mjs): dropped on the page
 * (DataTransfer + a 'drop' event), it gives the report and the live preview;
 * the downloaded JSON (the Blob behind the link) is the contract JSON, which
 * parseDisclosure accepts; axe reports nothing; zh-CN and en; after a
 * truncated PDF and a text file the page still imports. Expected figures are
 * from the PDF (表一 收入支出决算总表, page 7: 本年收入合计 9746.50).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { mountImportPage } from '../../stories/import/import-page.js';
import { parseDisclosure } from '../../components/core/disclosure/index.js';

const WORKER = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';
const PDF = '/__corpus/putuo-planning-resources-2024-final-accounts.pdf';

async function corpusFile(): Promise<File> {
  const response = await fetch(PDF);
  expect(response.status).to.equal(200);
  return new File([await response.arrayBuffer()], 'putuo-planning-resources-2024-final-accounts.pdf', { type: 'application/pdf' });
}

function drop(root: HTMLElement, file: File): void {
  const data = new DataTransfer();
  data.items.add(file);
  root.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

/** Waits until the status line says something other than `before` (the import runs after the drop event). */
async function statusAfter(root: HTMLElement, before: string, seconds = 30): Promise<string> {
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
  for (let waited = 0; waited < seconds * 1000; waited += 100) {
    const text = status();
    if (text !== before && !/^(正在读取|Reading) /.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return status();
}

async function downloaded(root: HTMLElement): Promise<string> {
  const link = root.querySelector<HTMLAnchorElement>('a[download]')!;
  expect(link.getAttribute('download')).to.equal('disclosure.json');
  // The link's Blob, as the browser would save it.
  return (await fetch(link.href)).text();
}

describe('import page with the corpus PDF', function () {
  this.timeout(120000);

  it('en: drop the planning-resources PDF, see the report and preview, download contract JSON that validates; axe clean', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    mountImportPage(root, { lang: 'en', workerSrc: WORKER, bundleUrl: '/dist/disclosure-elements.js' });
    const before = root.querySelector('[role="status"]')?.textContent ?? '';
    drop(root, await corpusFile());
    const status = await statusAfter(root, before);
    expect(status).to.match(/^Imported \d+ figures, \d+ cross-check warnings?\.$/);
    const rows = [...root.querySelectorAll('tbody tr')];
    const income = rows.find((row) => row.querySelector('th')?.textContent === 'accountSummary.incomeTotal');
    expect(income, 'report row accountSummary.incomeTotal').to.not.equal(undefined);
    expect(income!.querySelectorAll('td')[0]!.textContent).to.equal('9859.38');
    // A warning reads as what is wrong, then where in the document; its JSON path comes last, apart.
    // Figures from page 15 of the PDF (pdftotext -layout): 合计 9746.50, 基本支出 + 项目支出 9746.49.
    const warningsList = [...root.querySelectorAll('h3')].find((h3) => h3.textContent === 'Cross-check warnings')!.nextElementSibling!;
    const first = warningsList.querySelector('li')!;
    expect(first.textContent).to.match(/^General public budget appropriation expenditure is 9746\.50 but basic plus project expenditure is 9746\.49, .* \(where: page 15 “一般公共预算财政拨款支出决算表” · 合计 · 合计\) JSON path: functionalBreakdown\.total$/);
    expect(first.querySelector('small.json-path')!.textContent).to.equal('JSON path: functionalBreakdown.total');
    const summary = root.querySelector('account-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(summary.shadowRoot!.textContent).to.contain('9,859.38');
    const json = await downloaded(root);
    // The contract JSON, never parseDisclosure's output (which marks derived amounts).
    expect(json).to.not.contain('amountDerived');
    const { disclosure } = parseDisclosure(json);
    expect(disclosure.fiscalYear).to.equal(2024);
    expect(disclosure.department.name).to.equal('上海市普陀区规划和自然资源局');
    expect(disclosure.accountSummary?.incomeTotal).to.equal('9859.38');
    expect(JSON.parse(json).incomeTable.total.amount).to.equal('9746.50');
    await expect(root).to.be.accessible();
  });

  it('zh-CN: a truncated PDF and a text file give their messages, then the real PDF still imports', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    mountImportPage(root, { workerSrc: WORKER });
    const file = await corpusFile();
    const truncated = new File([(await file.arrayBuffer()).slice(0, 3000)], 'truncated.pdf', { type: 'application/pdf' });
    drop(root, truncated);
    const broken = await statusAfter(root, root.querySelector('[role="status"]')?.textContent ?? '');
    expect(broken).to.match(/^无法导入：.*已损坏或不完整/);
    expect(root.querySelector('a[download]')).to.equal(null);
    drop(root, new File(['今天天气很好。'], 'notes.txt', { type: 'text/plain' }));
    const text = await statusAfter(root, broken);
    expect(text).to.contain('不像是一份部门决算');
    await expect(root).to.be.accessible();
    drop(root, file);
    const imported = await statusAfter(root, text);
    expect(imported).to.match(/^已导入 \d+ 个数字/);
    expect(parseDisclosure(await downloaded(root)).disclosure.accountSummary?.incomeTotal).to.equal('9859.38');
    await expect(root).to.be.accessible();
  });

  it('two files in a row: the last one given is what the page shows, even when the first finishes after it', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const run = mountImportPage(root, { workerSrc: WORKER });
    // The PDF takes about a second; the text after it a few milliseconds.
    const [first, second] = await Promise.all([run(await corpusFile()), run('今天天气很好，我们去公园散步。')]);
    expect(first, 'the earlier PDF is dropped').to.equal(undefined);
    expect(second).to.equal(undefined);
    expect(root.querySelector('.import-status')!.textContent).to.contain('不像是一份部门决算');
    expect(root.querySelector('a[download]')).to.equal(null);
  });
});
